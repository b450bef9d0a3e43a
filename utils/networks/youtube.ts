import { parseCount } from './count';
import { attr, compact, countBefore, documentOf, isDocument, queryAllWithSelf, safely, textOf, toIso } from './dom';
import type { CapturedAccount, CapturedPost, NetworkAdapter, PageCapture, PostMetrics } from './types';

/**
 * YouTube on the desktop site: the home grid, a channel's Videos / Shorts tabs and a watch page.
 * `text` is the video title. Grid cells show views only; their relative dates ("10 hours ago")
 * are too vague to keep. m.youtube.com renders other components (ytm-*) and is not read.
 */
const ORIGIN = 'https://www.youtube.com';
const HOSTS = new Set(['www.youtube.com', 'youtube.com']);

/** Grid and list cells: home, channel tabs, subscriptions, search results, old Shorts shelves. */
const ITEM_SELECTOR =
  'ytd-rich-item-renderer, ytd-grid-video-renderer, ytd-video-renderer, ytd-reel-item-renderer';
const AD_SELECTOR =
  'ytd-ad-slot-renderer, ytd-in-feed-ad-layout-renderer, ytd-promoted-video-renderer, ' +
  'ytd-display-ad-renderer, ytd-promoted-sparkles-web-renderer';
const TITLE_LINK_SELECTOR =
  'a#video-title-link, a#video-title, a.yt-lockup-metadata-view-model__title, ' +
  'a.yt-lockup-metadata-view-model-wiz__title, a.shortsLockupViewModelHostOutsideMetadataEndpoint, ' +
  'a.shortsLockupViewModelHostEndpoint, a.reel-item-endpoint, a#thumbnail, ' +
  'a.yt-lockup-view-model__content-image, a[href*="/watch?v="], a[href^="/shorts/"]';
const TITLE_SELECTOR =
  '#video-title, .yt-lockup-metadata-view-model__title, .yt-lockup-metadata-view-model-wiz__title, ' +
  'h3.shortsLockupViewModelHostMetadataTitle, .shortsLockupViewModelHostOutsideMetadataTitle';
const CHANNEL_LINK_SELECTOR =
  'ytd-channel-name a[href], #channel-name a[href], a#avatar-link[href], #channel-info a[href], ' +
  'yt-content-metadata-view-model a[href], .yt-content-metadata-view-model-wiz a[href]';
const METADATA_TEXT_SELECTOR =
  '#metadata-line span, .inline-metadata-item, .yt-content-metadata-view-model__metadata-text, ' +
  '.yt-content-metadata-view-model-wiz__metadata-text, .shortsLockupViewModelHostMetadataSubhead, ' +
  '.shortsLockupViewModelHostOutsideMetadataSubhead, #metadata-line yt-formatted-string';

const HEADER_SELECTOR =
  'yt-page-header-view-model, yt-page-header-renderer, ytd-c4-tabbed-header-renderer, #channel-header';
const VIEWS = 'views?|просмотр';
const SHORTS_LABEL_VIEWS =
  /,\s*(\d[\d\s.,]*(?:thousand|million|billion|тыс|млн|млрд|[KMB])?\.?\s*(?:views?|просмотр[а-яё]*))\s*[-–—][^,]*$/iu;
const SUBSCRIBERS = 'subscribers?|подписчик';

interface Channel {
  handle: string;
  name?: string;
}

export const youtubeAdapter: NetworkAdapter = {
  network: 'youtube',
  postSelector: `${ITEM_SELECTOR}, ytd-watch-metadata`,
  matches: (url) => HOSTS.has(url.hostname),
  extract: (root, url) => safely(() => extractPage(root, url)) ?? { posts: [] },
};

