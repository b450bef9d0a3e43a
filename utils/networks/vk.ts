import { parseCount } from './count';
import { plausibleCount } from './limits';
import { attr, capturePage, compact, multilineTextOf, ownElements, safely, textOf } from './dom';
import type { CapturedAccount, CapturedPost, NetworkAdapter, PostMetrics } from './types';

/**
 * VK desktop walls (communities, profiles, the feed) and single posts (`/wall-1_2`). m.vk.com is
 * left out: its markup is a different site altogether.
 */
const HOSTS = new Set(['vk.com', 'www.vk.com', 'vk.ru', 'www.vk.ru']);
const ORIGIN = 'https://vk.com';

/** Wall posts; comments are `.reply._post` without the `post` class, and are excluded anyway. */
const POST_SELECTOR = '.post[data-post-id]:not(.reply), .post[id^="post"]:not(.reply)';

/** Containers whose content belongs to another post: a nested post, comments, a reposted original. */
const FOREIGN = '.post, .reply, .replies, .replies_list, .wl_replies, .copy_quote, .copy_history, .published_sec_quote';
const FOREIGN_ID = /^(?:post-?\d|replies)/;

const LIKE_BUTTON = '.PostButtonReactions, [data-reaction-counts], [data-like-button-type="like"], .PostBottomAction--like, .like_btn.like, ._like';
const COMMENT_BUTTON = '[data-like-button-type="comment"], .PostBottomAction--comment, .like_btn.comment, ._comment';
const SHARE_BUTTON = '[data-like-button-type="share"], .PostBottomAction--share, .like_btn.share, ._share';
const VIEWS = '.like_views, ._views';
const COUNT_NODE = '.PostButtonReactions__title, .PostBottomAction__count, .like_button_count, ._count';

const RESERVED = new Set([
  'feed', 'im', 'friends', 'groups', 'search', 'video', 'videos', 'music', 'audio', 'audios', 'photos',
  'albums', 'clips', 'market', 'apps', 'games', 'bookmarks', 'fave', 'docs', 'settings', 'notifications',
  'login', 'join', 'support', 'services', 'away.php', 'dev', 'ads', 'stats', 'mail', 'calls', 'discover',
]);
const FOLLOWERS_TEXT = /(\d[\d\s,.]*(?:[KkКкMМ]|тыс\.?|млн)?)\s*(?:подписчик|участник|follower|member|subscriber)/i;
const OBJECT_PATH = /^(?:wall|photo|video|album|topic|page|doc|audio|clip|story|poll|market|note|board)-?\d/;

