import { badInput } from '../../common/errors';
import type { Queryable } from '../../store/types';
import { AGES, CELL, SPECIAL_CARE_BITS } from './layout';

/**
 * The statistics subgraph's SQL (CONVENTIONS 5): reads of stats.cell_day,
 * stats.policy_day, apply and ingest. Every value is a parameter; the only
 * text built here comes from fixed tables (group columns, array positions).
 */
export type Granularity = 'day' | 'week' | 'month';

export interface StatsRange {
  from: string;
  to: string;
  granularity: Granularity;
}

export interface FacilityFilterValues {
  sido: string | null;
  sigungu: string | null;
  kinds: string[] | null;
  centerTypes: string[] | null;
  /** Bit mask of the flags a facility must all offer (0: none required). */
  specialCareMask: number;
}

export type FacilityGroup = 'sido' | 'sigungu' | 'kind' | 'center_type' | 'special_care';

export interface CellSums {
  period: string;
  day: string;
  group: Partial<Record<FacilityGroup, string | null>>;
  /** stats.cell_day.s summed, 0-based (s[i - 1] is CELL position i). */
  s: number[];
}

/** Placeholder list `$first … $first+n-1` helper: parameters in order. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

function cellWhere(p: Params, range: StatsRange, f: FacilityFilterValues): string {
  const where = [`c.day between ${p.add(range.from, '::date')} and ${p.add(range.to, '::date')}`];
  if (f.sido) where.push(`c.sido = ${p.add(f.sido)}`);
  if (f.sigungu) where.push(`c.sigungu = ${p.add(f.sigungu)}`);
  if (f.kinds) where.push(`c.kind = any(${p.add(f.kinds, '::text[]')})`);
  if (f.centerTypes) where.push(`c.center_type = any(${p.add(f.centerTypes, '::text[]')})`);
  if (f.specialCareMask) where.push(`(c.special_care & ${p.add(f.specialCareMask, '::int')}) = ${p.add(f.specialCareMask, '::int')}`);
  return where.join(' and ');
}

const GROUP_COLUMN: Record<FacilityGroup, string> = {
  sido: 'c.sido',
  sigungu: 'c.sigungu',
  kind: 'c.kind',
  center_type: `nullif(c.center_type, '')`,
  special_care: 'b.flag',
};

/**
 * Cell sums per period and group. A week or month is represented by its last
 * filed day within the range (free seats and enrolment are stocks: summing a
 * month of days would count every seat thirty times).
 */
/** Bound on the points one facilityStats answer may hold (groups × periods). */
export const MAX_POINTS = 20_000;

function tooMany(rows: number, maxPoints = MAX_POINTS): void {
  if (rows > maxPoints) {
    throw badInput('groupBy', `결과가 너무 많습니다 (최대 ${maxPoints}개 지점): 기간을 줄이거나 단위·분류를 바꾸세요.`, `Too many points (at most ${maxPoints}): narrow the range, coarsen the granularity or group by less.`);
  }
}

export async function facilitySums(db: Queryable, range: StatsRange, filter: FacilityFilterValues, groups: readonly FacilityGroup[], maxPoints = MAX_POINTS): Promise<CellSums[]> {
  const p = new Params();
  const where = cellWhere(p, range, filter);
  const trunc = p.add(range.granularity);
  // Per 시군구 only when asked for: otherwise the 시도 level (the same sums, ~15× fewer rows).
  const table = filter.sigungu || groups.includes('sigungu') ? 'stats.cell_day' : 'stats.sido_day';
  const byFlag = groups.includes('special_care')
    ? `cross join lateral (select f.flag from unnest(${p.add(SPECIAL_CARE_BITS, '::text[]')}) with ordinality as f(flag, i) where (c.special_care & (1 << (f.i::int - 1))) <> 0) b`
    : '';
  const groupCols = groups.map((g, i) => `${GROUP_COLUMN[g]} as g${i}`);
  const sums = Array.from({ length: CELL.length }, (_, i) => `sum(c.s[${i + 1}])::bigint`).join(', ');
  const { rows } = await db.query<Record<string, unknown> & { period: string; day: string; s: (string | number)[] }>(
    `with days as (
       select date_trunc(${trunc}, f.day)::date as period, max(f.day) as day
       from stats.filed_day f where f.day between ${p.add(range.from, '::date')} and ${p.add(range.to, '::date')} group by 1
     )
     select to_char(d.period, 'YYYY-MM-DD') as period, to_char(d.day, 'YYYY-MM-DD') as day${groupCols.length ? ', ' + groupCols.join(', ') : ''},
            array[${sums}] as s
     from days d join ${table} c on c.day = d.day ${byFlag}
     where ${where}
     group by d.period, d.day${groups.map((_, i) => `, g${i}`).join('')}
     order by d.period${groups.map((_, i) => `, g${i}`).join('')}
     limit ${p.add(maxPoints + 1, '::int')}`,
    p.values,
  );
  tooMany(rows.length, maxPoints);
  return rows.map((r) => ({
    period: r.period,
    day: r.day,
    group: Object.fromEntries(groups.map((g, i) => [g, (r[`g${i}`] as string | null) ?? null])),
    s: r.s.map(Number),
  }));
}

