/**
 * Turns the page the user is on into a clip, in the page itself (the injected clipper):
 *
 *   document ──clone──▶ Readability ──▶ DOMPurify ──▶ article clip
 *   document ──▶ page metadata (canonical URL, og:*, JSON-LD) ──▶ every kind of clip
 *   selection ──inert copy──▶ DOMPurify ──▶ selection clip (the page URL + a text fragment)
 *
 * Readability rewrites the tree it is given, so it only ever reads a clone: the live page never
 * changes under the user.
 */
import { Readability } from '@mozilla/readability';
import type { ClipDraft } from './draft';
import { sanitizeClipElement, sanitizeClipHtml } from './sanitize';
import { compact } from '../platform/values';

export type PageMetadata = Pick<ClipDraft, 'url' | 'title' | 'byline' | 'siteName' | 'publishedAt' | 'lang' | 'excerpt' | 'imageUrl'>;

const WORDS_PER_MINUTE = 200;
const EXCERPT_LENGTH = 300;
/** Less text than this is a page's furniture (a menu, a footer), not an article: Readability's own threshold. */
const MIN_ARTICLE_LENGTH = 140;
/** Query parameters that only say where a visitor came from; two links differing in them are one page. */
const TRACKING_PARAMETER = /^(utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|igshid|ref_src|_ga)$/i;

/** The page as an article; a page Readability cannot read (a home page, a feed) becomes a link clip. */
export function clipArticle(document: Document): ClipDraft {
  const metadata = pageMetadata(document);
  const article = new Readability<Element>(document.cloneNode(true) as Document, { charThreshold: 300, serializer: (node) => node as Element }).parse();
  const text = article?.textContent ? tidyText(article.textContent) : '';
  if (!article?.content || text.length < MIN_ARTICLE_LENGTH) return { kind: 'link', ...metadata };
  return compact({
    ...metadata,
    kind: 'article' as const,
    title: clean(article.title) ?? metadata.title,
    byline: clean(article.byline) ?? metadata.byline,
    siteName: clean(article.siteName) ?? metadata.siteName,
    publishedAt: validTime(article.publishedTime) ?? metadata.publishedAt,
    lang: clean(article.lang) ?? metadata.lang,
    excerpt: clean(article.excerpt) ?? excerptOf(text),
    html: sanitizeClipElement(article.content, document.defaultView ?? window),
    text,
    readingMinutes: readingMinutes(text),
  });
}

/** The selected fragment with its page's metadata; undefined when nothing is selected. */
export function clipSelection(document: Document, selection: Selection | null): ClipDraft | undefined {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const text = tidyText(selection.toString());
  if (!text) return undefined;
  const inert = document.implementation.createHTMLDocument('');
  const base = inert.createElement('base');
  base.href = document.baseURI;
  inert.head.append(base);
  const container = inert.createElement('div');
  for (let index = 0; index < selection.rangeCount; index++) {
    container.append(inert.importNode(selection.getRangeAt(index).cloneContents(), true));
  }
  absolutizeUrls(container);
  const metadata = pageMetadata(document);
  return compact({
    ...metadata,
    kind: 'selection' as const,
    url: `${metadata.url.replace(/#.*$/, '')}#:~:text=${textFragment(text)}`,
    excerpt: excerptOf(text),
    html: sanitizeClipHtml(container.innerHTML, document.defaultView ?? window),
    text,
    readingMinutes: readingMinutes(text),
  });
}

/** A link on the page: its address, and its text as the title. */
export function clipLink(document: Document, linkUrl: string): ClipDraft {
  const url = normalizeUrl(linkUrl) ?? linkUrl;
  const anchor = [...document.querySelectorAll('a[href]')].find((link) => (link as HTMLAnchorElement).href === linkUrl);
  const host = safeHost(url);
  return compact({
    kind: 'link' as const,
    url,
    title: clean(anchor?.textContent) ?? clean(anchor?.getAttribute('title')) ?? url,
    siteName: host,
  });
}

