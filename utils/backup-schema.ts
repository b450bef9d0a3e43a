/**
 * The valibot schemas a backup file is checked against, one per table row and one for the
 * settings, with messages written for the user ("must be a whole number"). utils/backup.ts turns
 * an issue into a full sentence that names the table, the row and the field.
 *
 * The schemas are strict: a field SMM Deck does not know is an error, never dropped silently.
 * Strings are data and kept as they are, HTML included (the UI renders text, never markup);
 * URLs must be http(s), so a backup cannot plant a `javascript:` link.
 */
import type { IndexableType, Table } from 'dexie';
import * as v from 'valibot';
import { contestProofSchema } from './contest-proof';
import { PLAN_STATUSES, type AccountRow, type AccountSnapshotRow, type ClipRow, type CommentRow, type ContestRow, type HashtagSetRow, type PerformerRow, type PlanItemRow, type PostRow, type PostSnapshotRow, type ReplyTemplateRow, type RubricRow, type SmmDeckDatabase } from './db';
import type { Network, PostMetrics } from './networks/types';
import { instanceHost } from './mastodon-instances';
import { NETWORKS } from './networks/names';
import { DEFAULT_SETTINGS, type RetentionSettings, type Settings } from './settings';

/** One schema per field of T, so that a field added to a row type fails to compile until it is added here. */
type Fields<T> = { [K in keyof T]-?: v.GenericSchema<unknown, T[K]> };

/** A strict object: an unknown or missing field, or a value that is no object, each gets its own message. */
function record<const E extends v.ObjectEntries>(entries: E) {
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') return 'is not a field SMM Deck knows';
    if (issue.received === 'undefined') return 'is missing';
    return 'must be an object';
  });
}

const text = (max: number, min = 0) =>
  v.pipe(
    v.string('must be text'),
    v.minLength(min, 'must not be empty'),
    v.maxLength(max, `must be at most ${max.toLocaleString('en-US')} characters long`),
  );
