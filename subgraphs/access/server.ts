import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createTokenVerifier, type Principal } from '../../common/auth';
import { loadConfig, type Config } from '../../common/config';
import { subgraphSdl } from '../sdl';
import type { RequestInfo, Subgraph, SubgraphDeps } from '../subgraph';
import { createResolvers, type AccessContext } from './resolvers';

/**
 * Partner API keys (issue 7): the admin surface over schema `access`. Admins
 * are the hub's own ADMIN tokens; a partner key never administers keys.
 */
export function createSubgraph(deps: SubgraphDeps & { config?: Config }): Subgraph<AccessContext> {
  const config = deps.config ?? loadConfig();
  const verifier = createTokenVerifier(config, deps.store);
  const typeDefs = parse(subgraphSdl('access'));
  const resolvers = createResolvers(deps.store, { perSecond: config.OPENAPI_DEFAULT_PER_SECOND, perDay: config.OPENAPI_DEFAULT_PER_DAY });
  return {
    name: 'access',
    typeDefs,
    schema: buildSubgraphSchema([{ typeDefs, resolvers }]),
    createContext(request?: RequestInfo): AccessContext {
      let principal: Promise<Principal | null> | null = null;
      // A request that carries a partner key is a partner's, whatever its token says.
      return { principal: () => (principal ??= request?.headers['x-api-key'] ? Promise.resolve(null) : verifier.verify(request?.headers.authorization)) };
    },
  };
}
