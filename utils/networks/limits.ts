/**
 * What no real page holds, so that what an adapter reads past it is a misread page, not data.
 * Every count goes through `parseCount` or `plausibleCount`, and every adapter's capture through
 * `plausibleCapture`.
 */
import type { CapturedAccount, CapturedPost, PageCapture, PostMetrics } from './types';

/**
 * The largest count a real post or account can have. The most-viewed videos have about 16e9
 * views (YouTube's "Baby Shark Dance", 2025) and the biggest accounts about 700e6 followers
 * (Instagram's own, Cristiano Ronaldo's): one ceiling of 1e11 for every metric is six times the
 * first and a hundred times the second, so it never refuses a real number, while a misread label
 * (digits run together, "1e32", 2^53) lands far above it. A larger count would wreck every
 * average it enters, so it is read as no count at all (issue 15).
 */
export const MAX_COUNT = 1e11;

/** `value` when a post or account can have it: a whole number within ±MAX_COUNT (a Reddit score may be negative). */
export function plausibleCount(value: number | undefined): number | undefined {
  return value !== undefined && Number.isInteger(value) && Math.abs(value) <= MAX_COUNT ? value : undefined;
}

/**
 * The most of an element's text an adapter reads: longer than any network lets a post be
 * (Facebook's 63 206 characters is the longest), and short enough that a page holding a megabyte
 * text node is still read in milliseconds (issue 15). The receiver takes post texts up to 100 000.
 * Counts are searched in no more text than this either.
 */
export const MAX_TEXT_LENGTH = 65_536;

/** The capture with every implausible metric and follower count left out; the rest is kept. */
export function plausibleCapture(capture: PageCapture): PageCapture {
  const posts = capture.posts.map(plausiblePost);
  return capture.account ? { account: plausibleAccount(capture.account), posts } : { posts };
}

function plausiblePost(post: CapturedPost): CapturedPost {
  const metrics: PostMetrics = {};
  for (const [metric, value] of Object.entries(post.metrics) as [keyof PostMetrics, number | undefined][]) {
    const plausible = plausibleCount(value);
    if (plausible !== undefined) metrics[metric] = plausible;
  }
  return { ...post, metrics };
}

function plausibleAccount(account: CapturedAccount): CapturedAccount {
  if (account.followers === undefined || plausibleCount(account.followers) !== undefined) return account;
  const { followers: _implausible, ...rest } = account;
  return rest;
}
