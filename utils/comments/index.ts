import { instagramComments } from './instagram';
import { redditComments } from './reddit';
import type { CommentSource } from './types';
import { vkComments } from './vk';
import { xComments } from './x';
import { youtubeComments } from './youtube';
import type { Network } from '../networks/types';

/** Every network whose comments SMM Deck reads, one source each. */
export const commentSources: readonly CommentSource[] = [xComments, youtubeComments, vkComments, instagramComments, redditComments];

export function commentSourceFor(network: Network): CommentSource | undefined {
  return commentSources.find((source) => source.network === network);
}
