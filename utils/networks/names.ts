import type { Network } from './types';

/** Every network, in the order the UI lists them. */
export const NETWORKS = [
  'x', 'telegram', 'vk', 'youtube', 'instagram', 'reddit', 'linkedin',
  'facebook', 'tiktok', 'threads', 'bluesky', 'mastodon', 'ok', 'dzen',
] as const satisfies readonly Network[];
