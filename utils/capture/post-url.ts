import type { Network } from '../networks/types';

/**
 * The id of the post a page is about, read from the page's URL alone, in the form the capture
 * adapters give `postId` (an X status id, `-1_2` on VK, `t3_abc` on Reddit, `channel/12` on
 * Telegram…); undefined on a page that is not one post's own.
 */
export function postIdFromUrl(network: Network, url: URL): string | undefined {
  const path = url.pathname;
  const first = (pattern: RegExp, text = path) => pattern.exec(text)?.[1];
  switch (network) {
    case 'x':
      return first(/^\/[^/]+\/status\/(\d{1,25})(?:\/|$)/);
    case 'youtube':
      return path === '/watch' ? validVideo(url.searchParams.get('v')) : validVideo(first(/^\/shorts\/([\w-]{11})\/?$/));
    case 'vk':
      return first(/^\/wall(-?\d+_\d+)\/?$/) ?? first(/^wall(-?\d+_\d+)$/, url.searchParams.get('w') ?? '');
    case 'instagram':
      return first(/^(?:\/[\w.]+)?\/(?:p|reels?)\/([\w-]{5,40})\/?/);
    case 'reddit': {
      const id = first(/^\/r\/[^/]+\/comments\/([a-z0-9]{2,12})(?:\/|$)/i);
      return id ? `t3_${id.toLowerCase()}` : undefined;
    }
    case 'telegram': {
      const match = /^\/(?:s\/)?(\w{4,64})\/(\d+)\/?$/.exec(path);
      return match ? `${match[1]}/${match[2]}` : undefined;
    }
    case 'threads':
      return first(/^\/@[\w.]+\/post\/([\w-]{5,40})\/?$/);
    case 'tiktok':
      return first(/^\/@[\w.-]+\/(?:video|photo)\/(\d{10,25})\/?$/);
    case 'bluesky':
      return first(/^\/profile\/[^/]+\/post\/([a-z0-9]{10,20})\/?$/);
    case 'linkedin':
      // A post's public address names its activity too: `/posts/<author>_<words>-activity-<id>-<code>/`.
      return first(/urn:li:(?:activity|ugcPost|share):(\d{10,25})/) ?? first(/^\/posts\/[^/]+-activity-(\d{10,25})-[\w-]+\/?$/);
    case 'facebook':
      return (
        first(/^\/[^/]+\/(?:posts|videos)\/([\w]{5,80})\/?$/) ??
        first(/^\/groups\/[^/]+\/posts\/(\d{5,25})\/?$/) ??
        first(/^\/reel\/(\d{5,25})\/?$/) ??
        (path === '/permalink.php' || path === '/story.php' ? (url.searchParams.get('story_fbid') ?? undefined) : undefined)
      );
    case 'mastodon':
      return first(/^\/@[^/]+\/(\d{6,25})\/?$/);
    case 'ok':
      return first(/^\/group\/\d+\/topic\/(\d+)\/?$/);
    case 'dzen':
      return first(/^\/(?:a|b|shorts|video\/watch)\/([A-Za-z0-9_-]{8,64})\/?$/);
  }
}

function validVideo(id: string | null | undefined): string | undefined {
  return id && /^[\w-]{11}$/.test(id) ? id : undefined;
}
