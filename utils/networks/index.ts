import { instagramAdapter } from './instagram';
import { blueskyAdapter } from './bluesky';
import { mastodonAdapter } from './mastodon';
import { okAdapter } from './ok';
import { dzenAdapter } from './dzen';
import { vkAdapter } from './vk';
import { redditAdapter } from './reddit';
import { youtubeAdapter } from './youtube';
import { xAdapter } from './x';
import { telegramAdapter } from './telegram';
import { linkedinAdapter } from './linkedin';
import { tiktokAdapter } from './tiktok';
import { facebookAdapter } from './facebook';
import { threadsAdapter } from './threads';
import type { NetworkAdapter } from './types';

/** Every network SMM Deck reads, one adapter each. */
export const adapters: readonly NetworkAdapter[] = [
  threadsAdapter,
  facebookAdapter,
  tiktokAdapter,
  linkedinAdapter,
  instagramAdapter,
  blueskyAdapter,
  mastodonAdapter,
  okAdapter,
  dzenAdapter,
  vkAdapter,
  redditAdapter,
  xAdapter,
  telegramAdapter,
  youtubeAdapter,
];

export function adapterFor(url: string | URL): NetworkAdapter | undefined {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  return adapters.find((adapter) => adapter.matches(parsed));
}