const flag = v.boolean('must be true or false');
const network = v.picklist(NETWORKS, (issue) => `must be one of the networks SMM Deck reads (${NETWORKS.join(', ')}), not ${issue.received}`);
const handle = text(200, 1);
const httpUrl = v.pipe(
  text(4_000, 1),
  v.regex(/^https?:\/\//i, 'must be an http(s) address'),
  v.url('must be an http(s) address'),
);
const count = v.pipe(
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

const accountRowSchema: v.GenericSchema<unknown, AccountRow> = record<Fields<AccountRow>>({
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

const accountSnapshotRowSchema: v.GenericSchema<unknown, AccountSnapshotRow> = record<Fields<AccountSnapshotRow>>({
  id: v.optional(snapshotId),
  network,
  handle,
  capturedAt: time,
  followers: count,
});

const postId = text(300, 1);

const postRowSchema: v.GenericSchema<unknown, PostRow> = record<Fields<PostRow>>({
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

const postSnapshotRowSchema: v.GenericSchema<unknown, PostSnapshotRow> = record<Fields<PostSnapshotRow>>({
  id: v.optional(snapshotId),
  network,
  postId,
  capturedAt: time,
  metrics,
});

type ClipPost = NonNullable<ClipRow['post']>;
type ClipTrend = NonNullable<ClipRow['trend']>;

/** A clip of the ideas inbox; its HTML is kept as data and sanitized again whenever it is shown. */
const clipRowSchema: v.GenericSchema<unknown, ClipRow> = record<Fields<ClipRow>>({
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
const contestRowSchema: v.GenericSchema<unknown, ContestRow> = record<Fields<ContestRow>>({
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

const planItemRowSchema: v.GenericSchema<unknown, PlanItemRow> = record<Fields<PlanItemRow>>({
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

const rubricRowSchema: v.GenericSchema<unknown, RubricRow> = record<Fields<RubricRow>>({
  id: v.optional(snapshotId),
  name: text(200, 1),
  colour: v.pipe(v.string('must be text'), v.regex(/^#[0-9a-f]{6}$/i, 'must be a colour such as #2f6feb')),
  targetShare: v.pipe(v.number('must be a number'), v.minValue(0, 'must not be negative'), v.maxValue(100, 'must be at most 100 (%)')),
});

const performerRowSchema: v.GenericSchema<unknown, PerformerRow> = record<Fields<PerformerRow>>({
  id: v.optional(snapshotId),
  name: text(200, 1),
  role: v.optional(text(200)),
  contact: v.optional(text(500)),
});

const hashtagSetRowSchema: v.GenericSchema<unknown, HashtagSetRow> = record<Fields<HashtagSetRow>>({
  id: v.optional(snapshotId),
  name: text(200, 1),
  hashtags: v.pipe(v.array(text(200, 1), 'must be a list'), v.maxLength(100, 'must list at most 100 hashtags')),
});

/** A comment read under a post (the Replies tool). */
const commentRowSchema: v.GenericSchema<unknown, CommentRow> = record<Fields<CommentRow>>({
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

const replyTemplateRowSchema: v.GenericSchema<unknown, ReplyTemplateRow> = record<Fields<ReplyTemplateRow>>({
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

const dayCount = v.pipe(count, v.maxValue(36_500, 'must be at most 36,500 days'));

const retentionEntries: Fields<RetentionSettings> = {
  enabled: v.optional(flag, DEFAULT_SETTINGS.retention.enabled),
  keepAllDays: v.optional(dayCount, DEFAULT_SETTINGS.retention.keepAllDays),
  dailyUntilDays: v.optional(dayCount, DEFAULT_SETTINGS.retention.dailyUntilDays),
};

/**
 * One schema per setting, typed so that a setting added to `Settings` fails to compile until it
 * is added here. Each may be absent, as in a backup made before the setting existed, and then
 * takes its default; a key SMM Deck does not know is an error.
 */
const settingsEntries: Fields<Settings> = {
  brandName: v.optional(text(200), DEFAULT_SETTINGS.brandName),
  ownAccounts: v.optional(
    v.pipe(v.array(record({ network, handle }), 'must be a list'), v.maxLength(1_000, 'must list at most 1,000 accounts')),
    () => [...DEFAULT_SETTINGS.ownAccounts],
  ),
  storeAllPosts: v.optional(flag, DEFAULT_SETTINGS.storeAllPosts),
  showBadges: v.optional(flag, DEFAULT_SETTINGS.showBadges),
  mastodonInstances: v.optional(
    v.pipe(
      v.array(
        v.pipe(
          v.string('must be text'),
          v.check((host) => instanceHost(host) === host, 'must be a server name such as mastodon.social'),
        ),
        'must be a list',
      ),
      v.maxLength(1_000, 'must list at most 1,000 servers'),
    ),
    () => [...DEFAULT_SETTINGS.mastodonInstances],
  ),
  reminderLeadMinutes: v.optional(
    v.pipe(count, v.maxValue(43_200, 'must be at most 43,200 minutes (30 days)')),
    DEFAULT_SETTINGS.reminderLeadMinutes,
  ),
  retention: v.optional(
    v.pipe(
      record(retentionEntries),
      v.check(
        (retention) => retention.dailyUntilDays >= retention.keepAllDays,
        'must keep daily snapshots at least as long as every snapshot (dailyUntilDays not below keepAllDays)',
      ),
    ),
    () => ({ ...DEFAULT_SETTINGS.retention }),
  ),
};

/** The settings of a backup, missing ones filled in with their defaults. */
export const settingsSchema: v.GenericSchema<unknown, Settings> = record(settingsEntries);

/** The keys a backup's settings hold, so an export never writes a stray key it would later refuse. */
export const SETTINGS_KEYS = Object.keys(settingsEntries) as (keyof Settings)[];

// ---------------------------------------------------------------------------------------------
// Tables
//
// A later database version:
// - a new table gets an entry in TABLES with `since` set to that version: an older backup, which
//   cannot have it, restores it empty, while a backup of that version or later must list it;
// - a changed row shape gets a step in BACKUP_UPGRADES, keyed by the version it upgrades from,
//   that rewrites the raw tables of an older backup into the next version's shape (rows are
//   checked only afterwards, against the current schemas, so a step must cope with any value);
// - the row schemas above always describe the current row types.

export interface BackupTables {
  accounts: AccountRow[];
  accountSnapshots: AccountSnapshotRow[];
  posts: PostRow[];
  postSnapshots: PostSnapshotRow[];
  clips: ClipRow[];
  contests: ContestRow[];
  planItems: PlanItemRow[];
  rubrics: RubricRow[];
  performers: PerformerRow[];
  hashtagSets: HashtagSetRow[];
  comments: CommentRow[];
  replyTemplates: ReplyTemplateRow[];
}
export type BackupTableName = keyof BackupTables;

export type Row<K extends BackupTableName> = BackupTables[K][number];

export interface TableSpec<K extends BackupTableName> {
  /** The schema version that added the table. */
  since: number;
  schema: v.GenericSchema<unknown, Row<K>>;
  // Keys and insert types differ per table (compound keys, auto-incremented ids); this code only
  // reads rows, pages by key and writes whole rows, so it takes any of them.
  table(db: SmmDeckDatabase): Table<Row<K>, any, any>;
  /** The primary key, for paging on export. */
  primaryKey(row: Row<K>): IndexableType;
  /** The primary key as the user reads it (`x/brand`); undefined for a snapshot without an id. */
  label(row: Row<K>): string | undefined;
  /** For snapshots: the index that tells whether the same capture is already stored. */
  capture?: { index: string; key(row: Row<K>): IndexableType };
}

export const TABLES: { [K in BackupTableName]: TableSpec<K> } = {
  accounts: {
    since: 1,
    schema: accountRowSchema,
    table: (db) => db.accounts,
    primaryKey: (row) => [row.network, row.handle],
    label: (row) => `${row.network}/${row.handle}`,
  },
  accountSnapshots: {
    since: 1,
    schema: accountSnapshotRowSchema,
    table: (db) => db.accountSnapshots,
    primaryKey: (row) => row.id!,
    label: (row) => (row.id === undefined ? undefined : `snapshot ${row.id}`),
    capture: { index: '[network+handle+capturedAt]', key: (row) => [row.network, row.handle, row.capturedAt] },
  },
  posts: {
    since: 1,
    schema: postRowSchema,
    table: (db) => db.posts,
    primaryKey: (row) => [row.network, row.postId],
    label: (row) => `${row.network}/${row.postId}`,
  },
  postSnapshots: {
    since: 1,
    schema: postSnapshotRowSchema,
    table: (db) => db.postSnapshots,
    primaryKey: (row) => row.id!,
    label: (row) => (row.id === undefined ? undefined : `snapshot ${row.id}`),
    capture: { index: '[network+postId+capturedAt]', key: (row) => [row.network, row.postId, row.capturedAt] },
  },
  clips: {
    since: 2,
    schema: clipRowSchema,
    table: (db) => db.clips,
    primaryKey: (row) => row.id!,
    label: (row) => (row.id === undefined ? undefined : `clip ${row.id}`),
    // One clip per URL: a merged backup skips the clips whose URL is already in the inbox.
    capture: { index: 'url', key: (row) => row.url },
  },
  contests: {
    since: 5,
    schema: contestRowSchema,
    table: (db) => db.contests,
    primaryKey: (row) => row.id!,
    label: (row) => (row.id === undefined ? undefined : `contest ${row.id}`),
    // One user makes one contest in a millisecond, so a contest created at the same moment is already stored.
    capture: { index: 'createdAt', key: (row) => row.createdAt },
  },
  // The plan's tables keep their ids on merge too (upserted by id), so that items still point at
  // their rubric and assignee.
  planItems: {
    since: 3,
    schema: planItemRowSchema,
    table: (db) => db.planItems,
    primaryKey: (row) => row.id!,
    label: (row) => (row.id === undefined ? undefined : `plan item ${row.id}`),
  },
  rubrics: {
    since: 3,
    schema: rubricRowSchema,
    table: (db) => db.rubrics,
    primaryKey: (row) => row.id!,
    label: (row) => (row.id === undefined ? undefined : `rubric ${row.id}`),
  },
  performers: {
    since: 3,
    schema: performerRowSchema,
    table: (db) => db.performers,
    primaryKey: (row) => row.id!,
    label: (row) => (row.id === undefined ? undefined : `performer ${row.id}`),
  },
  hashtagSets: {
    since: 3,
    schema: hashtagSetRowSchema,
    table: (db) => db.hashtagSets,
    primaryKey: (row) => row.id!,
    label: (row) => (row.id === undefined ? undefined : `hashtag set ${row.id}`),
  },
  comments: {
    since: 4,
    schema: commentRowSchema,
    table: (db) => db.comments,
    primaryKey: (row) => [row.network, row.commentId],
    label: (row) => `${row.network}/${row.commentId}`,
  },
  // Upserted by id on merge, like the plan's tables: a template restored twice is not doubled.
  replyTemplates: {
    since: 4,
    schema: replyTemplateRowSchema,
    table: (db) => db.replyTemplates,
    primaryKey: (row) => row.id!,
    label: (row) => (row.id === undefined ? undefined : `reply template ${row.id}`),
  },
};

/** Table order in the file and on restore. */
export const BACKUP_TABLES = Object.keys(TABLES) as BackupTableName[];

export type RawTables = Record<string, unknown>;
/** Step N turns the raw tables of a schema version N backup into version N + 1's shape. None yet. */
export const BACKUP_UPGRADES: Record<number, (tables: RawTables) => RawTables> = {};

/** The first issue as "subject message", e.g. `metrics.likes must be a whole number`. */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[], subject: string): string {
  const issue = issues[0]!;
  const path = (issue.path ?? []).reduce<string>((joined, item) => {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') return `${joined}[${key}]`;
    return joined ? `${joined}.${String(key)}` : String(key);
  }, '');
  return `${path || subject} ${issue.message}`;
}
