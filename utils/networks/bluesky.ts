import { parseCount } from './count';
import { attr, capturePage, compact, documentOf, linesOf, ownElements, safely, textOf } from './dom';
import type { CapturedAccount, CapturedPost, NetworkAdapter, PostMetrics } from './types';

/**
 * Bluesky's web client (bluesky-social/social-app, React Native Web): every post is a view whose
 * `testID` becomes `data-testid="feedItem-by-<handle>"` in a feed or `postThreadItem-by-<handle>`
 * in a thread, the handle being the post author's. A quoted post is a `div[role="link"]` inside
 * it, with no link of its own, and is never read as part of the outer post.
 *
 * - `postId` is the record key (`rkey`): the DOM shows handles, never the DID an `at://` URI
 *   needs, and a handle can change. `url` is https://bsky.app/profile/<handle>/post/<rkey>.
 * - `publishedAt` comes from the rkey, a TID that encodes the post's creation time to the
 *   microsecond: the page prints dates only in the viewer's zone, without saying which.
 * - `likes` and `comments` come from the buttons' labels, "Like (12 likes)", "Reply (3 replies)",
 *   which hold exact counts, zero included. `shares` is the repost button's number, which the app
 *   computes as reposts + quotes; a zero there shows no number at all (the label "Repost or quote
 *   post" never has one), so a post with no reposts or quotes has `shares` absent, not 0.
 * - A repost in a feed ("Reposted by X") is captured with X as author and `repostOf` the
 *   original author's handle.
 */
