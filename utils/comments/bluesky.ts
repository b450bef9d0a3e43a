import { compact, isDocument, safely } from '../networks/dom';
import { blueskyAdapter } from '../networks/bluesky';
import { postIdFromUrl } from '../capture/post-url';
import type { CapturedComment, CommentSource } from './types';

/**
 * Bluesky: the replies on a post's thread page (`/profile/<handle>/post/<rkey>`). Every post of
 * the thread is a `postThreadItem-by-<handle>` item, read as the capture adapter reads a post, so
 * a reply's id is its record key; the focal post and its parents above it are not replies.
 * Bluesky shows relative times; `publishedAt` is the record key's time.
 *
 * Which reply an item answers depends on the thread view the user chose:
 * - linear (the default, ThreadItemPost): a run of items joined by a reply line. An item whose
 *   top spacer holds that line answers the reply just above it; one with an empty spacer starts a
 *   new branch under the focal post (no `parentId`).
 * - tree (ThreadItemTreePost): an item is indented by one empty view per level beyond the first,
 *   and answers the nearest reply above it one level up; a first-level item answers the focal post.
 */
const ITEM = '[data-testid^="postThreadItem-by-"]';

export const blueskyComments: CommentSource = {
  network: 'bluesky',
  matches: (url) => blueskyAdapter.matches(url) && postIdFromUrl('bluesky', url) !== undefined,
  commentSelector: ITEM,
  extractComments: (root, url) => safely(() => readReplies(root, url)) ?? [],
  findComment: (document, commentId) =>
    [...document.querySelectorAll(ITEM)].find((item) => safely(() => blueskyAdapter.extract(item, new URL(document.URL)).posts[0]?.postId) === commentId),
  replyControl: (comment) =>
    [...comment.querySelectorAll<HTMLElement>('[data-testid="replyBtn"]')].find((button) => button.closest(ITEM) === comment),
  editorSelector: '.ProseMirror[contenteditable="true"], [data-testid="composePostView"] [contenteditable="true"]',
};

function readReplies(root: ParentNode, url: URL): CapturedComment[] {
  const postId = postIdFromUrl('bluesky', url);
  const handle = /^\/profile\/([^/]+)\//.exec(url.pathname)?.[1];
  if (!postId || !handle) return [];
  const postUrl = `https://bsky.app/profile/${decodeURIComponent(handle)}/post/${postId}`;
  const document = (root as Node).ownerDocument ?? (root as Document);
  const comments: CapturedComment[] = [];
  const seen = new Set<string>();
  let afterFocal = false;
  // The replies above that an item may answer: the last one (linear view), or one per level (tree).
  let path: { id: string; depth: number }[] = [];
  for (const item of document.querySelectorAll(ITEM)) {
    const post = safely(() => blueskyAdapter.extract(item, url).posts[0]);
    if (!post || post.postId === postId || seen.has(post.postId)) {
      afterFocal ||= post?.postId === postId;
      path = [];
      continue;
    }
    if (!afterFocal) continue;
    const spacer = parentLineSpacer(item);
    const depth = spacer ? 1 : treeDepth(item);
    if (!spacer) path = path.filter((above) => above.depth < depth);
    const above = path.at(-1);
    const parentId = spacer ? (spacer.firstElementChild!.firstElementChild ? above?.id : undefined) : above?.depth === depth - 1 ? above.id : undefined;
    if (isDocument(root) || (root as Node).contains(item)) {
      comments.push(
        compact({
          network: 'bluesky' as const,
          commentId: post.postId,
          postId,
          postUrl,
          authorHandle: post.authorHandle,
          authorName: post.authorName,
          text: post.text ?? '',
          publishedAt: post.publishedAt,
          parentId,
        }),
      );
    }
    seen.add(post.postId);
    path.push({ id: post.postId, depth });
  }
  return comments;
}

/**
 * The linear view's 12 px spacer at the top of an item (ThreadItemPost's ParentReplyLine), which
 * holds the line to the item above only when this item answers it; the tree view has none.
 */
function parentLineSpacer(item: Element): Element | undefined {
  const spacer = item.firstElementChild;
  if (!spacer || spacer.hasAttribute('data-testid') || spacer.querySelector('a, button, [data-testid], [dir]')) return undefined;
  return spacer.childElementCount === 1 && (spacer.firstElementChild!.firstElementChild?.childElementCount ?? 0) === 0 ? spacer : undefined;
}

/** The tree view's level: 1 + the empty indent views before the item's hover wrapper in its row. */
function treeDepth(item: Element): number {
  let indents = 0;
  for (let before = item.parentElement?.previousElementSibling; before; before = before.previousElementSibling) {
    if (before.childElementCount > 0 || before.textContent?.trim()) return 1;
    indents += 1;
  }
  return indents + 1;
}
