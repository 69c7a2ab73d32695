import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { Principal } from '../../common/auth';
import type { Store } from '../../store';
import { requireEditor } from './access';
import { CURATABLE_FIELDS } from './fields';
import { JSONScalar } from './json-scalar';
import type { CurationLoaders } from './loaders';
import * as ops from './mutations';
import { auditPage, reviewPage, type AuditFilter, type Page } from './queues';
import { recordListPage } from './record-list';
import type { CuratedRow, ReviewRow } from './row';
import { addSynonyms, listSynonyms, removeSynonyms, synonymOf } from './synonyms';
import { confirmDuplicate, duplicatePage, rejectDuplicate, type DuplicateRow } from './duplicates';
import { resolveRecordIds } from '../../store/catalog/resolve-record-ids';
import { auditCsv, CSV_MAX_ROWS } from './audit-csv';
import { recrawlSource, requireAdmin } from './recrawl-source';
import { synonymTrials } from './try-synonym';
import { badInput } from '../../common/errors';
import { anomalyResolvers } from './anomaly-resolvers';
import type {
  MutationConfirmDuplicateArgs,
  MutationCurateRecordArgs,
  MutationMergeFacilitiesArgs,
  MutationMergePoliciesArgs,
  MutationSetStagesArgs,
  QueryAuditLogArgs,
  QueryAuditLogCsvArgs,
  QueryCuratedRecordsArgs,
  QueryTrySynonymArgs,
  QueryDuplicateCandidatesArgs,
  QueryReviewQueueArgs,
} from './__generated__/resolvers-types';
import { validateFirst, validateId, validateInstant, validateReason, validateSynonyms, validateSynonymTerm, validateTerm, validateMergeIds, issueError } from './validation';

export interface CurationContext {
  /** The caller from the bearer token; resolved once per request, on first use. */
  principal(): Promise<Principal | null>;
  loaders: CurationLoaders;
}

const editor = async (ctx: CurationContext) => requireEditor(await ctx.principal());

/** Mutations answer with the record as it is after the change (not a cached read from earlier in the request). */
async function fresh(ctx: CurationContext, id: string): Promise<CuratedRow> {
  ctx.loaders.record.clear(id);
  ctx.loaders.overrides.clear(id);
  ctx.loaders.mergedIds.clear(id);
  const row = await ctx.loaders.record.load(id);
  if (!row) throw ops.notFound(id);
  return row;
}

