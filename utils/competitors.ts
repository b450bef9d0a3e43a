import type { AccountRow, PostRow, SmmDeckDatabase } from './db';
import { averageEr } from './metrics';

export interface CompetitorSummary {
  account: AccountRow;
  /** Followers now minus followers at the first snapshot; undefined before a second count. */
  followerChange?: number;
  postCount: number;
  /** Mean ER by followers of the stored posts, with the latest follower count. */
  averageEr?: number;
  latestPosts: PostRow[];
}

const LATEST_POSTS = 3;

/** The accounts the user follows (tracked competitors and own accounts), biggest audience first. */
export async function loadCompetitorSummaries(db: SmmDeckDatabase): Promise<CompetitorSummary[]> {
  const accounts = await db.accounts.filter((account) => account.tracked || account.own).toArray();
  const summaries = await Promise.all(accounts.map((account) => summarize(db, account)));
  return summaries.sort((a, b) => (b.account.followers ?? -1) - (a.account.followers ?? -1));
}

async function summarize(db: SmmDeckDatabase, account: AccountRow): Promise<CompetitorSummary> {
  const { network, handle } = account;
  const [posts, firstSnapshot] = await Promise.all([
    db.posts.where('[network+handle]').equals([network, handle]).toArray(),
    db.accountSnapshots.where('[network+handle+capturedAt]').between([network, handle, -Infinity], [network, handle, Infinity]).first(),
  ]);
  const newestFirst = posts.sort((a, b) => publishedOrSeen(b) - publishedOrSeen(a));
  return {
    account,
    followerChange: firstSnapshot && account.followers !== undefined ? account.followers - firstSnapshot.followers : undefined,
    postCount: posts.length,
    averageEr: averageEr(posts.map((post) => post.metrics), account.followers),
    latestPosts: newestFirst.slice(0, LATEST_POSTS),
  };
}

function publishedOrSeen(post: PostRow): number {
  return post.publishedAt ? Date.parse(post.publishedAt) : post.firstSeenAt;
}
