/**
 * Shortcuts in reply boxes: typing a template's shortcut (`;thanks`) and then Tab replaces it with
 * the rendered template. The content script keeps the templates it may need and asks again when
 * they change (`replyTemplatesChangedItem`).
 */
import { storage } from 'wxt/utils/storage';
import type { ReplyTemplateRow } from '../platform/db';

export type ShortcutTemplate = Pick<ReplyTemplateRow, 'title' | 'text' | 'networks'> & { id: number; shortcut: string };

/** Bumped whenever templates change, so that content scripts refresh their shortcuts. */
export const replyTemplatesChangedItem = storage.defineItem<number>('local:replyTemplatesChangedAt', { fallback: 0 });

/** The template whose shortcut the text before the caret ends with, the longest first. */
export function shortcutAtEnd(
  textBeforeCaret: string,
  templates: readonly ShortcutTemplate[],
): ShortcutTemplate | undefined {
  let best: ShortcutTemplate | undefined;
  for (const template of templates) {
    if (!textBeforeCaret.endsWith(template.shortcut)) continue;
    const start = textBeforeCaret.length - template.shortcut.length;
    // A shortcut that starts with a letter ("ty") is not one at the end of a longer word ("pretty").
    if (start > 0 && WORD.test(template.shortcut[0]!) && WORD.test(textBeforeCaret[start - 1]!)) continue;
    if (!best || template.shortcut.length > best.shortcut.length) best = template;
  }
  return best;
}

const WORD = /[\p{L}\p{N}_]/u;
