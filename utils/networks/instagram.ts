import { parseCount } from './count';
import {
  attr,
  compact,
  countBefore,
  documentOf,
  isDocument,
  linesOf,
  queryAllWithSelf,
  safely,
  textOf,
  toIso,
} from './dom';
import type { CapturedAccount, CapturedPost, NetworkAdapter, PageCapture, PostMetrics } from './types';

/**
 * Instagram on the desktop site: a profile's grid (`/name/`, `/name/reels/`) and a post or reel page
 * (`/p/CODE/`, `/reel/CODE/`). Class names are generated and change often, so only hrefs, `time`,
 * `title` and `aria-label` attributes and the Open Graph `<meta>` tags are read. The grid shows no
 * likes or comments (they appear on hover only); Reels tiles show plays. `text` is the caption,
 * line breaks kept as "\n".
 */
const ORIGIN = 'https://www.instagram.com';
const HOSTS = new Set(['www.instagram.com', 'instagram.com']);
/** First path segments that are Instagram's own pages, never a profile. */
const RESERVED = new Set([
  'p', 'reel', 'reels', 'tv', 'explore', 'accounts', 'direct', 'stories', 'about', 'legal', 'developer',
  'web', 'challenge', 'emails', 'session', 'api', 'graphql', 'ar', 'topics', 'directory', 'lite', 'privacy',
]);
const TILE_SELECTOR = 'a[href*="/p/"], a[href*="/reel/"]';
const PINNED_ICON = /^(?:pinned post icon|значок прикрепленной публикации)$/i;
const CLIP_ICON = /^(?:clip|reel|клип|видео reels)$/i;
const VIEWS_ICON = /^(?:view count icon|views? icon|значок числа просмотров)$/i;
const LIKES = 'likes?|отмет';
const COMMENTS = 'comments?|комментари';
const FOLLOWERS = 'followers?|подписчик';

interface PostLink {
  code: string;
  reel: boolean;
}

export const instagramAdapter: NetworkAdapter = {
  network: 'instagram',
  postSelector: `article, ${TILE_SELECTOR}`,
  matches: (url) => HOSTS.has(url.hostname),
  extract: (root, url) => safely(() => extractPage(root, url)) ?? { posts: [] },
};

function extractPage(root: ParentNode, url: URL): PageCapture {
  const post = postLink(url.pathname);
  if (post) {
    const main = safely(() => mainPost(root, post));
    return { posts: main ? [main] : [] };
  }
  const [, handle, tab] = /^\/([\w.]{1,30})\/(?:(reels|tagged)\/)?$/.exec(url.pathname) ?? [];
  if (!handle || RESERVED.has(handle.toLowerCase())) return { posts: [] };
  // The Tagged tab shows other people's posts, whose authors the tiles do not name.
  return profilePage(root, handle, tab !== 'tagged');
}

// ---- profile ----------------------------------------------------------------------------------

function profilePage(root: ParentNode, handle: string, ownPosts: boolean): PageCapture {
  // A tile re-read alone still needs the profile's name, which lives in the document's head.
  const page = safely(() => profileAccount(documentOf(root), handle));
  const posts = new Map<string, CapturedPost>();
  for (const tile of ownPosts ? queryAllWithSelf(root, TILE_SELECTOR) : []) {
    const post = safely(() => tilePost(tile, handle, page?.name));
    if (post && !posts.has(post.postId)) posts.set(post.postId, post);
  }
  const whole = isDocument(root) || root.querySelector('header');
  return page && whole ? { account: page, posts: [...posts.values()] } : { posts: [...posts.values()] };
}

function tilePost(tile: Element, handle: string, name: string | undefined): CapturedPost | undefined {
  const link = postLink(attr(tile, 'href'));
  if (!link) return undefined;
  const icons = [...tile.querySelectorAll('svg[aria-label]')].map((svg) => attr(svg, 'aria-label') ?? '');
  const reel = link.reel || icons.some((label) => CLIP_ICON.test(label));
  return compact({
    network: 'instagram' as const,
    postId: link.code,
    url: `${ORIGIN}/${reel ? 'reel' : 'p'}/${link.code}/`,
    authorHandle: handle,
    authorName: name,
    metrics: compact<PostMetrics>({ views: tileViews(tile) }),
    pinned: icons.some((label) => PINNED_ICON.test(label)) ? true : undefined,
  });
}

