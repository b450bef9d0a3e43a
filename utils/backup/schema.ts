/**
 * What a backup file holds and is checked against: the settings' schema, and each table with its
 * row schema (utils/backup/rows.ts), the version that added it and how it is paged and merged.
 * A key SMM Deck does not know is an error, never dropped silently.
 */
import type { IndexableType, Table } from 'dexie';
import * as v from 'valibot';
import {
  accountRowSchema, accountSnapshotRowSchema, clipRowSchema, commentRowSchema, contestRowSchema, count, flag, handle,
  hashtagSetRowSchema, network, performerRowSchema, planItemRowSchema, postRowSchema, postSnapshotRowSchema, record,
  replyTemplateRowSchema, rubricRowSchema, text, type Fields,
} from './rows';
import type { AccountRow, AccountSnapshotRow, ClipRow, CommentRow, ContestRow, HashtagSetRow, PerformerRow, PlanItemRow, PostRow, PostSnapshotRow, ReplyTemplateRow, RubricRow, SmmDeckDatabase } from '../platform/db';
import { instanceHost } from '../capture/mastodon-instances';
import { DEFAULT_SETTINGS, type RetentionSettings, type Settings } from '../platform/settings';

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
