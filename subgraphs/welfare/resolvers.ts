import type { Principal } from '../../common/auth';
import { badInput } from '../../common/errors';
import type { Store } from '../../store';
import { inScope, requireDistrict, scopeSql, seesWholeName, welfareActor, type WelfareActor } from './access';
import { maskName, type IdentityHasher } from './identity';
import { createProgramme, moveProgramme } from './programmes';
import { precheck, register, type Checks } from './register';
import type { ResidentRegistry } from './registry';
import { confirm, correct, decide, recheck, setContact } from './rescreen';
import { statistics } from './stats';
import * as db from './store';

export interface WelfareContext {
  principal: () => Promise<Principal | null>;
}

export interface WelfareDeps {
  store: Store;
  registry: ResidentRegistry;
  hasher: IdentityHasher;
  /** Today in KST (tests move it). */
  today?: () => string;
}

const actorOf = async (ctx: WelfareContext): Promise<WelfareActor> => welfareActor(await ctx.principal());

/** A recommendation as the caller may see it: the name masked unless `whole`; never a hash or a registry reference. */
function view(r: db.Recommendation, whole: boolean, first?: db.FirstRecommendation | null) {
  return {
    id: r.id,
    programmeId: r.programmeId,
    name: whole ? r.personName : maskName(r.personName),
    nameMasked: !whole,
    birthDate: r.birthDate,
    dong: r.dong,
    reason: r.reason,
    organisationId: r.orgId,
    organisationKind: r.orgKind,
    createdAt: r.createdAt,
    flagged: r.duplicateOf !== null,
    duplicateOf: first ?? null,
    duplicateOfId: r.duplicateOf,
    registryStatus: r.registryStatus,
    registryCheckedAt: r.registryCheckedAt,
    concentration: r.concentration,
    householdCount: r.householdCount,
    decision: r.decision,
    decisionReason: r.decisionReason,
    inFinalList: r.inFinalList,
  };
}

function checksView(c: Checks) {
  return { ...c, registryRef: undefined };
}

const PAGE_MAX = 200;
function page(first: number | null | undefined, after: string | null | undefined): { limit: number; offset: number } {
  const limit = first ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > PAGE_MAX) throw badInput('first', `first는 1–${PAGE_MAX}이어야 합니다.`, `first must be 1–${PAGE_MAX}.`);
  if (!after) return { limit, offset: 0 };
  const m = /^w1:(\d{1,7})$/.exec(after.length <= 40 ? Buffer.from(after, 'base64url').toString('utf8') : '');
  if (!m) throw badInput('after', '잘못된 커서입니다.', 'Malformed cursor.');
  return { limit, offset: Number(m[1]) };
}
const cursor = (offset: number) => Buffer.from(`w1:${offset}`, 'utf8').toString('base64url');

