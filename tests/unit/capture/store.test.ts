import { beforeEach, describe, expect, it } from 'vitest';
import { setAccountTracked, storeCapture } from '../../../utils/capture/store';
import { SmmDeckDatabase } from '../../../utils/platform/db';
import type { CapturedAccount, CapturedPost } from '../../../utils/networks/types';

const brand: CapturedAccount = { network: 'x', handle: 'rivalbrand', name: 'Rival Brand', url: 'https://x.com/rivalbrand', followers: 12_000 };

function post(postId: string, metrics: CapturedPost['metrics'], authorHandle = 'rivalbrand'): CapturedPost {
  return { network: 'x', postId, url: `https://x.com/${authorHandle}/status/${postId}`, authorHandle, metrics, text: `Post ${postId}` };
}

let db: SmmDeckDatabase;
beforeEach(async () => {
  db = new SmmDeckDatabase(`capture-store-${Math.random()}`);
  await db.open();
});

describe('storeCapture', () => {
  it('ignores accounts and posts the user does not follow, by default', async () => {
    const result = await storeCapture(db, { account: brand, posts: [post('1', { likes: 5 })] }, { storeAllPosts: false }, 1000);
    expect(result).toEqual({ accountsStored: 0, postsStored: 0, postSnapshotsAdded: 0, accountSnapshotsAdded: 0, knownFollowers: {} });
    expect(await db.accounts.count()).toBe(0);
    expect(await db.posts.count()).toBe(0);
  });

  it('stores posts of tracked accounts with a first snapshot, and keeps absent metrics absent', async () => {
    await setAccountTracked(db, brand, true, 500);
    await storeCapture(db, { account: brand, posts: [post('1', { likes: 5, views: 100 }), post('2', {}, 'someoneelse')] }, { storeAllPosts: false }, 1000);
    expect(await db.posts.toArray()).toEqual([
      {
        network: 'x', postId: '1', handle: 'rivalbrand', url: 'https://x.com/rivalbrand/status/1', text: 'Post 1',
        metrics: { likes: 5, views: 100 }, firstSeenAt: 1000, lastSeenAt: 1000,
      },
    ]);
    const snapshots = await db.postSnapshots.toArray();
    expect(snapshots).toEqual([{ id: 1, network: 'x', postId: '1', capturedAt: 1000, metrics: { likes: 5, views: 100 } }]);
  });

  it('adds a snapshot only when a metric changed, so a resent batch adds nothing', async () => {
    await setAccountTracked(db, brand, true, 500);
    const capture = { account: brand, posts: [post('1', { likes: 5 })] };
    await storeCapture(db, capture, { storeAllPosts: false }, 1000);
    const again = await storeCapture(db, capture, { storeAllPosts: false }, 2000);
    expect(again.postSnapshotsAdded).toBe(0);
    expect(again.accountSnapshotsAdded).toBe(0);
    await storeCapture(db, { posts: [post('1', { likes: 6 })] }, { storeAllPosts: false }, 3000);
    expect((await db.postSnapshots.toArray()).map((row) => [row.capturedAt, row.metrics.likes])).toEqual([
      [1000, 5],
      [3000, 6],
    ]);
    expect(await db.posts.get(['x', '1'])).toMatchObject({ firstSeenAt: 1000, lastSeenAt: 3000, metrics: { likes: 6 } });
  });

  it('records follower changes of a followed account as snapshots', async () => {
    await setAccountTracked(db, brand, true, 500);
    await storeCapture(db, { account: { ...brand, followers: 12_000 }, posts: [] }, { storeAllPosts: false }, 1000);
    await storeCapture(db, { account: { ...brand, followers: 12_500 }, posts: [] }, { storeAllPosts: false }, 2000);
    expect((await db.accountSnapshots.toArray()).map((row) => [row.capturedAt, row.followers])).toEqual([
      [500, 12_000],
      [2000, 12_500],
    ]);
    expect(await db.accounts.get(['x', 'rivalbrand'])).toMatchObject({ followers: 12_500, tracked: true, firstSeenAt: 500, lastSeenAt: 2000 });
  });

  it('stores every post seen when the setting asks for it', async () => {
    const result = await storeCapture(db, { account: brand, posts: [post('1', {}), post('2', {}, 'another')] }, { storeAllPosts: true }, 1000);
    expect(result.postsStored).toBe(2);
    expect(await db.accounts.get(['x', 'rivalbrand'])).toMatchObject({ tracked: false, own: false });
  });

  it('keeps a metric the latest page did not show', async () => {
    await setAccountTracked(db, brand, true, 500);
    await storeCapture(db, { posts: [post('1', { likes: 5, views: 900 })] }, { storeAllPosts: false }, 1000);
    await storeCapture(db, { posts: [post('1', { likes: 7 })] }, { storeAllPosts: false }, 2000);
    expect((await db.posts.get(['x', '1']))?.metrics).toEqual({ likes: 7, views: 900 });
  });

  it("tells the content script its authors' known follower counts, for ER badges", async () => {
    await setAccountTracked(db, brand, true, 500);
    const result = await storeCapture(db, { posts: [post('1', {}), post('2', {}, 'stranger')] }, { storeAllPosts: false }, 1000);
    expect(result.knownFollowers).toEqual({ rivalbrand: 12_000 });
  });

  it('untracking keeps the account and its history', async () => {
    await setAccountTracked(db, brand, true, 500);
    await setAccountTracked(db, brand, false, 600);
    expect(await db.accounts.get(['x', 'rivalbrand'])).toMatchObject({ tracked: false, firstSeenAt: 500 });
    expect(await db.accountSnapshots.count()).toBe(1);
  });
});