/** Plays on a Reels tile: the count beside the "View count icon" (`<svg>` + `<span>12.3K</span>`). */
function tileViews(tile: Element): number | undefined {
  const icon = [...tile.querySelectorAll('svg[aria-label]')].find((svg) => VIEWS_ICON.test(attr(svg, 'aria-label') ?? ''));
  const row = icon?.closest('span, div')?.parentElement;
  return row && tile.contains(row) ? parseCount(textWithoutIcons(row)) : undefined;
}

function profileAccount(doc: ParentNode, handle: string): CapturedAccount {
  // og:title reads "Name (@handle) • Instagram photos and videos"; the description starts with the
  // counts: "12K Followers, 300 Following, 250 Posts - See Instagram photos and videos from …".
  const title = metaFor(doc, 'og:title', `(@${handle})`);
  const name = title && /^(.*?)\s*\(@[\w.]+\)/.exec(title)?.[1]?.trim();
  const description = metaFor(doc, 'description', `(@${handle})`) ?? metaFor(doc, 'og:description', `(@${handle})`);
  return compact({
    network: 'instagram' as const,
    handle,
    name: name || undefined,
    url: `${ORIGIN}/${handle}/`,
    followers: headerFollowers(doc, handle) ?? countBefore(description, FOLLOWERS) ?? countAfter(description, FOLLOWERS),
  });
}

/** `<a href="/name/followers/"><span title="12,345">12.3K</span> followers</a>`: the title is exact. */
function headerFollowers(doc: ParentNode, handle: string): number | undefined {
  const path = `/${handle}/followers/`.toLowerCase();
  const link = [...doc.querySelectorAll('a[href*="/followers"]')].find(
    (a) => safely(() => new URL(attr(a, 'href') ?? '', ORIGIN).pathname.toLowerCase()) === path,
  );
  // Without a session the counts are plain list items: "<span title="12,345">12.3K</span> followers".
  const box =
    link ?? [...doc.querySelectorAll('header li, header span')].find((el) => new RegExp(`(?:${FOLLOWERS})\\S*$`, 'iu').test(textOf(el)));
  if (!box) return undefined;
  return parseCount(attr(box.querySelector('[title]'), 'title')) ?? countBefore(textOf(box), FOLLOWERS);
}

// ---- post and reel pages ------------------------------------------------------------------------

function mainPost(root: ParentNode, link: PostLink): CapturedPost | undefined {
  const doc = documentOf(root);
  const scope = isDocument(root)
    ? (doc.querySelector('main article') ?? doc.querySelector('article') ?? doc.querySelector('main'))
    : queryAllWithSelf(root, 'article')[0];
  if (!scope) return undefined;

  // og:description: "1,234 likes, 56 comments - name on May 1, 2024: "caption"". It is written
  // for the post the tab was opened on, so it is trusted only when og:url names this post.
  const summary = metaFor(doc, 'og:description', `/${link.code}/`, 'og:url');
  const heading = metaFor(doc, 'og:title', `/${link.code}/`, 'og:url');
  const handle =
    profileHandle(scope.querySelector('header a[href]')) ??
    profileHandle(scope.querySelector('h2 a[href], h3 a[href]')) ??
    /[-–—]\s*([\w.]+)(?:\s+on\s|,\s)/u.exec(summary ?? '')?.[1];
  const caption = scope.querySelector('h1');
  // A post whose author cannot be read is not kept: every post has an author.
  if (!handle) return undefined;

  return compact({
    network: 'instagram' as const,
    postId: link.code,
    url: `${ORIGIN}/${link.reel ? 'reel' : 'p'}/${link.code}/`,
    authorHandle: handle,
    authorName: heading ? /^(.*?)\s+(?:on Instagram|в Instagram)/u.exec(heading)?.[1] : undefined,
    publishedAt: postTime(scope, link.code),
    text: (caption ? linesOf(caption) : captionIn(summary)) || undefined,
    metrics: compact<PostMetrics>({
      likes: pageLikes(scope) ?? countBefore(summary, LIKES),
      comments: pageComments(scope) ?? countBefore(summary, COMMENTS),
    }),
  });
}

