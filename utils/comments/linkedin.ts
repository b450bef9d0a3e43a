import { attr, compact, multilineTextOf, safely, textOf } from '../networks/dom';
import { handleFromHref, linkedinAdapter, publishedAtOf } from '../networks/linkedin';
import { readEach, REPLY_LABEL } from './dom';
import type { CapturedComment, CommentSource } from './types';

/**
 * LinkedIn: the comments under posts, on a post's own page (`/feed/update/urn:li:activity:…`) and
 * under the posts of a feed (the home feed, a company's or a person's posts). A comment is an
 * `article.comments-comment-entity` whose `data-id` is its urn,
 * `urn:li:comment:(activity:<post>,<id>)`; a reply is the same article (`--reply`) nested in the
 * comment it answers (LinkedIn threads are one level deep). The post is the update around the
 * comments, in the capture adapter's `postId` form (its activity number), else the activity the
 * urn names. A comment id is a snowflake like a post's, so the exact time is read from it; the page
 * prints ages only ("2d", "2 дн.").
 */
const ORIGIN = 'https://www.linkedin.com';
const COMMENT = 'article.comments-comment-entity[data-id^="urn:li:comment:"], article.comments-comment-item[data-id^="urn:li:comment:"]';
const POST = '[data-urn^="urn:li:activity:"], [data-id^="urn:li:activity:"]';
const POST_URN = /^urn:li:activity:(\d{6,25})$/;
const COMMENT_URN = /^urn:li:comment:\((?:urn:li:)?(\w+):(\d{6,25}),(\d{6,25})\)$/;

const AUTHOR_LINK = 'a.comments-comment-meta__description-container, .comments-comment-meta__description-container a[href], a.comments-comment-meta__image-link, a.comments-post-meta__actor-link';
const AUTHOR_NAME = '.comments-comment-meta__description-title, .comments-post-meta__name-text span[aria-hidden="true"]';
const TEXT = '.comments-comment-item__main-content';
const REPLY_BUTTON = '[class*="comments-comment-social-bar__reply-action"]';

export const linkedinComments: CommentSource = {
  network: 'linkedin',
  matches: (url) => linkedinAdapter.matches(url),
  commentSelector: COMMENT,
  extractComments: (root) => readEach(root, COMMENT, readComment),
  findComment: (document, commentId) => [...document.querySelectorAll(COMMENT)].find((element) => urnOf(element)?.commentId === commentId),
  replyControl: (comment) =>
    own(comment, REPLY_BUTTON)[0] ??
    own(comment, 'button').find((button) => REPLY_LABEL.test(textOf(button)) || REPLY_LABEL.test(button.getAttribute('aria-label') ?? '')),
  editorSelector: '.comments-comment-box .ql-editor[contenteditable="true"], .comments-comment-texteditor [contenteditable="true"], .ql-editor[contenteditable="true"], [role="textbox"][contenteditable="true"]',
};

function readComment(element: Element): CapturedComment | undefined {
  const urn = urnOf(element);
  const postId = postIdOf(element) ?? (urn?.thread === 'activity' ? urn.threadId : undefined);
  const authorHandle = own(element, AUTHOR_LINK)
    .map((link) => handleFromHref(attr(link, 'href')))
    .find((handle) => handle !== undefined);
  if (!urn || !postId || !authorHandle) return undefined;
  const parent = element.parentElement?.closest(COMMENT);
  return compact({
    network: 'linkedin' as const,
    commentId: urn.commentId,
    postId,
    postUrl: `${ORIGIN}/feed/update/urn:li:activity:${postId}/`,
    authorHandle,
    authorName: textOf(own(element, AUTHOR_NAME)[0]) || undefined,
    text: multilineTextOf(own(element, TEXT)[0], 'button, .visually-hidden') ?? '',
    publishedAt: safely(() => publishedAtOf(urn.commentId)),
    parentId: parent ? urnOf(parent)?.commentId : undefined,
  });
}

/** `urn:li:comment:(activity:7302…,7302…)`: the thread (a post's activity or ugcPost) and the comment's own id. */
function urnOf(element: Element): { thread: string; threadId: string; commentId: string } | undefined {
  const match = COMMENT_URN.exec(attr(element, 'data-id') ?? '');
  return match ? { thread: match[1]!, threadId: match[2]!, commentId: match[3]! } : undefined;
}

/** The activity number of the post the comments are under, as the capture adapter reads it. */
function postIdOf(element: Element): string | undefined {
  const post = element.closest(POST);
  return POST_URN.exec(attr(post, 'data-urn') ?? attr(post, 'data-id') ?? '')?.[1];
}

/** The comment's own elements: not those of the replies nested in it. */
function own(comment: Element, selector: string): HTMLElement[] {
  return [...comment.querySelectorAll<HTMLElement>(selector)].filter((found) => found.closest(COMMENT) === comment);
}
