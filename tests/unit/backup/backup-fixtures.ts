/** A generated data set that fills every table, and helpers to read a database back whole. */
import type { AccountRow, AccountSnapshotRow, PostRow, PostSnapshotRow, SmmDeckDatabase } from '../../../utils/db';
import { NETWORKS } from '../../../utils/networks/names';
import type { Network, PostMetrics } from '../../../utils/networks/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';
import { exportBackupChunks, type BackupTables, type ExportOptions } from '../../../utils/backup';

export const HTML_TEXT = '<script>alert("x")</script><img src=x onerror="alert(1)"> & &amp; </p>';
const TEXTS = [
  'Plain text',
  'Ünïcödé — «кириллица», 中文, العربية, 🚀🔥👍🏽, e\u0301',
  HTML_TEXT,
  'Line one\nLine two\twith tab and "quotes" and \\backslash\\',
  '',
  'Lone surrogate \ud83d and zero width \u200b',
];

export const SAMPLE_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  brandName: 'Brand <b>Ünï</b>',
  ownAccounts: [{ network: 'x', handle: 'brand' }],
  storeAllPosts: true,
  showBadges: false,
  mastodonInstances: ['mastodon.social', 'fosstodon.org'],
  reminderLeadMinutes: 60,
  retention: { enabled: false, keepAllDays: 10, dailyUntilDays: 100 },
};

/** A small deterministic generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const T0 = 1_760_000_000_000;

export function generateDataSet(seed = 1, size = { accounts: 120, posts: 300 }): BackupTables {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const accounts: AccountRow[] = [];
  const accountSnapshots: AccountSnapshotRow[] = [];
  for (let index = 0; index < size.accounts; index++) {
    const network: Network = NETWORKS[index % NETWORKS.length]!;
    const handle = `brand_${index}${index % 7 === 0 ? 'é' : ''}`;
    const row: AccountRow = {
      network,
      handle,
      url: `https://example.com/${network}/${handle}`,
      tracked: index % 2 === 0,
      own: index % 5 === 0,
      firstSeenAt: T0 + index,
      lastSeenAt: T0 + index * 1_000,
    };
    if (index % 3 !== 0) row.name = pick(TEXTS);
    if (index % 4 !== 0) row.followers = Math.floor(next() * 1_000_000);
    accounts.push(row);
    for (let snapshot = 0; snapshot < 5; snapshot++) {
      accountSnapshots.push({ network, handle, capturedAt: T0 + snapshot * 86_400_000, followers: Math.floor(next() * 10_000) });
    }
  }
  const posts: PostRow[] = [];
  const postSnapshots: PostSnapshotRow[] = [];
  for (let index = 0; index < size.posts; index++) {
    const account = accounts[index % accounts.length]!;
    const postId = account.network === 'reddit' ? `t3_${index.toString(36)}` : `${index}`;
    const metrics = generateMetrics(account.network, index, next);
    const row: PostRow = {
      network: account.network,
      postId,
      handle: account.handle,
      url: `https://example.com/${account.network}/${account.handle}/${postId}`,
      metrics,
      firstSeenAt: T0 + index,
      lastSeenAt: T0 + index * 10,
    };
    if (index % 2 === 0) row.text = pick(TEXTS);
    if (index % 3 === 0) row.authorName = pick(TEXTS);
    if (index % 4 === 0) row.publishedAt = new Date(T0 - index * 3_600_000).toISOString();
    if (index % 5 === 0) row.pinned = index % 10 === 0;
    if (index % 11 === 0) row.repostOf = 'someone_else';
    posts.push(row);
    for (let snapshot = 0; snapshot < 4; snapshot++) {
      postSnapshots.push({
        network: row.network,
        postId,
        capturedAt: T0 + snapshot * 3_600_000,
        metrics: generateMetrics(row.network, index + snapshot, next),
      });
    }
  }
  return { accounts, accountSnapshots, posts, postSnapshots };
}

function generateMetrics(network: Network, index: number, next: () => number): PostMetrics {
  if (index % 9 === 0) return {};
  const metrics: PostMetrics = {
    likes: network === 'reddit' ? Math.floor(next() * 200) - 150 : Math.floor(next() * 5_000),
    comments: Math.floor(next() * 300),
  };
  if (index % 2 === 0) metrics.shares = Math.floor(next() * 100);
  if (index % 3 !== 0) metrics.views = Math.floor(next() * 1_000_000);
  if (network === 'tiktok') metrics.saves = Math.floor(next() * 50);
  return metrics;
}

export async function fill(db: SmmDeckDatabase, tables: BackupTables): Promise<void> {
  await db.accounts.bulkAdd(tables.accounts);
  await db.accountSnapshots.bulkAdd(tables.accountSnapshots);
  await db.posts.bulkAdd(tables.posts);
  await db.postSnapshots.bulkAdd(tables.postSnapshots);
}

/** Every table, in primary-key order. */
export async function dump(db: SmmDeckDatabase): Promise<BackupTables> {
  return {
    accounts: await db.accounts.toArray(),
    accountSnapshots: await db.accountSnapshots.toArray(),
    posts: await db.posts.toArray(),
    postSnapshots: await db.postSnapshots.toArray(),
  };
}

export async function exportText(db: SmmDeckDatabase, settings: Settings, options?: ExportOptions): Promise<string> {
  const chunks: string[] = [];
  for await (const chunk of exportBackupChunks(db, settings, options)) chunks.push(chunk);
  return chunks.join('');
}

let opened = 0;
/** A fresh, empty database under a name no other test uses. */
export function freshName(label: string): string {
  opened += 1;
  return `backup-test-${label}-${opened}`;
}