/** "1,234 likes" / "1 234 отметок «Нравится»" beside the buttons; "Liked by ana and others" has none. */
function pageLikes(scope: Element): number | undefined {
  for (const el of scope.querySelectorAll('a[href*="/liked_by/"], section span')) {
    const likes = countBefore(textOf(el), LIKES);
    if (likes !== undefined) return likes;
  }
  return undefined;
}

/** "View all 56 comments" / "Посмотреть все комментарии (56)", shown under a post in a feed. */
function pageComments(scope: Element): number | undefined {
  for (const el of scope.querySelectorAll('a[href$="/comments/"], a[role="link"] span, div[role="button"] span')) {
    const text = textOf(el);
    if (!/^(?:view all \S+ comments?|посмотреть все комментарии \(\S+\))$/iu.test(text)) continue;
    const comments = countBefore(text, COMMENTS) ?? parseCount(/комментари\S*\s*\(([^)]*)\)/iu.exec(text)?.[1]);
    if (comments !== undefined) return comments;
  }
  return undefined;
}

/** The post's own time links to its permalink; comments' times link to `/p/CODE/c/…`. */
function postTime(scope: Element, code: string): string | undefined {
  for (const time of scope.querySelectorAll('a[href] time[datetime]')) {
    const link = postLink(attr(time.closest('a'), 'href'));
    if (link?.code === code) return toIso(attr(time, 'datetime'));
  }
  return toIso(attr(scope.querySelector('h1')?.closest('li, div')?.querySelector('time[datetime]'), 'datetime'));
}

// ---- reading links, meta tags and counts -------------------------------------------------------

/** `/p/CODE/`, `/reel/CODE/`, `/reels/CODE/`, `/tv/CODE/`, optionally after the author: `/name/p/CODE/`. */
function postLink(href: string | undefined): PostLink | undefined {
  const path = safely(() => (href ? new URL(href, ORIGIN) : undefined));
  if (!path || !HOSTS.has(path.hostname)) return undefined;
  const match = /^\/(?:([\w.]{1,30})\/)?(p|reels?|tv)\/([\w-]{5,})\/?$/.exec(path.pathname);
  if (!match || (match[1] && RESERVED.has(match[1].toLowerCase()))) return undefined;
  return { code: match[3]!, reel: match[2]!.startsWith('reel') };
}

function profileHandle(link: Element | null): string | undefined {
  const path = safely(() => new URL(attr(link, 'href') ?? '', ORIGIN).pathname) ?? '';
  const handle = /^\/([\w.]{1,30})\/?$/.exec(path)?.[1];
  return handle && !RESERVED.has(handle.toLowerCase()) ? handle : undefined;
}

/**
 * A `<meta property|name>` content, only when `mark` shows it describes this page: its own text
 * or (with `markIn`) another tag's, such as og:url, names the handle or the shortcode.
 */
function metaFor(doc: ParentNode, key: string, mark: string, markIn?: string): string | undefined {
  const read = (name: string): string | undefined =>
    attr(doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`), 'content');
  const content = read(key);
  const proof = markIn ? read(markIn) : content;
  return content && proof?.toLowerCase().includes(mark.toLowerCase()) ? content : undefined;
}

/** The caption quoted at the end of og:description: `…on May 1, 2024: "caption"`. */
function captionIn(summary: string | undefined): string | undefined {
  return summary ? /:\s*["“«]([\s\S]*)["”»]\s*$/u.exec(summary)?.[1]?.trim() : undefined;
}

/** "Подписчики: 12 тыс." — the count written after the word. */
function countAfter(text: string | undefined, words: string): number | undefined {
  const match = text ? new RegExp(`(?:${words})\\S*:\\s*(\\d[\\d\\s\\u00a0.,]*(?:тыс|млн|[KMB])?\\.?)`, 'iu').exec(text) : null;
  return parseCount(match?.[1]);
}

function textWithoutIcons(el: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1 && (node as Element).tagName.toLowerCase() !== 'svg') node.childNodes.forEach(walk);
  };
  walk(el);
  return text;
}
