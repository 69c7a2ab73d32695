import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createTokenVerifier, type Principal } from '../../common/auth';
import { loadConfig, type Config } from '../../common/config';
import { subgraphSdl } from '../sdl';
import type { RequestInfo, Subgraph, SubgraphDeps } from '../subgraph';
import { todayInKorea } from './dates';
import { benefitsResolvers, type BenefitsContext } from './resolvers';
import { alertStore } from './saved-households';
import { policySnapshots } from './snapshot';

/**
 * The benefits subgraph (issue 18): `benefitsFor` and `upcomingBenefits`
 * judge a household in memory over one snapshot of every policy and its
 * criteria per public data version, and saved households feed alerts.
 */
export function createSubgraph(deps: SubgraphDeps & { config?: Config }): Subgraph<BenefitsContext> {
  const config = deps.config ?? loadConfig();
  const verifier = createTokenVerifier(config, deps.store);
  const typeDefs = parse(subgraphSdl('benefits'));
  const snapshots = policySnapshots(deps.store);
  const alerts = alertStore(deps.store);
  return {
    name: 'benefits',
    typeDefs,
    schema: buildSubgraphSchema([{ typeDefs, resolvers: benefitsResolvers as never }]),
    createContext(request?: RequestInfo): BenefitsContext {
      let principal: Promise<Principal | null> | null = null;
      return {
        snapshots,
        alerts,
        today: () => todayInKorea(),
        principal: () => (principal ??= request?.headers['x-api-key'] ? Promise.resolve(null) : verifier.verify(request?.headers.authorization)),
      };
    },
  };
}
