/**
 * The one IndexedDB database, `smm-deck`, in the extension's origin. The background worker and
 * the extension pages open it; content scripts never do (they would get the web page's origin)
 * and reach it through messages.
 *
 * Times the extension records (`capturedAt`, `firstSeenAt`, `lastSeenAt`) are epoch milliseconds;
 * `publishedAt` is the ISO 8601 string the page showed.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Network, PostMetrics } from './networks/types';

export const DATABASE_NAME = 'smm-deck';

export interface AccountRow {
  network: Network;
  handle: string;
  name?: string;
  url: string;
  /** The latest follower count seen. */
  followers?: number;
  /** A competitor the user follows. */
  tracked: boolean;
  /** One of the user's own accounts. */
  own: boolean;
  firstSeenAt: number;
  lastSeenAt: number;
}

export interface AccountSnapshotRow {
  id?: number;
  network: Network;
  handle: string;
  capturedAt: number;
  followers: number;
}

export interface PostRow {
  network: Network;
  postId: string;
  handle: string;
  url: string;
  authorName?: string;
  publishedAt?: string;
  text?: string;
  pinned?: boolean;
  repostOf?: string;
  /** The latest metrics; a metric the page never showed is absent, not 0. */
  metrics: PostMetrics;
  firstSeenAt: number;
  lastSeenAt: number;
}

export interface PostSnapshotRow {
  id?: number;
  network: Network;
  postId: string;
  capturedAt: number;
  metrics: PostMetrics;
}

export interface SchemaVersion {
  version: number;
  /** Dexie store specs; `null` deletes a table. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every schema the database has had, oldest first. A new table or index is a new entry; earlier
 * entries are never edited, so an installed database upgrades step by step without losing rows
 * (tests/unit/db-upgrade.test.ts opens each version with data and upgrades it).
 */
export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      accounts: '[network+handle]',
      accountSnapshots: '++id, [network+handle+capturedAt]',
      posts: '[network+postId], [network+handle]',
      postSnapshots: '++id, [network+postId+capturedAt]',
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;

export class SmmDeckDatabase extends Dexie {
  accounts!: Table<AccountRow, [Network, string]>;
  accountSnapshots!: EntityTable<AccountSnapshotRow, 'id'>;
  posts!: Table<PostRow, [Network, string]>;
  postSnapshots!: EntityTable<PostSnapshotRow, 'id'>;

  constructor(name = DATABASE_NAME, history: readonly SchemaVersion[] = SCHEMA_HISTORY) {
    super(name);
    for (const { version, stores, upgrade } of history) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

let shared: SmmDeckDatabase | undefined;

/** The database of this extension context, opened on first use. */
export function database(): SmmDeckDatabase {
  shared ??= new SmmDeckDatabase();
  return shared;
}
