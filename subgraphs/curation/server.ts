import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createTokenVerifier, type Principal } from '../../common/auth';
import { loadConfig, type Config } from '../../common/config';
import { subgraphSdl } from '../sdl';
import type { RequestInfo, Subgraph, SubgraphDeps } from '../subgraph';
import { createCurationLoaders } from './loaders';
import { createResolvers, type CurationContext } from './resolvers';

/**
 * 큐레이션 subgraph (issue 8): editors' overrides, review queue, merges,
 * publish state, synonyms and the audit log. The caller comes from the
 * Authorization header, the same in-process and over HTTP; an X-API-Key
 * alone (a partner) carries no editor role and is refused. `config` defaults
 * to the process's configuration, read once here at start-up.
 */
export function createSubgraph(deps: SubgraphDeps & { config?: Config }): Subgraph<CurationContext> {
  const config = deps.config ?? loadConfig();
  const verifier = createTokenVerifier(config, deps.store);
  const typeDefs = parse(subgraphSdl('curation'));
  return {
    name: 'curation',
    typeDefs,
    schema: buildSubgraphSchema([{ typeDefs, resolvers: createResolvers(deps.store) }]),
    createContext(request?: RequestInfo): CurationContext {
      let principal: Promise<Principal | null> | null = null;
      return {
        principal: () => (principal ??= verifier.verify(request?.headers.authorization)),
        loaders: createCurationLoaders(deps.store),
      };
    },
  };
}
