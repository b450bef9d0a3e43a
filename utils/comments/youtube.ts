import { attr, compact, multilineTextOf, safely, textOf } from '../networks/dom';
import { youtubeAdapter } from '../networks/youtube';
import { postIdFromUrl } from '../capture/post-url';
import { controlLabelled, readEach, REPLY_LABEL } from './dom';
import type { CapturedComment, CommentSource } from './types';

/**
 * YouTube: the comments under a video on its watch page. A thread is a
 * `ytd-comment-thread-renderer` holding its top comment (`ytd-comment-view-model#comment`, or the
 * older `ytd-comment-renderer`) and, once expanded, the replies in `#replies`. A comment's id is
 * the `lc` parameter of its time link; a reply's is `<thread id>.<reply id>`, so its parent is the
 * part before the dot. YouTube shows handles, not display names, and relative times only
 * ("2 weeks ago", "2 недели назад"), so neither a name nor an exact time is read.
 */
const COMMENT = 'ytd-comment-view-model, ytd-comment-renderer';

export const youtubeComments: CommentSource = {
  network: 'youtube',
  matches: (url) => youtubeAdapter.matches(url) && postIdFromUrl('youtube', url) !== undefined,
  commentSelector: COMMENT,
  extractComments: (root, url) => {
    const postId = postIdFromUrl('youtube', url);
    return postId ? readEach(root, COMMENT, (element) => readComment(element, postId)) : [];
  },
  findComment: (document, commentId) =>
    [...document.querySelectorAll(COMMENT)].find((element) => safely(() => commentIdOf(element)) === commentId),
  replyControl: (comment) =>
    comment.querySelector<HTMLElement>('#reply-button-end button, #reply-button-end tp-yt-paper-button') ??
    controlLabelled(comment.querySelector('#action-buttons') ?? comment, REPLY_LABEL),
  editorSelector: '#contenteditable-root[contenteditable="true"], ytd-commentbox [contenteditable="true"], ytd-commentbox textarea',
};

function readComment(element: Element, postId: string): CapturedComment | undefined {
  const commentId = commentIdOf(element);
  const authorLink = element.querySelector('#author-text');
  const authorHandle = handleOf(attr(authorLink, 'href')) ?? /^@([\w.-]{3,30})$/.exec(textOf(authorLink))?.[1];
  if (!commentId || !authorHandle) return undefined;
  const dot = commentId.indexOf('.');
  return compact({
    network: 'youtube' as const,
    commentId,
    postId,
    postUrl: `https://www.youtube.com/watch?v=${postId}`,
    authorHandle,
    text: multilineTextOf(element.querySelector('#content-text')) ?? '',
    parentId: dot > 0 ? commentId.slice(0, dot) : undefined,
  });
}

function commentIdOf(element: Element): string | undefined {
  const href = attr(element.querySelector('#published-time-text a, .published-time-text a'), 'href');
  const id = safely(() => new URL(href ?? '', 'https://www.youtube.com').searchParams.get('lc'));
  return id && /^[\w.-]{10,100}$/.test(id) ? id : undefined;
}

/** `@handle` from `/@handle`; a channel without a handle is known by its `UC…` id. */
function handleOf(href: string | undefined): string | undefined {
  const path = safely(() => decodeURIComponent(new URL(href ?? '', 'https://www.youtube.com').pathname)) ?? '';
  return /^\/@([^/]{1,100})\/?$/.exec(path)?.[1] ?? /^\/channel\/(UC[\w-]{22})\/?$/.exec(path)?.[1];
}
