/**
 * The one IndexedDB database, `smm-deck`, in the extension's origin. The background worker and
 * the extension pages open it; content scripts never do (they would get the web page's origin)
 * and reach it through messages.
 *
 * Times the extension records (`capturedAt`, `firstSeenAt`, `lastSeenAt`) are epoch milliseconds;
 * `publishedAt` is the ISO 8601 string the page showed.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { CapturedComment } from '../comments/types';
import type { ContestProof } from '../contest/proof';
import type { Network, PostMetrics } from '../networks/types';

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

// ---------------------------------------------------------------------------------------------
// Ideas inbox (version 2)

export type ClipKind = 'article' | 'selection' | 'link' | 'post' | 'trend';
export type ClipStatus = 'inbox' | 'planned' | 'archived';

export interface ClipRow {
  id?: number;
  kind: ClipKind;
  /** The canonical URL; one clip per URL, so clipping it again updates that clip. */
  url: string;
  title: string;
  byline?: string;
  siteName?: string;
  /** ISO 8601, as the page gave it. */
  publishedAt?: string;
  lang?: string;
  excerpt?: string;
  imageUrl?: string;
  readingMinutes?: number;
  /** Sanitized HTML (DOMPurify); only for articles and selections. */
  html?: string;
  text?: string;
  /** A clipped social post as the capture adapter read it, with its author's followers then. */
  post?: Pick<PostRow, 'network' | 'postId' | 'handle' | 'url' | 'authorName' | 'publishedAt' | 'text' | 'metrics'> & {
    followers?: number;
  };
  /** A clipped trend or hashtag. */
  trend?: {
    network: Network;
    name: string;
    /** The page where it was seen. */
    seenOn: string;
    postCount?: number;
    rank?: number;
  };
  tags: string[];
  note?: string;
  status: ClipStatus;
  /** "Add to plan" was asked before a plan item could be made. */
  planRequested?: boolean;
  planItemId?: number;
  createdAt: number;
  updatedAt: number;
}

// ---------------------------------------------------------------------------------------------
// Content plan (version 3)

export const PLAN_STATUSES = ['idea', 'draft', 'review', 'approved', 'scheduled', 'published', 'cancelled'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface PlanItemRow {
  id?: number;
  title: string;
  /** The post text. */
  body: string;
  networks: Network[];
  /** A network's own version of the text, where it differs from `body`. */
  variants?: Partial<Record<Network, string>>;
  /** Epoch ms (an instant, so it is right in every time zone). */
  scheduledAt?: number;
  /** The IANA zone the user planned in, for showing the wall-clock time they chose. */
  timeZone?: string;
  status: PlanStatus;
  rubricId?: number;
  assigneeId?: number;
  hashtags: string[];
  links: string[];
  clipId?: number;
  /** The live post, once published; its captured metrics are the item's results. */
  publishedUrl?: string;
  /** Posted with a photo or video, so caption limits apply (Telegram's 1 024). */
  hasMedia?: boolean;
  /** Overrides the `reminderLeadMinutes` setting for this item. */
  reminderLeadMinutes?: number;
  /** The `scheduledAt` whose reminder has fired, so a restarted worker does not fire it again. */
  remindedFor?: number;
  createdAt: number;
  updatedAt: number;
}

export interface RubricRow {
  id?: number;
  name: string;
  /** A CSS colour such as #3b82f6. */
  colour: string;
  /** The share of posts this rubric should have, in %. */
  targetShare: number;
}

export interface PerformerRow {
  id?: number;
  name: string;
  role?: string;
  contact?: string;
}

export interface HashtagSetRow {
  id?: number;
  name: string;
  hashtags: string[];
}

// ---------------------------------------------------------------------------------------------
// Comments and replies (version 4)

/** A comment as the page showed it (utils/comments/types.ts), with what SMM Deck adds. */
export interface CommentRow extends CapturedComment {
  /** One of the user's own accounts (settings) has replied to it. */
  repliedByOwner: boolean;
  firstSeenAt: number;
  lastSeenAt: number;
}

export interface ReplyTemplateRow {
  id?: number;
  title: string;
  text: string;
  folder: string;
  /** Typed in a reply box and followed by Tab, e.g. `;thanks`. */
  shortcut?: string;
  /** The networks it suits; empty for all. */
  networks: Network[];
  usageCount: number;
  lastUsedAt?: number;
  createdAt: number;
  updatedAt: number;
}

// ---------------------------------------------------------------------------------------------
// Contests (version 5); the proof's full shape is in utils/contest/proof.ts.

export interface ContestRow {
  id?: number;
  network: Network;
  postId: string;
  postUrl: string;
  createdAt: number;
  drawnAt?: number;
  /**
   * Everything needed to re-check the draw: rules, comments, participants, seed, commitment and,
   * once drawn, the winners. The seed is revealed only in the exported proof, after the draw.
   */
  proof: ContestProof;
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
  {
    version: 2,
    stores: { clips: '++id, &url, createdAt, kind, status, *tags' },
  },
  {
    version: 3,
    stores: {
      planItems: '++id, scheduledAt, status, rubricId, assigneeId, clipId, publishedUrl, *networks',
      rubrics: '++id, &name',
      performers: '++id, name',
      hashtagSets: '++id, name',
    },
  },
  {
    version: 4,
    stores: {
      comments: '[network+commentId], [network+postId]',
      replyTemplates: '++id, folder, shortcut',
    },
  },
  {
    version: 5,
    stores: { contests: '++id, [network+postId], createdAt' },
  },
  {
    // The dashboard reads one account's recent posts without scanning all of them, by when they
    // were first seen (some pages show no dates); the side panel its newest by date.
    version: 6,
    stores: { posts: '[network+postId], [network+handle], [network+handle+publishedAt], [network+handle+firstSeenAt]' },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;

export class SmmDeckDatabase extends Dexie {
  accounts!: Table<AccountRow, [Network, string]>;
  accountSnapshots!: EntityTable<AccountSnapshotRow, 'id'>;
  posts!: Table<PostRow, [Network, string]>;
  postSnapshots!: EntityTable<PostSnapshotRow, 'id'>;
  clips!: EntityTable<ClipRow, 'id'>;
  planItems!: EntityTable<PlanItemRow, 'id'>;
  rubrics!: EntityTable<RubricRow, 'id'>;
  performers!: EntityTable<PerformerRow, 'id'>;
  hashtagSets!: EntityTable<HashtagSetRow, 'id'>;
  comments!: Table<CommentRow, [Network, string]>;
  replyTemplates!: EntityTable<ReplyTemplateRow, 'id'>;
  contests!: EntityTable<ContestRow, 'id'>;

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