const HOSTS = new Set(['bsky.app', 'www.bsky.app']);
const ORIGIN = 'https://bsky.app';
const FEED_PREFIX = 'feedItem-by-';
const THREAD_PREFIX = 'postThreadItem-by-';
const POST_SELECTOR = `[data-testid^="${FEED_PREFIX}"], [data-testid^="${THREAD_PREFIX}"]`;
/** Where a part may belong to another post: a quote embed, or another post. */
const FOREIGN = `div[role="link"], ${POST_SELECTOR}`;
const POST_PATH = /^\/profile\/([^/?#]+)\/post\/([A-Za-z0-9._~:-]{1,512})(?:\/(liked-by|reposted-by|quotes))?\/?$/;
const PROFILE_PATH = /^\/profile\/([^/?#]+)\/?$/;
const TID = /^[2-7a-j][2-7a-z]{12}$/;
const TID_ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
const REPOSTED = /reposted by|репост/i;
const PINNED = /^(?:pinned|закреплено|закреплённый пост|закрепленный пост)$/i;

/** The creation time a TID record key encodes (microseconds since 1970 in its top bits). */
export function tidTime(rkey: string): string | undefined {
  if (!TID.test(rkey)) return undefined;
  let value = 0n;
  for (const char of rkey) value = value * 32n + BigInt(TID_ALPHABET.indexOf(char));
  const micros = value >> 10n;
  const ms = Number(micros / 1000n);
  // Bluesky launched in 2023; a key far outside its lifetime is not a real timestamp.
  if (ms < Date.UTC(2022, 0, 1) || ms > Date.UTC(2100, 0, 1)) return undefined;
  return new Date(ms).toISOString();
}

function pathOf(href: string | undefined): string {
  if (!href) return '';
  return safely(() => new URL(href, ORIGIN).pathname) ?? '';
}

/** The post's own parts: `[data-testid]` components, links and rich text, not those of a quote. */
function ownParts(post: Element): Element[] {
  return ownElements(post, Array.from(post.querySelectorAll(FOREIGN))).all('[data-testid], a[href], [data-word-wrap], div[dir="auto"]');
}

function byTestId(parts: Element[], testId: string): Element | undefined {
  return parts.find((el) => el.getAttribute('data-testid') === testId);
}

interface PostRef {
  handle: string;
  rkey: string;
}

/**
 * The post's own link: the timestamp (`title` = its date) in a feed, or on the thread's main post,
 * which has no timestamp link, its "liked by" / "reposted by" / "quotes" links.
 */
function ownRef(parts: Element[], author: string): PostRef | undefined {
  let fallback: PostRef | undefined;
  for (const link of parts) {
    if (link.localName !== 'a') continue;
    const match = POST_PATH.exec(pathOf(attr(link, 'href')));
    if (!match || match[1]!.toLowerCase() !== author.toLowerCase()) continue;
    const ref = { handle: match[1]!, rkey: match[2]! };
    if (!match[3] && link.hasAttribute('title')) return ref;
    fallback ??= ref;
  }
  return fallback;
}

/**
 * The thread's main post when nothing in it links to it: the page's own post, provided it is the
 * only thread item without a link of its own and its author is the page's.
 */
function refFromPage(post: Element, author: string, url: URL): PostRef | undefined {
  const match = POST_PATH.exec(url.pathname);
  if (!match || match[3] || !post.getAttribute('data-testid')?.startsWith(THREAD_PREFIX)) return undefined;
  const urlHandle = decodeURIComponent(match[1]!);
  if (!urlHandle.startsWith('did:') && urlHandle.toLowerCase() !== author.toLowerCase()) return undefined;
  const unlinked = Array.from(documentOf(post).querySelectorAll(`[data-testid^="${THREAD_PREFIX}"]`)).filter((item) => {
    const itemAuthor = item.getAttribute('data-testid')!.slice(THREAD_PREFIX.length);
    return !ownRef(ownParts(item), itemAuthor);
  });
  return unlinked.length === 1 && unlinked[0] === post ? { handle: author, rkey: match[2]! } : undefined;
}

function reposterOf(parts: Element[]): { handle: string; name?: string } | undefined {
  for (const link of parts) {
    if (link.localName !== 'a') continue;
    const label = `${attr(link, 'aria-label') ?? ''} ${textOf(link)}`;
    const handle = PROFILE_PATH.exec(pathOf(attr(link, 'href')))?.[1];
    if (!handle || !REPOSTED.test(label)) continue;
    const name = textOf(link).replace(/^(?:reposted by|репост от)\s+/i, '').replace(/\s+сделал\(а\) репост$/i, '');
    return compact({ handle: decodeURIComponent(handle), name: name && !REPOSTED.test(name) ? name : undefined });
  }
  return undefined;
}

/**
 * The display name: the author's profile link that shows text and is not the "@handle" one. On a
 * thread's main post one link holds both, the name in its first text line.
 */
function authorNameOf(parts: Element[], author: string): string | undefined {
  for (const link of parts) {
    if (link.localName !== 'a') continue;
    const handle = PROFILE_PATH.exec(pathOf(attr(link, 'href')))?.[1];
    const name = textOf(link.querySelector('[dir="auto"]') ?? link);
    if (handle?.toLowerCase() === author.toLowerCase() && name && !name.startsWith('@') && !REPOSTED.test(name)) {
      return name;
    }
  }
  return undefined;
}

/** "Like (1,204 likes)" holds the exact count; the compact number under it is the fallback. */
function labelledCount(button: Element | undefined): number | undefined {
  if (!button) return undefined;
  const label = attr(button, 'aria-label');
  const inParens = label ? /\(([^)]*)\)/.exec(label)?.[1] : undefined;
  return parseCount(inParens) ?? parseCount(textOf(button));
}

function metricsOf(parts: Element[]): PostMetrics {
  const likeButton = byTestId(parts, 'likeBtn') ?? byTestId(parts, 'unlikeBtn');
  return compact({
    likes: labelledCount(likeButton),
    comments: labelledCount(byTestId(parts, 'replyBtn')),
    shares: parseCount(textOf(byTestId(parts, 'repostCount'))),
  });
}

/** Rich text is pre-wrap: its line breaks are "\n" in the text itself. */
function textOfPost(parts: Element[]): string | undefined {
  const own = byTestId(parts, 'postText') ?? parts.find((el) => el.getAttribute('data-word-wrap') === '1');
  return linesOf(own, true) || undefined;
}

function isPinned(parts: Element[]): boolean {
  return parts.some((el) => el.localName === 'div' && el.childElementCount === 0 && PINNED.test(textOf(el)));
}

function parsePost(post: Element, url: URL): CapturedPost | undefined {
  if (post.parentElement?.closest(POST_SELECTOR)) return undefined;
  const testId = post.getAttribute('data-testid') ?? '';
  const author = testId.startsWith(FEED_PREFIX) ? testId.slice(FEED_PREFIX.length) : testId.slice(THREAD_PREFIX.length);
  if (!author) return undefined;
  const parts = ownParts(post);
  const ref = ownRef(parts, author) ?? refFromPage(post, author, url);
  if (!ref) return undefined;
  const reposter = testId.startsWith(FEED_PREFIX) ? reposterOf(parts) : undefined;
  return compact({
    network: 'bluesky' as const,
    postId: ref.rkey,
    url: `${ORIGIN}/profile/${author}/post/${ref.rkey}`,
    authorHandle: reposter?.handle ?? author,
    authorName: reposter ? reposter.name : authorNameOf(parts, author),
    publishedAt: tidTime(ref.rkey),
    text: textOfPost(parts),
    metrics: metricsOf(parts),
    pinned: isPinned(parts) || undefined,
    repostOf: reposter ? author : undefined,
  });
}

/** The profile whose page this is (`/profile/<handle>`); none on a post, a feed or search. */
function accountOf(root: ParentNode, url: URL): CapturedAccount | undefined {
  const fromPath = PROFILE_PATH.exec(url.pathname)?.[1];
  if (!fromPath) return undefined;
  const shown = textOf(root.querySelector('[data-testid="profileHeaderHandle"]')).replace(/^@/, '').replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
  const pathHandle = decodeURIComponent(fromPath);
  const handle = /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(shown) ? shown : pathHandle;
  const followers = root.querySelector('[data-testid="profileHeaderFollowersButton"]') ??
    root.querySelector(`a[href$="/profile/${fromPath}/followers"]`);
  const name = textOf(root.querySelector('[data-testid="profileHeaderDisplayName"]'));
  return compact({
    network: 'bluesky' as const,
    handle,
    name: name || undefined,
    url: `${ORIGIN}/profile/${handle}`,
    followers: parseCount(attr(followers, 'aria-label')) ?? parseCount(textOf(followers)),
  });
}

export const blueskyAdapter: NetworkAdapter = {
  network: 'bluesky',
  postSelector: POST_SELECTOR,
  matches: (url) => HOSTS.has(url.hostname.toLowerCase()),
  extract: (root, url) =>
    capturePage(root, POST_SELECTOR, (element) => parsePost(element, url), (page) => accountOf(page, url)),
  extractAccount: (doc, url) => safely(() => accountOf(doc, url)),
};
