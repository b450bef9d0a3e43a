import { beforeEach, describe, expect, it } from 'vitest';
import { timedRates } from '../../../utils/dashboard/aggregate';
import { loadDashboard } from '../../../utils/dashboard/query';
import type { DashboardSelection } from '../../../utils/dashboard/selection';
import { SmmDeckDatabase, type AccountRow, type PostRow } from '../../../utils/platform/db';

/**
 * One week in Moscow (UTC+3), 2026-11-01 to 2026-11-07: x/brand, a tracked competitor with
 * follower snapshots, and vk/us, the user's own account (named in the settings) without any.
 */
const ZONE = 'Europe/Moscow';
const at = (iso: string) => Date.parse(iso);
const week: DashboardSelection = { accounts: [], from: '2026-11-01', to: '2026-11-07', method: 'ratioOfSums' };

const account = (network: 'x' | 'vk', handle: string, extra: Partial<AccountRow>): AccountRow => ({
  network, handle, url: `https://${network}.com/${handle}`, tracked: false, own: false, firstSeenAt: 0, lastSeenAt: 0, ...extra,
});
const post = (handle: string, postId: string, publishedAt: string | undefined, lastSeenAt: string, metrics: PostRow['metrics'], extra: Partial<PostRow> = {}): PostRow => ({
  network: handle === 'us' || handle === 'stranger' ? 'vk' : 'x', postId, handle, url: `https://example.com/${postId}`, publishedAt, text: `Post ${postId}`,
  metrics, firstSeenAt: at(lastSeenAt), lastSeenAt: at(lastSeenAt), ...extra,
});

let db: SmmDeckDatabase;
beforeEach(async () => {
  db = new SmmDeckDatabase(`dashboard-${Math.random()}`);
  await db.accounts.bulkAdd([
    account('x', 'brand', { name: 'Brand', tracked: true, followers: 1_200 }),
    account('vk', 'us', { name: 'Us', followers: 500 }),
    account('vk', 'stranger', { followers: 9 }),
  ]);
  await db.accountSnapshots.bulkAdd([
    { network: 'x', handle: 'brand', capturedAt: at('2026-10-25T10:00:00Z'), followers: 1_000 },
    { network: 'x', handle: 'brand', capturedAt: at('2026-11-04T12:00:00Z'), followers: 1_100 },
    { network: 'x', handle: 'brand', capturedAt: at('2026-11-10T00:00:00Z'), followers: 1_200 },
  ]);
  await db.posts.bulkAdd([
    // Sunday 12:00 in Moscow, captured while the account had 1 000 followers.
    post('brand', 'p1', '2026-11-01T09:00:00.000Z', '2026-11-02T00:00:00Z', { likes: 40, comments: 5, shares: 5, views: 1_000 }),
    // Wednesday 00:30 in Moscow (still Tuesday in UTC), captured at 1 100 followers.
    post('brand', 'p2', '2026-11-03T21:30:00.000Z', '2026-11-05T00:00:00Z', { likes: 100, comments: 10, shares: 0, views: 2_200 }),
    // Captured after the period, at 1 200 followers; no shares shown.
    post('brand', 'p5', '2026-11-06T10:00:00.000Z', '2026-11-12T00:00:00Z', { likes: 12, comments: 0 }),
    // 23:59 on October 31 and 00:00 on November 8 in Moscow: outside the week.
    post('brand', 'p3', '2026-10-31T20:59:00.000Z', '2026-11-02T00:00:00Z', { likes: 999 }),
    post('brand', 'p4', '2026-11-07T21:00:00.000Z', '2026-11-09T00:00:00Z', { likes: 999 }),
    // A repost is not the account's own content; a post without a date first seen after the week is not of the week.
    post('brand', 'p6', '2026-11-02T10:00:00.000Z', '2026-11-03T00:00:00Z', { likes: 999 }, { repostOf: 'someone' }),
    post('brand', 'p7', undefined, '2026-11-09T00:00:00Z', { likes: 999 }),
    post('us', 'v1', '2026-11-02T10:00:00+03:00', '2026-11-03T00:00:00Z', { likes: 25 }),
    post('stranger', 's1', '2026-11-02T10:00:00.000Z', '2026-11-03T00:00:00Z', { likes: 5 }),
  ]);
  await db.postSnapshots.bulkAdd([
    { network: 'x', postId: 'p2', capturedAt: at('2026-11-04T00:00:00Z'), metrics: { likes: 50, comments: 10, shares: 0, views: 900 } },
    { network: 'x', postId: 'p2', capturedAt: at('2026-11-05T00:00:00Z'), metrics: { likes: 100, comments: 10, shares: 0, views: 2_200 } },
  ]);
});

