/** The networks SMM Deck reads. */
export type Network =
  | 'x'
  | 'telegram'
  | 'vk'
  | 'youtube'
  | 'instagram'
  | 'reddit'
  | 'linkedin'
  | 'facebook'
  | 'tiktok'
  | 'threads'
  | 'bluesky'
  | 'mastodon'
  | 'ok'
  | 'dzen';

/**
 * The same meaning on every network (see the README's metric table). A metric the page does not
 * show is absent, never 0.
 */
export interface PostMetrics {
  /** likes, reactions, hearts, favourites (Telegram: the sum of reactions; Reddit: score, which may be negative) */
  likes?: number;
  /** comments, replies */
  comments?: number;
  /** reposts, retweets, forwards, shares, boosts */
  shares?: number;
  /** views or plays, where the page shows them */
  views?: number;
  /** saves / bookmarks where the page shows them (TikTok) */
  saves?: number;
}

export interface CapturedPost {
  network: Network;
  /** The network's own stable id: X status id, `channel/123`, `-123_456`, a video id, a shortcode, `t3_…`. */
  postId: string;
  /** Canonical permalink. */
  url: string;
  /** Without `@`. */
  authorHandle: string;
  authorName?: string;
  /** ISO 8601 */
  publishedAt?: string;
  text?: string;
  metrics: PostMetrics;
  pinned?: boolean;
  /** The original author's handle (or the original post's id) when this is a repost. */
  repostOf?: string;
}

export interface CapturedAccount {
  network: Network;
  handle: string;
  name?: string;
  url: string;
  followers?: number;
}

export interface PageCapture {
  account?: CapturedAccount;
  posts: CapturedPost[];
}

export interface NetworkAdapter {
  network: Network;
  /** True for the pages this adapter reads. */
  matches(url: URL): boolean;
  /** Pure: reads what is in `root`; never throws, whatever the markup. */
  extract(root: ParentNode, url: URL): PageCapture;
  /**
   * The page's account alone, without reading its posts (the page watcher looks again for a
   * header that renders late). Pure and never throws; without it, `extract` is used.
   */
  extractAccount?(document: Document, url: URL): CapturedAccount | undefined;
  /**
   * A CSS selector for one post's container, so that the page watcher can rescan only the posts
   * that changed instead of the whole document.
   */
  postSelector: string;
}
