/**
 * Engagement formulas, pure. Each says how it was computed so the UI can show the formula.
 * Interactions are the sum of the metrics a page shows: likes + comments + shares.
 */
import { zonedParts, type ZonedParts } from './time';
import type { PostMetrics } from '../networks/types';

export function interactions(metrics: PostMetrics): number | undefined {
  const shown = [metrics.likes, metrics.comments, metrics.shares].filter((value): value is number => value !== undefined);
  return shown.length ? shown.reduce((sum, value) => sum + value, 0) : undefined;
}

/** ER by followers, % = interactions / followers × 100. */
export function erByFollowers(metrics: PostMetrics, followers: number | undefined): number | undefined {
  const total = interactions(metrics);
  return total !== undefined && followers ? (total / followers) * 100 : undefined;
}

/** ER by views, % = interactions / views × 100. */
export function erByViews(metrics: PostMetrics): number | undefined {
  const total = interactions(metrics);
  return total !== undefined && metrics.views ? (total / metrics.views) * 100 : undefined;
}

export type PostEngagement =
  | { basis: 'followers'; rate: number; interactions: number; followers: number }
  | { basis: 'views'; rate: number; interactions: number; views: number }
  | { basis: 'interactions'; interactions: number };

/**
 * The badge's figure: ER by followers when the author's audience is known, else ER by views,
 * else the raw interaction count; undefined when the page shows no counts at all.
 */
export function postEngagement(metrics: PostMetrics, followers?: number): PostEngagement | undefined {
  const total = interactions(metrics);
  if (total === undefined) return undefined;
  if (followers) return { basis: 'followers', rate: (total / followers) * 100, interactions: total, followers };
  if (metrics.views) return { basis: 'views', rate: (total / metrics.views) * 100, interactions: total, views: metrics.views };
  return { basis: 'interactions', interactions: total };
}

/** The mean of the posts' ER by followers, over the posts that have one. */
export function averageEr(posts: readonly PostMetrics[], followers: number | undefined): number | undefined {
  const rates = posts.map((metrics) => erByFollowers(metrics, followers)).filter((rate): rate is number => rate !== undefined);
  return rates.length ? rates.reduce((sum, rate) => sum + rate, 0) / rates.length : undefined;
}

/** How an average rate over many posts is taken; every figure on the dashboard names its method. */
export const ER_METHODS = ['ratioOfSums', 'meanOfPosts', 'median'] as const;
export type ErMethod = (typeof ER_METHODS)[number];

/** One post's share: `value` (interactions, likes…) out of `base` (followers or views). */
export interface RatePart {
  value: number;
  base: number;
}

/**
 * An average rate in %, over the parts with a positive base:
 * - `ratioOfSums` = Σ value / Σ base × 100 (Popsters' ERpost: with a steady audience, the mean
 *   interactions per post over followers);
 * - `meanOfPosts` = mean of (value / base × 100) (LiveDune's "weighted" ER);
 * - `median` = median of (value / base × 100), which one viral post cannot drag.
 */
export function averageRate(parts: readonly RatePart[], method: ErMethod): number | undefined {
  const usable = parts.filter((part) => part.base > 0);
  if (usable.length === 0) return undefined;
  if (method === 'ratioOfSums') {
    return (sum(usable.map((part) => part.value)) / sum(usable.map((part) => part.base))) * 100;
  }
  const rates = usable.map((part) => (part.value / part.base) * 100);
  return method === 'median' ? median(rates) : sum(rates) / rates.length;
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Posts per week = posts / days × 7. */
export function postsPerWeek(posts: number, days: number): number {
  return days > 0 ? (posts / days) * 7 : 0;
}

/**
 * ERday, % = mean over the period's days of (interactions of the posts published that day /
 * followers that day × 100). A day without posts counts as 0; days whose audience is unknown
 * are left out.
 */
export function erDay(days: readonly { interactions: number; followers?: number }[]): number | undefined {
  const rates = days.filter((day) => day.followers).map((day) => (day.interactions / day.followers!) * 100);
  return rates.length ? sum(rates) / rates.length : undefined;
}

export interface FollowerCount {
  at: number;
  followers: number;
}

export interface FollowerGrowth {
  /** last − first */
  absolute: number;
  /** (last − first) / first × 100 */
  percent: number;
  /**
   * The compounded weekly rate, % = ((last / first)^(7 / days between) − 1) × 100 (Fanpage
   * Karma's weekly growth): the steady weekly rate that turns first into last.
   */
  weeklyRate?: number;
}

export function followerGrowth(first: FollowerCount, last: FollowerCount): FollowerGrowth | undefined {
  if (first.followers <= 0) return undefined;
  const days = (last.at - first.at) / 86_400_000;
  return {
    absolute: last.followers - first.followers,
    percent: ((last.followers - first.followers) / first.followers) * 100,
    weeklyRate: days > 0 ? ((last.followers / first.followers) ** (7 / days) - 1) * 100 : undefined,
  };
}

export interface AgainstUsual {
  /** value / median: 3 means "3× their usual". */
  timesUsual?: number;
  /** (value − median) / σ, σ the population standard deviation of the account's values. */
  zScore?: number;
}

/** Each value measured against the median of all of them (one account's posts). */
export function againstMedian(values: readonly number[]): AgainstUsual[] {
  const middle = median(values);
  if (middle === undefined) return [];
  const mean = sum(values) / values.length;
  const deviation = Math.sqrt(sum(values.map((value) => (value - mean) ** 2)) / values.length);
  return values.map((value) => ({
    timesUsual: middle > 0 ? value / middle : undefined,
    zScore: deviation > 0 ? (value - middle) / deviation : undefined,
  }));
}

export const GROWING_METRICS = ['likes', 'comments', 'shares', 'views', 'saves'] as const;
export type MetricGrowth = Partial<Record<(typeof GROWING_METRICS)[number], number>>;

export interface MetricsAt {
  capturedAt: number;
  metrics: PostMetrics;
}

/**
 * Growth per hour of each metric between a post's first and latest snapshot =
 * (latest − first) / hours between them; only metrics both snapshots show.
 */
export function growthPerHour(first: MetricsAt, latest: MetricsAt): MetricGrowth | undefined {
  const hours = (latest.capturedAt - first.capturedAt) / 3_600_000;
  if (hours <= 0) return undefined;
  const growth: MetricGrowth = {};
  for (const metric of GROWING_METRICS) {
    const before = first.metrics[metric];
    const after = latest.metrics[metric];
    if (before !== undefined && after !== undefined) growth[metric] = (after - before) / hours;
  }
  return growth;
}

export interface HeatCell {
  posts: number;
  /** Median ER of the cell's posts, %; undefined for an empty cell. */
  medianEr?: number;
}

/**
 * Best time to post: a 7 × 24 grid (Monday first, hours 0–23 in `timeZone`) of the median ER
 * of the posts published in each weekday and hour.
 */
export function bestTimeHeatmap(posts: readonly { publishedAt: number; er: number }[], timeZone: string): HeatCell[][] {
  const rates: number[][][] = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => []));
  // Every zone's offset is a whole number of quarter hours, so one lookup serves a quarter hour.
  const slots = new Map<number, ZonedParts>();
  for (const post of posts) {
    const quarter = Math.floor(post.publishedAt / 900_000);
    let parts = slots.get(quarter);
    if (!parts) slots.set(quarter, (parts = zonedParts(quarter * 900_000, timeZone)));
    rates[parts.weekday]?.[parts.hour]?.push(post.er);
  }
  return rates.map((day) => day.map((cell) => ({ posts: cell.length, medianEr: median(cell) })));
}
