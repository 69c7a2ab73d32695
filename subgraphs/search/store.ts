import type { Queryable } from '../../store';
import type { ParsedQuery } from './query';

export interface SearchFilterSql {
  stages: string[] | null;
  recordKinds: string[] | null;
  subtypes: string[] | null;
  sido: string | null;
  sigungu: string | null;
  specialCare: string[] | null;
  /** Only records with a free seat (for this age class when given). */
  vacancy: { age: number | null } | null;
  /** 'HH:MM': open at this time of day (records that publish hours). */
  openAt: string | null;
  /** Only policies whose application is open on this date (ISO). */
  applicationOpenOn: string | null;
}

export interface NearSql {
  lat: number;
  lng: number;
  radiusKm: number;
}

export interface SearchSql {
  query: ParsedQuery | null;
  /** Match by trigram similarity of titles instead of tokens (the typo fallback). */
  fuzzy: boolean;
  filter: SearchFilterSql;
  near: NearSql | null;
  sort: 'RELEVANCE' | 'DISTANCE' | 'NAME';
  offset: number;
  limit: number;
}

export interface SearchRow {
  record_id: string;
  kind: string;
  subtype: string;
  primary_stage: string;
  title: string;
  title_norm: string;
  body: string;
  score: number;
  distance_km: number | null;
}

/** Similarity a title needs to count as a typo of the query (pg_trgm word_similarity). */
export const FUZZY_THRESHOLD = 0.4;

const DISTANCE = `(6371 * 2 * asin(sqrt(power(sin(radians(d.lat - $15) / 2), 2)
  + cos(radians($15)) * cos(radians(d.lat)) * power(sin(radians(d.lng - $16) / 2), 2))))`;

/**
 * One WHERE clause and parameter list for hits, count and facets. Every value
 * is a parameter; a null parameter switches its condition off.
 */
function whereClause(s: SearchSql): { sql: string; params: unknown[] } {
  const f = s.filter;
  const q = s.query;
  const params: unknown[] = [
    s.fuzzy ? null : q?.tsquery ?? null, // $1
    q?.chosung.length ? q.chosung.map((c) => `%${c}%`) : null, // $2
    s.fuzzy ? q?.normalised ?? '' : null, // $3
    f.stages, // $4
    f.recordKinds, // $5
    f.subtypes, // $6
    f.sido, // $7
    f.sigungu, // $8
    f.specialCare, // $9
    f.vacancy ? true : null, // $10
    f.vacancy?.age ?? null, // $11
    f.openAt, // $12
    f.applicationOpenOn, // $13
    s.near?.radiusKm ?? null, // $14
    s.near?.lat ?? null, // $15
    s.near?.lng ?? null, // $16
  ];
  const sql = `($1::text is null or d.tsv @@ to_tsquery('simple', $1))
    and ($2::text[] is null or d.chosung like all ($2::text[]))
    and ($3::text is null or $3 <% d.title_norm)
    and ($4::text[] is null or d.stages && $4::text[])
    and ($5::text[] is null or d.kind = any($5::text[]))
    and ($6::text[] is null or d.subtype = any($6::text[]))
    and ($7::text is null or d.sido = $7)
    and ($8::text is null or d.sigungu = $8)
    and ($9::text[] is null or d.special_care @> $9::text[])
    and ($10::boolean is null or (case when $11::int is null then d.has_vacancy else $11::int = any(d.free_seat_ages) end))
    and ($12::text is null or (d.opens_at <= $12 and d.closes_at > $12))
    and ($13::date is null or (d.kind = 'POLICY' and (d.application_always
         or (d.application_start <= $13::date and (d.application_end is null or d.application_end >= $13::date)))))
    and ($14::float8 is null or (d.lat is not null and ${DISTANCE} <= $14::float8))`;
  return { sql, params };
}

