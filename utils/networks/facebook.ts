import { parseCount } from './count';
import { attr, capturePage, compact, multilineTextOf, ownElements, safely, textOf, toIso } from './dom';
import type { CapturedAccount, CapturedPost, NetworkAdapter, PostMetrics } from './types';

/**
 * Facebook: page timelines, groups and a post's own page. Class names are generated atoms, so only
 * roles, ARIA and links are read: a post is a `role="article"` without an aria-label (comments
 * are articles labelled "Comment by …" / "Комментарий от …", and live inside the post).
 *
 * postId is the id in the post's permalink: `pfbid…` or a number from `/posts/<id>`,
 * `permalink.php?story_fbid=<id>`, `/groups/<g>/posts/<id>`, `/videos/<id>`, `/reel/<id>`.
 */
const HOSTS = new Set(['www.facebook.com', 'facebook.com', 'web.facebook.com']);
const ORIGIN = 'https://www.facebook.com';
const POST = 'div[role="article"]:not([aria-label])';
const COMMENTS = '[role="article"][aria-label]';
const AUTHOR_WRAPPER = 'h2, h3, h4, strong';
const MESSAGE = '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"]';
const ID = String.raw`(pfbid[0-9A-Za-z]{20,80}|\d{5,25})`;
const NAME = String.raw`([A-Za-z0-9.\-]{2,80})`;

/** Permalink forms, by preference: a video post's timestamp links to the video or reel itself. */
const PERMALINKS: readonly RegExp[] = [
  new RegExp(String.raw`^/groups/${NAME}/(?:posts|permalink)/${ID}/?$`),
  new RegExp(String.raw`^/${NAME}/posts/${ID}/?$`),
  /^\/(?:permalink|story)\.php$/,
  new RegExp(String.raw`^/${NAME}/videos/(?:[^/]+/)?(\d{5,25})/?$`),
  /^\/(?:watch)\/?$/,
  /^\/reel\/(\d{5,25})\/?$/,
];
/** A cheap test before a link is parsed: most links of a post are not permalinks. */
const LINK_HINT = /\/posts\/|\/permalink|story\.php|\/videos\/|\/watch|\/reel\//;
/** First path segments that are Facebook's own pages, not a page's or a person's handle. */
const RESERVED = new Set([
  'groups', 'watch', 'reel', 'reels', 'photo', 'photo.php', 'permalink.php', 'story.php', 'events', 'marketplace',
  'gaming', 'pages', 'hashtag', 'search', 'stories', 'notifications', 'messages', 'friends', 'bookmarks', 'share',
  'sharer.php', 'login', 'help', 'policies', 'ads', 'business', 'settings', 'home.php', 'l.php', 'media',
]);
const PAGE_TABS = new Set(['about', 'photos', 'videos', 'reels', 'mentions', 'reviews', 'events', 'community']);

/** "34 comments", "Комментарии: 34", "5 shares", "Поделились: 5", "1.2K views", "1,2 тыс. просмотров". */
const COUNT = String.raw`(\d[\d\s\u00a0.,]*(?:\s*(?:K|M|тыс\.?|млн))?)`;
const METRIC_TEXTS: readonly [keyof PostMetrics, RegExp][] = [
  ['comments', new RegExp(String.raw`^(?:${COUNT}\s+(?:comments?|коммент\p{L}*)|(?:comments|комментарии):\s*${COUNT})$`, 'iu')],
  ['shares', new RegExp(String.raw`^(?:${COUNT}\s+(?:shares?|поделил\p{L}*|репост\p{L}*)|(?:shares|поделились|репосты):\s*${COUNT})$`, 'iu')],
  ['views', new RegExp(String.raw`^(?:${COUNT}\s+(?:views?|plays?|просмотр\p{L}*)|(?:views|просмотры):\s*${COUNT})$`, 'iu')],
];
const ALL_REACTIONS = /^(?:all reactions|всего реакций):?\s*/i;
/**
 * What a count's text starts with: a digit, or a label put first ("All reactions:", "Комментарии: 34").
 * Leading spaces are allowed, so that a span's raw text is tested before it is tidied.
 */
const LEADS = /^\s*(?:\d|all|всего|comments|shares|views|коммент|поделил|репост|просмотр)/i;
const BARE_COUNT = /^\d[\d\s\u00a0.,]*(?:\s*(?:K|M|тыс\.?|млн))?$/i;

export const facebookAdapter: NetworkAdapter = {
  network: 'facebook',
  postSelector: POST,
  matches: (url) => HOSTS.has(url.hostname.toLowerCase()),
  extract: (root, url) => capturePage(root, POST, readPost, (page) => readAccount(page, url)),
  extractAccount: (doc, url) => safely(() => readAccount(doc, url)),
};

