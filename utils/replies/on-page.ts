/**
 * Reply from the side panel: press the page's own Reply control of the comment, wait for the
 * editor the network opens for it, and insert the text there. The user reads it and presses the
 * network's own button; SMM Deck never submits.
 */
import type { CommentSource } from '../comments/types';
import { editorRoot, insertReply, type Editable } from './insert';
import type { TabProtocol } from './tab-messages';

const EDITOR_WAIT_MS = 4_000;
const EDITOR_POLL_MS = 50;

type InsertResponse = TabProtocol['reply.insert']['response'];

export async function replyUnderComment(source: CommentSource, commentId: string, text: string): Promise<InsertResponse> {
  const comment = source.findComment(document, commentId);
  if (!comment) return { ok: false, problem: 'no-comment' };
  const control = source.replyControl(comment);
  if (!control) return { ok: false, problem: 'no-reply-control' };
  const editorsBefore = new Set(document.querySelectorAll(source.editorSelector));
  control.scrollIntoView({ block: 'center' });
  control.click();
  const editor = await waitFor(() => openedEditor(source, comment, editorsBefore));
  if (!editor) return { ok: false, problem: 'no-editor' };
  const result = await insertReply(editor, text);
  return result.verified && result.method ? { ok: true, method: result.method } : { ok: false, problem: 'not-verified' };
}

/** The editor the Reply control opened: the one it focused, else a new one nearest the comment. */
function openedEditor(source: CommentSource, comment: Element, before: ReadonlySet<Element>): Editable | undefined {
  const focused = editorRoot(deepActiveElement());
  if (focused && (focused.closest(source.editorSelector) || focused.querySelector(source.editorSelector))) return focused;
  const fresh = [...document.querySelectorAll<HTMLElement>(source.editorSelector)].filter((editor) => !before.has(editor) && editor.isConnected);
  const near = fresh.find((editor) => sharesThread(editor, comment)) ?? fresh[0];
  return near ? editorRoot(near) : undefined;
}

/** The editor sits in the comment's element or the container right around it (its thread). */
function sharesThread(editor: Element, comment: Element): boolean {
  for (let container: Element | null = comment, depth = 0; container && depth < 4; container = container.parentElement, depth += 1) {
    if (container.contains(editor)) return true;
  }
  return false;
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function waitFor<T>(find: () => T | undefined): Promise<T | undefined> {
  const deadline = Date.now() + EDITOR_WAIT_MS;
  for (;;) {
    const found = find();
    if (found || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, EDITOR_POLL_MS));
  }
}
