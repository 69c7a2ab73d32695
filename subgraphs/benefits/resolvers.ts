import { GraphQLScalarType, Kind } from 'graphql';
import type { Principal } from '../../common/auth';
import { badInput, HubError } from '../../common/errors';
import type { Stage } from '../../common/record';
import { boundedList, validatePageSize, validateRegion } from '../common/validation';
import type { CriterionResult, Verdict } from './evaluate';
import { validateHousehold, type Household } from './household';
import { explain, upcoming, verdictPage, type BenefitFilterValues, type BenefitRow } from './list';
import { medianTableFor } from './median-income';
import type { PolicySnapshots } from './snapshot';
import type { AlertStore } from './saved-households';
import type { MutationDeleteHouseholdArgs, MutationSaveHouseholdArgs, QueryBenefitsForArgs, QueryUpcomingBenefitsArgs } from './__generated__/resolvers-types';

export interface BenefitsContext {
  snapshots: PolicySnapshots;
  today: () => string;
  principal: () => Promise<Principal | null>;
  alerts: AlertStore;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function parseDate(value: unknown, field = 'on'): string {
  if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw badInput(field, `날짜는 YYYY-MM-DD 형식이어야 합니다: ${String(value).slice(0, 20)}`, `A date must be YYYY-MM-DD: ${String(value).slice(0, 20)}`);
  }
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (v) => v,
  parseValue: (v) => v, // checked with its field name in the resolvers, so the error names the argument
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? ast.value : null),
});

function cursor(offset: number): string {
  return Buffer.from(`b1:${offset}`, 'utf8').toString('base64url');
}
function offsetOf(after: string | null | undefined): number {
  if (!after) return 0;
  const m = /^b1:(\d{1,7})$/.exec(after.length <= 40 ? Buffer.from(after, 'base64url').toString('utf8') : '');
  if (!m) throw badInput('after', '잘못된 커서입니다: 이전 응답의 endCursor를 그대로 사용하세요.', 'Malformed cursor: pass an endCursor from a previous response unchanged.');
  return Number(m[1]);
}

const STAGES = new Set<Stage>(['PREGNANCY', 'INFANT', 'ELEMENTARY', 'YOUTH']);
const VERDICTS = new Set<Verdict>(['ELIGIBLE', 'MAYBE', 'NOT_ELIGIBLE']);

/** A list argument from GraphQL (already an array) or a REST body (anything): an array of strings or nothing. */
function listOf(field: string, value: unknown): string[] | null {
  if (value == null) return null;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw badInput(field, `${field}는 문자열 목록이어야 합니다.`, `${field} must be a list of strings.`);
  return value as string[];
}

/** The arguments of benefitsFor checked and normalised (also used by the REST facade's tests). */
/**
 * The household and filter arrive as GraphQL inputs (QueryBenefitsForArgs) or as the REST body (unknown JSON):
 * both go through the same zod validation, so the typed shape is only a hint here.
 */
type BenefitsForInput = Omit<QueryBenefitsForArgs, 'household' | 'filter' | 'on'> & { household: unknown; on?: unknown; filter?: { stages?: unknown; region?: unknown; verdicts?: unknown } | null };

export function benefitArgs(args: BenefitsForInput, today: string) {
  const on = args.on == null ? today : parseDate(args.on);
  const household = validateHousehold(args.household, on);
  const stages = boundedList('filter.stages', listOf('filter.stages', args.filter?.stages)) as Stage[] | null;
  if (stages?.some((s) => !STAGES.has(s))) throw badInput('filter.stages', '알 수 없는 생애주기입니다.', 'Unknown stage.');
  const region = args.filter?.region ? validateRegion(args.filter.region as Parameters<typeof validateRegion>[0]) : null;
  const filter: BenefitFilterValues = {
    stages,
    region: region?.sido ? { sido: region.sido, sigungu: region.sigungu } : null,
    verdicts: boundedList('filter.verdicts', listOf('filter.verdicts', args.filter?.verdicts)) as Verdict[] | null,
  };
  if (filter.verdicts?.some((v) => !VERDICTS.has(v))) throw badInput('filter.verdicts', '알 수 없는 판정입니다 (ELIGIBLE, MAYBE, NOT_ELIGIBLE).', 'Unknown verdict (ELIGIBLE, MAYBE, NOT_ELIGIBLE).');
  return { on, household, filter, first: validatePageSize(args.first), offset: offsetOf(args.after) };
}

function criterionOut(r: CriterionResult) {
  return { ...r, evidence: { field: r.evidence.field, text: r.evidence.text } };
}

