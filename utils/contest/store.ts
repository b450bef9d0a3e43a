/** The contests of a post in the `contests` table, and the post's comments as the draw sees them. */
import type { ContestProof, ContestPost } from './proof';
import type { ContestComment } from './rules';
import type { CommentRow, ContestRow, SmmDeckDatabase } from '../platform/db';
import type { Network } from '../networks/types';

export function contestComment(row: CommentRow): ContestComment {
  const comment: ContestComment = { commentId: row.commentId, authorHandle: row.authorHandle, text: row.text };
  if (row.authorName) comment.authorName = row.authorName;
  if (row.publishedAt) comment.publishedAt = row.publishedAt;
  return comment;
}

export interface PostComments {
  /** The post's address as the comments' page gave it, when any comment is collected. */
  postUrl?: string;
  comments: ContestComment[];
}

export async function loadPostComments(db: SmmDeckDatabase, network: Network, postId: string): Promise<PostComments> {
  const rows = await db.comments.where('[network+postId]').equals([network, postId]).toArray();
  return { postUrl: rows[0]?.postUrl, comments: rows.map(contestComment) };
}

export interface PostWithComments extends ContestPost {
  comments: number;
}

/** Every post with collected comments, the most commented first, for choosing one off its page. */
export async function postsWithComments(db: SmmDeckDatabase): Promise<PostWithComments[]> {
  const posts = new Map<string, PostWithComments>();
  await db.comments.each((row) => {
    const key = `${row.network}\n${row.postId}`;
    const post = posts.get(key) ?? { network: row.network, postId: row.postId, postUrl: row.postUrl, comments: 0 };
    post.comments += 1;
    posts.set(key, post);
  });
  return [...posts.values()].sort((a, b) => b.comments - a.comments || a.postUrl.localeCompare(b.postUrl));
}

/** The post's contests, the newest first. */
export async function contestsOfPost(db: SmmDeckDatabase, network: Network, postId: string): Promise<ContestRow[]> {
  const rows = await db.contests.where('[network+postId]').equals([network, postId]).toArray();
  return rows.sort((a, b) => b.createdAt - a.createdAt);
}

export async function saveCommitment(db: SmmDeckDatabase, proof: ContestProof, now: number): Promise<number> {
  const id = await db.contests.add({ network: proof.network, postId: proof.postId, postUrl: proof.postUrl, createdAt: now, proof });
  return id!;
}

export async function saveDraw(db: SmmDeckDatabase, id: number, proof: ContestProof, now: number): Promise<void> {
  await db.contests.update(id, { drawnAt: now, proof });
}

export async function discardContest(db: SmmDeckDatabase, id: number): Promise<void> {
  await db.contests.delete(id);
}
