/**
 * Snapshot retention: snapshots pile up visit after visit, so old ones are thinned to keep
 * history useful and small. Recent snapshots are all kept, older ones one per UTC day, the oldest
 * one per ISO week.
 *
 * The rule, for one series (the snapshots of one post or one account), is "keep the last snapshot
 * of each bucket": a snapshot at least `keepAllDays` old is deleted when a later snapshot of the
 * same series falls in the same bucket, where its bucket is its UTC day while it is younger than
 * `dailyUntilDays`, and its ISO week (UTC, Monday start) from then on. "Later snapshot" means any
 * later snapshot of the series, whatever its own age: on the day that straddles the `keepAllDays`
 * boundary, the older part of the day is dropped because the day's last snapshot is still kept
 * (as a recent one). The first snapshot of a series (the baseline for growth figures) and the
 * newest one are never deleted.
 *
 * Zones are half-open: a snapshot exactly `keepAllDays` old is no longer "younger than"
 * `keepAllDays`, so it is thinned to one per day; one exactly `dailyUntilDays` old is thinned to
 * one per week.
 *
 * Because buckets only get coarser as snapshots age (day inside week), thinning at one time and
 * later again gives the same rows as thinning only the second time; running it twice at the same
 * time deletes nothing the second time.
 */
import type { Table } from 'dexie';
import type { SmmDeckDatabase } from '../platform/db';

