/**
 * The valibot schemas of a backup's rows, one per table, and the field schemas they are built
 * from, with messages written for the user ("must be a whole number"). utils/backup/backup.ts turns an
 * issue into a full sentence that names the table, the row and the field.
 *
 * The schemas are strict: a field SMM Deck does not know is an error, never dropped silently.
 * Strings are data and kept as they are, HTML included (the UI renders text, never markup);
 * URLs must be http(s), so a backup cannot plant a `javascript:` link.
 */
import * as v from 'valibot';
import { contestProofSchema } from '../contest/proof';
import { PLAN_STATUSES, type AccountRow, type AccountSnapshotRow, type ClipRow, type CommentRow, type ContestRow, type HashtagSetRow, type PerformerRow, type PlanItemRow, type PostRow, type PostSnapshotRow, type ReplyTemplateRow, type RubricRow } from '../platform/db';
import type { Network, PostMetrics } from '../networks/types';
import { NETWORKS } from '../networks/names';

/** One schema per field of T, so that a field added to a row type fails to compile until it is added here. */
export type Fields<T> = { [K in keyof T]-?: v.GenericSchema<unknown, T[K]> };

/** A strict object: an unknown or missing field, or a value that is no object, each gets its own message. */
export function record<const E extends v.ObjectEntries>(entries: E) {
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') return 'is not a field SMM Deck knows';
    if (issue.received === 'undefined') return 'is missing';
    return 'must be an object';
  });
}

export const text = (max: number, min = 0) =>
  v.pipe(
    v.string('must be text'),
    v.minLength(min, 'must not be empty'),
    v.maxLength(max, `must be at most ${max.toLocaleString('en-US')} characters long`),
  );
export const flag = v.boolean('must be true or false');
export const network = v.picklist(NETWORKS, (issue) => `must be one of the networks SMM Deck reads (${NETWORKS.join(', ')}), not ${issue.received}`);
export const handle = text(200, 1);
const httpUrl = v.pipe(
  text(4_000, 1),
  v.regex(/^https?:\/\//i, 'must be an http(s) address'),
  v.url('must be an http(s) address'),
);
export const count = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(0, 'must not be negative'),
  v.maxValue(Number.MAX_SAFE_INTEGER, 'is too large'),
);
/** Reddit's score is likes minus dislikes, so `likes` alone may be below zero. */
const score = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(-Number.MAX_SAFE_INTEGER, 'is too small'),
  v.maxValue(Number.MAX_SAFE_INTEGER, 'is too large'),
);
/** Epoch milliseconds. */
const time = v.pipe(v.number('must be a number (milliseconds since 1970)'), v.finite('must be a finite number'));
const snapshotId = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(1, 'must be 1 or more'),
  v.maxValue(Number.MAX_SAFE_INTEGER, 'is too large'),
);
const metrics = record<Fields<PostMetrics>>({
  likes: v.optional(score),
  comments: v.optional(count),
  shares: v.optional(count),
  views: v.optional(count),
  saves: v.optional(count),
});

export const accountRowSchema: v.GenericSchema<unknown, AccountRow> = record<Fields<AccountRow>>({
  network,
  handle,
  name: v.optional(text(2_000)),
  url: httpUrl,
  followers: v.optional(count),
  tracked: flag,
  own: flag,
  firstSeenAt: time,
  lastSeenAt: time,
});

export const accountSnapshotRowSchema: v.GenericSchema<unknown, AccountSnapshotRow> = record<Fields<AccountSnapshotRow>>({
  id: v.optional(snapshotId),
  network,
  handle,
  capturedAt: time,
  followers: count,
});

const postId = text(300, 1);

export const postRowSchema: v.GenericSchema<unknown, PostRow> = record<Fields<PostRow>>({
  network,
  postId,
  handle,
  url: httpUrl,
  authorName: v.optional(text(2_000)),
  publishedAt: v.optional(
    v.pipe(v.string('must be text'), v.isoTimestamp('must be a date and time such as 2026-11-27T10:00:00.000Z')),
  ),
  text: v.optional(text(100_000)),
  pinned: v.optional(flag),
  repostOf: v.optional(text(2_000)),
  metrics,
  firstSeenAt: time,
  lastSeenAt: time,
});

export const postSnapshotRowSchema: v.GenericSchema<unknown, PostSnapshotRow> = record<Fields<PostSnapshotRow>>({
  id: v.optional(snapshotId),
  network,
  postId,
  capturedAt: time,
  metrics,
});

type ClipPost = NonNullable<ClipRow['post']>;
type ClipTrend = NonNullable<ClipRow['trend']>;

