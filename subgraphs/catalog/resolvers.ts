import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { GraphQLResolveInfo } from 'graphql';
import { badInput } from '../../common/errors';
import { STAGES, type RecordKind } from '../../common/record';
import { selectedFields } from '../../common/selected-fields';
import { typenameOf, typenamesOf } from '../../common/typenames';
import type { Queryable } from '../../store';
import { encodeCursor } from './cursor';
import type {
  QueryChangesArgs,
  QueryFacilitiesArgs,
  QueryFacilityArgs,
  QueryPoliciesArgs,
  QueryPolicyArgs,
  QueryProgramArgs,
  QueryProgramsArgs,
} from './__generated__/resolvers-types';
import { facilityListQuery, policyListQuery, programListQuery } from './filters';
import type { CatalogLoaders } from './loaders';
import { countRecords, listRecordRefs, recordRefById, type RecordRef } from './store';
import { listSources } from './sources';
import { changesPage } from './changes';

export interface CatalogContext {
  db: Queryable;
  loaders: CatalogLoaders;
}

const MAX_ID_LENGTH = 64;

/** An entity reference the gateway completes from the owning lifecycle subgraph. */
function reference(ref: RecordRef) {
  return { __typename: typenameOf(ref), id: ref.id };
}

async function byId(db: Queryable, kind: RecordKind, id: string) {
  if (id.length > MAX_ID_LENGTH) throw badInput('id', `id가 너무 깁니다 (최대 ${MAX_ID_LENGTH}자).`, `id is too long (at most ${MAX_ID_LENGTH} characters).`);
  const ref = await recordRefById(db, kind, id);
  return ref ? reference(ref) : null;
}

/** What the catalog adds to every programme type: the facility that runs it, as an entity reference. */
const programEntity = {
  // Reached only through a reference the owning lifecycle subgraph (or this one) already resolved.
  __resolveReference: (ref: { id: string }) => ref,
  provider: async (program: { id: string }, _: unknown, ctx: CatalogContext) => {
    const ref = await ctx.loaders.provider.load(program.id);
    return ref ? reference(ref) : null;
  },
};
const programTypes = Object.fromEntries(STAGES.flatMap((stage) => typenamesOf('PROGRAM', stage)).map((typename) => [typename, programEntity]));

async function connection(db: Queryable, q: ReturnType<typeof facilityListQuery>, info?: GraphQLResolveInfo) {
  // The count reads every matching row, so it runs only when the operation selects totalCount; then beside the page
  // (two statements in flight, on two pool connections), not after it.
  const count = selectedFields(info, ['totalCount']).has('totalCount') ? countRecords(db, q) : null;
  // If the page fails, the pending count must not become an unhandled rejection.
  count?.catch(() => undefined);
  const page = await listRecordRefs(db, q);
  const edges = page.refs.map((ref) => ({ cursor: encodeCursor(ref), node: reference(ref) }));
  return {
    // graphql-js calls a function-valued property; only when selected (a fragment the check missed still gets its count).
    totalCount: () => count ?? countRecords(db, q),
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: q.after !== null || q.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

export const catalogResolvers: GraphQLResolverMap<CatalogContext> = {
  Query: {
    facility: (_: unknown, args: QueryFacilityArgs, ctx: CatalogContext) => byId(ctx.db, 'FACILITY', args.id),
    policy: (_: unknown, args: QueryPolicyArgs, ctx: CatalogContext) => byId(ctx.db, 'POLICY', args.id),
    facilities: (_: unknown, args: QueryFacilitiesArgs, ctx: CatalogContext, info: GraphQLResolveInfo) =>
      connection(ctx.db, facilityListQuery(args.filter, args.first, args.after, args.offset), info),
    policies: (_: unknown, args: QueryPoliciesArgs, ctx: CatalogContext, info: GraphQLResolveInfo) =>
      connection(ctx.db, policyListQuery(args.filter, args.first, args.after, args.offset), info),
    program: (_: unknown, args: QueryProgramArgs, ctx: CatalogContext) => byId(ctx.db, 'PROGRAM', args.id),
    programs: (_: unknown, args: QueryProgramsArgs, ctx: CatalogContext, info: GraphQLResolveInfo) =>
      connection(ctx.db, programListQuery(args.filter, args.first, args.after, args.offset), info),
    sources: (_: unknown, _args: unknown, ctx: CatalogContext) => listSources(ctx.db),
    changes: (_: unknown, args: QueryChangesArgs, ctx: CatalogContext) => changesPage(ctx.db, args.since, args.first),
  },
  Facility: { __resolveType: (obj: { __typename: string }) => obj.__typename },
  Policy: { __resolveType: (obj: { __typename: string }) => obj.__typename },
  Program: { __resolveType: (obj: { __typename: string }) => obj.__typename },
  ...programTypes,
};
