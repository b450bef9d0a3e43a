import { parseCount } from './count';
import { plausibleCount } from './limits';
import { attr, capturePage, compact, countBefore, documentOf, multilineTextOf, safely, textOf } from './dom';
import type { CapturedAccount, CapturedPost, NetworkAdapter, PostMetrics } from './types';

/**
 * Dzen (dzen.ru): a channel's feed (`/<channel>`, `/id/<hex>`), an article (`/a/<id>`), a video
 * (`/video/watch/<id>`), a short video (`/shorts/<id>`) or a brief post (`/b/<id>`). Class names
 * are hashed and change with every release, so posts are found by their `data-testid` and read by
 * their links; a publication's own page also carries schema.org microdata (JSON-LD) with exact
 * counts (WatchAction, LikeAction, CommentAction) and its date, which win over the rounded counts
 * shown ("12 тыс. просмотров", "1,2 млн").
 *
 * - `postId` is the publication id; `url` its canonical https://dzen.ru/a/<id>,
 *   https://dzen.ru/video/watch/<id>, https://dzen.ru/shorts/<id> or https://dzen.ru/b/<id>.
 * - `authorHandle` is the channel's path: `name` for dzen.ru/name, `id/<hex>` for dzen.ru/id/<hex>.
 * - `text` is the headline (the card's title, the page's `h1`); a brief post without a headline
 *   gives its text. Feed cards show dates as "3 дня назад": `publishedAt` only when exact.
 */
const HOSTS = new Set(['dzen.ru', 'www.dzen.ru']);
const ORIGIN = 'https://dzen.ru';
const CARDS = ['card-article', 'card-video', 'card-short-video', 'card-post'];
const PAGES = ['article-page', 'video-page'];
const POST_SELECTOR = [...CARDS, ...PAGES].map((id) => `[data-testid="${id}"]`).join(', ');
const PUBLICATION = /^\/(a|b|shorts|video\/watch)\/([A-Za-z0-9_-]{8,64})\/?$/;
const RESERVED = new Set([
  'a', 'b', 'video', 'shorts', 'news', 'articles', 'topic', 'search', 'profile', 'media', 'suite', 'help',
  'about', 'feed', 'subscriptions', 'notifications', 'interests', 'top', 'legal', 'games', 'editor', 'embed',
]);

type Kind = 'a' | 'b' | 'shorts' | 'video/watch';
interface Publication {
  kind: Kind;
  id: string;
}

function pathOf(href: string | undefined): string {
  if (!href) return '';
  const url = safely(() => new URL(href, ORIGIN));
  return url && HOSTS.has(url.hostname) ? url.pathname : '';
}

function publicationOf(href: string | undefined): Publication | undefined {
  const match = PUBLICATION.exec(pathOf(href));
  return match ? { kind: match[1] as Kind, id: match[2]! } : undefined;
}

/** `name` for /name, `id/<hex>` for /id/<hex>; none for Dzen's own sections. */
function channelOf(href: string | undefined): string | undefined {
  const path = pathOf(href);
  const byId = /^\/id\/([0-9a-f]{16,32})\/?$/i.exec(path)?.[1];
  if (byId) return `id/${byId}`;
  const name = /^\/([A-Za-z0-9_.-]{2,64})\/?$/.exec(path)?.[1];
  return name && !RESERVED.has(name.toLowerCase()) ? name : undefined;
}

function own(post: Element, selector: string, foreign: Element[]): Element[] {
  const found = Array.from(post.querySelectorAll(selector));
  return foreign.length ? found.filter((el) => !foreign.some((other) => other !== el && other.contains(el))) : found;
}

function byTestId(post: Element, ids: string[], foreign: Element[]): Element | undefined {
  return own(post, ids.map((id) => `[data-testid="${id}"]`).join(', '), foreign)[0];
}

interface Microdata {
  views?: number;
  likes?: number;
  comments?: number;
  shares?: number;
  publishedAt?: string;
}

const ACTIONS: Readonly<Record<string, keyof Microdata>> = {
  WatchAction: 'views', ReadAction: 'views', LikeAction: 'likes', CommentAction: 'comments', ShareAction: 'shares',
};

