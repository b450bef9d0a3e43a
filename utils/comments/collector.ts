/**
 * Collects the comments of a post's page as the user reads it. The page watcher feeds it: a full
 * read at start and after an in-app navigation, then only the comments the page adds (loaded
 * while scrolling, a thread expanded). A comment is sent again only when it changed (an edit),
 * through an outbox that keeps it until the background has stored it.
 *
 *   page watcher ──changed comments──▶ source.extractComments ──▶ changed? ──▶ outbox ──▶ comments.store
 */
import { Outbox } from '../capture/outbox';
import type { PageReader } from '../capture/page-watcher';
import { sendCommand } from '../platform/messages';
import type { CapturedComment, CommentSource } from './types';

function commentReader(source: CommentSource, outbox: Outbox<CapturedComment>): PageReader {
  const sent = new Map<string, string>();
  return {
    selector: source.commentSelector,
    read(roots, url) {
      if (!source.matches(url)) return;
      const changed: CapturedComment[] = [];
      for (const root of roots) {
        for (const comment of source.extractComments(root, url)) {
          const signature = JSON.stringify(comment);
          if (sent.get(comment.commentId) === signature) continue;
          sent.set(comment.commentId, signature);
          changed.push(comment);
        }
      }
      if (changed.length) outbox.add(changed);
    },
  };
}

/** The comments' reader for the page watcher, and the outbox it sends through (`comments.store`). */
export function commentCollector(source: CommentSource): { reader: PageReader; outbox: Outbox<CapturedComment> } {
  const outbox = new Outbox<CapturedComment>({
    send: (comments) => sendCommand('comments.store', { comments }),
    batchSize: COMMENTS_PER_MESSAGE,
    onError: (error, dropped) =>
      dropped
        ? console.error('[SMM Deck] the background rejected a comment from this page', error)
        : console.debug('[SMM Deck] comments not stored yet, will retry', error),
  });
  return { reader: commentReader(source, outbox), outbox };
}

const COMMENTS_PER_MESSAGE = 200;