/** A clip of the ideas inbox; its HTML is kept as data and sanitized again whenever it is shown. */
export const clipRowSchema: v.GenericSchema<unknown, ClipRow> = record<Fields<ClipRow>>({
  id: v.optional(snapshotId),
  kind: v.picklist(['article', 'selection', 'link', 'post', 'trend'], 'must be article, selection, link, post or trend'),
  url: httpUrl,
  title: text(2_000, 1),
  byline: v.optional(text(500)),
  siteName: v.optional(text(500)),
  publishedAt: v.optional(text(100)),
  lang: v.optional(text(35)),
  excerpt: v.optional(text(5_000)),
  imageUrl: v.optional(httpUrl),
  readingMinutes: v.optional(count),
  html: v.optional(text(5_000_000)),
  text: v.optional(text(2_000_000)),
  post: v.optional(
    record<Fields<ClipPost>>({
      network,
      postId,
      handle,
      url: httpUrl,
      authorName: v.optional(text(2_000)),
      publishedAt: v.optional(v.pipe(v.string('must be text'), v.isoTimestamp('must be a date and time such as 2026-11-27T10:00:00.000Z'))),
      text: v.optional(text(100_000)),
      metrics,
      followers: v.optional(count),
    }),
  ),
  trend: v.optional(
    record<Fields<ClipTrend>>({
      network,
      name: text(500, 1),
      seenOn: httpUrl,
      postCount: v.optional(count),
      rank: v.optional(count),
    }),
  ),
  tags: v.pipe(v.array(text(50, 1), 'must be a list'), v.maxLength(30, 'must list at most 30 tags')),
  note: v.optional(text(5_000)),
  status: v.picklist(['inbox', 'planned', 'archived'], 'must be inbox, planned or archived'),
  planRequested: v.optional(flag),
  planItemId: v.optional(snapshotId),
  createdAt: time,
  updatedAt: time,
});

/** A contest: its proof is checked as strictly as a proof file on the Verify page. */
export const contestRowSchema: v.GenericSchema<unknown, ContestRow> = record<Fields<ContestRow>>({
  id: v.optional(snapshotId),
  network,
  postId,
  postUrl: httpUrl,
  createdAt: time,
  drawnAt: v.optional(time),
  proof: contestProofSchema,
});

/** A plan item's per-network texts: only network names as keys, text as values. */
const planVariants = v.custom<Partial<Record<Network, string>>>(
  (value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) &&
    Object.entries(value).every(([key, text]) => (NETWORKS as readonly string[]).includes(key) && typeof text === 'string' && text.length <= 100_000),
  'must map network names to texts',
);

export const planItemRowSchema: v.GenericSchema<unknown, PlanItemRow> = record<Fields<PlanItemRow>>({
  id: v.optional(snapshotId),
  title: text(500, 1),
  body: text(100_000),
  networks: v.pipe(v.array(network, 'must be a list'), v.maxLength(NETWORKS.length, 'must list each network once')),
  variants: v.optional(planVariants),
  scheduledAt: v.optional(time),
  timeZone: v.optional(text(100)),
  status: v.picklist(PLAN_STATUSES, `must be one of ${PLAN_STATUSES.join(', ')}`),
  rubricId: v.optional(snapshotId),
  assigneeId: v.optional(snapshotId),
  hashtags: v.pipe(v.array(text(200, 1), 'must be a list'), v.maxLength(100, 'must list at most 100 hashtags')),
  links: v.pipe(v.array(httpUrl, 'must be a list'), v.maxLength(50, 'must list at most 50 links')),
  clipId: v.optional(snapshotId),
  publishedUrl: v.optional(httpUrl),
  hasMedia: v.optional(flag),
  reminderLeadMinutes: v.optional(v.pipe(count, v.maxValue(10_080, 'must be at most 10,080 minutes (a week)'))),
  remindedFor: v.optional(time),
  createdAt: time,
  updatedAt: time,
});

export const rubricRowSchema: v.GenericSchema<unknown, RubricRow> = record<Fields<RubricRow>>({
  id: v.optional(snapshotId),
  name: text(200, 1),
  colour: v.pipe(v.string('must be text'), v.regex(/^#[0-9a-f]{6}$/i, 'must be a colour such as #2f6feb')),
  targetShare: v.pipe(v.number('must be a number'), v.minValue(0, 'must not be negative'), v.maxValue(100, 'must be at most 100 (%)')),
});

export const performerRowSchema: v.GenericSchema<unknown, PerformerRow> = record<Fields<PerformerRow>>({
  id: v.optional(snapshotId),
  name: text(200, 1),
  role: v.optional(text(200)),
  contact: v.optional(text(500)),
});

export const hashtagSetRowSchema: v.GenericSchema<unknown, HashtagSetRow> = record<Fields<HashtagSetRow>>({
  id: v.optional(snapshotId),
  name: text(200, 1),
  hashtags: v.pipe(v.array(text(200, 1), 'must be a list'), v.maxLength(100, 'must list at most 100 hashtags')),
});

/** A comment read under a post (the Replies tool). */
export const commentRowSchema: v.GenericSchema<unknown, CommentRow> = record<Fields<CommentRow>>({
  network,
  commentId: postId,
  postId,
  postUrl: httpUrl,
  authorHandle: handle,
  authorName: v.optional(text(2_000)),
  text: text(50_000),
  publishedAt: v.optional(v.pipe(v.string('must be text'), v.isoTimestamp('must be a date and time such as 2026-11-27T10:00:00.000Z'))),
  parentId: v.optional(postId),
  repliedByOwner: flag,
  firstSeenAt: time,
  lastSeenAt: time,
});

export const replyTemplateRowSchema: v.GenericSchema<unknown, ReplyTemplateRow> = record<Fields<ReplyTemplateRow>>({
  id: v.optional(snapshotId),
  title: text(200, 1),
  text: text(10_000, 1),
  folder: text(100),
  shortcut: v.optional(v.pipe(text(32, 2), v.regex(/^\S+$/, 'must have no spaces'))),
  networks: v.pipe(v.array(network, 'must be a list'), v.maxLength(NETWORKS.length, 'must list each network once')),
  usageCount: count,
  lastUsedAt: v.optional(time),
  createdAt: time,
  updatedAt: time,
});
