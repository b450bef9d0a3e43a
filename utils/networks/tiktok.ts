import { parseCount } from './count';
import { plausibleCapture } from './limits';
import { attr, compact, documentOf, isDocument, multilineTextOf, ownElements, queryAllWithSelf, safely, textOf } from './dom';
import type { CapturedAccount, CapturedPost, NetworkAdapter, PageCapture, PostMetrics } from './types';

/**
 * TikTok: a profile (`/@handle`: the account's counts and its video grid, with play counts) and a
 * video's own page (`/@handle/video/<id>`: likes, comments, shares and saves). TikTok marks what
 * it renders with `data-e2e` attributes; class names are generated and never read.
 *
 * postId is the numeric video id (a photo post's id alike, kept under /photo/); `publishedAt` comes from it too (its top 32 bits are the Unix
 * time of the upload), as the page only prints vague or date-only ages ("3d ago", "3-12").
 */
const HOSTS = new Set(['www.tiktok.com', 'tiktok.com']);
const ORIGIN = 'https://www.tiktok.com';
const GRID_ITEM = '[data-e2e="user-post-item"]';
const VIDEO_PAGE = '#main-content-video_detail';
const POST = `${GRID_ITEM}, ${VIDEO_PAGE}`;
const HANDLE = /^[A-Za-z0-9_.]{2,24}$/;
const VIDEO_PATH = /^\/@([A-Za-z0-9_.]{2,24})\/(video|photo)\/(\d{15,25})\/?$/;
const VIDEO_HREF = /^(?:https?:\/\/(?:www\.)?tiktok\.com)?\/@([A-Za-z0-9_.]{2,24})\/(video|photo)\/(\d{15,25})(?:[/?#]|$)/i;
const PINNED = /^(?:pinned|закреплено|закреплён|закреплен)$/i;

/** The video page's counts: TikTok's own `data-e2e` names (`undefined-count` is the saves). */
const VIDEO_COUNTS: readonly [keyof PostMetrics, string][] = [
  ['likes', '[data-e2e="like-count"], [data-e2e="browse-like-count"]'],
  ['comments', '[data-e2e="comment-count"], [data-e2e="browse-comment-count"]'],
  ['shares', '[data-e2e="share-count"], [data-e2e="browse-share-count"]'],
  ['saves', '[data-e2e="undefined-count"], [data-e2e="favorite-count"], [data-e2e="browse-favorite-count"]'],
];
/** Comments and suggested videos under or beside the video carry their own counts. */
const FOREIGN = `${GRID_ITEM}, [data-e2e="comment-list"], [data-e2e="comment-level-1"], [data-e2e="comment-level-2"]`;

export const tiktokAdapter: NetworkAdapter = {
  network: 'tiktok',
  postSelector: POST,
  matches: (url) => HOSTS.has(url.hostname.toLowerCase()),
  extract(root, url): PageCapture {
    const doc = documentOf(root);
    const posts: CapturedPost[] = [];
    const seen = new Set<string>();
    const add = (post: CapturedPost | undefined) => {
      if (post && !seen.has(post.postId)) {
        seen.add(post.postId);
        posts.push(post);
      }
    };
    const elements = safely(() => queryAllWithSelf(root, POST)) ?? [];
    for (const element of elements) {
      add(safely(() => (element.matches(GRID_ITEM) ? readGridItem(element, doc) : readVideo(element, url))));
    }
    // A video opened over another page has no detail container: the whole page is that video.
    if (isDocument(root) && !elements.some((el) => el.matches(VIDEO_PAGE))) {
      const body = (root as Document).body;
      if (body) add(safely(() => readVideo(body, url)));
    }
    // The account is page-level: read only from the whole page, never once per post.
    const account = isDocument(root) ? safely(() => readAccount(doc, url)) : undefined;
    return plausibleCapture(account ? { account, posts } : { posts });
  },
};

function publishedAtOf(id: string): string | undefined {
  const seconds = Number(BigInt(id) >> 32n);
  // TikTok launched in 2016; anything earlier or in the future is not an upload time.
  return seconds > 1_450_000_000 && seconds * 1000 < Date.now() + 86_400_000
    ? new Date(seconds * 1000).toISOString()
    : undefined;
}

/** A video in a profile's grid: its link names it, its footer shows the play count. */
function readGridItem(item: Element, doc: ParentNode): CapturedPost | undefined {
  let link: RegExpExecArray | null = null;
  for (const a of Array.from(item.querySelectorAll('a[href]'))) {
    link = VIDEO_HREF.exec(attr(a, 'href') ?? '');
    if (link) break;
  }
  const [, handle, kind, id] = link ?? [];
  if (!handle || !kind || !id) return undefined;
  const views = parseCount(textOf(item.querySelector('[data-e2e="video-views"]')));
  const badge = textOf(item.querySelector('[data-e2e="video-card-badge"]'));
  return compact({
    network: 'tiktok' as const,
    postId: id,
    url: `${ORIGIN}/@${handle}/${kind.toLowerCase()}/${id}`,
    authorHandle: handle,
    authorName: profileName(doc, handle),
    publishedAt: publishedAtOf(id),
    metrics: compact({ views }),
    pinned: PINNED.test(badge) || undefined,
  });
}

/** The video whose page this is; its id and author come from the address. */
function readVideo(container: Element, url: URL): CapturedPost | undefined {
  const [, handle, kind, id] = VIDEO_PATH.exec(url.pathname) ?? [];
  if (!handle || !kind || !id) return undefined;
  const { first } = ownElements(container, Array.from(container.querySelectorAll(FOREIGN)));
  const metrics: PostMetrics = {};
  for (const [metric, selector] of VIDEO_COUNTS) {
    const count = parseCount(textOf(first(selector)));
    if (count !== undefined) metrics[metric] = count;
  }
  // "Brew Lab Co. · 3-12": the nickname is the line's first part.
  const nickname = textOf(first('[data-e2e="browser-nickname"] span, [data-e2e="browse-user-nickname"], [data-e2e="video-author-nickname"]'));
  return compact({
    network: 'tiktok' as const,
    postId: id,
    url: `${ORIGIN}/@${handle}/${kind.toLowerCase()}/${id}`,
    authorHandle: handle,
    authorName: nickname || undefined,
    publishedAt: publishedAtOf(id),
    text: multilineTextOf(first('[data-e2e="browse-video-desc"], [data-e2e="video-desc"]')),
    metrics,
  });
}

function profileHandle(url: URL): string | undefined {
  const [first, second] = url.pathname.split('/').filter(Boolean);
  const handle = first?.startsWith('@') ? first.slice(1) : undefined;
  return handle && HANDLE.test(handle) && !second ? handle : undefined;
}

/** The profile's nickname, for the videos of its own grid. */
function profileName(doc: ParentNode, handle: string): string | undefined {
  const title = textOf(doc.querySelector('[data-e2e="user-title"]')).replace(/^@/, '');
  if (title.toLowerCase() !== handle.toLowerCase()) return undefined;
  return textOf(doc.querySelector('[data-e2e="user-subtitle"]')) || undefined;
}

function readAccount(doc: ParentNode, url: URL): CapturedAccount | undefined {
  const handle = profileHandle(url);
  if (!handle) return undefined;
  const followers = doc.querySelector('[data-e2e="followers-count"]');
  return compact({
    network: 'tiktok' as const,
    handle,
    name: profileName(doc, handle),
    url: `${ORIGIN}/@${handle}`,
    followers: parseCount(attr(followers, 'title')) ?? parseCount(textOf(followers)),
  });
}
