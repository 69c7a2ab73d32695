import type { Queryable } from '../../store';

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
  /** Facilities with an inspection on or after this day (YYYY-MM-DD). */
  inspectedSince?: string | null;
  /** Facilities with (true) or without (false) an inspection that found a violation (on or after inspectedSince when given). */
  hasViolations?: boolean | null;
  /** Questions of the Q&A board (issue 23): left out unless asked for (INCLUDE with the records, ONLY them). */
  questions?: QuestionScope;
}

export type QuestionScope = 'EXCLUDE' | 'INCLUDE' | 'ONLY';

export interface NearSql {
  lat: number;
  lng: number;
  radiusKm: number;
}

/** One unit of the query as SQL sees it (query.ts QueryUnit, weighed). */
export interface UnitSql {
  /** Matches the unit exactly (phrases), tested on candidate rows. */
  tsquery: string;
  /**
   * A superset of `tsquery` the index answers cheaply: each form's two
   * rarest tokens, without positions. The index reads a token's whole list
   * of documents, and 지원 alone has 24,000 (137 ms); the exact phrase is
   * then tested on the few rows both rare tokens bring.
   */
  indexTsquery: string;
  /** Every match of `tsquery` also matches `indexTsquery` (false when the unit matches more than its forms: query.ts beyondForms). */
  indexCovers: boolean;
  /** The unit's forms without spaces or punctuation: a title covers the unit when its title_norm contains one. */
  titleForms: string[];
  /** Inverse document frequency: what covering this unit is worth. */
  weight: number;
}

/** The text side of a search: units every hit covers some of, 초성 words, and the title and region signals. */
export interface MatchSql {
  units: UnitSql[];
  chosung: string[];
  normalised: string;
  titleForms: string[];
  regionSigungu: string[];
  regionSido: string[];
}

/**
 * Where the candidates come from. `all`: every match (narrow queries).
 * `everyUnit`: only records the index says cover every unit (the index's
 * superset of the whole-query matches) — when at least MIN_FULL_MATCHES of
 * them do, the results are exactly those of `all`, read from a fraction of
 * the rows (engine.ts runSearch).
 * `bounded` (broad queries): a pool of a few hundred — for each key (the
 * rarest title token of a broad unit's form) the best `perKey` records by
 * static rank whose title has it (search.title_posting, read in that order
 * from its index, nothing else read), every match of the rare units, exact
 * titles, and (`exactAnd`) up to EXACT_AND_CAP records covering the whole
 * query (when they are expected to be few, or on a second try).
 */
export type PoolSql = { kind: 'all'; everyUnit?: boolean } | { kind: 'bounded'; perKey: number; keys: string[]; rareUnits: number[]; exactAnd: boolean };

export interface SearchSql {
  match: MatchSql | null;
  filter: SearchFilterSql;
  near: NearSql | null;
  sort: 'RELEVANCE' | 'DISTANCE' | 'NAME';
  pool: PoolSql;
  offset: number;
  limit: number;
}

export interface SearchRow {
  record_id: string;
  kind: string;
  subtype: string;
  primary_stage: string;
  title: string;
  body: string;
  sido: string | null;
  sigungu: string | null;
  score: number;
  distance_km: number | null;
  /** Policies and programmes: district copies of one thing share it (search/document.ts). */
  variant_key: string | null;
  /** Matches covering every unit, and matches in all (window counts over the whole candidate set). */
  full_count: number;
  any_count: number;
}

/** With at least this many records covering the whole query, only those are results; with fewer, partial matches follow them. */
export const MIN_FULL_MATCHES = 20;

/**
 * Search statements are prepared on their connection (PostgreSQL): planning
 * one cost as much as running it (2 ms of 4.6 for 어린이집). Their text
 * depends only on the query's shape (how many words, which filters), every
 * value is a parameter, so a busy process holds a few dozen of them.
 */
export const PREPARED = { prepare: true } as const;