export interface WaitingRow {
  period: string;
  applications: number;
  offers: number;
  medianHours: number | null;
  p90Hours: number | null;
  declined: number;
  expired: number;
}

/** Apply's waiting lists per period: applications, offers (time from application to the OFFERED notice), declined and expired offers. */
export async function waitingSums(db: Queryable, range: StatsRange, f: FacilityFilterValues): Promise<WaitingRow[]> {
  const p = new Params();
  const from = p.add(range.from, '::date');
  const to = p.add(range.to, '::date');
  const trunc = p.add(range.granularity);
  const dims: string[] = [];
  if (f.sido) dims.push(`sf.sido = ${p.add(f.sido)}`);
  if (f.sigungu) dims.push(`sf.sigungu = ${p.add(f.sigungu)}`);
  if (f.kinds) dims.push(`sf.kind = any(${p.add(f.kinds, '::text[]')})`);
  if (f.centerTypes) dims.push(`sf.center_type = any(${p.add(f.centerTypes, '::text[]')})`);
  if (f.specialCareMask) dims.push(`(sf.special_care & ${p.add(f.specialCareMask, '::int')}) = ${p.add(f.specialCareMask, '::int')}`);
  const facilityScope = dims.length ? `and a.facility_id in (select sf.facility_id from stats.facility sf where ${dims.join(' and ')})` : '';
  // KST days: the statistics are filed by KST day, so events are too.
  const kstDay = (col: string) => `(${col} at time zone 'Asia/Seoul')::date`;
  const { rows } = await db.query<{ period: string; applications: number; offers: number; median_hours: number | null; p90_hours: number | null; declined: number; expired: number }>(
    `with apps as (
       select a.id, a.applied_at, a.status, a.updated_at,
              (select min(n.created_at) from apply.notification n where n.application_id = a.id and n.kind = 'OFFERED') as offered_at
       from apply.application a
       where a.applied_at < (${to} + 1)::timestamp at time zone 'Asia/Seoul' ${facilityScope}
     ), events as (
       select ${kstDay('applied_at')} as day, 'applied' as what, null::float8 as hours from apps
       union all select ${kstDay('offered_at')}, 'offered', extract(epoch from offered_at - applied_at) / 3600 from apps where offered_at is not null
       union all select ${kstDay('updated_at')}, 'declined', null from apps where status = 'WITHDRAWN' and offered_at is not null
       union all select ${kstDay('updated_at')}, 'expired', null from apps where status = 'EXPIRED'
     )
     select to_char(date_trunc(${trunc}, day)::date, 'YYYY-MM-DD') as period,
            count(*) filter (where what = 'applied')::int as applications,
            count(*) filter (where what = 'offered')::int as offers,
            percentile_cont(0.5) within group (order by hours) filter (where what = 'offered') as median_hours,
            percentile_cont(0.9) within group (order by hours) filter (where what = 'offered') as p90_hours,
            count(*) filter (where what = 'declined')::int as declined,
            count(*) filter (where what = 'expired')::int as expired
     from events where day between ${from} and ${to}
     group by 1 order by 1`,
    p.values,
  );
  return rows.map((r) => ({
    period: r.period,
    applications: Number(r.applications),
    offers: Number(r.offers),
    medianHours: r.median_hours == null ? null : Number(r.median_hours),
    p90Hours: r.p90_hours == null ? null : Number(r.p90_hours),
    declined: Number(r.declined),
    expired: Number(r.expired),
  }));
}

export type PolicyGroup = 'stage' | 'agency' | 'support_type';
const POLICY_GROUP: Record<PolicyGroup, string> = {
  stage: 'r.primary_stage',
  agency: `nullif(r.attrs->>'agency', '')`,
  support_type: `nullif(r.attrs->>'supportType', '')`,
};

export interface PolicyRow {
  period: string;
  day: string;
  group: string | null;
  policies: number;
  active: number;
  open: number;
  closed: number;
  unknown: number;
}

