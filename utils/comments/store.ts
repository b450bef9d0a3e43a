/**
 * Writes the comments a content script read. A comment is upserted by network and id (its text
 * may have been edited since); whether one of the user's own accounts has answered it is worked
 * out again over the post's stored comments, so an own reply seen in a later batch (further down
 * the page) still marks the comment it answers. A batch sent twice changes nothing.
 */
import type { CapturedComment } from './types';
import type { CommentRow, SmmDeckDatabase } from '../platform/db';
import { compact } from '../platform/values';
import type { Network } from '../networks/types';
import { isOwnAccount, type OwnAccount } from '../platform/settings';

export async function storeComments(
  db: SmmDeckDatabase,
  comments: readonly CapturedComment[],
  ownAccounts: readonly OwnAccount[],
  now: number,
): Promise<number> {
  return db.transaction('rw', db.comments, async () => {
    const keys = comments.map((comment): [Network, string] => [comment.network, comment.commentId]);
    const existing = await db.comments.bulkGet(keys);
    const rows = comments.map((comment, index): CommentRow => {
      const before = existing[index];
      return compact({
        ...comment,
        repliedByOwner: before?.repliedByOwner ?? false,
        firstSeenAt: before?.firstSeenAt ?? now,
        lastSeenAt: now,
      });
    });
    await db.comments.bulkPut(rows);
    const posts = new Map(comments.map((comment) => [`${comment.network}\u0000${comment.postId}`, comment]));
    for (const { network, postId } of posts.values()) await markOwnerReplies(db, network, postId, ownAccounts);
    return rows.length;
  });
}

/** Sets `repliedByOwner` on every stored comment of a post that an own account has answered. */
async function markOwnerReplies(db: SmmDeckDatabase, network: Network, postId: string, ownAccounts: readonly OwnAccount[]): Promise<void> {
  const thread = await db.comments.where('[network+postId]').equals([network, postId]).toArray();
  const answered = new Set(
    thread.filter((row) => row.parentId && isOwnAccount(ownAccounts, network, row.authorHandle)).map((row) => row.parentId),
  );
  const changed = thread.filter((row) => answered.has(row.commentId) && !row.repliedByOwner);
  if (changed.length) await db.comments.bulkPut(changed.map((row) => ({ ...row, repliedByOwner: true })));
}
