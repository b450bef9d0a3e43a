import { compact, multilineTextOf, safely, textOf } from '../networks/dom';
import { facebookAdapter, handleOf } from '../networks/facebook';
import type { CapturedPost } from '../networks/types';
import { postIdFromUrl } from '../capture/post-url';
import { readEach, REPLY_LABEL } from './dom';
import type { CapturedComment, CommentSource } from './types';

/**
 * Facebook: the comments under posts, on a post's own page and on a page's, a profile's or a
 * group's timeline. Class names are generated atoms, so only roles and links are read. A comment
 * or a reply is a `role="article"` with an aria-label ("Comment by …", "Reply by …", "Комментарий
 * от …") inside the post's unlabelled article; the post is what the capture adapter reads there,
 * so that comments join their post. The comment's timestamp link is the post's permalink with
 * `comment_id=<id>`; a reply's has `comment_id=<the comment it answers>&reply_comment_id=<its
 * id>`. Facebook prints ages only ("2d", "2 дн."), so no exact time is read.
 */
const COMMENT = 'div[role="article"][aria-label]';
const POST = 'div[role="article"]:not([aria-label])';
const ID = /^\d{5,25}$/;
/** A group's timeline, `/groups/<name>`. */
const GROUP = /^\/groups\/[^/]+\/?$/;

export const facebookComments: CommentSource = {
  network: 'facebook',
  matches: (url) => facebookAdapter.matches(url) && (postIdFromUrl('facebook', url) !== undefined || isTimeline(url)),
  commentSelector: COMMENT,
  extractComments: (root, url) => {
    const unreadable = new Set<Element>();
    return readEach(root, COMMENT, (element) => readComment(element, url, unreadable));
  },
  findComment: (document, commentId) =>
    [...document.querySelectorAll(COMMENT)].find((element) => safely(() => idsOf(element))?.commentId === commentId),
  replyControl: (comment) =>
    own(comment, 'div[role="button"], span[role="button"], button').find(
      (control) => REPLY_LABEL.test(textOf(control)) || REPLY_LABEL.test(control.getAttribute('aria-label') ?? ''),
    ),
  editorSelector: '[contenteditable="true"][role="textbox"], [data-lexical-editor="true"]',
};

/** A page's or person's timeline (`/harborlightbakery`, `/profile.php?id=…`) or a group's. */
function isTimeline(url: URL): boolean {
  return handleOf(url.href) !== undefined || GROUP.test(url.pathname);
}

function readComment(element: Element, url: URL, unreadable: Set<Element>): CapturedComment | undefined {
  const ids = idsOf(element);
  const post = ids ? postOf(element, url, unreadable) : undefined;
  if (!ids || !post) return undefined;
  // Names and the actions row may be `dir="auto"` too: the text is the first block that is neither.
  const text = own(element, 'div[dir="auto"]').find((block) => !block.closest('a') && !block.querySelector('[role="button"]'));
  // The avatar and the name link to the author; links in the text are mentions.
  const authorLinks = own(element, 'a[href]').filter((link) => !text?.contains(link) && handleOf(link.getAttribute('href') ?? ''));
  const authorHandle = handleOf(authorLinks[0]?.getAttribute('href') ?? '');
  if (!authorHandle) return undefined;
  const named = authorLinks.find((link) => handleOf(link.getAttribute('href') ?? '') === authorHandle && textOf(link));
  return compact({
    network: 'facebook' as const,
    commentId: ids.commentId,
    postId: post.postId,
    postUrl: post.url,
    authorHandle,
    authorName: textOf(named) || undefined,
    text: multilineTextOf(text) ?? '',
    parentId: ids.parentId,
  });
}

/** The comment's id, and the id of the comment it answers, from its timestamp link. */
function idsOf(element: Element): { commentId: string; parentId?: string } | undefined {
  for (const link of own(element, 'a[href*="comment_id="]')) {
    const params = safely(() => new URL(link.getAttribute('href') ?? '', 'https://www.facebook.com').searchParams);
    const comment = params?.get('comment_id') ?? '';
    const reply = params?.get('reply_comment_id') ?? '';
    // The author's link carries an opaque `comment_id` (base64), never a number.
    if (!ID.test(comment)) continue;
    return ID.test(reply) ? { commentId: reply, parentId: comment } : { commentId: comment };
  }
  return undefined;
}

/**
 * Posts already read, by their article. Reading a post costs as much as its comments (it sets them
 * apart), and the watcher reads comments one by one as they load: each post is read once. An
 * article shows one post for its whole life.
 */
const postsByArticle = new WeakMap<Element, CapturedPost>();

/** The post the comment is under: the outermost unlabelled article around it, read as the capture adapter reads it. */
function postOf(element: Element, url: URL, unreadable: Set<Element>): CapturedPost | undefined {
  let article = element.parentElement?.closest(POST);
  for (let outer = article?.parentElement?.closest(POST); outer; outer = outer.parentElement?.closest(POST)) article = outer;
  if (!article || unreadable.has(article)) return undefined;
  const post = postsByArticle.get(article) ?? safely(() => facebookAdapter.extract(article, url).posts[0]);
  if (post) postsByArticle.set(article, post);
  else unreadable.add(article);
  return post;
}

/** The comment's own elements: not those of replies nested in it. */
function own(comment: Element, selector: string): HTMLElement[] {
  return [...comment.querySelectorAll<HTMLElement>(selector)].filter((found) => found.closest(COMMENT) === comment);
}
