import { beforeEach, describe, expect, it } from 'vitest';
import { SmmDeckDatabase, type AccountSnapshotRow, type PostSnapshotRow } from '../../../utils/platform/db';
import type { Network } from '../../../utils/networks/types';
import { DEFAULT_RETENTION, snapshotsToThin, thinSnapshots, type RetentionPolicy } from '../../../utils/capture/retention';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

type Snapshot = { id: number; capturedAt: number };

/** Snapshots every `step` ms from `from` to `to` inclusive, ids from 1 in time order. */
function every(step: number, from: number, to: number): Snapshot[] {
  const series: Snapshot[] = [];
  for (let time = from, id = 1; time <= to; time += step, id++) series.push({ id, capturedAt: time });
  return series;
}

function kept(series: Snapshot[], now: number, policy?: RetentionPolicy): Snapshot[] {
  const doomed = new Set(snapshotsToThin(series, now, policy));
  return series.filter((snapshot) => !doomed.has(snapshot.id));
}

/** The rule restated naively, O(n²): delete an old snapshot when any later one shares its bucket. */
function referenceThin(series: Snapshot[], now: number, policy: RetentionPolicy): number[] {
  const sorted = [...series].sort((a, b) => a.capturedAt - b.capturedAt || a.id - b.id);
  const weekStart = (time: number) => {
    const day = Math.floor(time / DAY);
    return day - ((day + 3) % 7 + 7) % 7; // day 0 (1970-01-01) was a Thursday
  };
  return sorted
    .filter((snapshot, index) => {
      if (index === 0 || index === sorted.length - 1) return false;
      const age = now - snapshot.capturedAt;
      if (age < policy.keepAllDays * DAY) return false;
      const bucket = age < policy.dailyUntilDays * DAY ? (time: number) => Math.floor(time / DAY) : weekStart;
      return sorted.slice(index + 1).some((later) => bucket(later.capturedAt) === bucket(snapshot.capturedAt));
    })
    .map((snapshot) => snapshot.id);
}