/** The JSON-LD object of the publication `id`, from the page's head (or wherever the page put it). */
function microdataOf(root: ParentNode, id: string): Microdata | undefined {
  for (const script of Array.from(root.querySelectorAll('script[type="application/ld+json"], script#video-microdata'))) {
    const parsed: unknown = safely(() => JSON.parse(script.textContent ?? ''));
    const items = (Array.isArray(parsed) ? parsed : [parsed]).flatMap((item: unknown) =>
      item && typeof item === 'object' && Array.isArray((item as { '@graph'?: unknown[] })['@graph'])
        ? (item as { '@graph': unknown[] })['@graph']
        : [item],
    );
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      const record = item as Record<string, unknown>;
      const names = [record.url, record['@id'], record.mainEntityOfPage, record.identifier].map((value) =>
        typeof value === 'string' ? value : typeof value === 'object' && value ? String((value as { '@id'?: unknown })['@id'] ?? '') : '',
      );
      if (!names.some((name) => name.includes(id))) continue;
      const data: Microdata = {};
      const stats = Array.isArray(record.interactionStatistic) ? record.interactionStatistic : [record.interactionStatistic];
      for (const stat of stats) {
        if (!stat || typeof stat !== 'object') continue;
        const type = (stat as { interactionType?: unknown }).interactionType;
        const typeName = typeof type === 'string' ? type : (type as { '@type'?: unknown } | undefined)?.['@type'];
        const metric = ACTIONS[String(typeName ?? '').replace(/^https?:\/\/schema\.org\//, '')];
        const count = Number((stat as { userInteractionCount?: unknown }).userInteractionCount);
        if (metric && metric !== 'publishedAt' && count >= 0 && plausibleCount(count) !== undefined) data[metric] = count;
      }
      const date = record.datePublished ?? record.uploadDate;
      data.publishedAt = typeof date === 'string' ? safely(() => new Date(date).toISOString()) : undefined;
      return data;
    }
  }
  return undefined;
}

/** A shown count: an exact label when there is one ("12 873 просмотра"), else the rounded text. */
function shownCount(el: Element | undefined, words?: string): number | undefined {
  if (!el) return undefined;
  const label = attr(el, 'aria-label') ?? attr(el, 'title');
  const text = textOf(el);
  return words
    ? countBefore(label, words) ?? countBefore(text, words) ?? parseCount(text)
    : parseCount(label) ?? parseCount(text);
}

function metricsOf(post: Element, foreign: Element[], exact: Microdata | undefined): PostMetrics {
  const part = (...ids: string[]) => byTestId(post, ids, foreign);
  return compact({
    likes: exact?.likes ?? shownCount(part('card-part-likes', 'like-button')),
    comments: exact?.comments ?? shownCount(part('card-part-comments', 'comments-button')),
    shares: exact?.shares,
    views: exact?.views ?? shownCount(part('card-part-views', 'publication-views'), 'просмотр|прочтени|view|read'),
  });
}

function parsePost(post: Element, url: URL): CapturedPost | undefined {
  if (post.parentElement?.closest(POST_SELECTOR)) return undefined;
  const foreign = Array.from(post.querySelectorAll(POST_SELECTOR));
  const isPage = PAGES.includes(post.getAttribute('data-testid') ?? '');
  const links = own(post, 'a[href]', foreign);
  const publication = (isPage ? publicationOf(url.pathname) : undefined) ??
    links.map((link) => publicationOf(attr(link, 'href'))).find((found) => !!found);
  if (!publication) return undefined;
  const channelLinks = links.filter((link) => channelOf(attr(link, 'href')));
  const channelLink = channelLinks.find((link) => link.matches('[data-testid="card-channel-link"], .card-channel-info__link')) ??
    (isPage ? channelLinks[0] : undefined);
  const author = channelOf(attr(channelLink, 'href')) ?? channelOf(url.pathname);
  if (!author) return undefined;
  const exact = isPage ? microdataOf(documentOf(post), publication.id) : undefined;
  const title = byTestId(post, ['card-part-title', 'article-title', 'video-title'], foreign) ?? own(post, 'h1', foreign)[0];
  const pageName = channelOf(url.pathname) === author ? textOf(documentOf(post).querySelector('[data-testid="channel-title"]')) : '';
  const authorName = attr(channelLink, 'aria-label') ?? (textOf(channelLink) || pageName);
  return compact({
    network: 'dzen' as const,
    postId: publication.id,
    url: `${ORIGIN}/${publication.kind}/${publication.id}`,
    authorHandle: author,
    authorName: authorName || undefined,
    publishedAt: exact?.publishedAt ?? safely(() => new Date(attr(own(post, 'time[datetime]', foreign)[0], 'datetime') ?? '').toISOString()),
    text: textOf(title) || multilineTextOf(byTestId(post, ['card-part-text'], foreign)),
    metrics: metricsOf(post, foreign, exact),
  });
}

/** The channel whose feed this is, with its subscribers ("12,4 тыс. подписчиков"). */
function accountOf(root: ParentNode, url: URL): CapturedAccount | undefined {
  const handle = channelOf(url.pathname);
  if (!handle) return undefined;
  const name = textOf(root.querySelector('[data-testid="channel-title"]'));
  const subscribers = root.querySelector('[data-testid="channel-subscribers"]');
  return compact({
    network: 'dzen' as const,
    handle,
    name: name || undefined,
    url: `${ORIGIN}/${handle}`,
    followers: subscribers ? shownCount(subscribers, 'подписчик|subscriber') : undefined,
  });
}

export const dzenAdapter: NetworkAdapter = {
  network: 'dzen',
  postSelector: POST_SELECTOR,
  matches: (url) => HOSTS.has(url.hostname.toLowerCase()),
  extract: (root, url) =>
    capturePage(root, POST_SELECTOR, (element) => parsePost(element, url), (page) => accountOf(page, url)),
  extractAccount: (doc, url) => safely(() => accountOf(doc, url)),
};
