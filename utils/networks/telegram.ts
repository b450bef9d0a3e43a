import { parseCount } from './count';
import { attr, capturePage, compact, linesOf, safely, textOf, toIso } from './dom';
import type { CapturedAccount, CapturedPost, NetworkAdapter } from './types';

/**
 * Telegram channels' public web preview, `t.me/s/<channel>`. The preview shows views and reactions
 * but no comment or forward counts, and never marks a post as pinned (pinning shows up only as a
 * service message, "Channel pinned «…»", which is not a post).
 */
const HOST = /^(?:www\.)?(?:t|telegram)\.me$/i;
const PREVIEW_PATH = /^\/s\/[A-Za-z0-9_]{3,}(?:\/|$)/;
const POST = '.tgme_widget_message';
const CHANNEL = /^[A-Za-z0-9_]{3,}$/;
/** t.me paths that are not a channel: private-channel links, invites, the preview prefix. */
const NOT_CHANNELS = new Set(['s', 'c', 'joinchat', 'addstickers', 'share', 'proxy', 'iv']);

export const telegramAdapter: NetworkAdapter = {
  network: 'telegram',
  postSelector: POST,
  matches: (url) => HOST.test(url.hostname) && PREVIEW_PATH.test(url.pathname),
  extract: (root, url) => capturePage(root, POST, readPost, (page) => readAccount(page, url)),
  extractAccount: (doc, url) => safely(() => readAccount(doc, url)),
};

function readPost(message: Element): CapturedPost | undefined {
  if (message.classList.contains('service_message')) return undefined;
  const own = (selector: string) => ownFirst(message, selector);
  const ref =
    postRef(attr(message, 'data-post')) ??
    postRef(pathOf(attr(own('a.tgme_widget_message_date'), 'href')));
  if (!ref) return undefined;

  const text = linesOf(own('.tgme_widget_message_text'));
  const authorName = textOf(own('.tgme_widget_message_owner_name'));
  return compact({
    network: 'telegram' as const,
    postId: `${ref.channel}/${ref.id}`,
    url: `https://t.me/${ref.channel}/${ref.id}`,
    authorHandle: ref.channel,
    authorName: authorName || undefined,
    publishedAt: toIso(attr(own('.tgme_widget_message_date time[datetime]'), 'datetime')),
    text: text || undefined,
    metrics: compact({
      likes: reactionsOf(own('.tgme_widget_message_reactions')),
      views: parseCount(textOf(own('.tgme_widget_message_views'))),
    }),
    repostOf: forwardedFrom(own('.tgme_widget_message_forwarded_from')),
  });
}

/** The first match that belongs to this message itself, not to the post it replies to. */
function ownFirst(message: Element, selector: string): Element | undefined {
  return Array.from(message.querySelectorAll(selector)).find(
    (el) => el.closest(POST) === message && !el.closest('.tgme_widget_message_reply'),
  );
}

function postRef(path: string | undefined): { channel: string; id: string } | undefined {
  const match = /^\/?([A-Za-z0-9_]{3,})\/(\d+)$/.exec(path ?? '');
  return match && !NOT_CHANNELS.has(match[1]!.toLowerCase()) ? { channel: match[1]!, id: match[2]! } : undefined;
}

function pathOf(href: string | undefined): string | undefined {
  return href?.replace(/^(?:https?:)?\/\/[^/]+/i, '').split(/[?#]/)[0];
}

/**
 * The sum of every reaction's count, paid (star) reactions included. A reaction's count is its own
 * text; the emoji is drawn inside a child element.
 */
function reactionsOf(box: Element | undefined): number | undefined {
  let total: number | undefined;
  for (const reaction of Array.from(box?.querySelectorAll('.tgme_reaction') ?? [])) {
    const ownText = Array.from(reaction.childNodes)
      .filter((node) => node.nodeType === 3)
      .map((node) => node.textContent ?? '')
      .join(' ');
    const count = parseCount(ownText);
    if (count !== undefined) total = (total ?? 0) + count;
  }
  return total;
}

/** "Forwarded from" links to the source channel's post; a hidden or private source has only a name. */
function forwardedFrom(forwarded: Element | undefined): string | undefined {
  const source = forwarded?.querySelector('.tgme_widget_message_forwarded_from_name');
  if (!source) return undefined;
  const channel = pathOf(attr(source, 'href'))?.split('/').filter(Boolean)[0];
  if (channel && CHANNEL.test(channel) && !NOT_CHANNELS.has(channel.toLowerCase())) return channel;
  return textOf(source) || undefined;
}

/** The channel header of the preview: title, @username and "12.3K subscribers". */
function readAccount(root: ParentNode, url: URL): CapturedAccount | undefined {
  const info = root.querySelector('.tgme_channel_info');
  if (!info) return undefined;
  const username = info.querySelector('.tgme_channel_info_header_username');
  const handle = [
    textOf(username).replace(/^@/, ''),
    pathOf(attr(username?.querySelector('a[href]'), 'href'))?.split('/').filter(Boolean)[0],
    url.pathname.split('/').filter(Boolean)[1],
  ].find((candidate) => candidate && CHANNEL.test(candidate) && !NOT_CHANNELS.has(candidate.toLowerCase()));
  if (!handle) return undefined;

  const subscribers = Array.from(info.querySelectorAll('.tgme_channel_info_counter')).find((counter) =>
    /subscriber|member|подписчик|участник/i.test(textOf(counter.querySelector('.counter_type'))),
  );
  const name = textOf(info.querySelector('.tgme_channel_info_header_title'));
  return compact({
    network: 'telegram' as const,
    handle,
    name: name || undefined,
    url: `https://t.me/${handle}`,
    followers: parseCount(textOf(subscribers?.querySelector('.counter_value'))),
  });
}
