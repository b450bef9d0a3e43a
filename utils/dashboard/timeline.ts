/** A follower history searched by time: which count an account had at any instant. */
import type { AccountSnapshotRow } from '../platform/db';

export interface FollowerTimeline {
  /** The latest snapshot taken before `at`. */
  before(at: number): AccountSnapshotRow | undefined;
  /** The count at `at`: the latest before it, else the first one after, else none. */
  followersAt(at: number): number | undefined;
}

/** Snapshots oldest first, searched by time. */
export function followerTimeline(snapshots: readonly AccountSnapshotRow[]): FollowerTimeline {
  const times = snapshots.map((snapshot) => snapshot.capturedAt);
  const before = (at: number) => snapshots[lastIndexAtOrBefore(times, at - 1)];
  return { before, followersAt: (at) => (before(at) ?? snapshots[0])?.followers };
}

/** Binary search: the last index whose value is ≤ `at`, or -1. */
export function lastIndexAtOrBefore(sorted: readonly number[], at: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! <= at) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