/** Positional parameters: every value goes through here, never into the SQL text. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

/** Kilometres per degree of latitude; a degree of longitude is this times cos(latitude). */
const KM_PER_DEGREE = 111.195;

function distanceSql(near: NearSql, p: Params): string {
  const lat = p.add(near.lat, '::float8');
  const lng = p.add(near.lng, '::float8');
  return `(6371 * 2 * asin(sqrt(power(sin(radians(d.lat - ${lat}) / 2), 2)
    + cos(radians(${lat})) * cos(radians(d.lat)) * power(sin(radians(d.lng - ${lng}) / 2), 2))))`;
}

/**
 * The filters as conditions on `d` (search.document). Only the filters asked
 * for appear; a radius search reads the indexable box around its circle
 * (GiST on point(lng, lat), migration 0018) and trims the corners.
 */
export function filterConditions(s: SearchSql, p: Params): string[] {
  const f = s.filter;
  const out: string[] = [];
  if (f.stages) out.push(`d.stages && ${p.add(f.stages, '::text[]')}`);
  out.push(...questionConditions(f, p));
  if (f.subtypes) out.push(`d.subtype = any(${p.add(f.subtypes, '::text[]')})`);
  if (f.sido) out.push(`d.sido = ${p.add(f.sido)}`);
  if (f.sigungu) out.push(`d.sigungu = ${p.add(f.sigungu)}`);
  if (f.specialCare) out.push(`d.special_care @> ${p.add(f.specialCare, '::text[]')}`);
  if (f.vacancy) out.push(f.vacancy.age === null ? 'd.has_vacancy' : `${p.add(f.vacancy.age, '::int')} = any(d.free_seat_ages)`);
  if (f.openAt) {
    const at = p.add(f.openAt);
    out.push(`(d.opens_at <= ${at} and d.closes_at > ${at})`);
  }
  if (f.applicationOpenOn) {
    const on = p.add(f.applicationOpenOn, '::date');
    out.push(`(d.kind = 'POLICY' and (d.application_always or (d.application_start <= ${on} and (d.application_end is null or d.application_end >= ${on}))))`);
  }
  out.push(...inspectionConditions(f, p));
  if (s.near) {
    const r = p.add(s.near.radiusKm, '::float8');
    const lat = p.add(s.near.lat, '::float8');
    const lng = p.add(s.near.lng, '::float8');
    out.push(`point(d.lng, d.lat) <@ box(
      point(${lng} - ${r} / (${KM_PER_DEGREE} * cos(radians(${lat}))), ${lat} - ${r} / ${KM_PER_DEGREE}),
      point(${lng} + ${r} / (${KM_PER_DEGREE} * cos(radians(${lat}))), ${lat} + ${r} / ${KM_PER_DEGREE}))`);
    out.push(`${distanceSql(s.near, p)} <= ${r}`);
  }
  return out;
}

/**
 * Which kinds a search reads: questions only when asked for (EXCLUDE by
 * default, so catalog searches and their judged sets see what they saw
 * before issue 23); `recordKinds` narrows the catalog records, never the questions.
 */
function questionConditions(f: SearchFilterSql, p: Params): string[] {
  const scope = f.questions ?? 'EXCLUDE';
  if (scope === 'ONLY') return [`d.kind = 'QUESTION'`];
  const kinds = f.recordKinds ? `d.kind = any(${p.add(f.recordKinds, '::text[]')})` : null;
  if (scope === 'EXCLUDE') return [kinds ?? `d.kind <> 'QUESTION'`];
  return kinds ? [`(${kinds} or d.kind = 'QUESTION')`] : [];
}

/**
 * inspectedSince / hasViolations over the document's inspection facts
 * (migration 0036, document.ts inspectionFacts), meaning what the catalog's
 * facilities(filter:) means: never a policy or programme, and `false` keeps
 * facilities never inspected.
 */
