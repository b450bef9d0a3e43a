import { parseCount } from './count';
import { attr, capturePage, compact, multilineTextOf, ownElements, safely, textOf } from './dom';
import type { CapturedAccount, CapturedPost, NetworkAdapter, PostMetrics } from './types';

/**
 * Mastodon's web UI (mastodon/mastodon, app/javascript/mastodon): public profiles `/@user` and
 * posts `/@user/<id>` on any instance. The content script itself runs on whatever instance the
 * user granted; `matches()` covers the well-known ones so that `adapterFor` works for them.
 *
 * - A timeline post is a `.status__wrapper` holding a `.status[data-id]`; a post's own page shows
 *   it as a `.detailed-status__wrapper`. A quoted post nested in it is never read as its own part.
 * - `authorHandle` is always the full acct, `user@instance` (a local account gets the page's host),
 *   so that the same account reads the same from every instance. `postId` is the id on the
 *   instance being read and `url` its permalink there, https://<instance>/@<acct>/<id>.
 * - A boost ("X boosted") is captured with X as author and `repostOf` the original author's acct;
 *   its id and link are the original post's, which is all the page shows.
 * - likes = favourites, comments = replies, shares = boosts, from the action bar's counters (a
 *   counter is shown even at 0 when the instance shows counters at all) or, on a post's page, the
 *   "12 boosts · 34 favorites" line. Replies shown as "1+" (older versions hide the exact count)
 *   are left absent.
 * - `publishedAt` is the `<time datetime>` of a timeline post; a post's own page prints a localized
 *   date only, so it is read from the id, a snowflake whose top bits are the creation time in ms.
 */
