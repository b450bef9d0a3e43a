import { compact, safely } from '../networks/dom';
import { xAdapter } from '../networks/x';
import { postIdFromUrl } from '../capture/post-url';
import type { CapturedComment, CommentSource } from './types';

/**
 * X: the replies on a post's own page (`/<handle>/status/<id>`). Every reply is an
 * `article[data-testid="tweet"]` in its own timeline cell, read as the capture adapter reads a
 * post; the focal post and the thread above it are not replies. X shows a conversation as
 * consecutive cells: a reply that directly follows another in the same run of cells answers it,
 * and a cell without a post (a divider, "Show more replies") starts a new conversation, whose
 * first reply answers the focal post itself (no `parentId`).
 */
const ARTICLE = 'article[data-testid="tweet"]';
const CELL = '[data-testid="cellInnerDiv"]';

export const xComments: CommentSource = {
  network: 'x',
  matches: (url) => xAdapter.matches(url) && postIdFromUrl('x', url) !== undefined,
  commentSelector: ARTICLE,
  extractComments: (root, url) => safely(() => readReplies(root, url)) ?? [],
  findComment: (document, commentId) =>
    [...document.querySelectorAll(ARTICLE)].find((article) => article.querySelector(`a[href*="/status/${commentId}"] time`)),
  replyControl: (comment) => comment.querySelector<HTMLElement>('[data-testid="reply"]') ?? undefined,
  editorSelector: '[data-testid^="tweetTextarea_"], .public-DraftEditor-content, [role="textbox"][contenteditable="true"]',
};

function readReplies(root: ParentNode, url: URL): CapturedComment[] {
  const postId = postIdFromUrl('x', url);
  if (!postId) return [];
  const document = (root as Node).ownerDocument ?? (root as Document);
  const articles = [...document.querySelectorAll(ARTICLE)];
  const comments: CapturedComment[] = [];
  let afterFocal = false;
  let previous: { id: string; cell: Element | null } | undefined;
  for (const article of articles) {
    const post = safely(() => xAdapter.extract(article, url).posts[0]);
    if (!post) {
      previous = undefined;
      continue;
    }
    const cell = article.closest(CELL);
    if (post.postId === postId) {
      afterFocal = true;
      previous = undefined;
      continue;
    }
    if (!afterFocal) continue;
    const follows = previous !== undefined && previous.cell !== null && previous.cell.nextElementSibling === cell;
    const inScope = (root as Node).nodeType === 9 || (root as Node).contains(article);
    if (inScope) {
      comments.push(
        compact({
          network: 'x' as const,
          commentId: post.postId,
          postId,
          postUrl: `https://x.com/${url.pathname.split('/')[1]}/status/${postId}`,
          authorHandle: post.authorHandle,
          authorName: post.authorName,
          text: post.text ?? '',
          publishedAt: post.publishedAt,
          parentId: follows ? previous!.id : undefined,
        }),
      );
    }
    previous = { id: post.postId, cell };
  }
  return comments;
}