function inspectionConditions(f: SearchFilterSql, p: Params): string[] {
  const since = f.inspectedSince ?? null;
  const violations = f.hasViolations ?? null;
  if (since === null && violations === null) return [];
  const on = since === null ? null : p.add(since, '::date');
  const out = [`d.kind = 'FACILITY'`];
  if (on) out.push(`d.last_inspected_on >= ${on}`);
  if (violations !== null) {
    const found = on ? `coalesce(d.last_violation_on >= ${on}, false)` : 'd.has_violation';
    out.push(violations ? found : `not ${found}`);
  }
  return out;
}

/** Per unit: its tsquery parameters, and the hit expressions over `d`. */
interface UnitExpr {
  hit: string;
  /** The index's cheap superset of `hit` (for candidate conditions). */
  indexHit: string;
  /** A superset of `hit` for requiring the unit: `indexHit`, with the exact test added where the index's form of it is not one (UnitSql.indexCovers). */
  coverHit: string;
  titleHit: string;
  weight: number;
}

export function unitExpressions(m: MatchSql, p: Params): UnitExpr[] {
  // Parameters are added when an expression is first used: Postgres refuses a statement with a parameter it never sees.
  const lazy = (make: () => string) => {
    let sql: string | null = null;
    return () => (sql ??= make());
  };
  const text = m.units.map((u) => {
    const hit = lazy(() => `(d.tsv @@ ${p.add(u.tsquery, '::tsquery')})`);
    const indexHit = lazy(() => `(d.tsv @@ ${p.add(u.indexTsquery, '::tsquery')})`);
    // A title is short and spaceless in title_norm: a substring test covers the unit however the title spaces it, for a fraction of a phrase match.
    const titleHit = lazy(() => (u.titleForms.length ? `(${u.titleForms.map((f) => `strpos(d.title_norm, ${p.add(f)}) > 0`).join(' or ')})` : 'false'));
    return {
      get hit() { return hit(); },
      get indexHit() { return indexHit(); },
      get coverHit() { return u.indexCovers ? indexHit() : `(${indexHit()} or ${hit()})`; },
      get titleHit() { return titleHit(); },
      weight: u.weight,
    };
  });
  // 초성 words are matched in the title (that is all the index keeps of them); each weighs like an average word.
  const average = m.units.length ? m.units.reduce((s, u) => s + u.weight, 0) / m.units.length : 1;
  const chosung = m.chosung.map((c) => {
    const hit = lazy(() => `(d.chosung like ${p.add(`%${escapeLike(c)}%`)})`);
    return { get hit() { return hit(); }, get indexHit() { return hit(); }, get coverHit() { return hit(); }, get titleHit() { return hit(); }, weight: average };
  });
  return [...text, ...chosung];
}

export const escapeLike = (s: string) => s.replace(/[%_\\]/g, (c) => `\\${c}`);

/**
 * How well a matching document fits, from signals in this order of weight:
 * the share of the query it covers (rare words weigh more), the share it
 * covers in its title, an exact or leading title, the region the query
 * names, 초성 word by word, then Postgres's own rank and the static prior.
 */
