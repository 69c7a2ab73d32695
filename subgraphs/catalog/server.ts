import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { subgraphSdl } from '../sdl';
import type { Subgraph, SubgraphDeps } from '../subgraph';
import { createCatalogLoaders } from './loaders';
import { catalogResolvers, type CatalogContext } from './resolvers';

/** The cross-stage catalog: `facility`, `facilities`, `policy`, `policies`, `program`, `programs` answering with entity references. */
export function createSubgraph(deps: SubgraphDeps): Subgraph<CatalogContext> {
  const typeDefs = parse(subgraphSdl('catalog'));
  return {
    name: 'catalog',
    typeDefs,
    schema: buildSubgraphSchema([{ typeDefs, resolvers: catalogResolvers }]),
    createContext: () => ({ db: deps.store, loaders: createCatalogLoaders(deps.store) }),
  };
}