const MONTHS: Readonly<Record<string, number>> = {
  янв: 0, фев: 1, мар: 2, апр: 3, мая: 4, май: 4, июн: 5, июл: 6, авг: 7, сен: 8, окт: 9, ноя: 10, дек: 11,
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};
const MOSCOW_OFFSET_MS = 3 * 3600_000;
const TIME = String.raw`(?:\s+(?:в|at))?\s+(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?)?`;
const RELATIVE_DAY = new RegExp(String.raw`^(сегодня|today|вчера|yesterday)${TIME}$`);
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})\s+([a-zа-яё]+)\.?(?:\s+(\d{4}))?(?:${TIME})?$`);
const MONTH_FIRST = new RegExp(String.raw`^([a-z]+)\.?\s+(\d{1,2}),?(?:\s+(\d{4}))?(?:${TIME})?$`);

/**
 * Reads the dates VK prints: `12 авг 2024 в 10:30`, `12 авг в 10:30` (this year), `сегодня в 9:15`,
 * `вчера в 18:02`, and the English `12 Aug 2024 at 10:30`, `Aug 12 at 10:30 pm`, `today at 9:15`.
 * VK prints the viewer's time zone; we assume Moscow (UTC+3, no DST). Relative days and missing
 * years are resolved against `now`. Vague texts ("5 минут назад", "2 hours ago") give undefined.
 */
export function parseVkDate(text: string, now: Date): string | undefined {
  const clean = text.replace(/\s+/g, ' ').trim().toLowerCase();
  const today = new Date(now.getTime() + MOSCOW_OFFSET_MS);
  let match = RELATIVE_DAY.exec(clean);
  if (match) {
    const back = match[1] === 'вчера' || match[1] === 'yesterday' ? 1 : 0;
    return moscowIso(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - back, match.slice(2));
  }
  let day: string | undefined, month: string | undefined, year: string | undefined;
  if ((match = DAY_FIRST.exec(clean))) [, day, month, year] = match;
  else if ((match = MONTH_FIRST.exec(clean))) [, month, day, year] = match;
  else return undefined;
  const time = match.slice(4);
  const monthIndex = MONTHS[(month ?? '').slice(0, 3)];
  if (monthIndex === undefined) return undefined;
  if (year) return moscowIso(Number(year), monthIndex, Number(day), time);
  const thisYear = moscowIso(today.getUTCFullYear(), monthIndex, Number(day), time);
  // Without a year VK means the last such day: a date ahead of now belongs to last year.
  if (thisYear && Date.parse(thisYear) > now.getTime() + 86_400_000) {
    return moscowIso(today.getUTCFullYear() - 1, monthIndex, Number(day), time);
  }
  return thisYear;
}

function moscowIso(year: number, month: number, day: number, time: Array<string | undefined>): string | undefined {
  const [h = '0', m = '0', meridiem] = time;
  let hours = Number(h);
  if (meridiem === 'p' && hours < 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  if (day < 0 || day > 31 || hours > 23 || Number(m) > 59) return undefined;
  const ms = Date.UTC(year, month, day, hours, Number(m)) - MOSCOW_OFFSET_MS;
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/**
 * The containers inside `post` whose content is another's (a comment, a nested post, a reposted
 * original), found once per post: most posts have none, and then nothing needs filtering.
 */
const foreignCache = new WeakMap<Element, Element[]>();
function foreignIn(post: Element): Element[] {
  let foreign = foreignCache.get(post);
  if (!foreign) {
    foreign = Array.from(post.querySelectorAll(`${FOREIGN}, [id^="post"], [id^="replies"]`)).filter(
      (el) => el.matches(FOREIGN) || FOREIGN_ID.test(el.id),
    );
    foreignCache.set(post, foreign);
  }
  return foreign;
}

/** The elements matching `selector` in `post` itself, not in a comment, nested post or reposted original. */
function own(post: Element, selector: string): Element[] {
  return ownElements(post, foreignIn(post)).all(selector);
}

function firstOwn(post: Element, selector: string): Element | undefined {
  return ownElements(post, foreignIn(post)).first(selector);
}

function postIdOf(post: Element): string | undefined {
  for (const raw of [attr(post, 'data-post-id'), attr(post, 'id')?.replace(/^post/, '')]) {
    const match = /^(-?\d+)_(\d+)$/.exec(raw ?? '');
    if (match) return `${match[1]}_${match[2]}`;
  }
  return undefined;
}

/** `club123` / `id123` for a numeric owner, as VK's own links spell them. */
function ownerHandle(ownerId: string | undefined): string | undefined {
  if (!ownerId || !/^-?\d+$/.test(ownerId) || /^-?0+$/.test(ownerId)) return undefined;
  return ownerId.startsWith('-') ? `club${ownerId.slice(1)}` : `id${ownerId}`;
}

/** The screen name in a link to a page (`/solodbrew`, `https://vk.com/club1`). */
function handleFromHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  const path = safely(() => new URL(href, ORIGIN).pathname) ?? '';
  const segment = path.split('/')[1] ?? '';
  return /^[A-Za-z0-9_.]+$/.test(segment) && !RESERVED.has(segment) && !OBJECT_PATH.test(segment) ? segment : undefined;
}

function handleOfLink(link: Element | undefined): string | undefined {
  return handleFromHref(attr(link, 'href')) ?? ownerHandle(attr(link, 'data-from-id'));
}

/** A count from an exact attribute when there is one, else from the compact text VK shows. */
function countOf(button: Element | undefined): number | undefined {
  if (!button) return undefined;
  const reactions = reactionSum(button.matches('[data-reaction-counts]') ? button : button.querySelector('[data-reaction-counts]'));
  if (reactions !== undefined) return reactions;
  const exact = attr(button, 'data-count');
  if (exact && /^\d+$/.test(exact) && plausibleCount(Number(exact)) !== undefined) return Number(exact);
  const node = button.matches(COUNT_NODE) ? button : button.querySelector(COUNT_NODE);
  // VK leaves the count empty at zero, but an empty node may also be a damaged one: absent.
  return parseCount(textOf(node));
}

/** `data-reaction-counts` holds the count of each reaction (`{"0":12,"3":2}` or `[12,2]`). */
function reactionSum(el: Element | null): number | undefined {
  const raw = attr(el, 'data-reaction-counts');
  const parsed: unknown = raw ? safely(() => JSON.parse(raw)) : undefined;
  if (!parsed || typeof parsed !== 'object') return undefined;
  const values = Object.values(parsed as Record<string, unknown>);
  if (!values.every((value) => typeof value === 'number' && Number.isInteger(value) && value >= 0)) return undefined;
  return (values as number[]).reduce((sum, value) => sum + value, 0);
}

function viewsOf(post: Element): number | undefined {
  const views = firstOwn(post, VIEWS);
  if (!views) return undefined;
  for (const el of [views, ...Array.from(views.querySelectorAll('[data-count], [title]'))]) {
    const exact = attr(el, 'data-count');
    if (exact && /^\d+$/.test(exact) && plausibleCount(Number(exact)) !== undefined) return Number(exact);
    const titled = parseCount(attr(el, 'title'));
    if (titled !== undefined) return titled;
  }
  return parseCount(textOf(views));
}