interface Permalink {
  postId: string;
  url: string;
  handle?: string;
}

function readPost(article: Element): CapturedPost | undefined {
  // An unlabelled article inside another post is part of it (an attachment), never a post of its own.
  if (article.parentElement?.closest(POST)) return undefined;
  const foreign = Array.from(article.querySelectorAll(COMMENTS));
  const { all: own, first } = ownElements(article, foreign);
  const message = first(MESSAGE);
  // The timestamp link is the permalink; a media link (a photo, a video's poster) names the
  // attachment, and links in the message point elsewhere.
  // The cheap test on the address runs first: a post holds dozens of links, few of them permalinks.
  const links = own('a[href]');
  const candidates = links.filter((a) => LINK_HINT.test(a.getAttribute('href') ?? ''));
  const link = permalinkOf(candidates.filter((a) => !a.querySelector('img, video, image') && !message?.contains(a)));
  if (!link) return undefined;
  // The author's link is one of those links, inside a heading or in bold: testing the first few
  // of them is cheaper than another query.
  const authorLink = links.find((a) => a.parentElement?.closest(AUTHOR_WRAPPER) && handleOf(attr(a, 'href')));
  const authorHandle = handleOf(attr(authorLink, 'href')) ?? link.handle;
  if (!authorHandle) return undefined;
  const time = first('abbr[data-utime], time[datetime]');
  const utime = attr(time, 'data-utime');
  return compact({
    network: 'facebook' as const,
    postId: link.postId,
    url: link.url,
    authorHandle,
    authorName: textOf(authorLink) || undefined,
    publishedAt: utime && /^\d{9,11}$/.test(utime) ? toIso(Number(utime) * 1000) : toIso(attr(time, 'datetime')),
    text: multilineTextOf(message, '[role="button"]'),
    metrics: metricsOf(article, foreign, message),
  });
}

/** The post's own permalink, by the order of PERMALINKS; links in comments were filtered out already. */
function permalinkOf(links: Element[]): Permalink | undefined {
  let best: { rank: number; link: Permalink } | undefined;
  for (const a of links) {
    const href = a.getAttribute('href') ?? '';
    if (!LINK_HINT.test(href)) continue;
    const parsed = safely(() => new URL(href, ORIGIN));
    if (!parsed || !HOSTS.has(parsed.hostname.toLowerCase()) || parsed.searchParams.has('comment_id')) continue;
    for (let rank = 0; rank < PERMALINKS.length && (!best || rank < best.rank); rank++) {
      const match = PERMALINKS[rank]!.exec(parsed.pathname);
      const link = match ? toPermalink(rank, match, parsed) : undefined;
      if (link) best = { rank, link };
    }
    if (best?.rank === 0 || best?.rank === 1) break;
  }
  return best?.link;
}

function toPermalink(rank: number, match: RegExpExecArray, url: URL): Permalink | undefined {
  const [, first, second] = match;
  switch (rank) {
    case 0:
      return { postId: second!, url: `${ORIGIN}/groups/${first}/posts/${second}/` };
    case 1:
      return RESERVED.has(first!.toLowerCase()) ? undefined : { postId: second!, url: `${ORIGIN}/${first}/posts/${second}`, handle: first };
    case 2: {
      const story = url.searchParams.get('story_fbid') ?? '';
      const owner = url.searchParams.get('id') ?? '';
      if (!new RegExp(`^${ID}$`).test(story) || !/^\d{5,25}$/.test(owner)) return undefined;
      return { postId: story, url: `${ORIGIN}/permalink.php?story_fbid=${story}&id=${owner}`, handle: owner };
    }
    case 3:
      return RESERVED.has(first!.toLowerCase()) ? undefined : { postId: second!, url: `${ORIGIN}/${first}/videos/${second}/`, handle: first };
    case 4: {
      const video = url.searchParams.get('v') ?? '';
      return /^\d{5,25}$/.test(video) ? { postId: video, url: `${ORIGIN}/watch/?v=${video}` } : undefined;
    }
    default:
      return { postId: first!, url: `${ORIGIN}/reel/${first}` };
  }
}

/** A page's or person's handle from a link: `/harborlight`, `/profile.php?id=100…`, a group member. */
export function handleOf(href: string | undefined): string | undefined {
  const url = href ? safely(() => new URL(href, ORIGIN)) : undefined;
  if (!url || !HOSTS.has(url.hostname.toLowerCase())) return undefined;
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments[0] === 'profile.php') return /^\d{5,25}$/.test(url.searchParams.get('id') ?? '') ? url.searchParams.get('id')! : undefined;
  if (segments[0] === 'groups' && segments[2] === 'user') return /^\d{5,25}$/.test(segments[3] ?? '') ? segments[3] : undefined;
  const first = segments[0] ?? '';
  return segments.length === 1 && /^[A-Za-z0-9.\-]{2,80}$/.test(first) && !RESERVED.has(first.toLowerCase()) ? first : undefined;
}