export function benefitOut(row: BenefitRow) {
  const p = row.policy;
  return {
    policyId: p.id,
    policy: { __typename: p.typename, id: p.id },
    name: p.name,
    sido: p.sido,
    sigungu: p.sigungu,
    amountKrw: p.amountKrw,
    deadline: p.deadline,
    verdict: row.verdict,
    failing: row.failing ? criterionOut(row.failing) : null,
    question: row.question,
    criteria: row.criteria.map(criterionOut),
  };
}

/** benefitsFor without GraphQL: the same answer for /openapi/v1/benefits. */
export async function benefitsFor(ctx: Pick<BenefitsContext, 'snapshots' | 'today'>, args: Parameters<typeof benefitArgs>[0]) {
  const { on, household, filter, first, offset } = benefitArgs(args, ctx.today());
  const snapshot = await ctx.snapshots.get();
  const result = verdictPage(snapshot.policies, household, on, filter, offset, first);
  const page = explain(result.rows, household, on);
  const table = medianTableFor(Number(on.slice(0, 4)));
  return {
    nodes: page.map(benefitOut),
    totalCount: result.totalCount,
    counts: result.counts,
    endCursor: page.length ? cursor(offset + page.length) : null,
    hasNextPage: offset + page.length < result.totalCount,
    on,
    medianIncomeSource: `${table.year}년: ${table.source}`,
  };
}

async function requireParent(ctx: BenefitsContext): Promise<Principal> {
  const principal = await ctx.principal();
  if (!principal) throw new HubError('UNAUTHENTICATED');
  if (principal.role !== 'PARENT') throw new HubError('FORBIDDEN', { ko: '보호자(PARENT) 계정만 가구를 저장할 수 있습니다.', en: 'Only a PARENT account can save a household.' });
  return principal;
}

export const benefitsResolvers = {
  Date: DateScalar,
  BenefitPolicy: { __resolveType: (obj: { __typename: string }) => obj.__typename },
  Query: {
    benefitsFor: (_: unknown, args: QueryBenefitsForArgs, ctx: BenefitsContext) => benefitsFor(ctx, args),
    async upcomingBenefits(_: unknown, args: QueryUpcomingBenefitsArgs, ctx: BenefitsContext) {
      const on = args.on == null ? ctx.today() : parseDate(args.on);
      const household: Household = validateHousehold(args.household, on);
      const months = args.months ?? 24;
      if (!Number.isInteger(months) || months < 1 || months > 120) throw badInput('months', 'months는 1에서 120 사이여야 합니다.', 'months must be between 1 and 120.');
      const first = args.first ?? 50;
      if (!Number.isInteger(first) || first < 0 || first > 500) throw badInput('first', 'first는 0에서 500 사이여야 합니다.', 'first must be between 0 and 500.');
      const snapshot = await ctx.snapshots.get();
      return upcoming(snapshot.policies, household, on, months)
        .slice(0, first)
        .map((u) => ({ policyId: u.policy.id, policy: { __typename: u.policy.typename, id: u.policy.id }, name: u.policy.name, change: u.change, date: u.date, verdict: u.verdict, reason: u.reason }));
    },
    async savedHouseholds(_: unknown, __: unknown, ctx: BenefitsContext) {
      const principal = await requireParent(ctx);
      return ctx.alerts.list(principal.sub);
    },
  },
  Mutation: {
    async saveHousehold(_: unknown, args: MutationSaveHouseholdArgs, ctx: BenefitsContext) {
      const principal = await requireParent(ctx);
      const household = validateHousehold(args.household, ctx.today());
      const label = args.label?.trim().slice(0, 40) || null;
      const phone = args.notify.phone?.replace(/[^0-9]/g, '') || null;
      const webhookUrl = args.notify.webhookUrl?.trim() || null;
      if (!phone === !webhookUrl) throw badInput('notify', '알림 받을 전화번호 또는 웹훅 주소 하나를 적어 주세요.', 'Give exactly one of notify.phone or notify.webhookUrl.');
      if (phone && !/^01[016789]\d{7,8}$/.test(phone)) throw badInput('notify.phone', '휴대전화 번호가 올바르지 않습니다.', 'Invalid mobile phone number.');
      if (webhookUrl && !/^https?:\/\/[^\s]{1,500}$/.test(webhookUrl)) throw badInput('notify.webhookUrl', '웹훅 주소는 http(s) URL이어야 합니다.', 'The webhook must be an http(s) URL.');
      // The household is judged against today's catalogue so only later changes alert.
      const snapshot = await ctx.snapshots.get();
      return ctx.alerts.save(principal.sub, household, label, phone ? { kind: 'SMS', to: phone } : { kind: 'WEBHOOK', to: webhookUrl! }, snapshot.policies, ctx.today());
    },
    async deleteHousehold(_: unknown, args: MutationDeleteHouseholdArgs, ctx: BenefitsContext) {
      const principal = await requireParent(ctx);
      return ctx.alerts.remove(principal.sub, args.id);
    },
  },
};
