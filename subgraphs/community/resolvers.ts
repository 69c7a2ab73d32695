import type { Principal } from '../../common/auth';
import type { Store } from '../../store';
import { createLoaders, type CommunityLoaders } from './loaders';
import { moderationResolvers } from './moderation';
import type { CommunityOptions } from './options';
import { qnaResolvers } from './qna';
import { reviewResolvers } from './reviews';

export interface CommunityContext {
  store: Store;
  options: CommunityOptions;
  principal: () => Promise<Principal | null>;
  loaders: CommunityLoaders;
}

export { createLoaders };

export function createResolvers() {
  const { Query: rq, Mutation: rm, ...reviewTypes } = reviewResolvers;
  return {
    ...reviewTypes,
    Question: qnaResolvers.Question,
    Answer: qnaResolvers.Answer,
    ModerationItem: moderationResolvers.ModerationItem,
    Query: { ...rq, ...qnaResolvers.Query, ...moderationResolvers.Query },
    Mutation: { ...rm, ...qnaResolvers.Mutation, ...moderationResolvers.Mutation },
  };
}
