import { queryAllWithSelf, safely, textOf } from '../networks/dom';
import type { CapturedComment } from './types';

/** "Reply" in the interfaces SMM Deck reads (English and Russian). */
export const REPLY_LABEL = /^\s*(reply|ответить)\s*$/i;

/**
 * Each comment element in `root` read on its own, so that one broken comment never spoils the
 * rest, and each comment once.
 */
export function readEach(root: ParentNode, selector: string, read: (element: Element) => CapturedComment | undefined): CapturedComment[] {
  const comments: CapturedComment[] = [];
  const seen = new Set<string>();
  for (const element of safely(() => queryAllWithSelf(root, selector)) ?? []) {
    const comment = safely(() => read(element));
    if (!comment || seen.has(comment.commentId)) continue;
    seen.add(comment.commentId);
    comments.push(comment);
  }
  return comments;
}

/** The first button (or link acting as one) in `root` whose text or aria-label matches `label`. */
export function controlLabelled(root: ParentNode, label: RegExp, scope = 'button, a, [role="button"]'): HTMLElement | undefined {
  for (const control of root.querySelectorAll<HTMLElement>(scope)) {
    if (label.test(textOf(control)) || label.test(control.getAttribute('aria-label') ?? '')) return control;
  }
  return undefined;
}
