import { badInput } from '../../common/errors';
import type { Queryable } from '../../store/types';
import { MAX_POINTS, type StatsRange } from './store';

/**
 * Welfare figures for the statistics subgraph (issue 20: "welfare figures of
 * #14"), read straight from the welfare schema the way store.ts reads apply
 * and ingest: counts per period (the KST day of the event) and, when asked,
 * per resource type or 동. Only counts leave this file — never a name, hash
 * or key — and the resolver suppresses the small ones (these count people).
 */
export type WelfareGroup = 'resource_type' | 'dong';

const GROUP_COLUMN: Record<WelfareGroup, string> = { resource_type: 'resource_type', dong: 'dong' };

export interface WelfareRow {
  period: string;
  group: string | null;
  recommendations: number;
  duplicatesPrevented: number;
  ineligibleBlocked: number;
  concentrationWarnings: number;
  confirmedRecipients: number;
}

export async function welfareSums(db: Queryable, range: StatsRange, group: WelfareGroup | null): Promise<WelfareRow[]> {
  const g = group ? GROUP_COLUMN[group] : 'null::text';
  // A recommendation is in the final list when its latest list entry (confirmation or correction) includes it;
  // confirmed recipients are the distinct people so included, counted in the period of their recommendation.
  const { rows } = await db.query<{ period: string; g: string | null; recs: number; dup: number; blocked: number; conc: number; confirmed: number }>(
    `with events as (
       select (r.created_at at time zone 'Asia/Seoul')::date as day, p.resource_type, r.dong,
              1 as recs, (r.duplicate_of is not null)::int as dup, 0 as blocked,
              (coalesce((r.concentration->>'count')::int, 0) > 0)::int as conc,
              case when coalesce((select le.included from welfare.list_entry le where le.recommendation_id = r.id order by le.id desc limit 1), false)
                   then r.programme_id || ':' || r.identity_hash end as confirmed_person
         from welfare.recommendation r join welfare.programme p on p.id = r.programme_id
        where r.created_at >= $1::date::timestamp at time zone 'Asia/Seoul' and r.created_at < ($2::date + 1)::timestamp at time zone 'Asia/Seoul'
       union all
       select (b.at at time zone 'Asia/Seoul')::date, p.resource_type, b.dong, 0, 0, 1, 0, null
         from welfare.blocked_registration b join welfare.programme p on p.id = b.programme_id
        where b.at >= $1::date::timestamp at time zone 'Asia/Seoul' and b.at < ($2::date + 1)::timestamp at time zone 'Asia/Seoul'
     )
     select to_char(date_trunc($3, day)::date, 'YYYY-MM-DD') as period, ${g} as g,
            sum(recs)::int as recs, sum(dup)::int as dup, sum(blocked)::int as blocked, sum(conc)::int as conc,
            count(distinct confirmed_person)::int as confirmed
       from events group by 1, 2 order by 1, 2
      limit $4::int`,
    [range.from, range.to, range.granularity, MAX_POINTS + 1],
  );
  if (rows.length > MAX_POINTS) {
    throw badInput('groupBy', `결과가 너무 많습니다 (최대 ${MAX_POINTS}개 지점): 기간을 줄이거나 단위를 바꾸세요.`, `Too many points (at most ${MAX_POINTS}): narrow the range or coarsen the granularity.`);
  }
  return rows.map((r) => ({
    period: r.period,
    group: r.g,
    recommendations: Number(r.recs),
    duplicatesPrevented: Number(r.dup),
    ineligibleBlocked: Number(r.blocked),
    concentrationWarnings: Number(r.conc),
    confirmedRecipients: Number(r.confirmed),
  }));
}
