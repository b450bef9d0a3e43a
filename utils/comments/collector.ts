/**
 * Collects the comments of a post's page as the user reads it: a full read at start and after an
 * in-app navigation, then only the comments the page adds (loaded while scrolling, a thread
 * expanded). One MutationObserver; the work is done on the next idle period. A comment is sent
 * again only when it changed (an edit), in batches that stay queued until the background has
 * stored them.
 *
 *   page ──MutationObserver──▶ changed nodes ──idle──▶ source.extractComments ──▶ changed? ──▶ comments.store
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CapturedComment, CommentSource } from './types';
import { CommandError, sendCommand } from '../platform/messages';
import { OWN_ELEMENT_PREFIX, scanRoots, scheduleWhenIdle } from '../capture/page-watcher';

const BATCH_SIZE = 200;
const SEND_DELAY_MS = 300;
const RETRY_DELAYS_MS = [1_000, 5_000, 30_000];
const NAVIGATION_SETTLE_MS = 500;

export function collectComments(ctx: ContentScriptContext, source: CommentSource): void {
  const sent = new Map<string, string>();
  const queue: CapturedComment[] = [];
  const pending = new Set<Node>();
  let flushQueued = false;
  let sending = false;
  let failures = 0;
  let sendTimer: number | undefined;

  const send = async () => {
    if (sending || queue.length === 0 || !ctx.isValid) return;
    sending = true;
    try {
      while (queue.length) {
        await sendCommand('comments.store', { comments: queue.slice(0, BATCH_SIZE) });
        queue.splice(0, BATCH_SIZE);
        failures = 0;
      }
    } catch (error) {
      // A rejected batch will never be accepted: drop it rather than resend it forever.
      if (error instanceof CommandError && !error.retry) queue.splice(0, BATCH_SIZE);
      console.debug('[SMM Deck] comments not stored yet', error);
      scheduleSend(RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)]!);
      failures += 1;
    } finally {
      sending = false;
    }
  };
  const scheduleSend = (delay: number) => {
    clearTimeout(sendTimer);
    sendTimer = ctx.setTimeout(() => void send(), delay);
  };

  const read = (roots: Iterable<ParentNode>) => {
    const url = new URL(location.href);
    if (!source.matches(url)) return;
    for (const root of roots) {
      for (const comment of source.extractComments(root, url)) {
        const signature = JSON.stringify(comment);
        if (sent.get(comment.commentId) === signature) continue;
        sent.set(comment.commentId, signature);
        queue.push(comment);
      }
    }
    if (queue.length) scheduleSend(SEND_DELAY_MS);
  };

  const flush = () => {
    flushQueued = false;
    if (!ctx.isValid) return;
    const roots = scanRoots(pending, source.commentSelector);
    pending.clear();
    read(roots);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (!node.nodeName.startsWith(OWN_ELEMENT_PREFIX)) pending.add(node);
    }
    if (!flushQueued && pending.size) {
      flushQueued = true;
      scheduleWhenIdle(flush);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => read([document]), NAVIGATION_SETTLE_MS));
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'hidden') void send();
  });
  read([document]);
}
