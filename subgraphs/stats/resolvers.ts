import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from '../../common/errors';
import type { Store } from '../../store';
import { AGES, CELL } from './layout';
import { crawlRuns, facilitySums, policySums, programSums, siteFreshness, waitingSums, type CellSums, type FacilityGroup, type PolicyGroup } from './store';
import { refreshCells } from './snapshot-writer';
import { figure } from './suppress';
import { validateFacilityFilter, validateRange } from './validation';
import type { QueryCrawlFreshnessArgs, QueryFacilityStatsArgs, QueryPolicyStatsArgs, QueryProgramStatsArgs, QueryWaitingListStatsArgs } from './__generated__/resolvers-types';

export interface StatsContext {
  store: Store;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (v) => v,
  parseValue: (v) => v, // checked with its argument's name in validateRange
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? ast.value : null),
});

const GROUPS: Record<string, FacilityGroup> = { SIDO: 'sido', SIGUNGU: 'sigungu', KIND: 'kind', CENTER_TYPE: 'center_type', SPECIAL_CARE: 'special_care' };
const POLICY_GROUPS: Record<string, PolicyGroup> = { STAGE: 'stage', AGENCY: 'agency', SUPPORT_TYPE: 'support_type' };

const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

/** One point of facilityStats from a cell sum, with its suppressions. */
export function facilityPoint(c: CellSums) {
  const at = (i: number) => c.s[i - 1] ?? 0;
  const enrolled = at(CELL.enrolled);
  const capacity = at(CELL.capacity);
  const free = at(CELL.free);
  const waiting = AGES.reduce<number>((n, a) => n + at(CELL.waitingAge(a)), 0);
  // Free seats summed from age classes give back the classes' children (Σ 정원 − Σ 여석 per class): withheld with them too.
  const inClasses = AGES.reduce<number>((n, a) => n + at(CELL.enrolledAge(a)), 0);
  return {
    period: c.period,
    day: c.day,
    facilities: at(CELL.facilities),
    active: at(CELL.active),
    capacity,
    enrolled: figure(enrolled, enrolled),
    occupancy: figure(capacity > 0 ? round(enrolled / capacity) : null, enrolled),
    freeSeats: figure(free, enrolled, inClasses),
    waiting: figure(waiting, waiting),
    applicantsPerSeat: figure(free > 0 ? round(waiting / free) : null, waiting, enrolled, inClasses),
    ageClasses: AGES.map((age) => {
      const e = at(CELL.enrolledAge(age));
      const w = at(CELL.waitingAge(age));
      return { age, capacity: at(CELL.capacityAge(age)), enrolled: figure(e, e), freeSeats: figure(at(CELL.freeAge(age)), e), waiting: figure(w, w) };
    }),
  };
}

function groupsOf(list: readonly string[] | null | undefined): FacilityGroup[] {
  if (!list) return [];
  if (list.length > 5) throw badInput('groupBy', 'groupBy는 최대 5개입니다.', 'groupBy takes at most 5 dimensions.');
  return [...new Set(list.map((g) => GROUPS[g]!))];
}

export const statsResolvers = {
  Date: DateScalar,
  Query: {
    async facilityStats(_: unknown, args: QueryFacilityStatsArgs, ctx: StatsContext) {
      const range = validateRange(args.range);
      const filter = validateFacilityFilter(args.filter);
      const groups = groupsOf(args.groupBy);
      // Waiting lists changed by apply since the last rebuild are summed in first.
      await refreshCells(ctx.store);
      const sums = await facilitySums(ctx.store, range, filter, groups);
      const series = new Map<string, { group: Record<string, string | null>; points: ReturnType<typeof facilityPoint>[] }>();
      for (const c of sums) {
        const key = JSON.stringify(groups.map((g) => c.group[g] ?? null));
        let s = series.get(key);
        if (!s) {
          s = { group: { sido: c.group.sido ?? null, sigungu: c.group.sigungu ?? null, kind: c.group.kind ?? null, centerType: c.group.center_type ?? null, specialCare: c.group.special_care ?? null }, points: [] };
          series.set(key, s);
        }
        s.points.push(facilityPoint(c));
      }
      // Ungrouped and nothing filed: one empty series, so a client can always read series[0].
      if (!series.size && !groups.length) return [{ group: {}, points: [] }];
      return [...series.values()];
    },
    async waitingListStats(_: unknown, args: QueryWaitingListStatsArgs, ctx: StatsContext) {
      const range = validateRange(args.range);
      const rows = await waitingSums(ctx.store, range, validateFacilityFilter(args.filter));
      return rows.map((r) => ({
        period: r.period,
        applications: figure(r.applications, r.applications),
        offers: figure(r.offers, r.offers),
        medianHoursToOffer: figure(r.medianHours == null ? null : round(r.medianHours, 2), r.offers),
        p90HoursToOffer: figure(r.p90Hours == null ? null : round(r.p90Hours, 2), r.offers),
        offersDeclined: figure(r.declined, r.declined),
        offersExpired: figure(r.expired, r.expired),
      }));
    },
    async policyStats(_: unknown, args: QueryPolicyStatsArgs, ctx: StatsContext) {
      const range = validateRange(args.range);
      const rows = await policySums(ctx.store, range, args.groupBy ? POLICY_GROUPS[args.groupBy]! : null);
      const series = new Map<string | null, { group: string | null; points: unknown[] }>();
      for (const r of rows) {
        let s = series.get(r.group);
        if (!s) series.set(r.group, (s = { group: r.group, points: [] }));
        s.points.push({ period: r.period, day: r.day, policies: r.policies, active: r.active, open: r.open, closed: r.closed, unknown: r.unknown });
      }
      return [...series.values()];
    },
    async programStats(_: unknown, args: QueryProgramStatsArgs, ctx: StatsContext) {
      const range = validateRange(args.range);
      const rows = await programSums(ctx.store, range, args.groupBy === 'CATEGORY');
      const series = new Map<string | null, { group: string | null; points: unknown[] }>();
      for (const { group, ...point } of rows) {
        let s = series.get(group);
        if (!s) series.set(group, (s = { group, points: [] }));
        s.points.push(point);
      }
      return [...series.values()];
    },
    async crawlFreshness(_: unknown, args: QueryCrawlFreshnessArgs, ctx: StatsContext) {
      const range = validateRange(args.range);
      const [points, sites] = await Promise.all([crawlRuns(ctx.store, range), siteFreshness(ctx.store)]);
      return { points, sites };
    },
  },
};
