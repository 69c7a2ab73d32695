import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createTokenVerifier, type Principal } from '../../common/auth';
import { loadConfig, type Config } from '../../common/config';
import { subgraphSdl } from '../sdl';
import type { RequestInfo, Subgraph, SubgraphDeps } from '../subgraph';
import { communityOptions } from './options';
import { createLoaders, createResolvers, type CommunityContext } from './resolvers';

/**
 * 아이친구 소통방 subgraph (issue 23): parent reviews of facilities and
 * programmes and the Q&A board, with screening, moderation and an
 * append-only audit (community.*). The caller comes from the Authorization
 * header, the same in-process and over HTTP. `config` defaults to the
 * process's configuration, read once here at start-up.
 */
export function createSubgraph(deps: SubgraphDeps & { config?: Config }): Subgraph<CommunityContext> {
  const config = deps.config ?? loadConfig();
  const verifier = createTokenVerifier(config, deps.store);
  const typeDefs = parse(subgraphSdl('community'));
  const options = communityOptions(config);
  return {
    name: 'community',
    typeDefs,
    schema: buildSubgraphSchema([{ typeDefs, resolvers: createResolvers() as never }]),
    createContext(request?: RequestInfo): CommunityContext {
      let principal: Promise<Principal | null> | null = null;
      return { store: deps.store, options, loaders: createLoaders(deps.store), principal: () => (principal ??= verifier.verify(request?.headers.authorization)) };
    },
  };
}
