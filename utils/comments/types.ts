import type { Network } from '../networks/types';

/** A comment or reply as a page shows it; the `comments` table row adds the owner flag and times. */
export interface CapturedComment {
  network: Network;
  /** The network's own id: an X status id, YouTube's `lc` id, VK's `-1_2`, Reddit's `t1_…`. */
  commentId: string;
  /** The post it is under, in the capture adapters' `postId` form. */
  postId: string;
  postUrl: string;
  /** Without `@`. */
  authorHandle: string;
  authorName?: string;
  text: string;
  /** ISO 8601, when the page gives an exact time. */
  publishedAt?: string;
  /** The comment this one answers; absent for a comment on the post itself. */
  parentId?: string;
}

/** How SMM Deck reads one network's comments and finds their reply controls. */
export interface CommentSource {
  network: Network;
  /** True on the pages whose comments this source reads (a post's own page). */
  matches(url: URL): boolean;
  /** Pure: every comment in `root`, replies after their parent; never throws, whatever the markup. */
  extractComments(root: ParentNode, url: URL): CapturedComment[];
  /** One comment's element, so that the watcher rereads only what changed. */
  commentSelector: string;
  /** The element of a comment on the page, by its id. */
  findComment(document: Document, commentId: string): Element | undefined;
  /** The page's own Reply control of that comment element. */
  replyControl(comment: Element): HTMLElement | undefined;
  /** Where the page puts reply editors: the network's own textarea or rich editor. */
  editorSelector: string;
}