function extractPage(root: ParentNode, url: URL): PageCapture {
  const watchId = url.pathname === '/watch' ? url.searchParams.get('v') : null;
  if (watchId) return safely(() => watchPage(root, watchId)) ?? { posts: [] };

  // A cell re-read alone still belongs to the channel whose page it is on.
  const page = safely(() => channelAccount(documentOf(root), url));
  const owner = page ? compact({ handle: page.handle, name: page.name }) : undefined;
  const posts = new Map<string, CapturedPost>();
  for (const item of queryAllWithSelf(root, ITEM_SELECTOR)) {
    const post = safely(() => gridPost(item, owner));
    if (post && !posts.has(post.postId)) posts.set(post.postId, post);
  }
  const account = page && (isDocument(root) || root.querySelector(HEADER_SELECTOR)) ? page : undefined;
  return account ? { account, posts: [...posts.values()] } : { posts: [...posts.values()] };
}

// ---- grid cells -------------------------------------------------------------------------------

function gridPost(item: Element, owner: Channel | undefined): CapturedPost | undefined {
  if (item.querySelector(AD_SELECTOR)) return undefined;
  let link: Element | undefined;
  let video: VideoLink | undefined;
  for (const candidate of item.querySelectorAll(TITLE_LINK_SELECTOR)) {
    video = videoLink(attr(candidate, 'href'));
    if (video) {
      link = candidate;
      break;
    }
  }
  // A playlist or mix links its first video with `list=`: it is not a post of its own.
  if (!video || video.inPlaylist) return undefined;

  const title = textOf(item.querySelector(TITLE_SELECTOR)) || attr(link, 'title');
  const channel = itemChannel(item) ?? owner;
  // The home grid's Shorts cells do not name their channel: a post nobody wrote is not kept.
  if (!channel?.handle) return undefined;
  return compact({
    network: 'youtube' as const,
    postId: video.id,
    url: video.short ? `${ORIGIN}/shorts/${video.id}` : `${ORIGIN}/watch?v=${video.id}`,
    authorHandle: channel.handle,
    authorName: channel?.name,
    text: title || undefined,
    metrics: compact<PostMetrics>({ views: itemViews(item) }),
  });
}

function itemChannel(item: Element): Channel | undefined {
  for (const link of item.querySelectorAll(CHANNEL_LINK_SELECTOR)) {
    const handle = channelHandle(attr(link, 'href'));
    if (!handle) continue;
    const name =
      textOf(item.querySelector('ytd-channel-name #text a, ytd-channel-name a')) ||
      attr(item.querySelector('ytd-channel-name #text'), 'title') ||
      attr(item.querySelector('a#avatar-link'), 'title') ||
      textOf(link);
    return compact({ handle, name: name || undefined });
  }
  return undefined;
}

/**
 * Views from the cell's metadata line ("321K views", "1,2 млн просмотров"); a Short also says it
 * in its label ("Title, 867 thousand views - play Short"). Only the label's last part is read,
 * so a title such as "1 million views in a day" is never taken for the count.
 */
function itemViews(item: Element): number | undefined {
  for (const span of item.querySelectorAll(METADATA_TEXT_SELECTOR)) {
    const text = textOf(span);
    if (/^(?:no views|нет просмотров)$/i.test(text)) return 0;
    const views = countBefore(attr(span, 'aria-label'), VIEWS) ?? countBefore(text, VIEWS);
    if (views !== undefined) return views;
  }
  const label = attr(item.querySelector('h3[aria-label]'), 'aria-label');
  return countBefore(label && SHORTS_LABEL_VIEWS.exec(label)?.[1], VIEWS);
}

// ---- channel pages ----------------------------------------------------------------------------

