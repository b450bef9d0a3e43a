import Dexie from 'dexie';
import type { AccountRow, PostRow, SmmDeckDatabase } from '../platform/db';
import { averageEr } from '../dashboard/metrics';

export interface CompetitorSummary {
  account: AccountRow;
  /** Followers now minus followers at the first snapshot; undefined before a second count. */
  followerChange?: number;
  postCount: number;
  /** Mean ER by followers of the latest 30 posts, with the latest follower count. */
  averageEr?: number;
  latestPosts: PostRow[];
}

const LATEST_POSTS = 3;
const RECENT_POSTS = 30;

/** The accounts the user follows (tracked competitors and own accounts), biggest audience first. */
export async function loadCompetitorSummaries(db: SmmDeckDatabase): Promise<CompetitorSummary[]> {
  const accounts = await db.accounts.filter((account) => account.tracked || account.own).toArray();
  const summaries = await Promise.all(accounts.map((account) => summarize(db, account)));
  return summaries.sort((a, b) => (b.account.followers ?? -1) - (a.account.followers ?? -1));
}

async function summarize(db: SmmDeckDatabase, account: AccountRow): Promise<CompetitorSummary> {
  const { network, handle } = account;
  // A live query re-runs on every capture: count the posts and read only the newest, by date and
  // (for posts shown without one) by when they were first seen.
  const newest = (index: string) =>
    db.posts.where(index).between([network, handle, Dexie.minKey], [network, handle, Dexie.maxKey]).reverse().limit(RECENT_POSTS).toArray();
  const [postCount, byDate, bySeen, firstSnapshot] = await Promise.all([
    db.posts.where('[network+handle]').equals([network, handle]).count(),
    newest('[network+handle+publishedAt]'),
    newest('[network+handle+firstSeenAt]'),
    db.accountSnapshots.where('[network+handle+capturedAt]').between([network, handle, -Infinity], [network, handle, Infinity]).first(),
  ]);
  const recent = [...new Map([...byDate, ...bySeen].map((post) => [post.postId, post])).values()]
    .sort((a, b) => publishedOrSeen(b) - publishedOrSeen(a))
    .slice(0, RECENT_POSTS);
  return {
    account,
    followerChange: firstSnapshot && account.followers !== undefined ? account.followers - firstSnapshot.followers : undefined,
    postCount,
    averageEr: averageEr(recent.map((post) => post.metrics), account.followers),
    latestPosts: recent.slice(0, LATEST_POSTS),
  };
}

function publishedOrSeen(post: PostRow): number {
  return post.publishedAt ? Date.parse(post.publishedAt) : post.firstSeenAt;
}