export function pageMetadata(document: Document): PageMetadata {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const content = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
      const value = clean(content);
      if (value) return value;
    }
    return undefined;
  };
  const linked = linkedData(document);
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const url =
    [canonical, meta('og:url'), document.URL].map((candidate) => resolveUrl(candidate, document.baseURI)).find(Boolean) ??
    document.URL;
  return compact({
    url,
    title: meta('og:title', 'twitter:title') ?? clean(document.title) ?? url,
    byline: meta('author', 'article:author') ?? linked.author,
    siteName: meta('og:site_name', 'application-name') ?? linked.publisher ?? safeHost(url),
    publishedAt:
      validTime(meta('article:published_time', 'datePublished', 'pubdate')) ??
      validTime(linked.datePublished) ??
      validTime(document.querySelector('time[datetime]')?.getAttribute('datetime')),
    lang: clean(document.documentElement.lang) ?? meta('og:locale')?.replace('_', '-'),
    excerpt: meta('og:description', 'description', 'twitter:description'),
    imageUrl: resolveUrl(meta('og:image', 'og:image:url', 'twitter:image') ?? linked.image, document.baseURI),
  });
}

interface LinkedData {
  author?: string;
  publisher?: string;
  datePublished?: string;
  image?: string;
}

/** The first schema.org article in the page's JSON-LD. */
function linkedData(document: Document): LinkedData {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const items = [parsed, (parsed as { '@graph'?: unknown })?.['@graph']].flat(2) as Record<string, unknown>[];
    const article = items.find((item) => typeof item?.['@type'] === 'string' && /Article|Posting|Report/.test(item['@type']));
    if (!article) continue;
    return {
      author: nameOf(article.author),
      publisher: nameOf(article.publisher),
      datePublished: typeof article.datePublished === 'string' ? article.datePublished : undefined,
      image: typeof article.image === 'string' ? article.image : nameOf(article.image, 'url'),
    };
  }
  return {};
}

function nameOf(value: unknown, key = 'name'): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return clean(first);
  const named = (first as Record<string, unknown> | undefined)?.[key];
  return typeof named === 'string' ? clean(named) : undefined;
}

export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** A text fragment (`#:~:text=`) that scrolls to the selection: the whole of a short one, else its ends. */
export function textFragment(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const encode = (part: string) => encodeURIComponent(part).replace(/-/g, '%2D');
  if (words.length <= 10) return encode(words.join(' '));
  return `${encode(words.slice(0, 5).join(' '))},${encode(words.slice(-5).join(' '))}`;
}

/** The longest address the inbox keeps (utils/platform/message-schemas.ts, utils/backup/rows.ts). */
const MAX_URL_LENGTH = 4_000;

/**
 * An http(s) address without its tracking parameters and empty hash; undefined for anything else,
 * and for an address too long to keep (a lead image's may carry kilobytes of query).
 */
export function normalizeUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) return undefined;
  for (const name of [...url.searchParams.keys()]) if (TRACKING_PARAMETER.test(name)) url.searchParams.delete(name);
  const href = url.href.replace(/#$/, '');
  return href.length <= MAX_URL_LENGTH ? href : undefined;
}

function resolveUrl(value: string | null | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    return normalizeUrl(new URL(value.trim(), base).href);
  } catch {
    return undefined;
  }
}

function absolutizeUrls(container: Element): void {
  for (const element of container.querySelectorAll('[href], [src]')) {
    for (const name of ['href', 'src']) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      try {
        element.setAttribute(name, new URL(value, element.ownerDocument.baseURI).href);
      } catch {
        element.removeAttribute(name);
      }
    }
  }
}

function validTime(value: string | null | undefined): string | undefined {
  const time = clean(value);
  return time && !Number.isNaN(Date.parse(time)) ? time : undefined;
}

function excerptOf(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : EXCERPT_LENGTH)}…`;
}

/** Readability's text keeps the page's indentation; paragraphs stay, runs of blanks go. */
function tidyText(text: string): string {
  return text
    .split(/\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function clean(value: string | null | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed || undefined;
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
