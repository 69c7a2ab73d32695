import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { subgraphSdl } from '../sdl';
import type { Subgraph, SubgraphDeps } from '../subgraph';
import { statsResolvers, type StatsContext } from './resolvers';
import { facilityTrendResolvers } from './facility-trend';
import { welfareStatsResolvers } from './welfare-resolvers';

/**
 * 보육통계 subgraph (issue 20): time series over the daily history
 * (stats.*, filed by subgraphs/stats/snapshot-writer.ts) and apply's waiting
 * lists. Public figures, no sign-in; small cells suppressed (suppress.ts).
 */
export function createSubgraph(deps: SubgraphDeps): Subgraph<StatsContext> {
  const typeDefs = parse(subgraphSdl('stats'));
  return {
    name: 'stats',
    typeDefs,
    schema: buildSubgraphSchema([{ typeDefs, resolvers: { ...statsResolvers, Query: { ...statsResolvers.Query, ...welfareStatsResolvers.Query, ...facilityTrendResolvers.Query } } as never }]),
    createContext: () => ({ store: deps.store }),
  };
}