function channelAccount(root: ParentNode, url: URL): CapturedAccount | undefined {
  const fromUrl = channelHandle(url.pathname);
  if (!fromUrl) return undefined;
  const header = root.querySelector(HEADER_SELECTOR);
  let handleText: string | undefined;
  let followers: number | undefined;
  // Only the metadata rows: the description under them may quote other counts ("join 1M subscribers").
  const rows = 'yt-content-metadata-view-model span, #channel-handle, #subscriber-count, #videos-count';
  for (const el of header?.querySelectorAll(rows) ?? []) {
    const text = textOf(el);
    handleText ??= /^@(\S+)$/.exec(text)?.[1];
    followers ??= countBefore(attr(el, 'aria-label'), SUBSCRIBERS) ?? countBefore(text, SUBSCRIBERS);
  }
  // `/@name` in the address is the handle itself; `/channel/UC…` only names the channel's id.
  const handle = url.pathname.startsWith('/@') || !handleText ? fromUrl : handleText;
  const name = textOf(header?.querySelector('h1, #channel-name #text'));
  return compact({
    network: 'youtube' as const,
    handle,
    name: name || undefined,
    url: channelUrl(handle),
    followers,
  });
}

// ---- watch page -------------------------------------------------------------------------------

function watchPage(root: ParentNode, id: string): PageCapture {
  const meta = queryAllWithSelf(root, 'ytd-watch-metadata')[0];
  // The watch metadata is reused between videos: while it still shows another one, skip it.
  const current = meta && (attr(meta, 'video-id') ?? id) === id ? meta : undefined;
  // The microdata and the comments sit outside the watch metadata: read them from the document.
  const doc = documentOf(root);
  const micro = microdata(doc, id);
  if (!current && !(isDocument(root) && micro)) return { posts: [] };

  const ownerLink = current?.querySelector('ytd-video-owner-renderer a[href], #owner a[href]');
  const handle = channelHandle(attr(ownerLink, 'href')) ?? channelHandle(microUrl(micro, 'author'));
  // A video whose channel cannot be read is not kept: every post has an author.
  if (!handle) return { posts: [] };
  const name =
    textOf(current?.querySelector('ytd-video-owner-renderer ytd-channel-name a, #owner ytd-channel-name a')) ||
    attr(micro?.querySelector('[itemprop="author"] [itemprop="name"]'), 'content');
  const subscribers = current?.querySelector('#owner-sub-count');
  const followers = parseCount(attr(subscribers, 'aria-label')) ?? parseCount(textOf(subscribers));

  const tooltip = textOf(current?.querySelector('ytd-watch-info-text tp-yt-paper-tooltip, #info-container tp-yt-paper-tooltip'));
  const infoSpans = [...(current?.querySelectorAll('#info-container #info span, #info-container #info') ?? [])].map(textOf);
  const views =
    parseCount(microContent(micro, 'interactionCount') ?? microContent(micro, 'userInteractionCount')) ??
    countBefore(tooltip, VIEWS) ??
    countBefore(attr(current?.querySelector('#view-count'), 'aria-label'), VIEWS) ??
    infoSpans.map((text) => countBefore(text, VIEWS)).find((count) => count !== undefined);

  const likeButton = current?.querySelector(
    'like-button-view-model button, #segmented-like-button button, ytd-segmented-like-dislike-button-renderer #like-button button',
  );
  // The label holds the exact count; the button text is compact ("12K"), or "Like" when the
  // channel hides the count, which leaves likes absent.
  const likes =
    parseCount(attr(likeButton, 'aria-label')) ??
    parseCount(textOf(likeButton?.querySelector('.yt-spec-button-shape-next__button-text-content')));
  const commentsHeader = doc.querySelector('ytd-comments-header-renderer #count, ytd-comments-header-renderer h2');
  const comments = countBefore(textOf(commentsHeader), 'comments?|комментари');

  const publishedAt =
    toIso(microContent(micro, 'datePublished') ?? microContent(micro, 'uploadDate')) ??
    dayIn(tooltip) ??
    infoSpans.map(dayIn).find(Boolean);
  const title = textOf(current?.querySelector('#title h1, h1')) || microContent(micro, 'name');

  const post: CapturedPost = compact({
    network: 'youtube' as const,
    postId: id,
    url: `${ORIGIN}/watch?v=${id}`,
    authorHandle: handle,
    authorName: name || undefined,
    publishedAt,
    text: title || undefined,
    metrics: compact<PostMetrics>({ likes, comments, views }),
  });
  const account = compact({
    network: 'youtube' as const,
    handle,
    name: name || undefined,
    url: channelUrl(handle),
    followers,
  });
  return { account, posts: [post] };
}

