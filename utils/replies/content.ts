/**
 * What the replies feature runs in every network's content script:
 *
 *   page ──page.report──▶ background (which page this tab shows, for the side panel)
 *   side panel ──reply.insert──▶ Reply control ▶ editor ▶ insertReply (never submitted)
 *   ;shortcut + Tab in a reply box ──▶ rendered template ▶ insertReply
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CommentSource } from '../comments/types';
import type { NetworkAdapter } from '../networks/types';
import { reportActivePage } from '../platform/page-report';
import type { Editable } from './insert';
import { replyUnderComment } from './on-page';
import { listenForShortcuts } from './shortcut-listener';
import { listenToSidePanel } from './tab-messages';
import type { ReplyContext } from './template';
import type { LiveSettings } from '../platform/settings';

/** How long after a Reply from the side panel a shortcut typed in a detached editor (X's dialog) still answers that comment. */
const REPLY_TARGET_MS = 10 * 60_000;

export function startReplies(ctx: ContentScriptContext, adapter: NetworkAdapter, settings: LiveSettings, source?: CommentSource): void {
  const { network } = adapter;
  reportActivePage(ctx, network);
  let replyTarget: { commentId: string; at: number } | undefined;

  const postText = (postId: string) =>
    adapter.extract(document, new URL(location.href)).posts.find((post) => post.postId === postId)?.text;

  const contextFor = (editor: Editable): ReplyContext => {
    const url = new URL(location.href);
    const nearby = source ? editor.closest(source.commentSelector) : null;
    const recent = replyTarget && Date.now() - replyTarget.at < REPLY_TARGET_MS && source ? source.findComment(document, replyTarget.commentId) : undefined;
    const element = nearby ?? recent;
    const comment = element && source ? source.extractComments(element, url)[0] : undefined;
    const own = settings.current.ownAccounts.find((account) => account.network === network);
    return {
      authorName: comment?.authorName,
      authorHandle: comment?.authorHandle,
      postText: comment ? postText(comment.postId) : undefined,
      brandName: settings.current.brandName,
      ownHandle: own?.handle,
    };
  };
  listenForShortcuts(ctx, { network, contextFor, locale: navigator.language });

  ctx.onInvalidated(
    listenToSidePanel({
      'reply.insert': async (request) => {
        if (!source || !source.matches(new URL(location.href))) return { ok: false, problem: 'not-this-page' };
        if (typeof request?.commentId !== 'string' || typeof request.text !== 'string') return { ok: false, problem: 'no-comment' };
        replyTarget = { commentId: request.commentId, at: Date.now() };
        return replyUnderComment(source, request.commentId, request.text);
      },
      'reply.postText': async (request) => ({ text: typeof request?.postId === 'string' ? postText(request.postId) : undefined }),
    }),
  );
}