/** Policies per period (its last filed day) and group. Dimensions are the policy's present ones (stage, agency, support type rarely change). */
export async function policySums(db: Queryable, range: StatsRange, group: PolicyGroup | null): Promise<PolicyRow[]> {
  const p = new Params();
  const from = p.add(range.from, '::date');
  const to = p.add(range.to, '::date');
  const trunc = p.add(range.granularity);
  const g = group ? POLICY_GROUP[group] : 'null::text';
  const { rows } = await db.query<{ period: string; day: string; g: string | null; policies: number; active: number; open: number; closed: number; unknown: number }>(
    `with days as (
       select date_trunc(${trunc}, day)::date as period, max(day) as day from stats.policy_day where day between ${from} and ${to} group by 1
     )
     select to_char(d.period, 'YYYY-MM-DD') as period, to_char(d.day, 'YYYY-MM-DD') as day, ${g} as g,
            count(*)::int as policies, count(*) filter (where pd.active)::int as active,
            count(*) filter (where pd.open)::int as open, count(*) filter (where pd.open = false)::int as closed,
            count(*) filter (where pd.open is null)::int as unknown
     from days d join stats.policy_day pd on pd.day = d.day
     left join catalog.record r on r.id = pd.policy_id
     group by d.period, d.day, 3 order by d.period, 3
     limit ${p.add(MAX_POINTS + 1, '::int')}`,
    p.values,
  );
  tooMany(rows.length);
  return rows.map((r) => ({ period: r.period, day: r.day, group: r.g, policies: Number(r.policies), active: Number(r.active), open: Number(r.open), closed: Number(r.closed), unknown: Number(r.unknown) }));
}

export interface ProgramRow {
  period: string;
  day: string;
  group: string | null;
  programmes: number;
  active: number;
  open: number;
  closed: number;
  waitlist: number;
  upcoming: number;
  unknown: number;
}

/** Programmes per period (its last filed day), by category when asked; counts per registration status of the active ones. */
export async function programSums(db: Queryable, range: StatsRange, byCategory: boolean): Promise<ProgramRow[]> {
  const { rows } = await db.query<{ period: string; day: string; g: string | null; n: number; active: number; open: number; closed: number; waitlist: number; upcoming: number; unknown: number }>(
    `with days as (
       select date_trunc($3, day)::date as period, max(day) as day from stats.program_day where day between $1::date and $2::date group by 1
     )
     select to_char(d.period, 'YYYY-MM-DD') as period, to_char(d.day, 'YYYY-MM-DD') as day, ${byCategory ? 'pd.category' : 'null::text'} as g,
            count(*)::int as n, count(*) filter (where pd.active)::int as active,
            count(*) filter (where pd.active and pd.status = 'OPEN')::int as open, count(*) filter (where pd.active and pd.status = 'CLOSED')::int as closed,
            count(*) filter (where pd.active and pd.status = 'WAITLIST')::int as waitlist, count(*) filter (where pd.active and pd.status = 'UPCOMING')::int as upcoming,
            count(*) filter (where pd.active and pd.status is null)::int as unknown
     from days d join stats.program_day pd on pd.day = d.day
     group by d.period, d.day, 3 order by d.period, 3
     limit $4::int`,
    [range.from, range.to, range.granularity, MAX_POINTS + 1],
  );
  tooMany(rows.length);
  return rows.map((r) => ({ period: r.period, day: r.day, group: r.g, programmes: Number(r.n), active: Number(r.active), open: Number(r.open), closed: Number(r.closed), waitlist: Number(r.waitlist), upcoming: Number(r.upcoming), unknown: Number(r.unknown) }));
}

export async function crawlRuns(db: Queryable, range: StatsRange): Promise<{ period: string; runs: number; succeeded: number; sitesSucceeded: number }[]> {
  const { rows } = await db.query<{ period: string; runs: number; succeeded: number; sites: number }>(
    `select to_char(date_trunc($3, (started_at at time zone 'Asia/Seoul')::date)::date, 'YYYY-MM-DD') as period, count(*)::int as runs,
            count(*) filter (where status = 'succeeded')::int as succeeded,
            count(distinct site_id) filter (where status = 'succeeded')::int as sites
     from ingest.crawl_run
     where started_at >= $1::date::timestamp at time zone 'Asia/Seoul' and started_at < ($2::date + 1)::timestamp at time zone 'Asia/Seoul'
     group by 1 order by 1`,
    [range.from, range.to, range.granularity],
  );
  return rows.map((r) => ({ period: r.period, runs: Number(r.runs), succeeded: Number(r.succeeded), sitesSucceeded: Number(r.sites) }));
}

export async function siteFreshness(db: Queryable): Promise<{ siteId: string; lastSucceededAt: string | null; lastStatus: string | null; ageHours: number | null }[]> {
  const { rows } = await db.query<{ site_id: string; last_ok: Date | string | null; last_status: string | null; age_hours: number | null }>(
    `select site_id,
            max(finished_at) filter (where status = 'succeeded') as last_ok,
            (array_agg(status order by started_at desc))[1] as last_status,
            extract(epoch from now() - max(finished_at) filter (where status = 'succeeded')) / 3600 as age_hours
     from ingest.crawl_run group by site_id order by site_id limit 500`,
  );
  return rows.map((r) => ({
    siteId: r.site_id,
    lastSucceededAt: r.last_ok == null ? null : new Date(r.last_ok).toISOString(),
    lastStatus: r.last_status,
    ageHours: r.age_hours == null ? null : Math.round(Number(r.age_hours) * 100) / 100,
  }));
}

export { AGES };
