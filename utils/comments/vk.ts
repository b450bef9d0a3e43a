import { attr, compact, multilineTextOf, safely, textOf, toIso } from '../networks/dom';
import { vkAdapter } from '../networks/vk';
import { controlLabelled, readEach, REPLY_LABEL } from './dom';
import type { CapturedComment, CommentSource } from './types';

/**
 * VK: the comments under a post, on the post's own page (`/wall-1_2`, `?w=wall-1_2`) and under
 * posts on a wall. A comment is a `.reply._post[data-post-id="<owner>_<id>"]` inside the post's
 * `.replies_list`. An answer names the comment it answers with a `.reply_to` link
 * (`?reply=<id>`), or else answers the comment in whose `.replies_wrap_deep` it sits. The author
 * is the `a.author` link (`/id1`, `/club1`, `/name`); the time, `.rel_date[time]` in Unix seconds.
 */
const ORIGIN = 'https://vk.com';
const COMMENT = '.reply[data-post-id]';
const ID = /^(-?\d+)_(\d+)$/;

export const vkComments: CommentSource = {
  network: 'vk',
  matches: (url) => vkAdapter.matches(url),
  commentSelector: COMMENT,
  extractComments: (root) => readEach(root, COMMENT, readComment),
  findComment: (document, commentId) =>
    [...document.querySelectorAll(COMMENT)].find((element) => attr(element, 'data-post-id') === commentId),
  replyControl: (comment) =>
    ownPart(comment, '.reply_link, ._reply_lnk') ??
    controlLabelled(ownPart(comment, '.reply_footer, .reply_actions') ?? comment, REPLY_LABEL),
  editorSelector: '.reply_field[contenteditable="true"], .submit_post_field[contenteditable="true"], [contenteditable="true"][role="textbox"], .reply_box textarea',
};

function readComment(element: Element): CapturedComment | undefined {
  const commentId = attr(element, 'data-post-id');
  const post = element.parentElement?.closest('._post:not(.reply)[data-post-id], ._post:not(.reply)[id^="post"]');
  const postId = postIdOf(post);
  const authorLink = ownPart(element, '.reply_author a.author, a.author');
  const authorHandle = handleFromHref(attr(authorLink, 'href'));
  if (!commentId || !ID.test(commentId) || !postId || !authorHandle) return undefined;
  return compact({
    network: 'vk' as const,
    commentId,
    postId,
    postUrl: `${ORIGIN}/wall${postId}`,
    authorHandle,
    authorName: textOf(authorLink) || undefined,
    text: multilineTextOf(ownPart(element, '.wall_reply_text')) ?? '',
    publishedAt: unixTime(attr(ownPart(element, '.rel_date[time]'), 'time')),
    parentId: parentOf(element, commentId),
  });
}

/** The comment's own element: not one inside the thread of answers nested in it. */
function ownPart(comment: Element, selector: string): HTMLElement | undefined {
  for (const found of comment.querySelectorAll<HTMLElement>(selector)) {
    if (found.closest(`${COMMENT}, .replies_wrap_deep`) === comment) return found;
  }
  return undefined;
}

/** The comment its `reply_to` link names, else the comment whose thread it is in. */
function parentOf(element: Element, commentId: string): string | undefined {
  const replyTo = attr(ownPart(element, 'a.reply_to'), 'href');
  const answered = safely(() => new URL(replyTo ?? '', ORIGIN).searchParams.get('reply'));
  if (answered && /^\d+$/.test(answered)) return `${ID.exec(commentId)![1]}_${answered}`;
  const thread = element.parentElement?.closest('.replies_wrap_deep')?.closest(COMMENT);
  return thread ? attr(thread, 'data-post-id') : undefined;
}

function postIdOf(post: Element | null | undefined): string | undefined {
  for (const raw of [attr(post, 'data-post-id'), attr(post, 'id')?.replace(/^post/, '')]) {
    if (raw && ID.test(raw)) return raw;
  }
  return undefined;
}

function handleFromHref(href: string | undefined): string | undefined {
  const path = safely(() => new URL(href ?? '', ORIGIN).pathname) ?? '';
  return /^\/([A-Za-z0-9_.]{2,64})\/?$/.exec(path)?.[1];
}

function unixTime(seconds: string | undefined): string | undefined {
  return seconds && /^\d{9,11}$/.test(seconds) ? toIso(Number(seconds) * 1000) : undefined;
}
