import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { subgraphSdl } from '../sdl';
import type { Subgraph, SubgraphDeps } from '../subgraph';
import { searchResolvers, type SearchContext } from './resolvers';

/** Korea has one time zone and no daylight saving: UTC+9. */
function todayInKorea(): string {
  return new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
}

/** The search subgraph: `search` and `suggest` over the search index, answering with entity references. */
export function createSubgraph(deps: SubgraphDeps): Subgraph<SearchContext> {
  const typeDefs = parse(subgraphSdl('search'));
  return {
    name: 'search',
    typeDefs,
    schema: buildSubgraphSchema([{ typeDefs, resolvers: searchResolvers }]),
    createContext: () => ({ store: deps.store, today: todayInKorea }),
  };
}
