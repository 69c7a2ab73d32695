import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { loadConfig, type Config } from '../../common/config';
import { subgraphSdl } from '../sdl';
import type { Subgraph, SubgraphDeps } from '../subgraph';
import { generationReader, SearchResultCache } from './result-cache';
import { searchResolvers, type SearchConnection, type SearchContext } from './resolvers';
import { lexemeStatsReader } from './stats';
import { synonymTableReader } from './synonyms';

/** Korea has one time zone and no daylight saving: UTC+9. */
function todayInKorea(): string {
  return new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The search subgraph: `search` and `suggest` over the search index, answering
 * with entity references. `config` defaults to the process's configuration,
 * read here once (the hub's SubgraphDeps carry only the store).
 */
export function createSubgraph(deps: SubgraphDeps & { config?: Config }): Subgraph<SearchContext> {
  const config = deps.config ?? loadConfig();
  const typeDefs = parse(subgraphSdl('search'));
  // One cache per subgraph instance (per process), shared by its requests: results are public.
  const cache = new SearchResultCache<SearchConnection>(config.SEARCH_CACHE_ENTRIES);
  const generation = generationReader(deps.store);
  const stats = lexemeStatsReader(deps.store);
  const synonyms = synonymTableReader(deps.store, generation);
  return {
    name: 'search',
    typeDefs,
    schema: buildSubgraphSchema([{ typeDefs, resolvers: searchResolvers }]),
    createContext: () => ({ store: deps.store, today: todayInKorea, cache, generation, stats, synonyms }),
  };
}
