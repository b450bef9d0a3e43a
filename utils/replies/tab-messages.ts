/**
 * Messages from the side panel to the content script of the tab it shows (`tabs.sendMessage`,
 * which needs no `tabs` permission): insert a reply under a comment, and read the post's text for
 * `{post}`. The content script answers only SMM Deck's own messages, from its own extension.
 */
import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { MESSAGE_APP } from '../platform/messages';
import type { InsertMethod } from './insert';

export type ReplyFailure = 'no-comment' | 'no-reply-control' | 'no-editor' | 'not-verified' | 'not-this-page';

export interface TabProtocol {
  'reply.insert': {
    request: { commentId: string; text: string };
    response: { ok: true; method: InsertMethod } | { ok: false; problem: ReplyFailure };
  };
  'reply.postText': {
    request: { postId: string };
    response: { text?: string };
  };
}

export type TabCommand = keyof TabProtocol;
type TabRequest<C extends TabCommand> = TabProtocol[C]['request'];
type TabResponse<C extends TabCommand> = TabProtocol[C]['response'];
export type TabHandlers = { [C in TabCommand]: (request: TabRequest<C>) => Promise<TabResponse<C>> };

export async function sendToTab<C extends TabCommand>(tabId: number, command: C, request: TabRequest<C>): Promise<TabResponse<C>> {
  const response = (await browser.tabs.sendMessage(tabId, { app: MESSAGE_APP, command, request })) as TabResponse<C> | undefined;
  if (response === undefined) throw new Error(`${command}: the page did not answer; reload it and try again`);
  return response;
}

/** Content script: answers the side panel's messages; returns the function that stops listening. */
export function listenToSidePanel(handlers: TabHandlers): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return undefined;
    const { app, command, request } = message as { app?: unknown; command?: unknown; request?: unknown };
    if (app !== MESSAGE_APP || typeof command !== 'string' || !Object.hasOwn(handlers, command)) return undefined;
    const handler = handlers[command as TabCommand] as (request: unknown) => Promise<unknown>;
    return handler(request).catch((error: unknown) => {
      console.error('[SMM Deck] could not answer the side panel', error);
      return { ok: false, problem: 'not-verified' };
    });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
