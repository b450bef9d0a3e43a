/**
 * Content script: in any reply box, a template's shortcut followed by Tab becomes the rendered
 * template. One keydown listener (capture phase, so the site does not move the focus first) that
 * returns at once unless the key is Tab in an editor whose text before the caret ends with a
 * shortcut; the templates are cached here and fetched again when they change.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendCommand } from '../platform/messages';
import type { Network } from '../networks/types';
import { editorRoot, insertReply, type Editable } from './insert';
import { replyTemplatesChangedItem, shortcutAtEnd, type ShortcutTemplate } from './shortcuts';
import { renderReplyTemplate, type ReplyContext } from './template';

export interface ShortcutOptions {
  network: Network;
  /** What `{name}`, `{post}`, `{me}`… are for a reply typed in this editor. */
  contextFor: (editor: Editable) => ReplyContext;
  locale: string;
}

export function listenForShortcuts(ctx: ContentScriptContext, options: ShortcutOptions): void {
  let templates: readonly ShortcutTemplate[] = [];
  const load = () =>
    sendCommand('replyTemplates.shortcuts', { network: options.network })
      .then((result) => (templates = result.templates))
      .catch((error: unknown) => console.debug('[SMM Deck] reply shortcuts not loaded', error));
  void load();
  ctx.onInvalidated(replyTemplatesChangedItem.watch(() => void load()));

  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || templates.length === 0) return;
      const editor = editorRoot(event.composedPath()[0] as Element | null);
      if (!editor) return;
      const template = shortcutAtEnd(textBeforeCaret(editor), templates);
      if (!template) return;
      event.preventDefault();
      event.stopPropagation();
      const text = renderReplyTemplate(template.text, options.contextFor(editor), { locale: options.locale });
      void insertReply(editor, text, template.shortcut.length).then((result) => {
        if (result.verified) void sendCommand('replyTemplates.used', { id: template.id }).catch(() => undefined);
      });
    },
    { capture: true },
  );
}

function textBeforeCaret(editor: Editable): string {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    return editor.value.slice(0, editor.selectionStart ?? editor.value.length);
  }
  const selection = getSelection();
  if (!selection?.rangeCount || !selection.isCollapsed || !editor.contains(selection.anchorNode)) return '';
  const range = document.createRange();
  range.selectNodeContents(editor);
  range.setEnd(selection.anchorNode!, selection.anchorOffset);
  return range.toString();
}
