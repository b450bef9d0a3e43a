/**
 * A plan item's text for one network, and the address of that network's composer. Where a
 * network takes the text in its share link the composer opens filled in; elsewhere it opens empty
 * and the user pastes the text SMM Deck copied.
 */
import type { PlanItemRow } from '../platform/db';
import type { Network } from '../networks/types';
import { insertHashtags } from './hashtags';

/** The text as it will be posted on `network`: its variant or the body, plus missing links and hashtags. */
export function postText(item: Pick<PlanItemRow, 'body' | 'variants' | 'links' | 'hashtags'>, network?: Network): string {
  const base = (network && item.variants?.[network]) || item.body;
  const missingLinks = item.links.filter((link) => !base.includes(link));
  const withLinks = missingLinks.length ? `${base.replace(/\s+$/, '')}${base.trim() ? '\n\n' : ''}${missingLinks.join('\n')}` : base;
  return insertHashtags(withLinks, item.hashtags);
}

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

/**
 * Composer addresses, each checked against the network's own documentation where it has one:
 * X web intents, Telegram's share button (core.telegram.org/widgets/share), Bluesky's action
 * intent links (docs.bsky.app/docs/advanced-guides/intent-links), Threads' web intents, Mastodon's
 * /share page. LinkedIn's `shareActive` is undocumented but long-lived. Facebook, Instagram, VK,
 * TikTok, YouTube, OK and Dzen take no text in a link: their post forms open empty.
 */
export function composerUrl(network: Network, text: string, options: { title?: string; links?: readonly string[]; mastodonInstance?: string } = {}): string {
  const link = options.links?.[0];
  switch (network) {
    case 'x':
      return `https://x.com/intent/post?${query({ text })}`;
    case 'telegram':
      // `url` is required; without a link the text itself goes there, as Telegram shows it as the message.
      return `https://t.me/share/url?${query(link ? { url: link, text } : { url: text })}`;
    case 'bluesky':
      return `https://bsky.app/intent/compose?${query({ text })}`;
    case 'threads':
      return `https://www.threads.net/intent/post?${query({ text })}`;
    case 'mastodon':
      return `https://${options.mastodonInstance ?? 'mastodon.social'}/share?${query({ text })}`;
    case 'linkedin':
      return `https://www.linkedin.com/feed/?${query({ shareActive: 'true', text })}`;
    case 'reddit':
      return `https://www.reddit.com/submit?${query({ type: 'TEXT', title: options.title ?? '', text })}`;
    case 'vk':
      return link ? `https://vk.com/share.php?${query({ url: link })}` : 'https://vk.com/feed';
    case 'facebook':
      return 'https://www.facebook.com/';
    case 'instagram':
      return 'https://www.instagram.com/';
    case 'tiktok':
      return 'https://www.tiktok.com/tiktokstudio/upload';
    case 'youtube':
      return 'https://studio.youtube.com/';
    case 'ok':
      return 'https://ok.ru/';
    case 'dzen':
      return 'https://dzen.ru/';
  }
}

/** The composer of `network` for a plan item. */
export function itemComposerUrl(item: PlanItemRow, network: Network, mastodonInstance?: string): string {
  return composerUrl(network, postText(item, network), { title: item.title, links: item.links, mastodonInstance });
}
