import { parseCount } from './count';
import { plausibleCount } from './limits';
import { attr, capturePage, compact, multilineTextOf, safely, textOf } from './dom';
import type { CapturedAccount, CapturedPost, NetworkAdapter, PostMetrics } from './types';

/**
 * New Reddit ("shreddit"): every post is a `<shreddit-post>` whose attributes carry the exact data
 * (id, permalink, author, score, comment-count, created-timestamp); the title and body are slotted
 * light-DOM children. old.reddit.com is another site and is not read here.
 *
 * Handles: a post's `authorHandle` is the bare username (no `u/`); a subreddit account's handle is
 * the bare subreddit name (no `r/`, url https://www.reddit.com/r/<name>/); a user account's handle
 * is the bare username (url https://www.reddit.com/user/<name>/).
 */
const HOSTS = new Set(['www.reddit.com', 'reddit.com', 'new.reddit.com']);
const ORIGIN = 'https://www.reddit.com';
const POST_SELECTOR = 'shreddit-post';
/** Feeds that gather many subreddits: no single account is the page's owner. */
const NOT_COMMUNITIES = new Set(['all', 'popular', 'friends', 'mod']);

/** Reddit writes `2024-05-01T12:00:00.000000+0000`, which Date does not read everywhere. */
export function redditTimestamp(value: string | undefined): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [, base, fraction = '', zone = 'Z'] = match;
  const millis = fraction ? fraction.slice(0, 4).padEnd(4, '0') : '';
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const ms = Date.parse(`${base}${millis}${offset}`);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function integer(value: string | undefined): number | undefined {
  return value && /^-?\d+$/.test(value) ? plausibleCount(Number(value)) : undefined;
}

/** The post's own slotted child (`:scope >` keeps a crosspost's embedded parts out). */
function slot(post: Element, name: string): Element | undefined {
  return Array.from(post.children).find((child) => child.getAttribute('slot') === name);
}

function bareId(post: Element): string | undefined {
  for (const raw of [attr(post, 'id'), attr(post, 'post-id')]) {
    const match = /^(?:t3_)?([a-z0-9]+)$/i.exec(raw ?? '');
    if (match) return match[1];
  }
  return /\/comments\/([a-z0-9]+)\//i.exec(attr(post, 'permalink') ?? '')?.[1];
}

function absolute(href: string): string | undefined {
  const url = safely(() => new URL(href, ORIGIN));
  if (!url || !/(^|\.)reddit\.com$/.test(url.hostname)) return undefined;
  return `${ORIGIN}${url.pathname}`;
}

function permalinkOf(post: Element, id: string): string {
  const isOwn = (href: string | undefined): href is string =>
    !!href && new RegExp(`/comments/${id}(/|$)`, 'i').test(href);
  const candidates = [
    attr(post, 'permalink'),
    attr(slot(post, 'full-post-link'), 'href'),
    attr(slot(post, 'title'), 'href'),
  ];
  const found = candidates.find(isOwn);
  const link = found ? absolute(found) : undefined;
  return link ?? `${ORIGIN}/comments/${id}/`;
}

