import type { CommentRow, SmmDeckDatabase } from '../platform/db';
import type { Network } from '../networks/types';
import { isOwnAccount, type OwnAccount } from '../platform/settings';

export interface CommentForReply {
  row: CommentRow;
  /** Written by one of the user's own accounts: nothing to answer. */
  own: boolean;
  /** An own account has answered it. */
  answered: boolean;
}

/** A post's stored comments, in the order the Replies tab lists them. */
export async function loadPostComments(db: SmmDeckDatabase, network: Network, postId: string, ownAccounts: readonly OwnAccount[]): Promise<CommentForReply[]> {
  return orderForReplying(await db.comments.where('[network+postId]').equals([network, postId]).toArray(), ownAccounts);
}

/**
 * Unanswered comments first, then answered ones, then the user's own; within each group the
 * oldest first (the one waiting longest), by the page's time, else by when SMM Deck first saw it.
 */
export function orderForReplying(rows: readonly CommentRow[], ownAccounts: readonly OwnAccount[]): CommentForReply[] {
  const rank = (item: CommentForReply) => (item.own ? 2 : item.answered ? 1 : 0);
  const time = (row: CommentRow) => (row.publishedAt ? Date.parse(row.publishedAt) : row.firstSeenAt);
  return rows
    .map((row) => ({ row, own: isOwnAccount(ownAccounts, row.network, row.authorHandle), answered: row.repliedByOwner }))
    .sort((a, b) => rank(a) - rank(b) || time(a.row) - time(b.row) || a.row.commentId.localeCompare(b.row.commentId));
}
