/**
 * The dashboard's figures from the rows of a period, pure:
 *
 *   accounts + their posts of the period + their follower snapshots
 *     → per post: interactions, followers at capture, ER, × usual, z-score
 *     → per account: posts/week, ER (the chosen method), ERday, growth, love/talk/amplification
 *     → per network: the accounts side by side
 *     → chart series: followers and ER per day (per week for periods over 45 days)
 */
import type { AccountRow, AccountSnapshotRow, PostRow } from '../platform/db';
import { accountId } from './selection';
import { addDays, bucketsOf, startOfDay, type Bucket, type Period } from './time';
import { followerTimeline, lastIndexAtOrBefore, type FollowerTimeline } from './timeline';
import {
  againstMedian,
  averageRate,
  erByFollowers,
  erByViews,
  erDay,
  followerGrowth,
  interactions,
  postsPerWeek,
  sum,
  type ErMethod,
  type FollowerGrowth,
  type MetricGrowth,
  type RatePart,
} from './metrics';
import type { Network, PostMetrics } from '../networks/types';

export interface AccountPeriodRows {
  account: AccountRow;
  /** The account's posts of the period: published in it, or (shown without a date) first seen in it. */
  posts: PostRow[];
  /** All the account's follower snapshots, oldest first. */
  snapshots: AccountSnapshotRow[];
}

export interface DashboardPost {
  account: string;
  network: Network;
  handle: string;
  postId: string;
  url: string;
  text?: string;
  /** Epoch ms; when the post has no date, when it was first seen. */
  publishedAt: number;
  /** False when the page showed no date and `publishedAt` is when the post was first seen. */
  dated: boolean;
  metrics: PostMetrics;
  interactions?: number;
  /** The account's followers when the post's latest metrics were captured. */
  followers?: number;
  erFollowers?: number;
  erViews?: number;
  timesUsual?: number;
  zScore?: number;
  /** Only where the post has two snapshots or more, and only when asked for (top posts, exports). */
  growthPerHour?: MetricGrowth;
}

export interface AccountSummary {
  id: string;
  network: Network;
  handle: string;
  name?: string;
  url: string;
  own: boolean;
  /** At the end of the period (the latest count when no snapshot is that old). */
  followers?: number;
  growth?: FollowerGrowth;
  posts: number;
  postsPerWeek: number;
  averageInteractions?: number;
  er?: number;
  erViews?: number;
  erDay?: number;
  loveRate?: number;
  talkRate?: number;
  amplification?: number;
}

export interface NetworkSummary {
  network: Network;
  accounts: number;
  /** The accounts' followers added up. */
  followers: number;
  /** Mean over the network's accounts. */
  postsPerWeek: number;
  /** Over all the network's posts, by the chosen method. */
  er?: number;
}

export interface Series {
  buckets: Bucket[];
  lines: { id: string; values: (number | null)[] }[];
}

export interface Dashboard {
  period: Period;
  timeZone: string;
  method: ErMethod;
  accounts: AccountSummary[];
  /** Every post of the period, newest first. */
  posts: DashboardPost[];
  /** The best posts: by ER by followers, then (where no audience is known) by interactions. */
  topPosts: DashboardPost[];
  networks: NetworkSummary[];
  followerSeries: Series;
  erSeries: Series;
}

export const TOP_POSTS = 10;

export function aggregateDashboard(rows: readonly AccountPeriodRows[], period: Period, timeZone: string, method: ErMethod): Dashboard {
  const buckets = bucketsOf(period, timeZone);
  const dayStarts = [...Array.from({ length: period.days }, (_, day) => startOfDay(addDays(period.from, day), timeZone)), period.end];
  const accounts: AccountSummary[] = [];
  const posts: DashboardPost[] = [];
  const followerLines: Series['lines'] = [];
  const erLines: Series['lines'] = [];
  for (const row of rows) {
    const timeline = followerTimeline(row.snapshots);
    const accountPosts = postsOf(row, timeline);
    accounts.push(summarize(row, timeline, accountPosts, period, dayStarts, method));
    posts.push(...accountPosts);
    const id = accountId(row.account);
    followerLines.push({ id, values: buckets.map((bucket) => timeline.before(bucket.end)?.followers ?? null) });
    erLines.push({ id, values: bucketValues(accountPosts, buckets, (inBucket) => averageRate(erParts(inBucket), method)) });
  }
  return {
    period,
    timeZone,
    method,
    accounts,
    posts: posts.sort((a, b) => b.publishedAt - a.publishedAt),
    topPosts: [...posts].sort(byPerformance).slice(0, TOP_POSTS),
    networks: networksOf(accounts, posts, method),
    followerSeries: { buckets, lines: followerLines },
    erSeries: { buckets, lines: erLines },
  };
}

function postsOf({ account, posts }: AccountPeriodRows, timeline: FollowerTimeline): DashboardPost[] {
  const id = accountId(account);
  const rows = posts.map((post): DashboardPost => {
    const followers = timeline.followersAt(post.lastSeenAt + 1) ?? account.followers;
    return {
      account: id,
      network: post.network,
      handle: post.handle,
      postId: post.postId,
      url: post.url,
      text: post.text,
      publishedAt: post.publishedAt ? Date.parse(post.publishedAt) : post.firstSeenAt,
      dated: Boolean(post.publishedAt),
      metrics: post.metrics,
      interactions: interactions(post.metrics),
      followers,
      erFollowers: erByFollowers(post.metrics, followers),
      erViews: erByViews(post.metrics),
    };
  });
  const counted = rows.filter((post) => post.interactions !== undefined);
  againstMedian(counted.map((post) => post.interactions!)).forEach((usual, index) => Object.assign(counted[index]!, usual));
  return rows;
}

