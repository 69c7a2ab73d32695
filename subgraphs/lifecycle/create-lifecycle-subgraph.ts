import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import { RECORD_KINDS, type RecordKind, type Stage } from '../../common/record';
import { typenameOf, typenamesOf } from '../../common/typenames';
import { subgraphSdl } from '../sdl';
import type { Subgraph, SubgraphDeps } from '../subgraph';
import { facilityFieldResolvers, policyFieldResolvers, programFieldResolvers } from './base-resolvers';
import { createLifecycleLoaders, type LifecycleLoaders } from './loaders';
import type { CatalogRow } from './row';

/** The interface fields of each record kind, shared by every type of that kind. */
const BASE_FIELDS: Record<RecordKind, Record<string, (row: CatalogRow) => unknown>> = {
  FACILITY: facilityFieldResolvers,
  POLICY: policyFieldResolvers,
  PROGRAM: programFieldResolvers,
};

export interface LifecycleContext {
  loaders: LifecycleLoaders;
}

export interface LifecycleSubgraphSpec {
  name: string;
  stage: Stage;
  /** Stage-specific field resolvers, by typename (e.g. ChildcareCenter.freeSeats). */
  fields?: Record<string, Record<string, (row: CatalogRow) => unknown>>;
}

/**
 * Builds one lifecycle subgraph. The four stages differ only in their SDL and
 * their stage-specific fields, so the machinery (entity resolution through a
 * per-request DataLoader, shared interface fields) lives here once; a new
 * stage is a folder with `schema.graphql`, `resolvers.ts`, `server.ts`.
 */
export function createLifecycleSubgraph(spec: LifecycleSubgraphSpec, deps: SubgraphDeps): Subgraph<LifecycleContext> {
  const typeDefs = parse(subgraphSdl(spec.name));
  const resolvers: GraphQLResolverMap<LifecycleContext> = {};

  const entity = (typename: string, base: Record<string, (row: CatalogRow) => unknown>) => {
    resolvers[typename] = {
      ...base,
      ...spec.fields?.[typename],
      // Null for an id that is not of this type: the gateway then returns null, not someone else's record.
      __resolveReference: async (ref: { id: string }, ctx: LifecycleContext) => {
        const row = await ctx.loaders.record.load(ref.id);
        return row && typenameOf(row) === typename ? row : null;
      },
    };
  };
  // Every type the typename table gives this stage, of every kind: a kind cannot be indexed and left unserved.
  for (const kind of RECORD_KINDS) for (const typename of typenamesOf(kind, spec.stage)) entity(typename, BASE_FIELDS[kind]);

  return {
    name: spec.name,
    typeDefs,
    schema: buildSubgraphSchema([{ typeDefs, resolvers }]),
    createContext: () => ({ loaders: createLifecycleLoaders(deps.store, spec.stage) }),
  };
}
