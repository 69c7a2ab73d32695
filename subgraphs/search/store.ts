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

/** Kilometres per degree of latitude; a degree of longitude is this times cos(latitude). */
const KM_PER_DEGREE = 111.195;

/**
 * The box around `near` that holds its circle: indexable (GiST on
 * point(lng, lat), migration 0018), so a radius search reads its
 * neighbourhood instead of every document; DISTANCE then trims the corners.
 */
const NEAR_BOX = `point(d.lng, d.lat) <@ box(
    point($16 - $14 / (${KM_PER_DEGREE} * cos(radians($15))), $15 - $14 / ${KM_PER_DEGREE}),
    point($16 + $14 / (${KM_PER_DEGREE} * cos(radians($15))), $15 + $14 / ${KM_PER_DEGREE}))`;

/**
 * One WHERE clause and parameter list for hits, count and facets. Every value
 * is a parameter; a null parameter switches its condition off (both drivers
 * plan unnamed statements with the values, so a switched-off condition costs
 * nothing and the others can use their indexes).
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
  // `like all` cannot use the trigram index; the first 초성 word as a plain `like` can.
  const sql = `($1::text is null or d.tsv @@ to_tsquery('simple', $1))
    and ($2::text[] is null or (d.chosung like ($2::text[])[1] and d.chosung like all ($2::text[])))
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
    and ($14::float8 is null or (${NEAR_BOX} and ${DISTANCE} <= $14::float8))`;
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

/** How many documents match (the whole match set, not just the page). */
export async function searchCount(db: Queryable, s: SearchSql): Promise<number> {
  const w = whereClause(s);
  const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from search.document d where ${w.sql}`, w.params);
  return rows[0]?.n ?? 0;
}

/**
 * Total and facet counts over the whole match set (not just the page), in
 * one statement: the matches are read once, grouped by every facet at once
 * (grouping sets), and their special-care flags counted from the same rows.
 */
export async function searchFacets(db: Queryable, s: SearchSql): Promise<FacetRow[]> {
  const w = whereClause(s);
  const { rows } = await db.query<FacetRow>(
    `with m as (select d.primary_stage, d.subtype, d.sigungu, d.special_care, d.has_vacancy from search.document d where ${w.sql})
     select case when grouping(primary_stage) = 0 then 'stage' when grouping(subtype) = 0 then 'kind'
                 when grouping(sigungu) = 0 then 'sigungu' when grouping(has_vacancy) = 0 then 'hasVacancy' else 'total' end as facet,
            coalesce(primary_stage, subtype, sigungu, has_vacancy::text) as value, count(*)::int as count
     from m
     group by grouping sets ((), (primary_stage), (subtype), (sigungu), (has_vacancy))
     having grouping(sigungu) = 1 or sigungu is not null
     union all select 'specialCare', flag, count(*)::int from m, unnest(m.special_care) as flag group by flag`,
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
