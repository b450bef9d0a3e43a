import { readEachOnce, textOf } from '../networks/dom';
import type { CapturedComment } from './types';

/** "Reply" in the interfaces SMM Deck reads (English and Russian). */
export const REPLY_LABEL = /^\s*(reply|ответить)\s*$/i;

/** Each comment element in `root` read on its own (`readEachOnce`), each comment once. */
export function readEach(root: ParentNode, selector: string, read: (element: Element) => CapturedComment | undefined): CapturedComment[] {
  return readEachOnce(root, selector, read, (comment) => comment.commentId);
}

/** The first button (or link acting as one) in `root` whose text or aria-label matches `label`. */
export function controlLabelled(root: ParentNode, label: RegExp, scope = 'button, a, [role="button"]'): HTMLElement | undefined {
  for (const control of root.querySelectorAll<HTMLElement>(scope)) {
    if (label.test(textOf(control)) || label.test(control.getAttribute('aria-label') ?? '')) return control;
  }
  return undefined;
}
