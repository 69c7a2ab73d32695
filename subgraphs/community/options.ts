import type { Config } from '../../common/config';

/** The community knobs of the hub's configuration (common/config.ts), read once at start-up. */
export interface CommunityOptions {
  postsPerHour: number;
  postsPerDay: number;
  newAccountHeldPosts: number;
}

export function communityOptions(config: Config): CommunityOptions {
  return Object.freeze({
    postsPerHour: config.COMMUNITY_POSTS_PER_HOUR,
    postsPerDay: config.COMMUNITY_POSTS_PER_DAY,
    newAccountHeldPosts: config.COMMUNITY_NEW_ACCOUNT_HELD_POSTS,
  });
}
