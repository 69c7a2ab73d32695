import { badInput } from '../../common/errors';
import type { Queryable } from '../../store';

/**
 * Live statistics (seed 004: "대상자별, 행정동별, 후원자별, 추천기관별 실시간
 * 통계"): counts only, straight from the rows in one grouping-sets query, so
 * they are never stale and never hold a name or a key.
 */
export interface Counts {
  recommendations: number;
  clean: number;
  duplicatesFlagged: number;
  ineligibleBlocked: number;
  concentrationWarnings: number;
  finalList: number;
}

export interface Statistics {
  totals: Counts;
  byProgramme: { key: string; counts: Counts }[];
  byDong: { key: string; counts: Counts }[];
  bySponsor: { key: string; counts: Counts }[];
  byOrganisation: { key: string; counts: Counts }[];
  byResourceType: { key: string; counts: Counts }[];
  byMonth: { key: string; counts: Counts }[];
  byRecipient: { recommendationsPerPerson: number; people: number }[];
}

export interface StatisticsFilter {
  programmeId?: string | null;
  from?: string | null;
  until?: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const empty = (): Counts => ({ recommendations: 0, clean: 0, duplicatesFlagged: 0, ineligibleBlocked: 0, concentrationWarnings: 0, finalList: 0 });

// Column order of grouping(): programme, dong, sponsor, organisation, resource type, month. A bit is 1 when the column is NOT grouped.
const DIMENSIONS = ['byProgramme', 'byDong', 'bySponsor', 'byOrganisation', 'byResourceType', 'byMonth'] as const;

export async function statistics(db: Queryable, filter: StatisticsFilter = {}): Promise<Statistics> {
  for (const f of ['from', 'until'] as const) {
    if (filter[f] != null && !DATE.test(filter[f]!)) throw badInput(f, '날짜는 YYYY-MM-DD 형식이어야 합니다.', 'A date must be YYYY-MM-DD.');
  }
  const params = [filter.programmeId ?? null, filter.from ?? null, filter.until ?? null];
  const within = (column: string) =>
    `($1::text is null or ${column.split('.')[0]}.programme_id = $1) and ($2::date is null or (${column} at time zone 'Asia/Seoul')::date >= $2::date) and ($3::date is null or (${column} at time zone 'Asia/Seoul')::date <= $3::date)`;
  const { rows } = await db.query<Record<string, unknown>>(
    `with base as (
       select r.programme_id, r.dong, p.sponsor, r.org_id, p.resource_type, to_char(r.created_at at time zone 'Asia/Seoul', 'YYYY-MM') as month,
              1 as recs, (r.duplicate_of is null)::int as clean, (r.duplicate_of is not null)::int as dup, 0 as blocked,
              ((r.concentration->>'count')::int > 0)::int as conc,
              coalesce((select le.included from welfare.list_entry le where le.recommendation_id = r.id order by le.id desc limit 1), false)::int as final
         from welfare.recommendation r join welfare.programme p on p.id = r.programme_id
        where ${within('r.created_at')}
       union all
       select b.programme_id, b.dong, p.sponsor, b.org_id, p.resource_type, to_char(b.at at time zone 'Asia/Seoul', 'YYYY-MM'), 0, 0, 0, 1, 0, 0
         from welfare.blocked_registration b join welfare.programme p on p.id = b.programme_id
        where ${within('b.at')}
     )
     select grouping(programme_id, dong, sponsor, org_id, resource_type, month) as g, programme_id, dong, sponsor, org_id, resource_type, month,
            sum(recs)::int as recs, sum(clean)::int as clean, sum(dup)::int as dup, sum(blocked)::int as blocked, sum(conc)::int as conc, sum(final)::int as final
       from base
      group by grouping sets ((), (programme_id), (dong), (sponsor), (org_id), (resource_type), (month))`,
    params,
  );
  const stats: Statistics = { totals: empty(), byProgramme: [], byDong: [], bySponsor: [], byOrganisation: [], byResourceType: [], byMonth: [], byRecipient: [] };
  const keys = ['programme_id', 'dong', 'sponsor', 'org_id', 'resource_type', 'month'];
  for (const row of rows) {
    const counts: Counts = {
      recommendations: Number(row.recs),
      clean: Number(row.clean),
      duplicatesFlagged: Number(row.dup),
      ineligibleBlocked: Number(row.blocked),
      concentrationWarnings: Number(row.conc),
      finalList: Number(row.final),
    };
    const g = Number(row.g);
    if (g === 0b111111) {
      stats.totals = counts;
      continue;
    }
    // grouping() sets bit (5 - i) for each column i left out; exactly one column is grouped here.
    const i = keys.findIndex((_k, index) => (g & (1 << (5 - index))) === 0);
    stats[DIMENSIONS[i]!].push({ key: String(row[keys[i]!]), counts });
  }
  for (const d of DIMENSIONS) stats[d].sort((a, b) => b.counts.recommendations + b.counts.ineligibleBlocked - (a.counts.recommendations + a.counts.ineligibleBlocked) || a.key.localeCompare(b.key));
  stats.byMonth.sort((a, b) => a.key.localeCompare(b.key));
  const recipients = await db.query<{ n: number; people: number }>(
    `select n::int, count(*)::int as people from (
       select r.identity_hash, count(*) as n from welfare.recommendation r where r.duplicate_of is null and ${within('r.created_at')} group by r.identity_hash
     ) per group by n order by n`,
    params,
  );
  stats.byRecipient = recipients.rows.map((r) => ({ recommendationsPerPerson: Number(r.n), people: Number(r.people) }));
  return stats;
}
