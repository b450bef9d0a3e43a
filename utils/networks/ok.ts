import { parseCount } from './count';
import { plausibleCount } from './limits';
import { attr, capturePage, compact, countBefore, multilineTextOf, safely, textOf } from './dom';
import type { CapturedAccount, CapturedPost, NetworkAdapter, PostMetrics } from './types';
import { parseVkDate } from './vk';

/**
 * Odnoklassniki (ok.ru), desktop site: group feeds (`/group/<id>` or `/<alias>`) and a group
 * topic opened on its own (`/group/<gid>/topic/<tid>`, drawn in the media layer `.mlr_cnts`).
 * Every feed post is a `.feed-w`; its widgets are comments (`a[data-module="CommentWidgets"]`),
 * reshares ("Поделиться", `[data-type="RESHARE"]`), "Класс!" (`.js-klass`) and views.
 *
 * - `postId` is the topic id; `url` is https://ok.ru/group/<gid>/topic/<tid>.
 * - `authorHandle` is the group's alias when its links use one (`solodbrew`), else `group/<gid>`.
 * - A count's `data-count` is exact; the widget's text ("1,2 тыс.") is the fallback. A widget
 *   marked `__empty` shows no number because the count is 0.
 * - A reshared topic (`.media-reshare`) keeps the resharing group as author and sets `repostOf` to
 *   the original group; its text and links are the original's and are not read as the post's.
 * - Dates ("12 авг 2024 в 10:30", "вчера 18:02", "18:02" for today) are read as Moscow time.
 */