function scoreSql(m: MatchSql, units: UnitExpr[], p: Params): string {
  const total = units.reduce((s, u) => s + u.weight, 0) || 1;
  // Weights are parameters: the statement's text depends only on the query's shape, so it is prepared once per connection.
  const weights = units.map((u) => p.add(u.weight / total, '::float8'));
  const share = (column: 'h' | 't') => (units.length ? `(${units.map((_, i) => `${weights[i]} * ${column}${i}::int`).join(' + ')})` : '0');
  const norm = p.add(m.normalised);
  // A title the query fills more of is more about it: 어린이집 입소 상담의 날 over 노원구 어린이집 입소 상담의 날 for 입소 상담의 날.
  const title = `(case when title_norm = any(${p.add(m.titleForms, '::text[]')}) then 3
    when ${norm} <> '' and left(title_norm, length(${norm})) = ${norm} then 2 + length(${norm})::float8 / length(title_norm)
    when ${norm} <> '' and strpos(title_norm, ${norm}) > 0 then 1.5 + length(${norm})::float8 / length(title_norm) else 0 end)`;
  const region = m.regionSigungu.length || m.regionSido.length
    ? `(case when sigungu = any(${p.add(m.regionSigungu, '::text[]')}) then 1.5 when sido = any(${p.add(m.regionSido, '::text[]')}) then 0.5 else 0 end)`
    : '0';
  let chosung = '0';
  if (m.chosung.length) {
    const exactWords = p.add(`% ${m.chosung.map(escapeLike).join(' ')} %`);
    const wordStarts = p.add(`% ${m.chosung.map(escapeLike).join('% ')}%`);
    const whole = m.chosung.join('');
    chosung = `(case when chosung = ${p.add(whole)} then 3.5 when (' ' || chosung_words || ' ') like ${exactWords} then 3
      when (' ' || chosung_words) like ${wordStarts} then 2 when chosung like ${p.add(`${escapeLike(whole)}%`)} then 1.5 else 0.5 end)`;
  }
  // No ts_rank: over bigram tokens it mostly counts repeated syllables, and it costs a pass over every candidate's tsvector.
  return `(10 * ${share('h')} + 4 * ${share('t')} + ${title} + ${region} + ${chosung} + 0.3 * static_rank)`;
}

/** Records covering the whole query a bounded pool takes, at most. */
export const EXACT_AND_CAP = 300;

/** Candidate restriction for a bounded search (see PoolSql); filters apply inside the parts that read documents. */
function poolSql(pool: Extract<PoolSql, { kind: 'bounded' }>, units: UnitExpr[], m: MatchSql, filters: string[], p: Params): string {
  const where = (condition: string) => [condition, ...filters].join(' and ');
  const parts = [`(select d.record_id from search.document d where ${where(`d.title_norm = any(${p.add(m.titleForms, '::text[]')})`)})`];
  if (pool.keys.length) {
    const perKey = p.add(pool.perKey, '::int');
    // Postings only (an index-only scan in static-rank order): whether the rest of the unit matches is for the ranking to see.
    for (const key of pool.keys) parts.push(`(select record_id from search.title_posting where lexeme = ${p.add(key)} order by static_rank desc, record_id desc limit ${perKey})`);
  }
  for (const i of pool.rareUnits) parts.push(`(select d.record_id from search.document d where ${where(units[i]!.indexHit)})`);
  // The index finds candidates by rare tokens; the phrases are tested on those rows only (offset 0 keeps them out of the index condition).
  if (pool.exactAnd) {
    parts.push(`(select d.record_id from (select * from search.document d where ${where(units.map((u) => u.indexHit).join(' and '))} offset 0) d
      where ${units.map((u) => u.hit).join(' and ')} limit ${p.add(EXACT_AND_CAP, '::int')})`);
  }
  return `(${parts.join(' union ')})`;
}

/**
 * The best `limit` candidates in the order asked, each with whether it
 * covers the whole query and the window counts over every candidate. Which
 * candidates are results follows MIN_FULL_MATCHES: with that many covering
 * the whole query only those, otherwise every one covering part of it.
 * Each hit expression is evaluated once per row (the inner subquery is kept
 * apart by `offset 0`).
 */
