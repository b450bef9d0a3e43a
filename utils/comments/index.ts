import { blueskyComments } from './bluesky';
import { facebookComments } from './facebook';
import { instagramComments } from './instagram';
import { linkedinComments } from './linkedin';
import { mastodonComments } from './mastodon';
import { redditComments } from './reddit';
import type { CommentSource } from './types';
import { vkComments } from './vk';
import { xComments } from './x';
import { youtubeComments } from './youtube';
import type { Network } from '../networks/types';

/** Every network whose comments SMM Deck reads, one source each. */
export const commentSources: readonly CommentSource[] = [xComments, youtubeComments, vkComments, instagramComments, redditComments, blueskyComments, mastodonComments, facebookComments, linkedinComments];

export function commentSourceFor(network: Network): CommentSource | undefined {
  return commentSources.find((source) => source.network === network);
}