function authorOf(post: Element, pageUser: string | undefined): string | undefined {
  const author = attr(post, 'author');
  if (author) return author.replace(/^u\//, '');
  const creditBar = slot(post, 'credit-bar');
  const link = Array.from(creditBar?.querySelectorAll('a[href]') ?? []).find((a) =>
    /^\/?(?:user|u)\/[^/]+\/?$/.test(safely(() => new URL(a.getAttribute('href') ?? '', ORIGIN).pathname) ?? ''),
  );
  const fromLink = link ? safely(() => new URL(link.getAttribute('href') ?? '', ORIGIN).pathname.split('/')[2]) : undefined;
  return fromLink || pageUser;
}

function publishedAtOf(post: Element): string | undefined {
  const fromAttr = redditTimestamp(attr(post, 'created-timestamp'));
  if (fromAttr) return fromAttr;
  const creditBar = slot(post, 'credit-bar');
  const stamp = attr(creditBar?.querySelector('faceplate-timeago[ts]'), 'ts') ?? attr(creditBar?.querySelector('time[datetime]'), 'datetime');
  return redditTimestamp(stamp);
}

function textOfPost(post: Element): string | undefined {
  const title = attr(post, 'post-title') ?? (textOf(slot(post, 'title')) || undefined);
  const body = multilineTextOf(slot(post, 'text-body'));
  return [title, body].filter(Boolean).join('\n\n') || undefined;
}

/**
 * The live page draws the vote and comment counts in the post's shadow root; read them there
 * only when the exact attributes are missing.
 */
function shadowCount(post: Element, selector: string): number | undefined {
  const number = post.shadowRoot?.querySelector(selector);
  return integer(attr(number, 'number')) ?? parseCount(textOf(number));
}

function metricsOf(post: Element): PostMetrics {
  return compact({
    likes: integer(attr(post, 'score')) ?? shadowCount(post, '.rpl-vote-button-group faceplate-number, shreddit-post-vote faceplate-number'),
    comments:
      integer(attr(post, 'comment-count')) ??
      shadowCount(post, '[data-action-bar-action="comments"] faceplate-number, [data-post-click-location="comments-button"] faceplate-number'),
  });
}

/** Every post carries the "Stickied post" icon; only a shown one (no `hidden` class) means pinned. */
function isPinned(post: Element): boolean {
  return Array.from(post.querySelectorAll('.stickied-status')).some(
    (icon) => !icon.classList.contains('hidden') && !icon.closest('[slot="post-media-container"]'),
  );
}

/** A crosspost: the original author when the card names one, else the original post's id. */
function repostOf(post: Element): string | undefined {
  if (attr(post, 'post-type') !== 'crosspost' && !post.hasAttribute('is-crosspost')) return undefined;
  const credit = slot(post, 'post-media-container')?.querySelector('.crosspost-credit-bar a[href*="/user/"]');
  const user = /\/user\/([^/]+)/.exec(attr(credit, 'href') ?? '')?.[1];
  if (user) return user;
  const original = /\/comments\/([a-z0-9]+)\//i.exec(attr(post, 'content-href') ?? '')?.[1];
  return original ? `t3_${original}` : undefined;
}

function parsePost(post: Element, pageUser: string | undefined): CapturedPost | undefined {
  const id = bareId(post);
  const authorHandle = authorOf(post, pageUser);
  if (!id || !authorHandle) return undefined;
  return compact({
    network: 'reddit' as const,
    postId: `t3_${id}`,
    url: permalinkOf(post, id),
    authorHandle,
    publishedAt: publishedAtOf(post),
    text: textOfPost(post),
    metrics: metricsOf(post),
    pinned: isPinned(post) || undefined,
    repostOf: repostOf(post),
  });
}

/** `{ kind: 'r', name }` on a subreddit's own pages, `{ kind: 'user', name }` on a profile. */
function pageOwner(url: URL): { kind: 'r' | 'user'; name: string } | undefined {
  const [first, name, third, fourth] = url.pathname.split('/').filter(Boolean);
  if (!name || !/^[A-Za-z0-9_-]+$/.test(name)) return undefined;
  if (first === 'r' && third !== 'comments' && !NOT_COMMUNITIES.has(name.toLowerCase())) return { kind: 'r', name };
  // `/user/<name>/comments/` is the profile's comments tab; with an id after it, a single post.
  if ((first === 'user' || first === 'u') && !(third === 'comments' && fourth)) return { kind: 'user', name };
  return undefined;
}

/** A `<faceplate-number>` followed by its label ("members", "followers"): exact `number`, else its text. */
function labelledNumber(root: ParentNode, label: RegExp): number | undefined {
  const number = Array.from(root.querySelectorAll('faceplate-number')).find((el) =>
    label.test(el.nextSibling?.textContent ?? ''),
  );
  return integer(attr(number, 'number')) ?? parseCount(textOf(number));
}

function accountOf(root: ParentNode, url: URL): CapturedAccount | undefined {
  const owner = pageOwner(url);
  if (!owner) return undefined;
  if (owner.kind === 'user') {
    return compact({
      network: 'reddit' as const,
      handle: owner.name,
      url: `${ORIGIN}/user/${owner.name}/`,
      followers: labelledNumber(root, /^\s*followers\b/i),
    });
  }
  const header = root.querySelector('shreddit-subreddit-header');
  const headerName = attr(header, 'name');
  const handle = headerName && headerName.toLowerCase() === owner.name.toLowerCase() ? headerName : owner.name;
  // Newer headers show weekly visitors instead of members; those are not followers, so absent.
  return compact({
    network: 'reddit' as const,
    handle,
    name: attr(header, 'display-name'),
    url: `${ORIGIN}/r/${handle}/`,
    followers: integer(attr(header, 'subscribers')) ?? labelledNumber(root, /^\s*members\b/i),
  });
}

export const redditAdapter: NetworkAdapter = {
  network: 'reddit',
  postSelector: POST_SELECTOR,
  matches: (url) => HOSTS.has(url.hostname.toLowerCase()),
  extract(root, url) {
    const owner = safely(() => pageOwner(url));
    const pageUser = owner?.kind === 'user' ? owner.name : undefined;
    return capturePage(root, POST_SELECTOR, (element) => parsePost(element, pageUser), (page) => accountOf(page, url));
  },
  extractAccount: (doc, url) => safely(() => accountOf(doc, url)),
};