/**
 * Reactions: "All reactions:" is a hidden label and the count ("1.2K") its neighbour. Comments,
 * shares and views are short texts of their own ("34 comments"). Text inside the message or a
 * comment is never a count. Facebook hides a count at zero; a count not shown stays absent.
 */
function metricsOf(article: Element, foreign: Element[], message: Element | undefined): PostMetrics {
  // Likes come first, as the reactions come first in the post's footer.
  const metrics: PostMetrics = { likes: undefined };
  // Most spans are not counts: the cheap tests run first, the ownership test only on a match.
  const isOwn = (el: Element) => !message?.contains(el) && !foreign.some((other) => other.contains(el));
  const labelled = reactionsLabelOf(article, isOwn);
  let shown: FoundCount | undefined;
  // A post has dozens of spans: an indexed loop over the list is cheaper than its iterator, and
  // a span's raw text is tested before anything else is read from it.
  const spans = article.querySelectorAll('span');
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (span.firstElementChild) continue;
    const raw = span.textContent ?? '';
    if (!LEADS.test(raw)) continue;
    const label = span.getAttribute('aria-label');
    // A span labelled "All reactions: …" was read with the labels.
    if (label && ALL_REACTIONS.test(label)) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text.length > 40) continue;
    if (ALL_REACTIONS.test(text)) {
      const rest = text.replace(ALL_REACTIONS, '');
      // Only a bare count beside the label is its count, never a neighbour such as "34 comments".
      const count = rest || textOf(nextOf(span));
      const likes = shown || !BARE_COUNT.test(count) || !isOwn(span) ? undefined : parseCount(count);
      if (likes !== undefined) shown = { el: span, count: likes };
      continue;
    }
    for (const [metric, pattern] of METRIC_TEXTS) {
      const match = metrics[metric] === undefined ? pattern.exec(text) : null;
      if (match && isOwn(span)) metrics[metric] = parseCount(match[1] ?? match[2]);
    }
  }
  // The first reactions count in the post wins, whether a label or a text says it.
  const likes = labelled && shown && labelled.el.compareDocumentPosition(shown.el) & PRECEDING ? shown : (labelled ?? shown);
  metrics.likes = likes?.count;
  return compact(metrics);
}

/** Node.DOCUMENT_POSITION_PRECEDING: the other node comes first. */
const PRECEDING = 2;

interface FoundCount {
  el: Element;
  count: number;
}

/** The first own element labelled "All reactions: 1.2K" with a count, and that count. */
function reactionsLabelOf(article: Element, isOwn: (el: Element) => boolean): FoundCount | undefined {
  const labelled = article.querySelectorAll('[aria-label]');
  for (let i = 0; i < labelled.length; i++) {
    const el = labelled[i]!;
    const label = el.getAttribute('aria-label');
    if (!label || !ALL_REACTIONS.test(label) || !isOwn(el)) continue;
    const count = parseCount(label.replace(ALL_REACTIONS, ''));
    if (count !== undefined) return { el, count };
  }
  return undefined;
}

/** The element after `el`, or after its parent when `el` is the last of a small wrapper. */
function nextOf(el: Element): Element | null {
  return el.nextElementSibling ?? el.parentElement?.nextElementSibling ?? null;
}

/** The page or profile whose timeline this is; none on a feed, a group or a single post. */
function readAccount(doc: ParentNode, url: URL): CapturedAccount | undefined {
  const segments = url.pathname.split('/').filter(Boolean);
  let handle: string | undefined;
  let pageUrl: string;
  if (segments[0] === 'profile.php') {
    handle = handleOf(`/profile.php?id=${url.searchParams.get('id') ?? ''}`);
    pageUrl = `${ORIGIN}/profile.php?id=${handle}`;
  } else {
    handle = segments.length === 1 || PAGE_TABS.has(segments[1] ?? '') ? handleOf(`/${segments[0] ?? ''}`) : undefined;
    pageUrl = `${ORIGIN}/${handle}`;
  }
  if (!handle) return undefined;
  const followersLink = doc.querySelector('a[href*="/followers"], a[href*="sk=followers"]');
  return compact({
    network: 'facebook' as const,
    handle,
    // The name's verified badge is an svg whose <title> is no part of the name.
    name: multilineTextOf(doc.querySelector('[role="main"] h1') ?? doc.querySelector('h1')),
    url: pageUrl,
    followers: parseCount(textOf(followersLink)),
  });
}
