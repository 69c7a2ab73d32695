import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createTokenVerifier, type Principal } from '../../common/auth';
import { loadConfig, type Config } from '../../common/config';
import { subgraphSdl } from '../sdl';
import type { RequestInfo, Subgraph, SubgraphDeps } from '../subgraph';
import { createHasher, loadHmacKey } from './identity';
import { httpRegistry, lateRegistry, type ResidentRegistry } from './registry';
import { createResolvers, type WelfareContext } from './resolvers';

/**
 * The welfare pre-screening subgraph (issue 19, 성동구 사전관리시스템).
 * The caller comes from the Authorization header; an API key alone carries
 * no welfare role. The HMAC key is read once, at the first registration
 * (WELFARE_HMAC_KEY or DATA_DIR/welfare-hmac.key), the registry from WELFARE_REGISTRY_URL unless
 * a test passes its own adapter.
 */
export function createSubgraph(deps: SubgraphDeps & { config?: Config; registry?: ResidentRegistry; today?: () => string }): Subgraph<WelfareContext> {
  const config = deps.config ?? loadConfig();
  const verifier = createTokenVerifier(config, deps.store);
  const typeDefs = parse(subgraphSdl('welfare'));
  const registry = deps.registry ?? (config.WELFARE_REGISTRY_URL ? httpRegistry(config.WELFARE_REGISTRY_URL) : lateRegistry);
  const hasher = createHasher(() => loadHmacKey(config));
  return {
    name: 'welfare',
    typeDefs,
    schema: buildSubgraphSchema([{ typeDefs, resolvers: createResolvers({ store: deps.store, registry, hasher, today: deps.today }) as never }]),
    createContext(request?: RequestInfo): WelfareContext {
      let principal: Promise<Principal | null> | null = null;
      return { principal: () => (principal ??= verifier.verify(request?.headers.authorization)) };
    },
  };
}
