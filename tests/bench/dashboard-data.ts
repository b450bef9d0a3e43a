/**
 * Runs inside an extension page (bundled by dashboard.bench.ts): fills the extension's database
 * with generated competitors, posts and snapshots, and times the dashboard's reads and
 * aggregation on it, exactly as the dashboard page calls them.
 */
import { timedRates } from '../../utils/dashboard/aggregate';
import { loadDashboard } from '../../utils/dashboard/query';
import { addDays, dayKeyOf } from '../../utils/dashboard/time';
import { SmmDeckDatabase, type AccountRow, type AccountSnapshotRow, type PostRow, type PostSnapshotRow } from '../../utils/platform/db';
import { bestTimeHeatmap } from '../../utils/dashboard/metrics';
import { NETWORKS } from '../../utils/networks/names';

export interface GenerateSpec {
  accounts: number;
  posts: number;
  snapshotsPerPost: number;
  days: number;
  /** The last day of the generated history, epoch ms. */
  until: number;
  chunk: number;
}

const HOUR = 3_600_000;

/** A repeatable pseudo-random sequence (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export async function generate(spec: GenerateSpec): Promise<{ accounts: { network: string; handle: string }[]; ms: number }> {
  const started = performance.now();
  const db = new SmmDeckDatabase();
  const next = random(42);
  const from = spec.until - spec.days * 24 * HOUR;
  const accounts: AccountRow[] = Array.from({ length: spec.accounts }, (_, index) => ({
    network: NETWORKS[index % NETWORKS.length]!,
    handle: `competitor${index}`,
    name: `Competitor ${index}`,
    url: `https://example.com/competitor${index}`,
    followers: 10_000 + index * 5_000,
    tracked: true,
    own: index === 0,
    firstSeenAt: from,
    lastSeenAt: spec.until,
  }));
  await db.accounts.bulkAdd(accounts);
  const followerRows: AccountSnapshotRow[] = accounts.flatMap((account) =>
    Array.from({ length: spec.days }, (_, day) => ({
      network: account.network,
      handle: account.handle,
      capturedAt: from + day * 24 * HOUR,
      followers: Math.round(account.followers! * (0.8 + (0.2 * day) / spec.days)),
    })),
  );
  await db.accountSnapshots.bulkAdd(followerRows);
  for (let start = 0; start < spec.posts; start += spec.chunk) {
    const posts: PostRow[] = [];
    const snapshots: PostSnapshotRow[] = [];
    for (let index = start; index < Math.min(start + spec.chunk, spec.posts); index += 1) {
      const account = accounts[index % accounts.length]!;
      const publishedAt = from + Math.floor(next() * spec.days * 24 * HOUR);
      const likes = Math.floor(next() * 2_000);
      const metrics = { likes, comments: Math.floor(likes * 0.1 * next()), shares: Math.floor(likes * 0.2 * next()), views: likes * 40 };
      const postId = `post${index}`;
      posts.push({
        network: account.network,
        postId,
        handle: account.handle,
        url: `https://example.com/${postId}`,
        publishedAt: new Date(publishedAt).toISOString(),
        text: `Generated post ${index} of ${account.handle}`,
        metrics,
        firstSeenAt: publishedAt + HOUR,
        lastSeenAt: publishedAt + spec.snapshotsPerPost * 6 * HOUR,
      });
      for (let snapshot = 1; snapshot <= spec.snapshotsPerPost; snapshot += 1) {
        const share = snapshot / spec.snapshotsPerPost;
        snapshots.push({
          network: account.network,
          postId,
          capturedAt: publishedAt + snapshot * 6 * HOUR,
          metrics: { likes: Math.round(likes * share), comments: Math.round(metrics.comments * share), shares: Math.round(metrics.shares * share), views: Math.round(metrics.views * share) },
        });
      }
    }
    await db.transaction('rw', db.posts, db.postSnapshots, async () => {
      await db.posts.bulkAdd(posts);
      await db.postSnapshots.bulkAdd(snapshots);
    });
  }
  db.close();
  return { accounts: accounts.map(({ network, handle }) => ({ network, handle })), ms: performance.now() - started };
}

export interface Timing {
  ms: number;
  posts: number;
}

/** The dashboard's reads and aggregation (and its heatmap) for the accounts over the last `days` days. */
export async function measure(accounts: { network: string; handle: string }[], until: number, days: number): Promise<Timing> {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const to = dayKeyOf(until, timeZone);
  const db = new SmmDeckDatabase();
  await db.open();
  const started = performance.now();
  const data = await loadDashboard(
    db,
    { accounts: accounts as AccountRow[], from: addDays(to, 1 - days), to, method: 'ratioOfSums' },
    timeZone,
    [],
  );
  bestTimeHeatmap(timedRates(data.posts), timeZone);
  const ms = performance.now() - started;
  db.close();
  return { ms, posts: data.posts.length };
}