/**
 * The server-rendered `#watch7-content` microdata (exact views, the upload time). It describes
 * the video the tab was opened on and goes stale after in-app navigation, so it is used only
 * when its identifier is the current video.
 */
function microdata(root: ParentNode, id: string): Element | undefined {
  const block = queryAllWithSelf(root, '#watch7-content, [itemtype$="schema.org/VideoObject"]')[0];
  const identifier = block?.querySelector(':scope > [itemprop="identifier"], :scope > [itemprop="videoId"]');
  return attr(identifier, 'content') === id ? block : undefined;
}

function microContent(micro: Element | undefined, prop: string): string | undefined {
  return attr(micro?.querySelector(`[itemprop="${prop}"]`), 'content');
}

function microUrl(micro: Element | undefined, owner: string): string | undefined {
  return attr(micro?.querySelector(`[itemprop="${owner}"] [itemprop="url"]`), 'href');
}

// ---- reading links, counts and dates -----------------------------------------------------------

interface VideoLink {
  id: string;
  short: boolean;
  inPlaylist: boolean;
}

function videoLink(href: string | undefined): VideoLink | undefined {
  const parsed = safely(() => (href ? new URL(href, ORIGIN) : undefined));
  if (!parsed || !HOSTS.has(parsed.hostname)) return undefined;
  const short = /^\/shorts\/([\w-]{11})(?:[/?#]|$)/.exec(parsed.pathname)?.[1];
  if (short) return { id: short, short: true, inPlaylist: false };
  const id = parsed.pathname === '/watch' ? parsed.searchParams.get('v') : null;
  return id && /^[\w-]{11}$/.test(id) ? { id, short: false, inPlaylist: parsed.searchParams.has('list') } : undefined;
}

/** `@name` from `/@name/videos`, else the id from `/channel/UC…`, or the name from `/c/…` and `/user/…`. */
function channelHandle(href: string | undefined): string | undefined {
  const path = safely(() => (href ? new URL(href, ORIGIN) : undefined));
  if (!path || !HOSTS.has(path.hostname)) return undefined;
  const match = /^\/(?:@([^/]+)|channel\/(UC[\w-]+)|(?:c|user)\/([^/]+))/.exec(path.pathname);
  const raw = match?.[1] ?? match?.[2] ?? match?.[3];
  return raw ? (safely(() => decodeURIComponent(raw)) ?? raw) : undefined;
}

function channelUrl(handle: string): string {
  return /^UC[\w-]{22}$/.test(handle) ? `${ORIGIN}/channel/${handle}` : `${ORIGIN}/@${handle}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RU_MONTHS = ['янв', 'фев', 'мар', 'апр', 'ма', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

/** A calendar day written out ("Apr 29, 2025", "29 апр. 2025 г."), as midnight UTC. */
function dayIn(text: string): string | undefined {
  const en = /\b([A-Z][a-z]{2})[a-z]*\.? (\d{1,2}), (\d{4})\b/.exec(text);
  if (en) return utcDay(Number(en[3]), MONTHS.indexOf(en[1]!.toLowerCase()), Number(en[2]));
  const ru = /(?<!\d)(\d{1,2}) ([а-яё]{3,})\.? (\d{4})/iu.exec(text);
  if (!ru) return undefined;
  const word = ru[2]!.toLowerCase();
  const month = RU_MONTHS.findIndex((prefix) => word.startsWith(prefix)); // 'мар' is tried before 'ма'
  return utcDay(Number(ru[3]), month, Number(ru[1]));
}

function utcDay(year: number, month: number, day: number): string | undefined {
  if (month < 0 || day < 1 || day > 31) return undefined;
  return new Date(Date.UTC(year, month, day)).toISOString();
}
