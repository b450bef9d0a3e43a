import { parseCount } from './count';
import { attr, capturePage, compact, linesOf, safely, textOf, toIso } from './dom';
import type { CapturedAccount, CapturedPost, NetworkAdapter, PostMetrics } from './types';

/**
 * X (Twitter): home and list timelines, profiles, search and a post's own page. Every post is an
 * `article[data-testid="tweet"]`; a quoted post sits inside it in a `div[role="link"]` and is
 * never read as part of the outer post.
 */
const HOST = /^(?:(?:www|mobile)\.)?(?:x|twitter)\.com$/i;
const POST = 'article[data-testid="tweet"]';
const QUOTE = 'div[role="link"]';
/** What a part may belong to: its own post, or a post quoted or embedded in it. */
const OWNERS = `${QUOTE}, ${POST}`;
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const STATUS = /^(?:https?:\/\/(?:[\w-]+\.)?(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})\/status\/(\d+)(?:[/?#]|$)/i;
/** First path segments that are X's own pages, not profiles. */
const NOT_PROFILES = new Set([
  'home', 'explore', 'search', 'i', 'notifications', 'messages', 'settings', 'compose', 'hashtag',
  'login', 'logout', 'signup', 'tos', 'privacy', 'jobs', 'intent', 'share', 'account',
]);

type CountedMetric = 'comments' | 'shares' | 'likes';

/** Words of the action bar's labels (English and Russian); bookmarks are read and ignored. */
const LABEL_WORDS: readonly [RegExp, keyof PostMetrics | null][] = [
  [/bookmark|заклад/i, null],
  [/repl|ответ/i, 'comments'],
  [/repost|retweet|репост|ретвит/i, 'shares'],
  [/like|нрав/i, 'likes'],
  [/view|просмотр/i, 'views'],
];

/** The buttons, and the label each carries when its count is zero (X then shows no number). */
const BUTTONS: readonly [CountedMetric, Part, RegExp][] = [
  ['comments', 'reply', /^(?:reply|ответить)$/i],
  ['shares', 'retweet', /^(?:repost|сделать репост)$/i],
  ['likes', 'like', /^(?:like|нравится)$/i],
];

export const xAdapter: NetworkAdapter = {
  network: 'x',
  postSelector: POST,
  matches: (url) => HOST.test(url.hostname),
  extract: (root, url) => capturePage(root, POST, readPost, (page) => readAccount(page, url)),
  extractAccount: (doc, url) => safely(() => readAccount(doc, url)),
};

function readPost(article: Element): CapturedPost | undefined {
  // An article inside another one is an embedded post, read (or not) with its host.
  if (article.parentElement?.closest(POST)) return undefined;
  const own = ownParts(article);
  const link = permalink(article, own);
  if (!link) return undefined;

  const context = own('socialContext')[0];
  const contextText = textOf(context);
  const reposter = /repost|retweet|репост|ретвит/i.test(contextText) ? reposterOf(context) : undefined;
  const text = linesOf(own('tweetText')[0], true);

  return compact({
    network: 'x' as const,
    postId: link.id,
    url: `https://x.com/${link.handle}/status/${link.id}`,
    authorHandle: reposter?.handle ?? link.handle,
    authorName: reposter ? reposter.name : displayName(own('User-Name')[0]),
    publishedAt: toIso(attr(link.time, 'datetime')),
    text: text || undefined,
    metrics: readMetrics(own),
    pinned: /pinned|закреп/i.test(contextText) ? true : undefined,
    repostOf: reposter ? link.handle : undefined,
  });
}

type Part = 'socialContext' | 'tweetText' | 'User-Name' | 'time' | 'group' | 'analytics' | 'reply' | 'retweet' | 'like';
type Parts = (part: Part) => Element[];

/**
 * The post's own parts by kind, not those of a quoted post (`div[role="link"]`) nor of another
 * article inside it. One query finds X's `data-testid` components and the timestamps; the views
 * link is looked up in the action bar around the buttons. A timeline of a thousand posts is read
 * in milliseconds this way.
 */
function ownParts(article: Element): Parts {
  const byKind = new Map<string, Element[]>();
  const add = (kind: string, el: Element) => {
    const list = byKind.get(kind);
    if (list) list.push(el);
    else byKind.set(kind, [el]);
  };
  const tagged = article.querySelectorAll('[data-testid], time');
  for (const el of tagged) {
    const testId = el.getAttribute('data-testid');
    add(testId === 'unretweet' ? 'retweet' : testId === 'unlike' ? 'like' : (testId ?? el.localName), el);
  }
  // A quoted or embedded post brings a second author line, text or time (never an action bar, so
  // never counts); only then is anything filtered out, which keeps a plain timeline fast.
  const repeated = (kind: string) => (byKind.get(kind)?.length ?? 0) > 1;
  if (byKind.has('tweet') || repeated('User-Name') || repeated('tweetText') || repeated('time')) {
    const foreign = Array.from(article.querySelectorAll(OWNERS));
    for (const [kind, list] of byKind) {
      byKind.set(kind, list.filter((el) => !foreign.some((other) => other.contains(el))));
    }
  }
  const button = (byKind.get('reply') ?? byKind.get('retweet') ?? byKind.get('like'))?.[0];
  const group = button?.closest('[role="group"]');
  if (group && article.contains(group)) {
    add('group', group);
    const views = group.querySelector('a[href$="/analytics"]');
    if (views) add('analytics', views);
  }
  return (part) => byKind.get(part) ?? [];
}

/**
 * The post's own link is the one around its timestamp; a quoted post's timestamp is not a link,
 * and its media links point to the quoted post, so no other status link is trusted. The views
 * link of the post's own action bar carries the same id.
 */
function permalink(article: Element, own: Parts): { handle: string; id: string; time?: Element } | undefined {
  for (const time of own('time')) {
    const anchor = time.closest('a[href]');
    const match = anchor && article.contains(anchor) ? STATUS.exec(anchor.getAttribute('href') ?? '') : null;
    if (match) return { handle: match[1]!, id: match[2]!, time };
  }
  for (const anchor of own('analytics')) {
    const match = STATUS.exec(anchor.getAttribute('href') ?? '');
    if (match) return { handle: match[1]!, id: match[2]! };
  }
  return undefined;
}

/** "Name reposted" links to the reposter's profile; the name is its first span. */
function reposterOf(context: Element | undefined): { handle: string; name?: string } | undefined {
  const handle = firstSegment(context?.closest('a[href]')?.getAttribute('href'));
  if (!handle) return undefined;
  const name = linesOf(context?.querySelector('span'));
  return compact({ handle, name: name || undefined });
}

function displayName(userName: Element | undefined): string | undefined {
  const name = linesOf(userName?.querySelector('div[dir="ltr"]'));
  return name && !name.startsWith('@') ? name : undefined;
}

/**
 * The action bar's label ("48 replies, 152 reposts, 553 likes, 9 bookmarks, 30142 views") has the
 * exact counts and leaves out those that are zero; a post with nothing to count has an empty label.
 * Without a readable label, each button's own label ("553 Likes. Like") or its compact number
 * ("29.9K") is read instead.
 */
function readMetrics(own: Parts): PostMetrics {
  const groups = own('group');
  for (const group of groups) {
    const counts = readLabel(attr(group, 'aria-label'));
    if (counts) {
      return compact({
        comments: counts.comments ?? 0,
        shares: counts.shares ?? 0,
        likes: counts.likes ?? 0,
        views: counts.views ?? viewsOf(own),
      });
    }
  }
  const emptyBar = groups.some((group) => group.getAttribute('aria-label') === '');
  const metrics: PostMetrics = {};
  for (const [metric, part, zeroLabel] of BUTTONS) {
    const count = buttonCount(own(part)[0], emptyBar ? zeroLabel : undefined);
    if (count !== undefined) metrics[metric] = count;
  }
  const views = viewsOf(own);
  if (views !== undefined) metrics.views = views;
  return metrics;
}

/** The counts a label names, or undefined when it names none (missing, empty or not a count). */
function readLabel(label: string | undefined): PostMetrics | undefined {
  if (!label) return undefined;
  const counts: PostMetrics = {};
  let known = false;
  for (const part of label.split(/[,;]\s+/)) {
    const count = parseCount(part);
    const metric = LABEL_WORDS.find(([word]) => word.test(part.replace(/[\d\s.,]+/g, ' ')));
    if (count === undefined || !metric) continue;
    known = true;
    if (metric[1]) counts[metric[1]] = count;
  }
  return known ? counts : undefined;
}

/**
 * A button's count. Under an empty action bar, a button labelled with its bare verb ("Like") and
 * showing no number means zero: X hides the counts that are zero.
 */
function buttonCount(button: Element | undefined, zeroLabel: RegExp | undefined): number | undefined {
  if (!button) return undefined;
  const label = attr(button, 'aria-label');
  const shown = textOf(button.querySelector('[data-testid="app-text-transition-container"]'));
  const count = parseCount(label) ?? parseCount(shown);
  if (count !== undefined) return count;
  return label && zeroLabel?.test(label) && !textOf(button) ? 0 : undefined;
}

function viewsOf(own: Parts): number | undefined {
  const link = own('analytics')[0];
  return parseCount(attr(link, 'aria-label')) ?? parseCount(textOf(link));
}

/** The profile whose page this is: its header names it and links its followers. */
function readAccount(root: ParentNode, url: URL): CapturedAccount | undefined {
  const [first, second] = url.pathname.split('/').filter(Boolean);
  if (!first || !HANDLE.test(first) || NOT_PROFILES.has(first.toLowerCase()) || second === 'status') {
    return undefined;
  }
  const header = root.querySelector('[data-testid="UserName"]');
  const followersPath = new RegExp(`^/${first}/(?:verified_)?followers$`, 'i');
  const followersLink = Array.from(root.querySelectorAll('a[href$="followers"]')).find((a) =>
    followersPath.test(a.getAttribute('href') ?? ''),
  );
  if (!header && !followersLink) return undefined;

  const shownHandle = Array.from(header?.querySelectorAll('span') ?? [])
    .map((span) => textOf(span))
    .find((text) => /^@[A-Za-z0-9_]{1,15}$/.test(text));
  const handle = shownHandle?.slice(1) ?? first;
  return compact({
    network: 'x' as const,
    handle,
    name: displayName(header ?? undefined),
    url: `https://x.com/${handle}`,
    followers: followersOf(followersLink),
  });
}

/** "1,234 Followers", "12,4 тыс. читателей"; a title, where there is one, holds the exact count. */
function followersOf(link: Element | undefined): number | undefined {
  if (!link) return undefined;
  const titled = [link, ...Array.from(link.querySelectorAll('[title]'))];
  for (const el of titled) {
    const exact = parseCount(attr(el, 'title'));
    if (exact !== undefined) return exact;
  }
  return parseCount(textOf(link));
}

function firstSegment(href: string | null | undefined): string | undefined {
  const segment = (href ?? '').replace(/^https?:\/\/[^/]+/i, '').split(/[/?#]/).filter(Boolean)[0];
  return segment && HANDLE.test(segment) && !NOT_PROFILES.has(segment.toLowerCase()) ? segment : undefined;
}
