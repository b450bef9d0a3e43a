import { attr, compact, multilineTextOf, safely, toIso } from '../networks/dom';
import { redditAdapter } from '../networks/reddit';
import { postIdFromUrl } from '../capture/post-url';
import { controlLabelled, readEach, REPLY_LABEL } from './dom';
import type { CapturedComment, CommentSource } from './types';

/**
 * Reddit (the new "shreddit" interface): the comments on a post's page. Each comment is a
 * `shreddit-comment` whose attributes say it all: `thingid` (`t1_…`), `author`, `parentid` (absent
 * for a comment on the post), `postid`, `created`; its text is the `[slot="comment"]` block. Replies
 * are nested `shreddit-comment`s. Deleted comments (author `[deleted]`) are not read.
 */
const COMMENT = 'shreddit-comment[thingid]';

export const redditComments: CommentSource = {
  network: 'reddit',
  matches: (url) => redditAdapter.matches(url) && postIdFromUrl('reddit', url) !== undefined,
  commentSelector: COMMENT,
  extractComments: (root, url) => readEach(root, COMMENT, (element) => readComment(element, url)),
  findComment: (document, commentId) => document.querySelector(`shreddit-comment[thingid="${CSS.escape(commentId)}"]`) ?? undefined,
  replyControl: (comment) => {
    const row = [...comment.querySelectorAll('shreddit-comment-action-row')].find((found) => found.closest(COMMENT) === comment);
    if (!row) return undefined;
    return controlLabelled(row, REPLY_LABEL) ?? (row.shadowRoot ? controlLabelled(row.shadowRoot, REPLY_LABEL) : undefined);
  },
  editorSelector: 'shreddit-composer [contenteditable="true"], comment-composer-host [contenteditable="true"], shreddit-composer textarea, faceplate-textarea-input textarea',
};

function readComment(element: Element, url: URL): CapturedComment | undefined {
  const commentId = attr(element, 'thingid');
  const authorHandle = attr(element, 'author');
  const postId = attr(element, 'postid') ?? postIdFromUrl('reddit', url);
  if (!commentId || !/^t1_[a-z0-9]+$/i.test(commentId) || !authorHandle || authorHandle === '[deleted]' || !postId) return undefined;
  const body = [...element.querySelectorAll('[slot="comment"]')].find((found) => found.closest(COMMENT) === element);
  const parentId = attr(element, 'parentid');
  return compact({
    network: 'reddit' as const,
    commentId,
    postId,
    postUrl: postUrlOf(element, url, postId),
    authorHandle,
    text: multilineTextOf(body) ?? '',
    publishedAt: toIso(attr(element, 'created')?.replace(/(\.\d{3})\d*/, '$1')),
    parentId: parentId?.startsWith('t1_') ? parentId : undefined,
  });
}

/** The post's permalink: the comment's own without its `comment/<id>/` tail, else the page's. */
function postUrlOf(element: Element, url: URL, postId: string): string {
  const permalink = attr(element, 'permalink');
  const path = /^(\/r\/[^/]+\/comments\/[a-z0-9]+\/)/i.exec(permalink ?? '')?.[1] ?? /^(\/r\/[^/]+\/comments\/[a-z0-9]+\/)/i.exec(url.pathname)?.[1];
  return safely(() => new URL(path ?? `/comments/${postId.slice(3)}/`, 'https://www.reddit.com').href) ?? url.href;
}