function metricsOf(post: Element): PostMetrics {
  return compact({
    likes: countOf(firstOwn(post, LIKE_BUTTON)),
    comments: countOf(firstOwn(post, COMMENT_BUTTON)),
    shares: countOf(firstOwn(post, SHARE_BUTTON)),
    views: viewsOf(post),
  });
}

function publishedAtOf(post: Element, now: Date): string | undefined {
  const relDate = firstOwn(post, '.rel_date');
  const unix = attr(relDate, 'time');
  if (unix && /^\d{9,11}$/.test(unix)) return new Date(Number(unix) * 1000).toISOString();
  const datetime = attr(firstOwn(post, 'time[datetime]'), 'datetime');
  const fromAttr = datetime ? safely(() => new Date(datetime).toISOString()) : undefined;
  if (fromAttr) return fromAttr;
  const texts = [attr(relDate, 'abs_time'), textOf(relDate)];
  for (const el of own(post, '.PostHeaderSubtitle__item, .post_date, .PostHeaderSubtitle__link')) texts.push(textOf(el));
  for (const text of texts) {
    const iso = text ? parseVkDate(text, now) : undefined;
    if (iso) return iso;
  }
  return undefined;
}

function isPinned(post: Element): boolean {
  if (post.classList.contains('post_fixed') || firstOwn(post, '.wall_fixed_label')) return true;
  return own(post, '.PostHeaderSubtitle__item, .explain').some((el) => /запись закреплена|pinned post/i.test(textOf(el)));
}

function repostOf(post: Element): string | undefined {
  const quote = firstOwn(post, '.copy_quote, .copy_history');
  if (!quote) return undefined;
  const inQuote = (selector: string): Element | undefined =>
    Array.from(quote.querySelectorAll(selector)).find((el) => !el.parentElement?.closest('.published_sec_quote'));
  const dateLink = attr(inQuote('.copy_post_date a, a.published_by_date'), 'href');
  return (
    handleOfLink(inQuote('a.copy_author, a.CopyPost__authorLink')) ??
    ownerHandle(/wall(-?\d+)_\d+/.exec(dateLink ?? '')?.[1])
  );
}

function parsePost(post: Element, now: Date): CapturedPost | undefined {
  const postId = postIdOf(post);
  const authorLink = firstOwn(post, 'a.PostHeaderTitle__authorLink, a.author, .post_author a');
  const authorHandle = handleOfLink(authorLink);
  if (!postId || !authorHandle) return undefined;
  const authorName = textOf(firstOwn(post, '.PostHeaderTitle__authorName')) || textOf(authorLink);
  return compact({
    network: 'vk' as const,
    postId,
    url: `${ORIGIN}/wall${postId}`,
    authorHandle,
    authorName: authorName || undefined,
    publishedAt: publishedAtOf(post, now),
    text: multilineTextOf(firstOwn(post, '.wall_post_text'), '.PostTextMore, .wall_post_more'),
    metrics: metricsOf(post),
    pinned: isPinned(post) || undefined,
    repostOf: repostOf(post),
  });
}

/** The community or profile whose wall the page is; none on the feed or a single post. */
function accountOf(root: ParentNode, url: URL): CapturedAccount | undefined {
  const handle = handleFromHref(url.pathname);
  if (!handle) return undefined;
  const name = textOf(root.querySelector('.page_name, #owner_page_name, .OwnerPageName'));
  return compact({
    network: 'vk' as const,
    handle,
    name: name || undefined,
    url: `${ORIGIN}/${handle}`,
    followers: followersOf(root),
  });
}

function followersOf(root: ParentNode): number | undefined {
  const exact = root.querySelector('#public_followers .header_count, #group_followers .header_count, #profile_followers .header_count');
  const count = parseCount(textOf(exact));
  if (count !== undefined) return count;
  // "12K подписчиков · 3 друга": only the number right before the label is the followers count.
  const shown = FOLLOWERS_TEXT.exec(textOf(root.querySelector('.redesigned-group-subscribers')));
  if (shown) return parseCount(shown[1]);
  const counter = Array.from(root.querySelectorAll('.page_counter')).find((el) =>
    /подписчик|follower|участник|member/i.test(textOf(el.querySelector('.label'))),
  );
  return parseCount(textOf(counter?.querySelector('.count')));
}

export const vkAdapter: NetworkAdapter = {
  network: 'vk',
  postSelector: POST_SELECTOR,
  matches: (url) => HOSTS.has(url.hostname.toLowerCase()),
  extract(root, url) {
    const now = new Date();
    return capturePage(root, POST_SELECTOR, (element) => parsePost(element, now), (page) => accountOf(page, url));
  },
  extractAccount: (doc, url) => safely(() => accountOf(doc, url)),
};