function connection<T>(page: Page<T>, after: string | null | undefined) {
  const edges = page.items;
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** One value checked against a field's schema, reported under the argument's name. */
function checked(field: string, argument: string, value: unknown): unknown {
  const result = CURATABLE_FIELDS[field]!.schema.safeParse(value);
  if (!result.success) throw issueError(argument, { ...result.error.issues[0]!, path: [] });
  return result.data;
}

/** The audit log filter as the SQL reads it (auditLog and auditLogCsv). */
function auditFilter(f: QueryAuditLogArgs['filter']): AuditFilter {
  return {
    recordId: f?.recordId ? validateId(f.recordId, 'filter.recordId') : null,
    field: f?.field?.slice(0, 50) ?? null,
    actor: f?.actor?.slice(0, 200) ?? null,
    action: f?.action ?? null,
    term: f?.term ? validateTerm(f.term, 'filter.term') : null,
    since: f?.since ? validateInstant('filter.since', f.since) : null,
    until: f?.until ? validateInstant('filter.until', f.until) : null,
  };
}

export function createResolvers(store: Store): GraphQLResolverMap<CurationContext> {
  const trySynonym = synonymTrials(store);
  const anomalies = anomalyResolvers(store, editor);
  return {
    JSON: JSONScalar,
    AnomalyFlag: anomalies.AnomalyFlag,
    CuratedRecord: {
      region: (r: CuratedRow) => (r.sido || r.sigungu ? { sido: r.sido, sigungu: r.sigungu, code: r.regionCode } : null),
      location: (r: CuratedRow) => (r.lat != null && r.lng != null ? { lat: r.lat, lng: r.lng, approximate: r.geoApprox } : null),
      plainSummary: (r: CuratedRow) => (typeof r.attrs.plainSummary === 'string' ? r.attrs.plainSummary : null),
      withdrawn: (r: CuratedRow) => r.status === 'WITHDRAWN',
      overrides: (r: CuratedRow, _args: unknown, ctx: CurationContext) => ctx.loaders.overrides.load(r.id),
      mergedIds: (r: CuratedRow, _args: unknown, ctx: CurationContext) => ctx.loaders.mergedIds.load(r.id),
      sources: (r: CuratedRow, _args: unknown, ctx: CurationContext) => ctx.loaders.sources.load(r.id),
    },
    ReviewItem: {
      record: (r: ReviewRow, _args: unknown, ctx: CurationContext) => ctx.loaders.record.load(r.recordId),
    },
    DuplicateCandidate: {
      records: async (r: DuplicateRow, _args: unknown, ctx: CurationContext) => (await ctx.loaders.record.loadMany(r.recordIds)).filter((x) => x && !(x instanceof Error)),
    },
    Query: {
      ...anomalies.Query,
      curatedRecord: async (_: unknown, args: { id: string }, ctx: CurationContext) => {
        await editor(ctx);
        return ctx.loaders.record.load(validateId(args.id));
      },
      curatedRecords: async (_: unknown, args: QueryCuratedRecordsArgs, ctx: CurationContext) => {
        await editor(ctx);
        const f = args.filter;
        const short = (value: string | null | undefined, max: number) => (value ? value.trim().slice(0, max) || null : null);
        const filter = {
          text: short(f?.text, 100),
          recordKind: f?.recordKind ?? null,
          subtype: short(f?.subtype, 50),
          stage: f?.stage ?? null,
          sigungu: short(f?.sigungu, 50),
          source: short(f?.source, 100),
          curated: f?.curated ?? null,
          published: f?.published ?? null,
          merged: f?.merged ?? null,
        };
        const page = await recordListPage(store, filter, validateFirst(args.first), args.after ?? null);
        // Rows of the page prime the record loader, so their overrides and sources batch without a second read.
        for (const item of page.items) ctx.loaders.record.prime(item.node.id, item.node);
        return { totalCount: page.totalCount, ...connection(page, args.after) };
      },
      reviewQueue: async (_: unknown, args: QueryReviewQueueArgs, ctx: CurationContext) => {
        await editor(ctx);
        const page = await reviewPage(store, validateFirst(args.first), args.after ?? null);
        return { totalCount: page.totalCount, ...connection(page, args.after) };
      },
      duplicateCandidates: async (_: unknown, args: QueryDuplicateCandidatesArgs, ctx: CurationContext) => {
        await editor(ctx);
        const page = await duplicatePage(store, validateFirst(args.first), args.after ?? null);
        return { totalCount: page.totalCount, ...connection(page, args.after) };
      },
      auditLog: async (_: unknown, args: QueryAuditLogArgs, ctx: CurationContext) => {
        await editor(ctx);
        return connection(await auditPage(store, auditFilter(args.filter), validateFirst(args.first), args.after ?? null), args.after);
      },
      auditLogCsv: async (_: unknown, args: QueryAuditLogCsvArgs, ctx: CurationContext) => {
        await editor(ctx);
        const limit = args.limit ?? CSV_MAX_ROWS;
        if (!Number.isInteger(limit) || limit < 1 || limit > CSV_MAX_ROWS) throw badInput('limit', `limit은 1–${CSV_MAX_ROWS}입니다.`, `limit must be 1–${CSV_MAX_ROWS}.`);
        return auditCsv(store, auditFilter(args.filter), limit);
      },
      trySynonym: async (_: unknown, args: QueryTrySynonymArgs, ctx: CurationContext) => {
        await editor(ctx);
        const term = validateSynonymTerm(args.term);
        const add = args.add?.length ? validateSynonyms(args.add, term) : [];
        const remove = args.remove?.length ? args.remove.map((s) => validateTerm(s, 'remove')) : [];
        const outcome = await trySynonym({ query: args.query, term, add, remove, first: Math.min(validateFirst(args.first, 10), 20) });
        const records = async (ids: string[]) => (await ctx.loaders.record.loadMany(ids)).filter((r): r is CuratedRow => Boolean(r) && !(r instanceof Error));
        return {
          ...outcome,
          before: { totalCount: outcome.before.totalCount, records: await records(outcome.before.ids) },
          after: { totalCount: outcome.after.totalCount, records: await records(outcome.after.ids) },
        };
      },
      synonyms: async (_: unknown, _args: unknown, ctx: CurationContext) => {
        await editor(ctx);
        return listSynonyms(store);
      },
    },
    Mutation: {
      ...anomalies.Mutation,
      curateRecord: async (_: unknown, args: MutationCurateRecordArgs, ctx: CurationContext) => {
        await ops.curateRecord(store, await editor(ctx), validateId(args.id), args.patch, args.reason);
        return fresh(ctx, args.id);
      },
      setPlainSummary: async (_: unknown, args: { id: string; text: string; reason: string }, ctx: CurationContext) => {
        const actor = await editor(ctx);
        await ops.curate(store, actor, validateId(args.id), 'SET_PLAIN_SUMMARY', args.reason, () => ({ plainSummary: checked('plainSummary', 'text', args.text) }), 'text');
        return fresh(ctx, args.id);
      },
      setStages: async (_: unknown, args: MutationSetStagesArgs, ctx: CurationContext) => {
        const actor = await editor(ctx);
        const patch = { stages: checked('stages', 'stages', args.stages), primaryStage: checked('primaryStage', 'primary', args.primary) };
        await ops.curate(store, actor, validateId(args.id), 'SET_STAGES', args.reason, () => patch, 'primary');
        return fresh(ctx, args.id);
      },
      publish: async (_: unknown, args: { id: string; reason: string }, ctx: CurationContext) => {
        await ops.publish(store, await editor(ctx), validateId(args.id), true, args.reason);
        return fresh(ctx, args.id);
      },
      unpublish: async (_: unknown, args: { id: string; reason: string }, ctx: CurationContext) => {
        await ops.publish(store, await editor(ctx), validateId(args.id), false, args.reason);
        return fresh(ctx, args.id);
      },
      mergeFacilities: async (_: unknown, args: MutationMergeFacilitiesArgs, ctx: CurationContext) => {
        const actor = await editor(ctx);
        await ops.merge(store, actor, 'FACILITY', args.keepId, validateMergeIds(args.keepId, args.mergeIds), args.reason);
        return fresh(ctx, args.keepId);
      },
      mergePolicies: async (_: unknown, args: MutationMergePoliciesArgs, ctx: CurationContext) => {
        const actor = await editor(ctx);
        await ops.merge(store, actor, 'POLICY', args.keepId, validateMergeIds(args.keepId, args.mergeIds), args.reason);
        return fresh(ctx, args.keepId);
      },
      unmerge: async (_: unknown, args: { id: string; reason: string }, ctx: CurationContext) => {
        await ops.undoMerge(store, await editor(ctx), validateId(args.id), args.reason);
        // A policy source split off an ingest merge gets its own id back, unless its new group is led by a more trusted source.
        return fresh(ctx, (await resolveRecordIds(store, [args.id])).get(args.id) ?? args.id);
      },
      confirmDuplicate: async (_: unknown, args: MutationConfirmDuplicateArgs, ctx: CurationContext) => {
        const kept = await confirmDuplicate(store, await editor(ctx), args.id, args.keepId ?? null, args.reason);
        return fresh(ctx, kept);
      },
      rejectDuplicate: async (_: unknown, args: { id: string; reason: string }, ctx: CurationContext) => {
        const ids = await rejectDuplicate(store, await editor(ctx), args.id, args.reason);
        return Promise.all(ids.map((id) => fresh(ctx, id)));
      },
      revertOverride: async (_: unknown, args: { id: string; field: string; reason: string }, ctx: CurationContext) => {
        await ops.revertOverride(store, await editor(ctx), validateId(args.id), args.field, args.reason);
        return fresh(ctx, args.id);
      },
      keepOverride: async (_: unknown, args: { id: string; field: string; reason: string }, ctx: CurationContext) => {
        await ops.keepOverride(store, await editor(ctx), validateId(args.id), args.field, args.reason);
        return fresh(ctx, args.id);
      },
      addSynonym: async (_: unknown, args: { term: string; synonyms: string[]; reason: string }, ctx: CurationContext) => {
        const actor = await editor(ctx);
        const term = validateSynonymTerm(args.term);
        const synonyms = validateSynonyms(args.synonyms, term);
        await addSynonyms(store, actor, term, synonyms, validateReason(args.reason));
        return synonymOf(store, term);
      },
      removeSynonym: async (_: unknown, args: { term: string; synonyms?: string[] | null; reason: string }, ctx: CurationContext) => {
        const actor = await editor(ctx);
        const term = validateTerm(args.term);
        const synonyms = args.synonyms ? validateSynonyms(args.synonyms, term) : null;
        await removeSynonyms(store, actor, term, synonyms, validateReason(args.reason));
        return synonymOf(store, term);
      },
      recrawlSource: async (_: unknown, args: { siteId: string; reason: string }, ctx: CurationContext) => {
        const actor = requireAdmin(await ctx.principal());
        return recrawlSource(store, actor, args.siteId, validateReason(args.reason));
      },
    },
  } as GraphQLResolverMap<CurationContext>;
}