function scoreExpression(s: SearchSql): string {
  // $17 (normalised query) and $18 (초성 prefix) appear in every variant:
  // Postgres refuses a statement with a parameter it never sees.
  const title = `(case when d.title_norm = any($21::text[]) then 3 when $17 <> '' and strpos(d.title_norm, $17) > 0 then 1.5 else 0 end)`;
  const chosung = `(case when $18 = '' then 0 when d.chosung = rtrim($18, '%') then 2 when d.chosung like $18 then 1 else 0.5 end)`;
  if (s.fuzzy) return `(word_similarity($17, d.title_norm) + 0 * ${chosung} + 0 * ${title})`;
  const text = s.query?.tsquery ? `ts_rank(d.tsv, to_tsquery('simple', $1))` : '0';
  return `(${text} + ${title} + ${chosung})`;
}

/**
 * Sets the typo threshold for the current transaction (the fuzzy path runs in
 * one, so the setting applies to its statements only). Exact searches need
 * neither the setting nor a transaction.
 */
export async function setFuzzyThreshold(tx: Queryable): Promise<void> {
  await tx.query(`select set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(FUZZY_THRESHOLD)]);
}

export async function searchRows(db: Queryable, s: SearchSql): Promise<SearchRow[]> {
  const w = whereClause(s);
  const order =
    s.sort === 'DISTANCE' && s.near ? 'distance_km asc, d.record_id' : s.sort === 'NAME' ? 'd.title, d.record_id' : 'score desc, d.title, d.record_id';
  const { rows } = await db.query<SearchRow>(
    `select d.record_id, d.kind, d.subtype, d.primary_stage, d.title, d.title_norm, d.body,
       ${scoreExpression(s)}::float8 as score,
       ${s.near ? DISTANCE : 'null'}::float8 as distance_km
     from search.document d
     where ${w.sql}
     order by ${order}
     offset $19 limit $20`,
    [...w.params, s.query?.normalised ?? '', s.query?.chosung.length ? `${s.query.chosung.join('')}%` : '', s.offset, s.limit, s.query?.titleForms ?? []],
  );
  return rows;
}

export interface FacetRow {
  facet: 'total' | 'stage' | 'kind' | 'sigungu' | 'specialCare' | 'hasVacancy';
  value: string | null;
  count: number;
}

/** Total and facet counts over the whole match set (not just the page), in one statement. */
export async function searchFacets(db: Queryable, s: SearchSql): Promise<FacetRow[]> {
  const w = whereClause(s);
  const { rows } = await db.query<FacetRow>(
    `with m as (select d.primary_stage, d.subtype, d.sigungu, d.special_care, d.has_vacancy from search.document d where ${w.sql})
     select 'total' as facet, null as value, count(*)::int as count from m
     union all select 'stage', primary_stage, count(*)::int from m group by primary_stage
     union all select 'kind', subtype, count(*)::int from m group by subtype
     union all select 'sigungu', sigungu, count(*)::int from m where sigungu is not null group by sigungu
     union all select 'specialCare', flag, count(*)::int from m, unnest(m.special_care) as flag group by flag
     union all select 'hasVacancy', has_vacancy::text, count(*)::int from m group by has_vacancy`,
    w.params,
  );
  return rows;
}

export async function synonymsFor(db: Queryable, terms: readonly string[]): Promise<Map<string, string[]>> {
  if (terms.length === 0) return new Map();
  const { rows } = await db.query<{ term: string; synonyms: string[] }>('select term, synonyms from search.synonym where term = any($1::text[])', [terms]);
  return new Map(rows.map((r) => [r.term, r.synonyms]));
}

/** Titles starting with the prefix (or whose 초성 does), shortest first. */
export async function suggestTitles(db: Queryable, prefix: string, chosung: boolean, limit: number) {
  const { rows } = await db.query<{ record_id: string; title: string }>(
    chosung
      ? `select record_id, title from search.document where chosung like $1 order by length(title), title, record_id limit $2`
      : `select record_id, title from search.document where title_norm like $1 order by length(title), title, record_id limit $2`,
    [`${prefix.replace(/[%_\\]/g, (c) => `\\${c}`)}%`, limit],
  );
  return rows;
}