const WELL_KNOWN = new Set([
  'mastodon.social', 'mastodon.online', 'mstdn.social', 'mas.to', 'fosstodon.org', 'techhub.social',
  'infosec.exchange', 'hachyderm.io', 'mastodon.world',
]);
const PAGE_PATH = /^\/@([^/@?#]+(?:@[^/?#]+)?)(?:\/(\d+|with_replies|media|featured|tagged\/[^/]+))?\/?$/;
const STATUS_PATH = /^\/@([^/@?#]+(?:@[^/?#]+)?)\/(\d+)\/?$/;
const ACCOUNT_PATH = /^\/@([^/@?#]+(?:@[^/?#]+)?)\/?$/;
const POST_SELECTOR = '.status__wrapper, .detailed-status__wrapper';
const FOREIGN = `.status__quote, ${POST_SELECTOR}`;
const BOOSTED = /boosted|reblogged|продвинул|репост/i;
const PINNED = /pinned|закреп/i;

function pathOf(href: string | undefined, url: URL): string {
  if (!href) return '';
  const parsed = safely(() => new URL(href, url.origin));
  return parsed && parsed.host === url.host ? parsed.pathname : '';
}

/** `user` on this instance reads as `user@<instance>`; a remote `user@host` stays as it is. */
export function fullAcct(acct: string, url: URL): string {
  const bare = decodeURIComponent(acct).replace(/^@/, '');
  return bare.includes('@') ? bare : `${bare}@${url.hostname}`;
}

/** Mastodon ids are snowflakes: the creation time in ms, shifted left by 16 bits. */
export function snowflakeTime(id: string): string | undefined {
  if (!/^\d{16,19}$/.test(id)) return undefined;
  const ms = Number(BigInt(id) >> 16n);
  if (ms < Date.UTC(2016, 0, 1) || ms > Date.UTC(2100, 0, 1)) return undefined;
  return new Date(ms).toISOString();
}

/** The elements matching `selector` in `post` itself, not in a quoted post. */
function own(post: Element, selector: string, foreign: Element[]): Element[] {
  return ownElements(post, foreign).all(selector);
}

function counterOf(button: Element | undefined): number | undefined {
  const counter = button?.querySelector('.icon-button__counter, .status__action-bar__counter__label') ??
    button?.parentElement?.querySelector('.status__action-bar__counter__label');
  const text = textOf(counter);
  return text.includes('+') ? undefined : parseCount(text);
}

function metricsOf(post: Element, foreign: Element[]): PostMetrics {
  const buttons = own(post, '.status__action-bar button, .detailed-status__action-bar button', foreign);
  const titled = (pattern: RegExp) => buttons.find((button) => pattern.test(attr(button, 'title') ?? attr(button, 'aria-label') ?? ''));
  const reply = titled(/^(?:reply|ответить)/i);
  const boost = buttons.find((button) => button.classList.contains('boost-icon')) ?? titled(/boost|продвинуть|реблог/i);
  const favourite = buttons.find((button) => button.classList.contains('star-icon')) ?? titled(/favou?rite|избранное/i);
  const detailed = (suffix: string, counter: string) => {
    const link = own(post, `a.detailed-status__link[href$="/${suffix}"]`, foreign)[0];
    return parseCount(textOf(link?.querySelector(counter)));
  };
  return compact({
    likes: counterOf(favourite) ?? detailed('favourites', '.detailed-status__favorites'),
    comments: counterOf(reply),
    shares: counterOf(boost) ?? detailed('reblogs', '.detailed-status__reblogs'),
  });
}

interface StatusRef {
  acct: string;
  id: string;
  time?: Element;
}

/** The post's own permalink: its relative time in a timeline, its date on its own page. */
function statusRef(post: Element, foreign: Element[], url: URL): StatusRef | undefined {
  for (const link of own(post, 'a.status__relative-time, a.detailed-status__datetime', foreign)) {
    const match = STATUS_PATH.exec(pathOf(attr(link, 'href'), url));
    if (match) return { acct: match[1]!, id: match[2]!, time: link.querySelector('time') ?? undefined };
  }
  return undefined;
}

function authorOf(post: Element, foreign: Element[], url: URL): { acct: string; name?: string } | undefined {
  const link = own(post, '.status a.status__display-name, a.detailed-status__display-name', foreign)[0];
  const acct = ACCOUNT_PATH.exec(pathOf(attr(link, 'href'), url))?.[1];
  if (!acct) return undefined;
  const name = textOf(link?.querySelector('.display-name__html'));
  return compact({ acct, name: name || undefined });
}

/** "X boosted": the prepend above the post, with a link to X and the boost icon or word. */
function boosterOf(post: Element, foreign: Element[], url: URL): { acct: string; name?: string } | undefined {
  for (const prepend of own(post, '.status__prepend', foreign)) {
    const boosted = BOOSTED.test(textOf(prepend)) || !!prepend.querySelector('.icon-retweet, .icon-repeat');
    const link = prepend.querySelector('a[href]');
    const acct = ACCOUNT_PATH.exec(pathOf(attr(link, 'href'), url))?.[1];
    if (boosted && acct) return compact({ acct, name: textOf(link) || undefined });
  }
  return undefined;
}

function isPinned(post: Element, foreign: Element[]): boolean {
  if (post.getAttribute('data-featured') === 'true') return true;
  return own(post, '.status__prepend', foreign).some((prepend) => PINNED.test(textOf(prepend)));
}

function parsePost(post: Element, url: URL): CapturedPost | undefined {
  if (post.parentElement?.closest(POST_SELECTOR)) return undefined;
  const foreign = Array.from(post.querySelectorAll(FOREIGN));
  const ref = statusRef(post, foreign, url);
  const author = authorOf(post, foreign, url);
  const status = own(post, '.status[data-id]', foreign)[0];
  const dataId = attr(status, 'data-id');
  const id = ref?.id ?? (dataId && /^\d+$/.test(dataId) ? dataId : undefined);
  const acct = ref?.acct ?? author?.acct;
  if (!id || !acct) return undefined;
  const booster = boosterOf(post, foreign, url);
  const timed = safely(() => new Date(attr(ref?.time, 'datetime') ?? '').toISOString());
  return compact({
    network: 'mastodon' as const,
    postId: id,
    url: `https://${url.host}/@${decodeURIComponent(acct)}/${id}`,
    authorHandle: fullAcct(booster?.acct ?? acct, url),
    authorName: booster ? booster.name : author?.name,
    publishedAt: timed ?? snowflakeTime(id),
    text: multilineTextOf(own(post, '.status__content__text', foreign)[0]),
    metrics: metricsOf(post, foreign),
    pinned: isPinned(post, foreign) || undefined,
    repostOf: booster ? fullAcct(acct, url) : undefined,
  });
}

/** The account header: the classic `.account__header`, or 4.5's CSS-module `_comp_account_header__header`. */
const ACCOUNT_HEADER = '.account__header, [class*="_comp_account_header__header"]';

/**
 * The account whose profile this is (`/@user`, `/@user/with_replies`...); none on a post's page.
 * Class names change between versions (4.5 made them CSS-module hashes), so the followers count is
 * found by what lasts: the link to this account's `/followers` list, whose `title` (on the link,
 * or on the list item around it in 4.5) holds the exact count, its text the short one ("2.5K").
 */
function accountOf(root: ParentNode, url: URL): CapturedAccount | undefined {
  const match = PAGE_PATH.exec(url.pathname);
  if (!match || /^\d+$/.test(match[2] ?? '')) return undefined;
  const acct = decodeURIComponent(match[1]!);
  const followers = followersLink(root, acct, url);
  const header = root.querySelector(ACCOUNT_HEADER) ?? followers?.closest(ACCOUNT_HEADER);
  if (!header && !followers) return undefined;
  const title = header?.querySelector('.account__header__tabs__name h1, h1');
  const name = textOf(title?.querySelector('.emojify, bdi') ?? title?.firstElementChild);
  const exact = attr(followers, 'title') ?? attr(followers?.closest('li[title]'), 'title');
  return compact({
    network: 'mastodon' as const,
    handle: fullAcct(acct, url),
    name: name || undefined,
    url: `https://${url.host}/@${acct}`,
    followers: parseCount(exact) ?? parseCount(textOf(followers)),
  });
}

/** The link to `/@<acct>/followers` of the page's own account, not another account's. */
function followersLink(root: ParentNode, acct: string, url: URL): Element | undefined {
  const path = `/@${acct}/followers`.toLowerCase();
  return Array.from(root.querySelectorAll('a[href*="/followers"]')).find((link) => {
    const linked = pathOf(attr(link, 'href'), url).replace(/\/$/, '');
    return (safely(() => decodeURIComponent(linked)) ?? linked).toLowerCase() === path;
  });
}

export const mastodonAdapter: NetworkAdapter = {
  network: 'mastodon',
  postSelector: POST_SELECTOR,
  matches: (url) => WELL_KNOWN.has(url.hostname.toLowerCase()) && PAGE_PATH.test(url.pathname),
  extract: (root, url) =>
    capturePage(root, POST_SELECTOR, (element) => parsePost(element, url), (page) => accountOf(page, url)),
  extractAccount: (doc, url) => safely(() => accountOf(doc, url)),
};
