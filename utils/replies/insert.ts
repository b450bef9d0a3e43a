/**
 * Puts a reply's text into a network's own editor so that the editor's state knows it (the Post
 * button lights up), and checks that it did by reading the editor back. Each kind of editor
 * needs its own way in; plain `value =` or `execCommand` alone leave React, Draft.js and Lexical
 * state stale:
 *
 *   <textarea>/<input> (React-controlled) ── native value setter + bubbling `input`
 *   Draft.js (X)                          ── synthetic `paste` with text/plain
 *   Lexical (Facebook, Instagram)         ── `beforeinput` insertText (multi-line: `paste`)
 *   any other contenteditable             ── execCommand('insertText')
 *
 * When a way leaves the editor unchanged, the next one is tried; once the editor has changed,
 * nothing more is tried, so the text never arrives twice. Nothing is ever submitted.
 */

export type EditorKind = 'field' | 'draft' | 'lexical' | 'contenteditable';
export type InsertMethod = 'value-setter' | 'paste' | 'beforeinput' | 'execCommand';

export interface InsertResult {
  /** The text is in the editor, once more than before. */
  verified: boolean;
  kind: EditorKind;
  /** The way that changed the editor, if any did. */
  method?: InsertMethod;
}

export type Editable = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/** The editor at or around `element`: a text field, or the root of a rich editor. */
export function editorRoot(element: Element | null): Editable | undefined {
  if (!element) return undefined;
  if (isTextField(element)) return element;
  const root =
    element.closest<HTMLElement>('.public-DraftEditor-content, [data-lexical-editor="true"]') ??
    topmostEditable(element);
  return root ?? undefined;
}

export function editorKind(editor: Editable): EditorKind {
  if (isTextField(editor)) return 'field';
  if (editor.matches('.public-DraftEditor-content') || editor.closest('.DraftEditor-root')) return 'draft';
  if (editor.matches('[data-lexical-editor="true"]')) return 'lexical';
  return 'contenteditable';
}

/** The editor's text as its user sees it. */
export function editorText(editor: Editable): string {
  return isTextField(editor) ? editor.value : (editor.innerText ?? editor.textContent ?? '');
}

/**
 * Inserts `text` at the caret (or over the selection); with `replaceBefore`, first selects that
 * many characters before the caret so they are replaced (a typed shortcut).
 */
export async function insertReply(editor: Editable, text: string, replaceBefore = 0): Promise<InsertResult> {
  const kind = editorKind(editor);
  const before = editorText(editor);
  editor.focus();
  if (replaceBefore > 0) await selectBeforeCaret(editor, replaceBefore);
  else if (!isTextField(editor) && !editorHasSelection(editor)) placeCaretAtEnd(editor);

  for (const method of methodsFor(kind, text)) {
    if (method === 'value-setter') setFieldValue(editor as HTMLTextAreaElement | HTMLInputElement, text);
    else if (method === 'paste') dispatchPaste(editor, text);
    else if (method === 'beforeinput') dispatchBeforeInput(editor, text);
    else document.execCommand('insertText', false, text);
    // Editors update their DOM on their own schedule (React batches, Lexical reconciles in a microtask).
    await settle();
    const after = editorText(editor);
    if (after !== before) return { verified: arrivedOnce(before, after, text), kind, method };
  }
  return { verified: false, kind };
}

/** True when `after` holds `text` exactly once more than `before` (whitespace aside: editors draw lines differently). */
export function arrivedOnce(before: string, after: string, text: string): boolean {
  const wanted = normalize(text);
  if (!wanted) return false;
  return occurrences(normalize(after), wanted) === occurrences(normalize(before), wanted) + 1;
}

function methodsFor(kind: EditorKind, text: string): InsertMethod[] {
  switch (kind) {
    case 'field':
      return ['value-setter'];
    case 'draft':
      return ['paste', 'execCommand'];
    case 'lexical':
      return text.includes('\n') ? ['paste', 'execCommand'] : ['beforeinput', 'paste', 'execCommand'];
    case 'contenteditable':
      return ['execCommand', 'paste'];
  }
}

function setFieldValue(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  const next = field.value.slice(0, start) + text + field.value.slice(end);
  // The prototype's setter, not the element's own: React watches the element's `value` property
  // and would take a plain assignment for its own update, leaving its state stale.
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(field, next);
  field.setSelectionRange(start + text.length, start + text.length);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

function dispatchPaste(editor: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

function dispatchBeforeInput(editor: HTMLElement, text: string): void {
  editor.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true }));
}

async function selectBeforeCaret(editor: Editable, count: number): Promise<void> {
  if (isTextField(editor)) {
    const end = editor.selectionEnd ?? editor.value.length;
    editor.setSelectionRange(Math.max(0, end - count), end);
    return;
  }
  const selection = getSelection();
  if (!selection) return;
  for (let i = 0; i < count; i += 1) selection.modify('extend', 'backward', 'character');
  // Rich editors learn of a new selection from `selectionchange`, which the browser sends later.
  await new Promise((resolve) => setTimeout(resolve, SELECTION_SETTLE_MS));
}

function editorHasSelection(editor: HTMLElement): boolean {
  const selection = getSelection();
  return Boolean(selection?.rangeCount && editor.contains(selection.anchorNode));
}

function placeCaretAtEnd(editor: HTMLElement): void {
  const selection = getSelection();
  if (!selection) return;
  selection.selectAllChildren(editor);
  selection.collapseToEnd();
}

function topmostEditable(element: Element): HTMLElement | undefined {
  let found: HTMLElement | undefined;
  for (let node: HTMLElement | null = element as HTMLElement; node; node = node.parentElement) {
    if (node.isContentEditable && node.getAttribute('contenteditable') !== null) found = node;
    else if (found) break;
  }
  return found;
}

function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && /^(text|search|)$/.test(element.type));
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, EDITOR_SETTLE_MS));
}

const SELECTION_SETTLE_MS = 30;
const EDITOR_SETTLE_MS = 20;
