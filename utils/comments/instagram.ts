import { attr, compact, multilineTextOf, safely, toIso } from '../networks/dom';
import { instagramAdapter } from '../networks/instagram';
import { postIdFromUrl } from '../capture/post-url';
import { controlLabelled, readEach, REPLY_LABEL } from './dom';
import type { CapturedComment, CommentSource } from './types';

/**
 * Instagram: the comments on a post's or reel's own page. A comment is an `li._a9zj` row (the
 * caption's row, `_a9z5`, is the post itself) with the author's link in `h3._a9zc`, the text in
 * `._a9zs > span` and the time inside its permalink `/p/<code>/c/<id>/`. Each top-level comment
 * has its own `ul._a9ym`; the replies shown under it ("View replies") are in a `ul._a9yo` there,
 * so a reply's parent is the first comment of its `ul._a9ym`.
 */
const COMMENT = 'li._a9zj:not(._a9z5)';

export const instagramComments: CommentSource = {
  network: 'instagram',
  matches: (url) => instagramAdapter.matches(url) && postIdFromUrl('instagram', url) !== undefined,
  commentSelector: COMMENT,
  extractComments: (root, url) => {
    const postId = postIdFromUrl('instagram', url);
    return postId ? readEach(root, COMMENT, (element) => readComment(element, postId)) : [];
  },
  findComment: (document, commentId) =>
    [...document.querySelectorAll(COMMENT)].find((element) => commentIdOf(element) === commentId),
  replyControl: (comment) => controlLabelled(comment, REPLY_LABEL, 'button, [role="button"]'),
  editorSelector: 'form textarea, [data-lexical-editor="true"], form [contenteditable="true"]',
};

function readComment(element: Element, postId: string): CapturedComment | undefined {
  const commentId = commentIdOf(element);
  const authorLink = element.querySelector('h3._a9zc a, ._a9zc a');
  const authorHandle = /^\/([\w.]{1,30})\/?$/.exec(attr(authorLink, 'href') ?? '')?.[1];
  if (!commentId || !authorHandle) return undefined;
  const thread = element.closest('ul._a9yo') ? element.closest('ul._a9ym')?.querySelector(COMMENT) : undefined;
  return compact({
    network: 'instagram' as const,
    commentId,
    postId,
    postUrl: `https://www.instagram.com/p/${postId}/`,
    authorHandle,
    text: multilineTextOf(element.querySelector('._a9zs > span, ._a9zs')) ?? '',
    publishedAt: toIso(attr(element.querySelector('time[datetime]'), 'datetime')),
    parentId: thread && thread !== element ? commentIdOf(thread) : undefined,
  });
}

function commentIdOf(element: Element): string | undefined {
  for (const link of element.querySelectorAll('a[href*="/c/"]')) {
    const id = /\/c\/(\d{5,30})\/?/.exec(safely(() => new URL(attr(link, 'href') ?? '', 'https://www.instagram.com').pathname) ?? '')?.[1];
    if (id && link.closest(COMMENT) === element) return id;
  }
  return undefined;
}