export function createResolvers(deps: WelfareDeps) {
  const { store } = deps;
  const firstOf = async (r: db.Recommendation) => (await firstsOf([r]))[0] ?? null;
  // The first recommendations a page of flagged ones point at, in one query (no N+1 over a list).
  const firstsOf = async (rows: readonly db.Recommendation[]): Promise<(db.FirstRecommendation | null)[]> => {
    const ids = [...new Set(rows.flatMap((r) => (r.duplicateOf ? [r.duplicateOf] : [])))];
    const found = new Map(ids.length ? (await db.recommendationsByIds(store, ids)).map((f) => [f.id, f]) : []);
    return rows.map((r) => {
      const first = r.duplicateOf ? found.get(r.duplicateOf) : undefined;
      return first ? { recommendationId: first.id, organisationId: first.orgId, organisationKind: first.orgKind, at: first.createdAt } : null;
    });
  };
  const views = async (rows: readonly db.Recommendation[]) => {
    const firsts = await firstsOf(rows);
    return rows.map((r, i) => view(r, false, firsts[i]));
  };
  return {
    Query: {
      async welfareProgrammes(_: unknown, args: { status?: db.ProgrammeStatus | null }, ctx: WelfareContext) {
        const actor = await actorOf(ctx);
        const programmes = await db.listProgrammes(store, args.status ?? null);
        // The counts of the whole list in one query, not one per programme.
        const counts = await db.countsInScope(store, programmes.map((p) => p.id), scopeSql(actor, 1));
        return programmes.map((p) => ({ ...p, recommendationCount: counts.get(p.id) ?? 0 }));
      },
      async welfareProgramme(_: unknown, args: { id: string }, ctx: WelfareContext) {
        await actorOf(ctx);
        return db.programmeById(store, args.id);
      },
      async welfareRecommendations(_: unknown, args: { programmeId: string; filter?: db.ListFilter | null; first?: number | null; after?: string | null }, ctx: WelfareContext) {
        const actor = await actorOf(ctx);
        const { limit, offset } = page(args.first, args.after);
        const { total, rows } = await db.listRecommendations(store, args.programmeId, scopeSql(actor, 1), args.filter ?? {}, limit + 1, offset);
        const shown = rows.slice(0, limit);
        const edges = (await views(shown)).map((node, i) => ({ cursor: cursor(offset + i + 1), node }));
        return { totalCount: total, edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
      },
      async welfareRecommendation(_: unknown, args: { id: string }, ctx: WelfareContext) {
        const actor = await actorOf(ctx);
        const r = await db.recommendationById(store, args.id);
        // Out of scope reads as absent: another organisation's recommendation is not even confirmed to exist.
        if (!r || !inScope(actor, r)) return null;
        return view(r, seesWholeName(actor, r), await firstOf(r));
      },
      async welfarePrecheck(_: unknown, args: { input: unknown }, ctx: WelfareContext) {
        return checksView(await precheck(deps, await actorOf(ctx), args.input));
      },
      async welfareStatistics(_: unknown, args: { filter?: { programmeId?: string | null; from?: string | null; until?: string | null } | null }, ctx: WelfareContext) {
        await actorOf(ctx);
        return statistics(store, args.filter ?? {});
      },
      async welfareAuditLog(_: unknown, args: { programmeId?: string | null; first?: number | null }, ctx: WelfareContext) {
        requireDistrict(await actorOf(ctx));
        const limit = args.first ?? 50;
        if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw badInput('first', 'first는 1–500이어야 합니다.', 'first must be 1–500.');
        return db.auditLog(store, args.programmeId ?? null, limit);
      },
    },
    Mutation: {
      async createWelfareProgramme(_: unknown, args: { input: unknown }, ctx: WelfareContext) {
        return createProgramme(store, await actorOf(ctx), args.input);
      },
      async openWelfareProgramme(_: unknown, args: { id: string }, ctx: WelfareContext) {
        return moveProgramme(store, await actorOf(ctx), args.id, 'OPEN');
      },
      async closeWelfareProgramme(_: unknown, args: { id: string }, ctx: WelfareContext) {
        return moveProgramme(store, await actorOf(ctx), args.id, 'CLOSED');
      },
      async recommendWelfare(_: unknown, args: { input: unknown }, ctx: WelfareContext) {
        const actor = await actorOf(ctx);
        const result = await register(deps, actor, args.input);
        return {
          outcome: result.outcome,
          // The recommender sees the whole name of its own record (it just typed it).
          recommendation: result.recommendation ? view(result.recommendation, true, result.checks.duplicateOf) : null,
          checks: checksView(result.checks),
        };
      },
      async recheckWelfareRegistry(_: unknown, args: { programmeId: string }, ctx: WelfareContext) {
        const { checked, changed } = await recheck(store, deps.registry, await actorOf(ctx), args.programmeId);
        return { checked, changed: await views(changed) };
      },
      async decideWelfareRecommendations(_: unknown, args: { ids: string[]; decision: 'INCLUDE' | 'EXCLUDE'; reason: string }, ctx: WelfareContext) {
        return views(await decide(store, await actorOf(ctx), args.ids, args.decision, args.reason));
      },
      async confirmWelfareList(_: unknown, args: { programmeId: string; reason: string }, ctx: WelfareContext) {
        return confirm(store, await actorOf(ctx), args.programmeId, args.reason);
      },
      async correctWelfareListEntry(_: unknown, args: { recommendationId: string; included: boolean; reason: string }, ctx: WelfareContext) {
        const r = await correct(store, await actorOf(ctx), args.recommendationId, args.included, args.reason);
        return view(r, false, await firstOf(r));
      },
      async setWelfareContact(_: unknown, args: { webhookUrl?: string | null; phone?: string | null }, ctx: WelfareContext) {
        return setContact(store, await actorOf(ctx), args);
      },
    },
    WelfareProgramme: {
      ownerOrganisation: (p: db.Programme) => p.ownerOrg,
      async recommendationCount(p: db.Programme & { recommendationCount?: number }, _args: unknown, ctx: WelfareContext) {
        return p.recommendationCount ?? db.countInScope(store, p.id, scopeSql(await actorOf(ctx), 1));
      },
    },
  };
}

