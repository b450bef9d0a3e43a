/**
 * Engagement formulas, pure. Each says how it was computed so the UI can show the formula.
 * Interactions are the sum of the metrics a page shows: likes + comments + shares.
 */
import type { PostMetrics } from './networks/types';

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
