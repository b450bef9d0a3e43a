/**
 * The dashboard's database reads. A period's posts come from one index range, so the last 90 days
 * of an account cost the same whether it has a hundred posts stored or fifty thousand; post
 * snapshots are read only for the posts shown with their growth.
 */
import { aggregateDashboard, type AccountPeriodRows, type Dashboard, type DashboardPost } from './aggregate';
import type { AccountKey, DashboardSelection } from './selection';
import { periodOf, type Period } from './time';
import type { AccountRow, SmmDeckDatabase } from '../platform/db';
import { growthPerHour } from './metrics';
import { isOwnAccount, type OwnAccount } from '../platform/settings';

/** Tracked competitors and own accounts (by their row or the settings), by network, then name. */
export async function loadFollowedAccounts(db: SmmDeckDatabase, ownAccounts: readonly OwnAccount[]): Promise<AccountRow[]> {
  const rows = await db.accounts.toArray();
  return rows
    .map((row) => ({ ...row, own: row.own || isOwnAccount(ownAccounts, row.network, row.handle) }))
    .filter((row) => row.tracked || row.own)
    .sort((a, b) => a.network.localeCompare(b.network) || (a.name ?? a.handle).localeCompare(b.name ?? b.handle));
}

/** The selection's accounts: the chosen ones, or every followed one (of the chosen network). */
export function selectedAccounts(followed: readonly AccountRow[], selection: DashboardSelection): AccountRow[] {
  const inNetwork = followed.filter((row) => !selection.network || row.network === selection.network);
  if (selection.accounts.length === 0) return inNetwork;
  return inNetwork.filter((row) => selection.accounts.some((key) => sameAccount(key, row)));
}

const sameAccount = (key: AccountKey, row: AccountKey) => key.network === row.network && key.handle === row.handle;

/**
 * Each account's posts of the period and all its follower snapshots. A post belongs to the period
 * it was published in; one the page showed without a date (YouTube and Instagram grids), to the
 * period it was first seen in. Reposts are left out.
 *
 * One range of the `[network+handle+firstSeenAt]` index finds both: a post is first seen after it
 * is published, so every post of the period was first seen after the period began (a day of slack
 * for a wrong clock). A period ending today reads little more than its own posts; an older one also
 * reads the posts first seen since.
 */
export async function readPeriodRows(db: SmmDeckDatabase, accounts: readonly AccountRow[], period: Period): Promise<AccountPeriodRows[]> {
  return Promise.all(
    accounts.map(async (account) => {
      const { network, handle } = account;
      const [posts, snapshots] = await Promise.all([
        db.posts.where('[network+handle+firstSeenAt]').between([network, handle, period.start - 86_400_000], [network, handle, Infinity]).toArray(),
        db.accountSnapshots.where('[network+handle+capturedAt]').between([network, handle, -Infinity], [network, handle, Infinity]).toArray(),
      ]);
      const inPeriod = posts.filter((post) => {
        const at = post.publishedAt ? Date.parse(post.publishedAt) : post.firstSeenAt;
        return at >= period.start && at < period.end && !post.repostOf;
      });
      return { account, posts: inPeriod, snapshots };
    }),
  );
}

/** The posts with their metrics' growth per hour between their first and latest snapshot. */
export async function withGrowth(db: SmmDeckDatabase, posts: readonly DashboardPost[]): Promise<DashboardPost[]> {
  return Promise.all(
    posts.map(async (post) => {
      const range = db.postSnapshots
        .where('[network+postId+capturedAt]')
        .between([post.network, post.postId, -Infinity], [post.network, post.postId, Infinity]);
      const [first, latest] = await Promise.all([range.first(), range.clone().last()]);
      const growth = first && latest ? growthPerHour(first, latest) : undefined;
      return growth ? { ...post, growthPerHour: growth } : post;
    }),
  );
}

export interface DashboardData extends Dashboard {
  /** Every followed account, for the account picker. */
  followed: AccountRow[];
}

/** Reads and aggregates what the selection shows, the top posts with their growth. */
export async function loadDashboard(
  db: SmmDeckDatabase,
  selection: DashboardSelection,
  timeZone: string,
  ownAccounts: readonly OwnAccount[],
): Promise<DashboardData> {
  const followed = await loadFollowedAccounts(db, ownAccounts);
  const period = periodOf(selection.from, selection.to, timeZone);
  const rows = await readPeriodRows(db, selectedAccounts(followed, selection), period);
  const dashboard = aggregateDashboard(rows, period, timeZone, selection.method);
  return { ...dashboard, topPosts: await withGrowth(db, dashboard.topPosts), followed };
}
