/**
 * The typed message protocol between the content scripts, the extension pages and the background
 * worker. Every command has a name, a request and a response; the background validates both the
 * request's shape (utils/platform/message-schemas.ts) and its sender (utils/platform/message-router.ts).
 *
 *   content script / page ──sendCommand(name, request)──▶ background router ──▶ handler
 *                         ◀──── { ok: true, response } | { ok: false, error } ───┘
 */
import { browser } from 'wxt/browser';
import type { PageReport } from './active-page';
import type { CapturedComment } from '../comments/types';
import type { ClipDraft, SavedClip } from '../clip/draft';
import type { CapturedAccount, Network, PageCapture } from '../networks/types';
import type { ShortcutTemplate } from '../replies/shortcuts';

export interface StoreCaptureResult {
  accountsStored: number;
  postsStored: number;
  postSnapshotsAdded: number;
  accountSnapshotsAdded: number;
  /** The latest follower counts the database knows for the batch's authors, by handle, for ER badges. */
  knownFollowers: Record<string, number>;
}

export interface AccountStatus {
  tracked: boolean;
  own: boolean;
}

export interface Protocol {
  /** A content script hands over what it read on a page. Idempotent: a resent batch adds nothing. */
  'capture.store': {
    request: { pageUrl: string; capture: PageCapture };
    response: StoreCaptureResult;
  };
  /** Track / Untrack a competitor (the button on account pages and the side panel). */
  'account.setTracked': {
    request: { account: CapturedAccount; tracked: boolean };
    response: AccountStatus;
  };
  'account.status': {
    request: { network: Network; handle: string };
    response: AccountStatus;
  };
  /** A page clips itself, a selection, a link, a post or a trend into the ideas inbox; a known URL is updated. */
  'clip.save': {
    request: { clip: ClipDraft };
    response: SavedClip;
  };
  /** The confirmation popover's tags (merged) and note for the clip just saved. */
  'clip.annotate': {
    request: { id: number; tags: string[]; note?: string };
    response: SavedClip;
  };
  /** A page changed the content plan: the background rebuilds the reminder alarms from the database. */
  'plan.syncReminders': {
    request: Record<string, never>;
    response: { reminders: number };
  };
  /** Opens the page that copies a plan item's text and goes on to the network's composer, as a reminder's click does. */
  'plan.openCompose': {
    request: { itemId: number; network?: Network };
    response: { tabId?: number };
  };
  /** A content script says which page its tab shows (for the side panel; utils/platform/active-page.ts). */
  'page.report': {
    request: PageReport;
    response: { tabId: number };
  };
  /** Comments read on a post's page. Idempotent: a resent batch changes nothing. */
  'comments.store': {
    request: { comments: CapturedComment[] };
    response: { stored: number };
  };
  /** The reply templates with a shortcut that suit a network, for typing `;thanks` + Tab. */
  'replyTemplates.shortcuts': {
    request: { network: Network };
    response: { templates: ShortcutTemplate[] };
  };
  /** A template was inserted into a reply box: its usage count and last use go up. */
  'replyTemplates.used': {
    request: { id: number };
    response: { usageCount: number };
  };
}

export type Command = keyof Protocol;
export type RequestOf<C extends Command> = Protocol[C]['request'];
export type ResponseOf<C extends Command> = Protocol[C]['response'];

/** Marks SMM Deck's messages so that anything else on the runtime channel is ignored. */
export const MESSAGE_APP = 'smm-deck';

export interface CommandMessage<C extends Command = Command> {
  app: typeof MESSAGE_APP;
  command: C;
  request: RequestOf<C>;
}

/**
 * `retry` says whether the same request may succeed later (a handler failed, say on a full disk)
 * or never will (the request or its sender was rejected).
 */
export type CommandReply<C extends Command = Command> =
  | { ok: true; response: ResponseOf<C> }
  | { ok: false; error: string; retry: boolean };

export class CommandError extends Error {
  constructor(
    readonly command: string,
    message: string,
    /** False when resending the same request cannot help. */
    readonly retry = true,
  ) {
    super(`${command}: ${message}`);
    this.name = 'CommandError';
  }
}

export async function sendCommand<C extends Command>(command: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const message: CommandMessage<C> = { app: MESSAGE_APP, command, request };
  const reply = (await browser.runtime.sendMessage(message)) as CommandReply<C> | undefined;
  if (!reply) throw new CommandError(command, 'no answer from the background worker');
  if (!reply.ok) throw new CommandError(command, reply.error, reply.retry);
  return reply.response;
}