export interface RetentionPolicy {
  /** keep every snapshot younger than this many days */
  keepAllDays: number;
  /** between keepAllDays and this many days keep one per day; older: one per week */
  dailyUntilDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { keepAllDays: 30, dailyUntilDays: 365 };

const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;
/** 1970-01-01 was a Thursday: the Monday that starts its ISO week is 3 days earlier. */
const MONDAY_OFFSET = 3 * DAY;

const utcDay = (time: number) => Math.floor(time / DAY);
const isoWeek = (time: number) => Math.floor((time + MONDAY_OFFSET) / WEEK);

function checkPolicy(policy: RetentionPolicy): void {
  const { keepAllDays, dailyUntilDays } = policy;
  if (!Number.isFinite(keepAllDays) || !Number.isFinite(dailyUntilDays) || keepAllDays < 0 || dailyUntilDays < keepAllDays) {
    throw new RangeError(`Invalid retention policy: keepAllDays ${keepAllDays}, dailyUntilDays ${dailyUntilDays}`);
  }
}

/** capturedAt at or below `keepAll` is thinned at all; at or below `daily`, to one per week. */
function bounds(now: number, policy: RetentionPolicy): { keepAll: number; daily: number } {
  return { keepAll: now - policy.keepAllDays * DAY, daily: now - policy.dailyUntilDays * DAY };
}

/**
 * Pure: given ONE series' snapshots (same network and post/account), the ids to delete under the
 * rule above. The input need not be sorted: a sorted copy is used (by capturedAt, then id, the
 * order of the compound index), so the caller's array is left alone. Snapshots with the same
 * capturedAt count in id order ("last" is the highest id).
 *
 * The input may be a prefix of the series (everything up to some time) followed by the single
 * next snapshot: the result is the same as for the whole series, because a snapshot is deleted
 * exactly when the snapshot right after it is in the same bucket.
 */
export function snapshotsToThin(
  series: readonly { id: number; capturedAt: number }[],
  now: number,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): number[] {
  checkPolicy(policy);
  if (series.length <= 2) return [];
  const sorted = [...series].sort((a, b) => a.capturedAt - b.capturedAt || a.id - b.id);
  const { keepAll, daily } = bounds(now, policy);
  const doomed: number[] = [];
  // The first (index 0) and the newest (last index) are never candidates.
  for (let index = 1; index < sorted.length - 1; index++) {
    const { id, capturedAt } = sorted[index]!;
    if (capturedAt > keepAll) break;
    const bucket = capturedAt > daily ? utcDay : isoWeek;
    if (bucket(sorted[index + 1]!.capturedAt) === bucket(capturedAt)) doomed.push(id);
  }
  return doomed;
}

type SeriesKey = [network: string, id: string, capturedAt: number];

/** Rows read from a table always have their auto-incremented id. */
const idAndTime = ({ id, capturedAt }: { id?: number; capturedAt: number }) => ({ id: id!, capturedAt });

/**
 * Thins both snapshot tables, one series per step, each step its own short read-write
 * transaction, yielding to the event loop between steps so the extension stays responsive.
 * `onProgress` gets the number of series visited so far (post series first, then account
 * series, counted together), after each one.
 */
export async function thinSnapshots(
  db: SmmDeckDatabase,
  now: number,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  options: { onProgress?: (seriesDone: number) => void } = {},
): Promise<{ postSnapshotsDeleted: number; accountSnapshotsDeleted: number }> {
  checkPolicy(policy);
  let seriesDone = 0;
  const progress = () => options.onProgress?.(++seriesDone);
  const postSnapshotsDeleted = await thinTable(db, db.postSnapshots, '[network+postId+capturedAt]', now, policy, progress);
  const accountSnapshotsDeleted = await thinTable(db, db.accountSnapshots, '[network+handle+capturedAt]', now, policy, progress);
  return { postSnapshotsDeleted, accountSnapshotsDeleted };
}

/**
 * Walks the series of one snapshot table through its compound index `[network+X+capturedAt]`.
 *
 * Series are enumerated from the index itself, not from the `posts`/`accounts` tables: a
 * "skip scan" reads the first index key above `[network, id, Infinity]` of the series just done,
 * which is the first snapshot of the next series (capturedAt is always a number, and Infinity is
 * the largest number key). That one key-only read per series finds every series, including
 * orphans whose post or account row is gone, visits each exactly once, and keeps memory bounded
 * by one series at a time, where listing all post keys up front would hold every post's key.
 *
 * For each series only its snapshots at least `keepAllDays` old are read, plus the one snapshot
 * right after them, which tells whether the last old one still shares its day or week with a
 * later snapshot. They are read whole with getAll (`toArray`), not with a key cursor: a cursor
 * costs a round trip per row (about 60 times slower under fake-indexeddb, and slow in browsers
 * too), and one series' rows are small. Memory is bounded by the old rows of one series; after
 * the first run that is about one per day and one per week.
 */
async function thinTable<T extends { id?: number; capturedAt: number }, TInsert>(
  db: SmmDeckDatabase,
  // EntityTable's key type is `number | undefined` (the id is optional on insert).
  table: Table<T, number | undefined, TInsert>,
  index: string,
  now: number,
  policy: RetentionPolicy,
  progress: () => void,
): Promise<number> {
  const { keepAll } = bounds(now, policy);
  let deleted = 0;
  let previous: SeriesKey | undefined;
  for (;;) {
    const step = await db.transaction('rw', table, async () => {
      const start = previous
        ? table.where(index).above([previous[0], previous[1], Infinity])
        : table.orderBy(index);
      const [first] = (await start.limit(1).keys()) as unknown as SeriesKey[];
      if (!first) return undefined;
      const [network, id] = first;
      const old = (await table.where(index).between([network, id, -Infinity], [network, id, keepAll], true, true).toArray()).map(idAndTime);
      let doomed: number[] = [];
      if (old.length > 0) {
        const next = (await table.where(index).between([network, id, keepAll], [network, id, Infinity], false, true).limit(1).toArray()).map(idAndTime);
        doomed = snapshotsToThin([...old, ...next], now, policy);
        if (doomed.length > 0) await table.bulkDelete(doomed);
      }
      return { key: first, deleted: doomed.length };
    });
    if (!step) return deleted;
    previous = step.key;
    deleted += step.deleted;
    progress();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
