import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { subgraphSdl } from '../sdl';
import type { Subgraph, SubgraphDeps } from '../subgraph';
import { catalogResolvers, type CatalogContext } from './resolvers';

/** The cross-stage catalog: `facility`, `facilities`, `policy`, `policies` answering with entity references. */
export function createSubgraph(deps: SubgraphDeps): Subgraph<CatalogContext> {
  const typeDefs = parse(subgraphSdl('catalog'));
  return {
    name: 'catalog',
    typeDefs,
    schema: buildSubgraphSchema([{ typeDefs, resolvers: catalogResolvers }]),
    createContext: () => ({ db: deps.store }),
  };
}