const HOSTS = new Set(['ok.ru', 'www.ok.ru']);
const ORIGIN = 'https://ok.ru';
const POST_SELECTOR = '.feed-w, .mlr_cnts';
const FOREIGN = `.media-reshare, .comments_lst, .comments_i, ${POST_SELECTOR}`;
/** The post's own widget bar: comments carry "Класс!" buttons of their own. */
const WIDGETS = '.widget-list';
const TOPIC_PATH = /\/group\/(\d+)\/topic\/(\d+)/;
const GROUP_PATH = /^\/(?:group\/(\d+)|([A-Za-z][\w.]{1,63}))\/?(?:$|[?#])/;
const RESERVED = new Set([
  'feed', 'group', 'groups', 'profile', 'messages', 'discussions', 'guests', 'marks', 'music', 'video',
  'photos', 'games', 'apps', 'gifts', 'settings', 'search', 'dk', 'help', 'live', 'market', 'hobby',
]);

function own(post: Element, selector: string, foreign: Element[]): Element[] {
  const found = Array.from(post.querySelectorAll(selector));
  return foreign.length ? found.filter((el) => !foreign.some((other) => other !== el && other.contains(el))) : found;
}

/** `solodbrew` for `/solodbrew`, `group/54321` for `/group/54321/...`; none for OK's own pages. */
function groupHandle(href: string | undefined): string | undefined {
  const path = safely(() => new URL(href ?? '', ORIGIN).pathname) ?? '';
  const numeric = /^\/group\/(\d+)/.exec(path)?.[1];
  if (numeric) return `group/${numeric}`;
  const alias = /^\/([A-Za-z][\w.]{1,63})\/?$/.exec(path)?.[1];
  return alias && !RESERVED.has(alias.toLowerCase()) ? alias : undefined;
}

/**
 * The topic. The layer (`.mlr_cnts`) shows the page's own topic. A feed post's comments widget
 * links to it, and its "Класс!" widget names it (`GROUP_TOPIC:<id>`); the group comes from a link
 * to the same topic or the page. No other link is trusted: a reshare's block or a comment, should
 * it lose its class, holds other topics' links.
 */
function topicOf(post: Element, foreign: Element[], url: URL): { gid?: string; tid: string } | undefined {
  const page = TOPIC_PATH.exec(url.pathname);
  if (page && post.classList.contains('mlr_cnts')) return { gid: page[1], tid: page[2]! };
  const linked = (el: Element | undefined) => TOPIC_PATH.exec(attr(el, 'href') ?? '');
  const comments = linked(own(post, `${WIDGETS} a[data-module="CommentWidgets"]`, foreign)[0]);
  if (comments) return { gid: comments[1], tid: comments[2]! };
  const klass = own(post, `${WIDGETS} [data-like-reference-id]`, foreign)[0];
  const tid = /^GROUP_TOPIC:(\d+)$/.exec(attr(klass, 'data-like-reference-id') ?? '')?.[1];
  if (!tid) return undefined;
  const textLink = linked(own(post, 'a.media-text_a', foreign)[0]);
  const gid = textLink?.[2] === tid ? textLink[1] : page?.[2] === tid ? page[1] : /^\/group\/(\d+)/.exec(url.pathname)?.[1];
  return { gid, tid };
}

function widgetCount(widget: Element | undefined): number | undefined {
  if (!widget) return undefined;
  for (const el of [widget, ...Array.from(widget.querySelectorAll('[data-count], [title]'))]) {
    const exact = attr(el, 'data-count');
    if (exact && /^\d+$/.test(exact) && plausibleCount(Number(exact)) !== undefined) return Number(exact);
    const titled = countBefore(attr(el, 'title'), 'просмотр|view');
    if (titled !== undefined) return titled;
  }
  const count = widget.querySelector('.widget_count') ?? widget;
  const shown = parseCount(textOf(count));
  if (shown !== undefined) return shown;
  return count.classList.contains('__empty') && !/\d/.test(textOf(count)) ? 0 : undefined;
}

function metricsOf(post: Element, foreign: Element[]): PostMetrics {
  const first = (selector: string) => own(post, selector.split(', ').map((part) => `${WIDGETS} ${part}`).join(', '), foreign)[0];
  return compact({
    likes: widgetCount(first('.js-klass, [data-like-icon]')),
    comments: widgetCount(first('a[data-module="CommentWidgets"], [data-type="COMMENT"]')),
    shares: widgetCount(first('[data-type="RESHARE"]')),
    views: widgetCount(first('.__views, [data-type="VIEWS"]')),
  });
}

/** "18:02" alone is today; the rest reads like VK's dates. */
function publishedAtOf(post: Element, foreign: Element[], now: Date): string | undefined {
  for (const el of own(post, '.feed_date, .ucard-date, time', foreign)) {
    const iso = safely(() => new Date(attr(el, 'datetime') ?? '').toISOString());
    if (iso) return iso;
    const text = textOf(el).replace(/^(\d{1,2}:\d{2})$/, 'сегодня в $1').replace(/^(вчера|сегодня)\s+(\d)/i, '$1 в $2');
    const parsed = text ? parseVkDate(text, now) : undefined;
    if (parsed) return parsed;
  }
  return undefined;
}

function parsePost(post: Element, url: URL, now: Date): CapturedPost | undefined {
  if (post.parentElement?.closest(POST_SELECTOR)) return undefined;
  const foreign = Array.from(post.querySelectorAll(FOREIGN));
  const topic = topicOf(post, foreign, url);
  const authorLink = own(post, 'a.group-link, a[data-l*="t,groupName"], .feed_h a.o, .mlr_top a.o', foreign)[0];
  const author = groupHandle(attr(authorLink, 'href')) ?? (topic?.gid ? `group/${topic.gid}` : undefined);
  if (!topic?.gid || !author) return undefined;
  const reshare = own(post, '.media-reshare', foreign).find((el) => !el.parentElement?.closest('.media-reshare'));
  const original = reshare ? groupHandle(attr(reshare.querySelector('a.group-link, a.o'), 'href')) : undefined;
  return compact({
    network: 'ok' as const,
    postId: topic.tid,
    url: `${ORIGIN}/group/${topic.gid}/topic/${topic.tid}`,
    authorHandle: author,
    authorName: textOf(authorLink) || undefined,
    publishedAt: publishedAtOf(post, foreign, now),
    text: multilineTextOf(own(post, '.media-text_cnt_tx', foreign)[0]),
    metrics: metricsOf(post, foreign),
    pinned: own(post, '.feed-i_pin, .feed_pin', foreign).length > 0 || undefined,
    repostOf: original && original !== author ? original : undefined,
  });
}

/** The group whose page this is; its members link says "12 345 участников". */
function accountOf(root: ParentNode, url: URL): CapturedAccount | undefined {
  const match = GROUP_PATH.exec(url.pathname);
  if (!match) return undefined;
  const handle = match[1] ? `group/${match[1]}` : match[2]!;
  if (!match[1] && RESERVED.has(handle.toLowerCase())) return undefined;
  const name = textOf(root.querySelector('.group-name_h, h1.group-name_h, .mctc_name_tx'));
  const members = Array.from(root.querySelectorAll('a[href$="/members"]'));
  let followers: number | undefined;
  for (const link of members) {
    followers = countBefore(textOf(link), 'участник|member') ?? parseCount(textOf(link.querySelector('.navMenuCount')));
    if (followers !== undefined) break;
  }
  return compact({ network: 'ok' as const, handle, name: name || undefined, url: `${ORIGIN}/${handle}`, followers });
}

export const okAdapter: NetworkAdapter = {
  network: 'ok',
  postSelector: POST_SELECTOR,
  matches: (url) => HOSTS.has(url.hostname.toLowerCase()),
  extract(root, url) {
    const now = new Date();
    return capturePage(root, POST_SELECTOR, (element) => parsePost(element, url, now), (page) => accountOf(page, url));
  },
  extractAccount: (doc, url) => safely(() => accountOf(doc, url)),
};