describe('snapshotsToThin', () => {
  it('thins hourly snapshots over two years to all, then one a day, then one a week', () => {
    // Monday 2025-01-06 00:00 UTC; the series runs hourly from Saturday 2023-01-07 00:00 (730 days back) to now.
    const now = Date.UTC(2025, 0, 6);
    const series = every(HOUR, now - 730 * DAY, now);
    expect(series).toHaveLength(730 * 24 + 1);
    const rest = kept(series, now);

    // Younger than 30 days, (2024-12-07 00:00, now]: all 720 kept.
    const recent = rest.filter((s) => s.capturedAt > now - 30 * DAY);
    expect(recent).toHaveLength(720);

    // (2024-01-07 00:00, 2024-12-07 00:00]: one a day, the 23:00 snapshot, for 2024-01-07 … 2024-12-06 = 335 days.
    // 2024-12-07 00:00 (exactly 30 days old) goes: its day's last snapshot, 23:00, is kept as a recent one.
    const daily = rest.filter((s) => s.capturedAt <= now - 30 * DAY && s.capturedAt > now - 365 * DAY);
    expect(daily).toHaveLength(335);
    expect(daily.every((s) => new Date(s.capturedAt).getUTCHours() === 23)).toBe(true);
    expect(daily[0]!.capturedAt).toBe(Date.UTC(2024, 0, 7, 23));
    expect(daily.at(-1)!.capturedAt).toBe(Date.UTC(2024, 11, 6, 23));

    // At least 365 days old, up to Sunday 2024-01-07 00:00: the first snapshot (baseline), Sunday 2023-01-08 23:00
    // (end of the first, partial week), the last snapshot (Sunday 23:00) of each of the 51 weeks
    // 2023-01-09 … 2023-12-31; the week of 2024-01-01 ends in the daily zone, so its older part goes.
    const weekly = rest.filter((s) => s.capturedAt <= now - 365 * DAY);
    expect(weekly).toHaveLength(53);
    expect(weekly[0]).toEqual(series[0]);
    expect(weekly[1]!.capturedAt).toBe(Date.UTC(2023, 0, 8, 23));
    expect(weekly.slice(1).every((s) => new Date(s.capturedAt).getUTCDay() === 0 && new Date(s.capturedAt).getUTCHours() === 23)).toBe(true);
    expect(weekly.at(-1)!.capturedAt).toBe(Date.UTC(2023, 11, 31, 23));

    expect(rest).toHaveLength(720 + 335 + 53);
    expect(rest[0]).toEqual(series[0]);
    expect(rest.at(-1)).toEqual(series.at(-1));
  });

  it('treats a snapshot exactly 30 days old as thinned to one a day, not kept as recent', () => {
    const now = Date.UTC(2025, 0, 6, 12);
    const base = { id: 1, capturedAt: now - 100 * DAY };
    const newest = { id: 9, capturedAt: now };
    const exactly30 = { id: 3, capturedAt: now - 30 * DAY };
    const earlierThatDay = { id: 2, capturedAt: now - 30 * DAY - HOUR };
    const justYounger = { id: 4, capturedAt: now - 30 * DAY + 1 };
    // Last of its day: kept; the hour before it on the same day goes.
    expect(snapshotsToThin([base, earlierThatDay, exactly30, newest], now)).toEqual([2]);
    // A later snapshot the same day (1 ms younger, so kept as recent) makes it go too.
    expect(snapshotsToThin([base, earlierThatDay, exactly30, justYounger, newest], now)).toEqual([2, 3]);
  });

  it('treats a snapshot exactly 365 days old as thinned to one a week', () => {
    const now = Date.UTC(2025, 0, 8, 12); // Wednesday; 365 days back is Tuesday 2024-01-09 12:00
    const base = { id: 1, capturedAt: now - 500 * DAY };
    const wednesday = { id: 3, capturedAt: Date.UTC(2024, 0, 10, 12) }; // same ISO week, daily zone, last of its day
    const newest = { id: 9, capturedAt: now };
    // Exactly 365 days old: one a week, and Wednesday is later in its week.
    expect(snapshotsToThin([base, { id: 2, capturedAt: now - 365 * DAY }, wednesday, newest], now)).toEqual([2]);
    // 1 ms younger it is in the daily zone and the last of its Tuesday: kept.
    expect(snapshotsToThin([base, { id: 2, capturedAt: now - 365 * DAY + 1 }, wednesday, newest], now)).toEqual([]);
  });

  it('never deletes the first or the newest snapshot of a series', () => {
    const now = Date.UTC(2025, 0, 6);
    const old = Date.UTC(2023, 5, 7); // a Wednesday, far in the weekly zone
    // All in one old week: only the middle ones go, however old the newest is.
    expect(snapshotsToThin([{ id: 1, capturedAt: old }, { id: 2, capturedAt: old + HOUR }, { id: 3, capturedAt: old + 2 * HOUR }, { id: 4, capturedAt: old + DAY }], now)).toEqual([2, 3]);
    expect(snapshotsToThin([{ id: 1, capturedAt: old }, { id: 2, capturedAt: old + HOUR }], now)).toEqual([]);
  });

  it('handles a single snapshot and an empty series', () => {
    expect(snapshotsToThin([{ id: 7, capturedAt: 0 }], Date.UTC(2025, 0, 1))).toEqual([]);
    expect(snapshotsToThin([], Date.UTC(2025, 0, 1))).toEqual([]);
  });

  it('sorts unsorted input (by capturedAt, then id) and leaves the caller array alone', () => {
    const now = Date.UTC(2025, 0, 6);
    const series = every(HOUR, now - 60 * DAY, now);
    const shuffled = [...series].reverse();
    shuffled.push(...shuffled.splice(0, 500));
    const before = [...shuffled];
    expect(snapshotsToThin(shuffled, now).sort((a, b) => a - b)).toEqual(snapshotsToThin(series, now));
    expect(shuffled).toEqual(before);
    // Equal times: the highest id counts as the later one.
    const time = now - 40 * DAY;
    expect(snapshotsToThin([{ id: 1, capturedAt: 0 }, { id: 5, capturedAt: time }, { id: 4, capturedAt: time }, { id: 6, capturedAt: now }], now)).toEqual([4]);
  });

  it('follows other policies and rejects impossible ones', () => {
    const now = Date.UTC(2025, 0, 6); // Monday
    const series = every(HOUR, now - 21 * DAY, now);
    // Everything at least 0 days old is weekly: first, newest, and the last of each of the three full weeks.
    expect(kept(series, now, { keepAllDays: 0, dailyUntilDays: 0 }).map((s) => s.capturedAt)).toEqual([
      now - 21 * DAY,
      now - 14 * DAY - HOUR,
      now - 7 * DAY - HOUR,
      now - HOUR,
      now,
    ]);
    expect(() => snapshotsToThin(series, now, { keepAllDays: 10, dailyUntilDays: 5 })).toThrow(RangeError);
    expect(() => snapshotsToThin(series, now, { keepAllDays: -1, dailyUntilDays: 5 })).toThrow(RangeError);
    expect(() => snapshotsToThin(series, now, { keepAllDays: Number.NaN, dailyUntilDays: 5 })).toThrow(RangeError);
  });

  it('matches the naive rule on irregular series, and thinning again later equals thinning once later', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const now = Date.UTC(2025, 2, 14, 17, 23);
    const policy: RetentionPolicy = { keepAllDays: 10, dailyUntilDays: 60 };
    for (let round = 0; round < 5; round++) {
      const series: Snapshot[] = [];
      for (let time = now - 120 * DAY, id = 1; time <= now; time += random() * 20 * HOUR, id++) series.push({ id, capturedAt: Math.round(time) });
      expect(snapshotsToThin(series, now, policy)).toEqual(referenceThin(series, now, policy));
      const once = kept(series, now, policy);
      expect(snapshotsToThin(once, now, policy)).toEqual([]);
      const later = now + 45 * DAY;
      expect(kept(once, later, policy)).toEqual(kept(series, later, policy));
    }
  });
});

