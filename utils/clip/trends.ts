/**
 * Trends and hashtags on social pages, read from the element under the pointer: X's trend cells
 * (`[data-testid="trend"]`: context line with the rank, the topic, the post count) and hashtag
 * links on every network, by the address they point to:
 *
 *   /hashtag/<tag>        X, YouTube, Bluesky        /explore/tags/<tag>/   Instagram
 *   /tags/<tag>           Mastodon                   /tag/<tag>             TikTok
 *   ?q=%23<tag>           VK (/feed?section=search), Telegram (t.me/s/…?q=), OK, Dzen
 *   ?keywords=%23<tag>    LinkedIn                   ?c[q]=%23<tag>         VK's older search
 *
 * Pure and never throws.
 */
import type { ClipRow } from '../platform/db';
import { parseCount } from '../networks/count';
import type { Network } from '../networks/types';

export type TrendClip = NonNullable<ClipRow['trend']>;

export interface FoundTrend {
  /** The trend cell or hashtag link, for placing the Clip button. */
  element: Element;
  /** The address that identifies the topic, so clipping it twice finds one clip. */
  url: string;
  trend: TrendClip;
}

const TAG_PATH = /^\/(?:hashtag|explore\/tags|tags|tag)\/([^/?#]+)\/?$/i;
const TAG_QUERY_KEYS = ['q', 'keywords', 'c[q]', 'query', 'text'];
const POSTS_LINE = /\b(posts?|tweets?|постов|поста|пост|твитов|твита|твит|публикаци\w*)\b/i;
const CONTEXT_LINE = /trending|тренд|актуальн|·/i;

export function trendAt(target: Element, pageUrl: URL, network: Network): FoundTrend | undefined {
  try {
    const cell = target.closest('[data-testid="trend"]');
    if (cell) return xTrend(cell, pageUrl, network);
    const link = target.closest('a[href]');
    return link ? hashtagLink(link, pageUrl, network) : undefined;
  } catch {
    return undefined;
  }
}

function xTrend(cell: Element, pageUrl: URL, network: Network): FoundTrend | undefined {
  const lines = textLines(cell);
  const countLine = lines.find((line) => POSTS_LINE.test(line) && parseCount(line) !== undefined);
  const contextLine = lines.find((line) => line !== countLine && CONTEXT_LINE.test(line));
  const name = lines.find((line) => line !== countLine && line !== contextLine);
  if (!name) return undefined;
  const trend: TrendClip = { network, name, seenOn: seenOn(pageUrl) };
  const postCount = countLine === undefined ? undefined : parseCount(countLine);
  if (postCount !== undefined) trend.postCount = postCount;
  const rank = contextLine?.match(/^\s*(\d+)\s*·/)?.[1];
  if (rank) trend.rank = Number(rank);
  const url = name.startsWith('#')
    ? `${pageUrl.origin}/hashtag/${encodeURIComponent(name.slice(1).toLowerCase())}`
    : `${pageUrl.origin}/search?q=${encodeURIComponent(name)}`;
  return { element: cell, url, trend };
}

function hashtagLink(link: Element, pageUrl: URL, network: Network): FoundTrend | undefined {
  const href = link.getAttribute('href');
  if (!href) return undefined;
  const url = new URL(href, pageUrl);
  if (!/^https?:$/.test(url.protocol)) return undefined;
  const fromPath = TAG_PATH.exec(url.pathname)?.[1];
  if (fromPath) {
    const tag = decodeURIComponent(fromPath);
    const canonical = new URL(url.pathname.replace(fromPath, encodeURIComponent(tag.toLowerCase())), url.origin).href;
    return { element: link, url: canonical, trend: { network, name: displayName(link, tag), seenOn: seenOn(pageUrl) } };
  }
  const query = TAG_QUERY_KEYS.map((key) => url.searchParams.get(key)).find((value) => value?.startsWith('#'));
  // VK community hashtags read `#tag@community`; the topic is the tag.
  const tag = query?.slice(1).split('@')[0]?.trim();
  if (!tag || /\s/.test(tag)) return undefined;
  return { element: link, url: url.href, trend: { network, name: displayName(link, tag), seenOn: seenOn(pageUrl) } };
}

/** The link's own spelling (`#Coffee`) when it shows the tag, else `#` and the tag from the address. */
function displayName(link: Element, tag: string): string {
  const shown = link.textContent?.replace(/\s+/g, '').split('@')[0] ?? '';
  return shown.startsWith('#') && shown.slice(1).toLowerCase() === tag.toLowerCase() ? shown : `#${tag}`;
}

/** A trend cell's lines (context, topic, count): its innermost `div[dir]` blocks, leaving out the "More" button. */
function textLines(cell: Element): string[] {
  return [...cell.querySelectorAll('div[dir]')]
    .filter((block) => !block.querySelector('div[dir]') && block.closest('button, [role="button"]') === null)
    .map((block) => block.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean);
}

function seenOn(pageUrl: URL): string {
  return pageUrl.href.replace(/#.*$/, '');
}