function summarize(
  { account, snapshots }: AccountPeriodRows,
  timeline: FollowerTimeline,
  posts: DashboardPost[],
  period: Period,
  dayStarts: number[],
  method: ErMethod,
): AccountSummary {
  const counted = posts.filter((post) => post.interactions !== undefined);
  // Growth over the period: from the count the period began with (or its first) to its last.
  const first = timeline.before(period.start + 1) ?? snapshots.find((snapshot) => snapshot.capturedAt >= period.start);
  const last = timeline.before(period.end);
  const byFollowers = (metric: (post: DashboardPost) => number | undefined) =>
    averageRate(parts(posts, metric, (post) => post.followers), method);
  return {
    id: accountId(account),
    network: account.network,
    handle: account.handle,
    name: account.name,
    url: account.url,
    own: account.own,
    followers: last?.followers ?? account.followers,
    growth: first && last && last.capturedAt > first.capturedAt
      ? followerGrowth({ at: first.capturedAt, followers: first.followers }, { at: last.capturedAt, followers: last.followers })
      : undefined,
    posts: posts.length,
    postsPerWeek: postsPerWeek(posts.length, period.days),
    averageInteractions: counted.length ? sum(counted.map((post) => post.interactions!)) / counted.length : undefined,
    er: averageRate(erParts(posts), method),
    erViews: averageRate(parts(posts, (post) => post.interactions, (post) => post.metrics.views), method),
    erDay: erDay(dailyInteractions(posts, dayStarts, timeline, account.followers)),
    loveRate: byFollowers((post) => post.metrics.likes),
    talkRate: byFollowers((post) => post.metrics.comments),
    amplification: byFollowers((post) => post.metrics.shares),
  };
}

/** Each day of the period: the interactions of the posts published that day, over the followers at its end. */
function dailyInteractions(posts: DashboardPost[], dayStarts: number[], timeline: FollowerTimeline, latest: number | undefined) {
  const days = dayStarts.slice(0, -1).map((_, index) => ({
    interactions: 0,
    followers: timeline.followersAt(dayStarts[index + 1]!) ?? latest,
  }));
  for (const post of posts) {
    const index = lastIndexAtOrBefore(dayStarts, post.publishedAt);
    if (index >= 0 && index < days.length) days[index]!.interactions += post.interactions ?? 0;
  }
  return days;
}

/** The posts the best-time heatmap can place: dated, with an ER by followers (of one account, if named). */
export function timedRates(posts: readonly DashboardPost[], account?: string): { publishedAt: number; er: number }[] {
  return posts
    .filter((post) => post.dated && post.erFollowers !== undefined && (!account || post.account === account))
    .map((post) => ({ publishedAt: post.publishedAt, er: post.erFollowers! }));
}

function byPerformance(a: DashboardPost, b: DashboardPost): number {
  return descending(a.erFollowers, b.erFollowers) || descending(a.interactions, b.interactions);
}

/** Bigger first, missing values last. */
export function descending(a: number | undefined, b: number | undefined): number {
  return (b ?? -Infinity) - (a ?? -Infinity) || 0;
}

function erParts(posts: readonly DashboardPost[]): RatePart[] {
  return parts(posts, (post) => post.interactions, (post) => post.followers);
}

function parts(
  posts: readonly DashboardPost[],
  value: (post: DashboardPost) => number | undefined,
  base: (post: DashboardPost) => number | undefined,
): RatePart[] {
  const result: RatePart[] = [];
  for (const post of posts) {
    const v = value(post);
    const b = base(post);
    if (v !== undefined && b !== undefined) result.push({ value: v, base: b });
  }
  return result;
}

function bucketValues(posts: DashboardPost[], buckets: Bucket[], value: (posts: DashboardPost[]) => number | undefined): (number | null)[] {
  const grouped: DashboardPost[][] = buckets.map(() => []);
  const starts = buckets.map((bucket) => bucket.start);
  for (const post of posts) {
    const index = lastIndexAtOrBefore(starts, post.publishedAt);
    if (index >= 0 && post.publishedAt < buckets[index]!.end) grouped[index]!.push(post);
  }
  return grouped.map((inBucket) => (inBucket.length ? value(inBucket) ?? null : null));
}

function networksOf(accounts: AccountSummary[], posts: DashboardPost[], method: ErMethod): NetworkSummary[] {
  const networks = [...new Set(accounts.map((account) => account.network))];
  return networks.map((network) => {
    const members = accounts.filter((account) => account.network === network);
    return {
      network,
      accounts: members.length,
      followers: sum(members.map((account) => account.followers ?? 0)),
      postsPerWeek: sum(members.map((account) => account.postsPerWeek)) / members.length,
      er: averageRate(erParts(posts.filter((post) => post.network === network)), method),
    };
  });
}