describe('the dashboard of a week', () => {
  it('sums up each followed account over the period, by hand', async () => {
    const dashboard = await loadDashboard(db, week, ZONE, [{ network: 'vk', handle: 'US' }]);
    expect(dashboard.period).toEqual({ from: '2026-11-01', to: '2026-11-07', start: at('2026-10-31T21:00:00Z'), end: at('2026-11-07T21:00:00Z'), days: 7 });
    const [us, brand] = [dashboard.accounts.find((row) => row.id === 'vk/us')!, dashboard.accounts.find((row) => row.id === 'x/brand')!];
    expect(dashboard.accounts.map((row) => row.id)).toEqual(['vk/us', 'x/brand']);
    const growthDays = (at('2026-11-04T12:00:00Z') - at('2026-10-25T10:00:00Z')) / 86_400_000;
    expect(brand).toEqual({
      id: 'x/brand', network: 'x', handle: 'brand', name: 'Brand', url: 'https://x.com/brand', own: false,
      // The last count before the week ended; the period began at 1 000.
      followers: 1_100,
      growth: { absolute: 100, percent: 10, weeklyRate: expect.closeTo((1.1 ** (7 / growthDays) - 1) * 100, 10) },
      posts: 3,
      postsPerWeek: 3,
      averageInteractions: expect.closeTo((50 + 110 + 12) / 3, 10),
      // Σ interactions / Σ followers at capture: 172 / (1 000 + 1 100 + 1 200)
      er: expect.closeTo((172 / 3_300) * 100, 10),
      // p5 shows no views: (50 + 110) / (1 000 + 2 200)
      erViews: expect.closeTo(5, 10),
      // Days of 50 / 1 000, 110 / 1 100 and 12 / 1 100 interactions, four days of none.
      erDay: expect.closeTo((5 + 10 + (12 / 1_100) * 100) / 7, 10),
      loveRate: expect.closeTo((152 / 3_300) * 100, 10),
      talkRate: expect.closeTo((15 / 3_300) * 100, 10),
      amplification: expect.closeTo((5 / 2_100) * 100, 10),
    });
    // No snapshot: the account's latest count stands for every post; no growth to show.
    expect(us).toMatchObject({ own: true, followers: 500, posts: 1, growth: undefined, er: 5, erDay: expect.closeTo(5 / 7, 10) });
  });

  it('gives each post its followers at capture, ER, × usual and z-score', async () => {
    const { posts } = await loadDashboard(db, week, ZONE, []);
    expect(posts.map((row) => row.postId)).toEqual(['p5', 'p2', 'p1']);
    const sigma = Math.sqrt(((50 - 172 / 3) ** 2 + (110 - 172 / 3) ** 2 + (12 - 172 / 3) ** 2) / 3);
    expect(posts[1]).toEqual({
      account: 'x/brand', network: 'x', handle: 'brand', postId: 'p2', url: 'https://example.com/p2', text: 'Post p2',
      publishedAt: at('2026-11-03T21:30:00Z'), dated: true, metrics: { likes: 100, comments: 10, shares: 0, views: 2_200 },
      interactions: 110, followers: 1_100, erFollowers: 10, erViews: 5, timesUsual: 2.2, zScore: expect.closeTo(60 / sigma, 10),
    });
    expect(posts[0]).toMatchObject({ followers: 1_200, erFollowers: 1, erViews: undefined, timesUsual: 0.24 });
  });

  it('ranks the top posts by ER and adds their growth per hour from the snapshots', async () => {
    const { topPosts } = await loadDashboard(db, week, ZONE, [{ network: 'vk', handle: 'us' }]);
    expect(topPosts.map((row) => row.postId)).toEqual(['p2', 'p1', 'v1', 'p5']);
    // 50 more likes and 1 300 more views in the 24 hours between its two snapshots.
    expect(topPosts[0]!.growthPerHour).toEqual({ likes: 50 / 24, comments: 0, shares: 0, views: 1_300 / 24 });
    expect(topPosts[1]!.growthPerHour).toBeUndefined();
  });

  it('averages by the chosen method: mean of posts and median', async () => {
    const mean = await loadDashboard(db, { ...week, method: 'meanOfPosts' }, ZONE, []);
    expect(mean.accounts[0]!.er).toBeCloseTo((5 + 10 + 1) / 3, 10);
    const middle = await loadDashboard(db, { ...week, method: 'median' }, ZONE, []);
    expect(middle.accounts[0]!.er).toBeCloseTo(5, 10);
  });

  it('draws followers and ER per day, and sets networks side by side', async () => {
    const dashboard = await loadDashboard(db, week, ZONE, [{ network: 'vk', handle: 'us' }]);
    expect(dashboard.followerSeries.buckets.map((bucket) => bucket.day)).toEqual([
      '2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07',
    ]);
    expect(dashboard.followerSeries.lines).toEqual([
      { id: 'vk/us', values: [null, null, null, null, null, null, null] },
      { id: 'x/brand', values: [1_000, 1_000, 1_000, 1_100, 1_100, 1_100, 1_100] },
    ]);
    expect(dashboard.erSeries.lines[1]).toEqual({ id: 'x/brand', values: [5, null, null, 10, null, expect.closeTo(1, 10), null] });
    expect(dashboard.networks).toEqual([
      { network: 'vk', accounts: 1, followers: 500, postsPerWeek: 1, er: 5 },
      { network: 'x', accounts: 1, followers: 1_100, postsPerWeek: 3, er: expect.closeTo((172 / 3_300) * 100, 10) },
    ]);
  });

  it('shows only the chosen account, from the side panel\'s link', async () => {
    const dashboard = await loadDashboard(db, { ...week, accounts: [{ network: 'x', handle: 'brand' }], network: 'x' }, ZONE, []);
    expect(dashboard.accounts.map((row) => row.id)).toEqual(['x/brand']);
    expect(dashboard.followed.map((row) => `${row.network}/${row.handle}`)).toEqual(['x/brand']);
  });

  it('places a post the page showed without a date at when it was first seen, but not on the heatmap', async () => {
    await db.posts.add(post('brand', 'q1', undefined, '2026-11-05T09:00:00Z', { likes: 33 }));
    const dashboard = await loadDashboard(db, week, ZONE, []);
    expect(dashboard.posts.map((row) => row.postId)).toEqual(['p5', 'q1', 'p2', 'p1']);
    expect(dashboard.posts[1]).toMatchObject({ publishedAt: at('2026-11-05T09:00:00Z'), dated: false, followers: 1_100, erFollowers: 3 });
    expect(dashboard.accounts[0]!.posts).toBe(4);
    expect(timedRates(dashboard.posts).map((row) => row.publishedAt)).toEqual([at('2026-11-06T10:00:00Z'), at('2026-11-03T21:30:00Z'), at('2026-11-01T09:00:00Z')]);
  });

  it('counts days in the user\'s zone: in New York p2 is a Tuesday post and p4 falls inside the week', async () => {
    const dashboard = await loadDashboard(db, week, 'America/New_York', []);
    expect(dashboard.posts.map((row) => row.postId)).toEqual(['p4', 'p5', 'p2', 'p1']);
  });
});