export async function searchRows(db: Queryable, s: SearchSql): Promise<SearchRow[]> {
  const p = new Params();
  const filters = filterConditions(s, p);
  const distance = s.near ? distanceSql(s.near, p) : 'null::float8';
  const order = s.sort === 'DISTANCE' && s.near ? 'distance_km asc, record_id' : s.sort === 'NAME' ? 'title, record_id' : 'score desc, title, record_id';
  const columns = 'd.record_id, d.kind, d.subtype, d.primary_stage, d.title, d.body, d.sido, d.sigungu, d.variant_key';
  if (!s.match) {
    const { rows } = await db.query<SearchRow>(
      `select ${columns}, 0::float8 as score, ${distance}::float8 as distance_km, count(*) over ()::int as full_count, count(*) over ()::int as any_count
       from search.document d ${filters.length ? `where ${filters.join(' and ')}` : ''}
       order by ${order} limit ${p.add(s.limit, '::int')}`,
      p.values,
      PREPARED,
    );
    return rows;
  }
  const units = unitExpressions(s.match, p);
  // A bounded search reads its pool by primary key and tests the words on those rows only: given the words as a
  // condition, the planner would rather scan every match of them (45,000 for 어린이집) and hash-join the pool.
  const bounded = s.pool.kind === 'bounded';
  const from = bounded ? `${poolSql(s.pool as Extract<PoolSql, { kind: 'bounded' }>, units, s.match, filters, p)} pool join search.document d using (record_id)` : 'search.document d';
  const everyUnit = s.pool.kind === 'all' && s.pool.everyUnit === true;
  const candidates = everyUnit ? units.map((u) => u.coverHit).join(' and ') : `(${units.map((u) => u.indexHit).join(' or ')})`;
  const conditions = bounded ? filters : [candidates, ...filters];
  const hits = units.map((u, i) => `${u.hit} as h${i}, ${u.titleHit} as t${i}`).join(', ');
  const score = scoreSql(s.match, units, p);
  const { rows } = await db.query<SearchRow>(
    `select record_id, kind, subtype, primary_stage, title, body, sido, sigungu, variant_key, score, distance_km, full_count::int, any_count::int
     from (
       select a.*, count(*) filter (where full_match) over () as full_count, count(*) over () as any_count
       from (
         select m.*, (${units.map((_, i) => `h${i}`).join(' and ')}) as full_match, ${score}::float8 as score
         from (select ${columns}, d.title_norm, d.chosung, d.chosung_words, d.static_rank, ${distance}::float8 as distance_km, ${hits}
               from ${from} ${conditions.length ? `where ${conditions.join(' and ')}` : ''} offset 0) m
         where ${units.map((_, i) => `h${i}`).join(' or ')}
       ) a
     ) c
     where full_match or full_count < ${p.add(MIN_FULL_MATCHES, '::int')}
     order by ${order} limit ${p.add(s.limit, '::int')}`,
    p.values,
    PREPARED,
  );
  return rows;
}

/** Copies listed under one hit at most (best static rank first): a policy every district has would list 250. */
export const MAX_VARIANTS = 30;

/**
 * District copies of the policies and programmes on a page (rows sharing
 * one of `keys`), up to MAX_VARIANTS a key, best static rank first: the
 * ranked rows hold only the best candidates, and a hit lists its copies — a
 * copy left out would never be shown, since on any later page it folds into
 * the hit already shown. The query's words are not tested again: a copy is
 * the same policy with another district's name, and what matched the hit
 * matches it (an index-only read of document_variant_idx, migration 0024).
 */
export async function variantRows(db: Queryable, s: SearchSql, keys: readonly string[]): Promise<SearchRow[]> {
  if (keys.length === 0) return [];
  const p = new Params();
  const filters = filterConditions(s, p);
  const { rows } = await db.query<SearchRow>(
    `select d.record_id, d.kind, d.subtype, d.primary_stage, d.title, '' as body, d.sido, d.sigungu, d.variant_key,
       0::float8 as score, ${s.near ? distanceSql(s.near, p) : 'null'}::float8 as distance_km, 0 as full_count, 0 as any_count
     from unnest(${p.add(keys, '::text[]')}) as k (key)
     cross join lateral (
       select * from search.document d where d.variant_key = k.key ${filters.length ? `and ${filters.join(' and ')}` : ''}
       order by d.static_rank desc, d.record_id limit ${p.add(MAX_VARIANTS + 1, '::int')}
     ) d`,
    p.values,
    PREPARED,
  );
  return rows;
}
