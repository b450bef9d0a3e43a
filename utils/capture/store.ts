/**
 * Writes what a content script captured. Accounts and posts are upserted; a snapshot is added
 * only when a count changed, so a batch sent twice (after a worker restart) adds nothing.
 */
import type { AccountRow, PostRow, SmmDeckDatabase } from '../platform/db';
import type { StoreCaptureResult } from '../platform/messages';
import { compact } from '../platform/values';
import type { CapturedAccount, CapturedPost, Network, PageCapture, PostMetrics } from '../networks/types';
import { isOwnAccount, type OwnAccount } from '../platform/settings';

export interface StorePolicy {
  /** Store every post seen, not only those of tracked and own accounts. */
  storeAllPosts: boolean;
  /** The user's own accounts from the settings: stored and marked own when first seen. */
  ownAccounts?: readonly OwnAccount[];
}

export async function storeCapture(
  db: SmmDeckDatabase,
  capture: PageCapture,
  policy: StorePolicy,
  now: number,
): Promise<StoreCaptureResult> {
  const result: StoreCaptureResult = {
    accountsStored: 0,
    postsStored: 0,
    postSnapshotsAdded: 0,
    accountSnapshotsAdded: 0,
    knownFollowers: {},
  };
  await db.transaction('rw', [db.accounts, db.accountSnapshots, db.posts, db.postSnapshots], async () => {
    if (capture.account) {
      const added = await storeAccount(db, capture.account, policy, now);
      if (added !== undefined) {
        result.accountsStored = 1;
        result.accountSnapshotsAdded = added ? 1 : 0;
      }
    }
    const authors = await authorsOf(db, capture.posts);
    result.knownFollowers = knownFollowers(authors);
    const posts = postsToStore(capture.posts, authors, policy);
    result.postSnapshotsAdded = await storePosts(db, posts, now);
    result.postsStored = posts.length;
  });
  return result;
}

/** Upserts a known (or, under `storeAllPosts`, any) account; undefined when it was not stored. */
async function storeAccount(
  db: SmmDeckDatabase,
  account: CapturedAccount,
  policy: StorePolicy,
  now: number,
): Promise<boolean | undefined> {
  const existing = await db.accounts.get([account.network, account.handle]);
  const own = isOwnAccount(policy.ownAccounts ?? [], account.network, account.handle);
  if (!existing && !own && !policy.storeAllPosts) return undefined;
  return (await upsertAccount(db, existing, account, own ? { own } : {}, now)).snapshotAdded;
}

/**
 * Writes the account's latest name, URL and followers over what was stored, with `changes` on
 * top, and a follower snapshot when the count changed. Runs inside the caller's transaction.
 */
async function upsertAccount(
  db: SmmDeckDatabase,
  existing: AccountRow | undefined,
  account: CapturedAccount,
  changes: Partial<Pick<AccountRow, 'tracked' | 'own'>>,
  now: number,
): Promise<{ row: AccountRow; snapshotAdded: boolean }> {
  const row: AccountRow = {
    ...(existing ?? { tracked: false, own: false, firstSeenAt: now }),
    ...compact({ name: account.name, followers: account.followers }),
    ...changes,
    network: account.network,
    handle: account.handle,
    url: account.url,
    lastSeenAt: now,
  };
  await db.accounts.put(row);
  if (account.followers === undefined) return { row, snapshotAdded: false };
  const last = await db.accountSnapshots
    .where('[network+handle+capturedAt]')
    .between([account.network, account.handle, -Infinity], [account.network, account.handle, Infinity])
    .last();
  if (last?.followers === account.followers) return { row, snapshotAdded: false };
  await db.accountSnapshots.add({ network: account.network, handle: account.handle, capturedAt: now, followers: account.followers });
  return { row, snapshotAdded: true };
}

const authorKey = (network: Network, handle: string) => `${network}\u0000${handle}`;

/** The stored accounts of the posts' authors, by network and handle. */
async function authorsOf(db: SmmDeckDatabase, posts: CapturedPost[]): Promise<Map<string, AccountRow>> {
  const keys = [...new Map(posts.map((post) => [authorKey(post.network, post.authorHandle), [post.network, post.authorHandle] as [Network, string]])).values()];
  const rows = await db.accounts.bulkGet(keys);
  return new Map(rows.filter((row): row is AccountRow => row !== undefined).map((row) => [authorKey(row.network, row.handle), row]));
}

function knownFollowers(authors: Map<string, AccountRow>): Record<string, number> {
  return Object.fromEntries([...authors.values()].filter((row) => row.followers !== undefined).map((row) => [row.handle, row.followers!]));
}

function postsToStore(posts: CapturedPost[], authors: Map<string, AccountRow>, policy: StorePolicy): CapturedPost[] {
  const unique = [...new Map(posts.map((post) => [`${post.network}\u0000${post.postId}`, post])).values()];
  if (policy.storeAllPosts) return unique;
  return unique.filter((post) => {
    const author = authors.get(authorKey(post.network, post.authorHandle));
    if (author?.tracked || author?.own) return true;
    return isOwnAccount(policy.ownAccounts ?? [], post.network, post.authorHandle);
  });
}

/** Returns how many snapshots were added. */
async function storePosts(db: SmmDeckDatabase, posts: CapturedPost[], now: number): Promise<number> {
  if (posts.length === 0) return 0;
  const existing = await db.posts.bulkGet(posts.map((post) => [post.network, post.postId]));
  const rows: PostRow[] = [];
  const snapshots = [];
  for (const [index, post] of posts.entries()) {
    const previous = existing[index];
    const metrics = { ...previous?.metrics, ...compact(post.metrics) };
    rows.push({
      ...previous,
      ...compact({
        authorName: post.authorName,
        publishedAt: post.publishedAt,
        text: post.text,
        pinned: post.pinned,
        repostOf: post.repostOf,
      }),
      network: post.network,
      postId: post.postId,
      handle: post.authorHandle,
      url: post.url,
      metrics,
      firstSeenAt: previous?.firstSeenAt ?? now,
      lastSeenAt: now,
    });
    if (!previous || metricsChanged(previous.metrics, metrics)) {
      snapshots.push({ network: post.network, postId: post.postId, capturedAt: now, metrics });
    }
  }
  await db.posts.bulkPut(rows);
  await db.postSnapshots.bulkAdd(snapshots);
  return snapshots.length;
}

export function metricsChanged(before: PostMetrics, after: PostMetrics): boolean {
  return (['likes', 'comments', 'shares', 'views', 'saves'] as const).some((metric) => before[metric] !== after[metric]);
}


export async function setAccountTracked(
  db: SmmDeckDatabase,
  account: CapturedAccount,
  tracked: boolean,
  now: number,
): Promise<AccountRow> {
  return db.transaction('rw', [db.accounts, db.accountSnapshots], async () => {
    const existing = await db.accounts.get([account.network, account.handle]);
    return (await upsertAccount(db, existing, account, { tracked }, now)).row;
  });
}
