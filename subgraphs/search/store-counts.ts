import type { Queryable } from '../../store';
import { filterConditions, MIN_FULL_MATCHES, Params, PREPARED, unitExpressions, type SearchSql } from './store';

/**
 * Totals and facets of a search (its SQL; the ranked rows are in store.ts):
 * exact over the matching set, or estimated from a fixed sample of the
 * index's pages for broad queries.
 */

export interface FacetRow {
  facet: 'total' | 'stage' | 'kind' | 'sigungu' | 'specialCare' | 'hasVacancy';
  value: string | null;
  count: number;
}

/**
 * Which matches a count covers: `full` those covering the whole query, `any`
 * those covering part of it, `auto` the ranked rows' rule (all of it when at
 * least MIN_FULL_MATCHES do, any of it otherwise). A sample cannot apply that
 * rule itself (it sees a share of the matches), so the caller passes the
 * ranking's decision.
 */
export type CountMode = 'full' | 'any' | 'auto';

/**
 * The matching set as one relation `r` with the columns facets need.
 * `sample` reads that share of the index's pages instead (TABLESAMPLE
 * SYSTEM, fixed seed: the same answer every time).
 */
function matchedSetSql(s: SearchSql, p: Params, sample: number | null, mode: CountMode): string {
  const filters = filterConditions(s, p);
  const from = sample === null ? 'search.document d' : `search.document d tablesample system (${p.add(sample, '::float4')}) repeatable (7)`;
  const columns = 'd.primary_stage, d.subtype, d.sigungu, d.special_care, d.has_vacancy';
  if (!s.match) return `select ${columns} from ${from} ${filters.length ? `where ${filters.join(' and ')}` : ''}`;
  const units = unitExpressions(s.match, p);
  const all = units.map((u) => u.hit).join(' and ');
  const any = units.map((u) => u.hit).join(' or ');
  const candidates = [`(${units.map((u) => u.indexHit).join(' or ')})`, ...filters].join(' and ');
  // Candidates by the index's rare tokens, phrases tested on them (offset 0: not as index conditions).
  const tested = `(select d.*, (${all}) as full_match, (${any}) as any_match from ${from} where ${candidates} offset 0) d`;
  if (mode === 'full') return `select ${columns} from ${tested} where full_match`;
  if (mode === 'any') return `select ${columns} from ${tested} where any_match`;
  const minFull = p.add(MIN_FULL_MATCHES, '::int');
  return `select * from (
      select ${columns}, full_match, count(*) filter (where full_match) over () as full_count from ${tested} where any_match
    ) x where full_match or full_count < ${minFull}`;
}

/**
 * Total and facet counts over the whole match set, in one statement (grouping
 * sets over the matches read once). With `sample`, counts are taken over
 * that percentage of the index and scaled: an estimate for broad queries.
 */
export async function searchFacets(db: Queryable, s: SearchSql, sample: number | null = null, mode: CountMode = 'auto'): Promise<FacetRow[]> {
  const p = new Params();
  const set = matchedSetSql(s, p, sample, mode);
  const { rows } = await db.query<FacetRow>(
    `with r as (${set})
     select case when grouping(primary_stage) = 0 then 'stage' when grouping(subtype) = 0 then 'kind'
                 when grouping(sigungu) = 0 then 'sigungu' when grouping(has_vacancy) = 0 then 'hasVacancy' else 'total' end as facet,
            coalesce(primary_stage, subtype, sigungu, has_vacancy::text) as value, count(*)::int as count
     from r
     group by grouping sets ((), (primary_stage), (subtype), (sigungu), (has_vacancy))
     having grouping(sigungu) = 1 or sigungu is not null
     union all select 'specialCare', flag, count(*)::int from r, unnest(r.special_care) as flag group by flag`,
    p.values,
    PREPARED,
  );
  if (sample === null) return rows;
  const scale = 100 / sample;
  return rows.map((r) => ({ ...r, count: Math.round(r.count * scale) }));
}

/** How many documents match (exactly, or estimated from a sample of the index's pages). */
export async function searchCount(db: Queryable, s: SearchSql, sample: number | null = null, mode: CountMode = 'auto'): Promise<number> {
  const p = new Params();
  const set = matchedSetSql(s, p, sample, mode);
  const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from (${set}) r`, p.values);
  const n = rows[0]?.n ?? 0;
  return sample === null ? n : Math.round((n * 100) / sample);
}