describe('thinSnapshots', () => {
  const now = Date.UTC(2025, 0, 6, 9, 30);
  let db: SmmDeckDatabase;

  beforeEach(async () => {
    db = new SmmDeckDatabase(`retention-${Math.random()}`);
    await db.open();
  });

  /** Snapshots every `step` over the last `days` days, shifted by `offset`. */
  function times(days: number, step: number, offset: number): number[] {
    return every(step, now - days * DAY + offset, now).map((s) => s.capturedAt);
  }

  async function seed() {
    const post = (network: Network, postId: string) => ({
      network, postId, handle: 'brand', url: `https://example.com/${postId}`, metrics: {}, firstSeenAt: 0, lastSeenAt: now,
    });
    const account = (network: Network, handle: string) => ({
      network, handle, url: `https://example.com/${handle}`, tracked: true, own: false, firstSeenAt: 0, lastSeenAt: now,
    });
    // vk/p1 has no post row (an orphan) and shares its postId with x/p1; x/p10 shares a prefix with x/p1.
    await db.posts.bulkPut([post('x', 'p1'), post('x', 'p10'), post('x', 'fresh'), post('x', 'stale')]);
    await db.accounts.bulkPut([account('x', 'brand'), account('telegram', 'channel')]);
    const posts: PostSnapshotRow[] = [];
    const addPosts = (network: Network, postId: string, at: number[]) =>
      at.forEach((capturedAt, index) => posts.push({ network, postId, capturedAt, metrics: { likes: index } }));
    // Interleave the series in id order, as real captures do.
    addPosts('x', 'p1', times(400, 6 * HOUR, 0));
    addPosts('x', 'p10', times(400, 8 * HOUR, 90 * 60_000));
    addPosts('vk', 'p1', times(380, 7 * HOUR, 17 * 60_000));
    addPosts('x', 'fresh', times(10, 2 * HOUR, 0));
    // Not seen for 100 days: its newest snapshot is old and must stay.
    addPosts('x', 'stale', times(400, 5 * HOUR, 0).filter((time) => time < now - 100 * DAY));
    posts.sort((a, b) => a.capturedAt - b.capturedAt);
    await db.postSnapshots.bulkAdd(posts);
    const accounts: AccountSnapshotRow[] = [];
    const addAccounts = (network: Network, handle: string, at: number[]) =>
      at.forEach((capturedAt, index) => accounts.push({ network, handle, capturedAt, followers: 1000 + index }));
    addAccounts('x', 'brand', times(400, 8 * HOUR, 45 * 60_000));
    addAccounts('telegram', 'channel', times(420, 12 * HOUR, 0));
    accounts.sort((a, b) => a.capturedAt - b.capturedAt);
    await db.accountSnapshots.bulkAdd(accounts);
  }

  function group<T extends { network: Network }>(rows: T[], key: (row: T) => string): Map<string, T[]> {
    const bySeries = new Map<string, T[]>();
    for (const row of rows) {
      const series = `${row.network}/${key(row)}`;
      bySeries.set(series, [...(bySeries.get(series) ?? []), row]);
    }
    return bySeries;
  }

  /** What the pure rule keeps of each whole series, by series. */
  function expectedBySeries<T extends { id?: number; network: Network; capturedAt: number }>(rows: T[], key: (row: T) => string) {
    const expected = new Map<string, T[]>();
    let deleted = 0;
    for (const [series, members] of group(rows, key)) {
      const doomed = new Set(snapshotsToThin(members.map((row) => ({ id: row.id!, capturedAt: row.capturedAt })), now));
      deleted += doomed.size;
      expected.set(series, members.filter((row) => !doomed.has(row.id!)));
    }
    return { expected, deleted };
  }

  it('thins every series, orphans included, and leaves recent snapshots and other rows alone', async () => {
    await seed();
    const postsBefore = await db.postSnapshots.toArray();
    const accountsBefore = await db.accountSnapshots.toArray();
    const posts = expectedBySeries(postsBefore, (row) => row.postId);
    const accounts = expectedBySeries(accountsBefore, (row) => row.handle);
    expect(posts.deleted).toBeGreaterThan(2000);

    const progress: number[] = [];
    const result = await thinSnapshots(db, now, DEFAULT_RETENTION, { onProgress: (done) => progress.push(done) });
    expect(result).toEqual({ postSnapshotsDeleted: posts.deleted, accountSnapshotsDeleted: accounts.deleted });
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);

    const postsAfter = group(await db.postSnapshots.toArray(), (row) => row.postId);
    const accountsAfter = group(await db.accountSnapshots.toArray(), (row) => row.handle);
    expect(postsAfter).toEqual(posts.expected);
    expect(accountsAfter).toEqual(accounts.expected);
    expect([...postsAfter.keys()].sort()).toEqual(['vk/p1', 'x/fresh', 'x/p1', 'x/p10', 'x/stale']);

    // The orphan was thinned too; the fresh post, all within 30 days, is untouched.
    expect(postsAfter.get('vk/p1')!.length).toBeLessThan(postsBefore.filter((row) => row.network === 'vk').length / 2);
    expect(postsAfter.get('x/fresh')).toEqual(postsBefore.filter((row) => row.postId === 'fresh'));
    // Every snapshot younger than 30 days is still there, and so is each series' first snapshot.
    const recent = (row: { capturedAt: number }) => row.capturedAt > now - 30 * DAY;
    expect((await db.postSnapshots.toArray()).filter(recent)).toEqual(postsBefore.filter(recent));
    expect((await db.accountSnapshots.toArray()).filter(recent)).toEqual(accountsBefore.filter(recent));
    for (const [series, rows] of group(accountsBefore, (row) => row.handle)) expect(accountsAfter.get(series)![0]).toEqual(rows[0]);
    for (const [series, rows] of group(postsBefore, (row) => row.postId)) expect(postsAfter.get(series)![0]).toEqual(rows[0]);
    // Posts and accounts themselves are not touched.
    const stale = postsBefore.filter((row) => row.postId === 'stale');
    expect(postsAfter.get('x/stale')!.at(-1)).toEqual(stale.at(-1));
    expect(await db.posts.count()).toBe(4);
    expect(await db.accounts.count()).toBe(2);

    // A second run deletes nothing.
    const again = await thinSnapshots(db, now);
    expect(again).toEqual({ postSnapshotsDeleted: 0, accountSnapshotsDeleted: 0 });
    expect(group(await db.postSnapshots.toArray(), (row) => row.postId)).toEqual(posts.expected);
  });

  it('does nothing on empty tables', async () => {
    const progress: number[] = [];
    expect(await thinSnapshots(db, now, DEFAULT_RETENTION, { onProgress: (done) => progress.push(done) })).toEqual({
      postSnapshotsDeleted: 0,
      accountSnapshotsDeleted: 0,
    });
    expect(progress).toEqual([]);
  });
});
