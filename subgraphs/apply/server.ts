import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createPartnerVerifier } from '../../common/access/partner-verifier';
import { createTokenVerifier, type Principal } from '../../common/auth';
import { loadConfig, type Config } from '../../common/config';
import { subgraphSdl } from '../sdl';
import type { RequestInfo, Subgraph, SubgraphDeps } from '../subgraph';
import { createApplyLoaders } from './loaders';
import { applyOptionsFrom } from './options';
import { createResolvers, type ApplyContext } from './resolvers';

/**
 * 입소대기·돌봄 예약·알림 subgraph (issue 6). The caller's identity comes from
 * the Authorization header that createContext receives, the same in-process
 * and over HTTP. `config` defaults to the process's configuration, read here
 * once at start-up (the hub's SubgraphDeps carry only the store).
 */
export function createSubgraph(deps: SubgraphDeps & { config?: Config }): Subgraph<ApplyContext> {
  const config = deps.config ?? loadConfig();
  const verifier = createTokenVerifier(config, deps.store);
  const partners = createPartnerVerifier(deps.store);
  const typeDefs = parse(subgraphSdl('apply'));
  const resolvers = createResolvers(deps.store, applyOptionsFrom(config));
  return {
    name: 'apply',
    typeDefs,
    schema: buildSubgraphSchema([{ typeDefs, resolvers }]),
    createContext(request?: RequestInfo): ApplyContext {
      let principal: Promise<Principal | null> | null = null;
      return {
        // With a partner's API key the bearer token is its citizen's, from the partner's identity provider (issue 7).
        principal: () => {
          const apiKey = request?.headers['x-api-key'];
          return (principal ??= apiKey ? partners.verify(apiKey, request?.headers.authorization) : verifier.verify(request?.headers.authorization));
        },
        loaders: createApplyLoaders(deps.store),
      };
    },
  };
}
