import { attr, compact, isDocument, safely } from '../networks/dom';
import { fullAcct, mastodonAdapter } from '../networks/mastodon';
import { postIdFromUrl } from '../capture/post-url';
import type { CapturedComment, CommentSource } from './types';

/**
 * Mastodon: the replies on a status's own page (`https://<instance>/@user/<id>`, any instance the
 * user granted). The focal status is the `.detailed-status__wrapper`; the replies are the
 * `.status__wrapper`s after it (those before it are the conversation it answers), read as the
 * capture adapter reads a post: ids are the instance's, handles full `user@instance` accts.
 *
 * The page lists replies depth first and marks only how each joins the one above it
 * (components/status.jsx): the first reply and any reply without `status--first-in-thread` answer
 * the status just above; a first-in-thread reply with the plain thread line answers the focal
 * status. Otherwise it answers one of the replies that the reply above it answers, which the page
 * does not mark; Mastodon starts a reply by mentioning the author it answers (then the others the
 * conversation mentions), so the nearest of them by that first-mentioned author is taken. When the
 * thread line, drawn on to the next reply, cannot tell it from an answer to the focal status, a
 * first mention of the focal status's author means the focal status.
 */
const REPLY = '.status__wrapper';
const FOCAL = '.detailed-status__wrapper';

export const mastodonComments: CommentSource = {
  network: 'mastodon',
  // The script runs only on the instances the user granted, whatever their host.
  matches: (url) => postIdFromUrl('mastodon', url) !== undefined,
  commentSelector: REPLY,
  extractComments: (root, url) => safely(() => readReplies(root, url)) ?? [],
  findComment: (document, commentId) =>
    [...document.querySelectorAll(REPLY)].find((reply) => attr(reply.querySelector('.status'), 'data-id') === commentId),
  replyControl: (comment) =>
    [...comment.querySelectorAll<HTMLElement>('.status__action-bar button')].find(
      (button) => button.closest(REPLY) === comment && /^(reply|ответить)/i.test(attr(button, 'title') ?? attr(button, 'aria-label') ?? ''),
    ),
  editorSelector: '.compose-form textarea, textarea.autosuggest-textarea__textarea',
};

interface Reply {
  element: Element;
  comment: CapturedComment;
}

function readReplies(root: ParentNode, url: URL): CapturedComment[] {
  const postId = postIdFromUrl('mastodon', url);
  const acct = /^\/@([^/]+)\//.exec(url.pathname)?.[1];
  if (!postId || !acct) return [];
  const document = (root as Node).ownerDocument ?? (root as Document);
  const focalAuthor = fullAcct(acct, url);
  const replies: Reply[] = [];
  const byId = new Map<string, CapturedComment>();
  let afterFocal = false;
  // The reply right above, undefined when it could not be read: nothing is known to join it then.
  let above: CapturedComment | undefined;
  for (const wrapper of document.querySelectorAll(`${FOCAL}, ${REPLY}`)) {
    if (wrapper.parentElement?.closest(REPLY)) continue;
    if (wrapper.matches(FOCAL)) {
      afterFocal ||= safely(() => mastodonAdapter.extract(wrapper, url).posts[0]?.postId) === postId;
      continue;
    }
    if (!afterFocal) continue;
    const post = safely(() => mastodonAdapter.extract(wrapper, url).posts[0]);
    const status = wrapper.querySelector('.status');
    if (!post || !status || byId.has(post.postId)) {
      above = undefined;
      continue;
    }
    const answered = mentionedAcct(wrapper.querySelector('.status__content__text a.mention[href]'), url);
    const parentId = parentOf(status, above, byId, answered, focalAuthor);
    above = compact({
      network: 'mastodon' as const,
      commentId: post.postId,
      postId,
      postUrl: `https://${url.host}/@${decodeURIComponent(acct)}/${postId}`,
      authorHandle: post.authorHandle,
      authorName: post.authorName,
      text: post.text ?? '',
      publishedAt: post.publishedAt,
      parentId,
    });
    byId.set(above.commentId, above);
    replies.push({ element: wrapper, comment: above });
  }
  const inScope = isDocument(root) ? replies : replies.filter((reply) => (root as Node).contains(reply.element));
  return inScope.map((reply) => reply.comment);
}

function parentOf(
  status: Element,
  above: CapturedComment | undefined,
  earlier: ReadonlyMap<string, CapturedComment>,
  answered: string | undefined,
  focalAuthor: string,
): string | undefined {
  if (!above) return undefined;
  if (!status.classList.contains('status--first-in-thread')) return above.commentId;
  const line = [...status.children].find((child) => child.classList.contains('status__line'));
  if (line && !line.classList.contains('status__line--full')) return undefined;
  if (line && answered === focalAuthor) return undefined;
  // Depth first, the parent is one of the replies that the one above answers, the nearest first.
  for (let candidate = earlier.get(above.parentId ?? ''); candidate; candidate = earlier.get(candidate.parentId ?? '')) {
    if (candidate.authorHandle === answered) return candidate.commentId;
  }
  return undefined;
}

/** A mention links to the account's profile: `https://<host>/@user`, on this instance or its own. */
function mentionedAcct(link: Element | null, url: URL): string | undefined {
  const href = safely(() => new URL(attr(link, 'href') ?? '', url.origin));
  const user = href ? /^\/@([^/@]+)\/?$/.exec(href.pathname)?.[1] : undefined;
  return href && user ? `${decodeURIComponent(user)}@${href.hostname}` : undefined;
}
