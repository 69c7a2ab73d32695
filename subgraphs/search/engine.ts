import type { RecordKind, Stage } from '../../common/record';
import { typenameOf } from '../../common/typenames';
import type { Store } from '../../store';
import { encodeOffset, type validateFilter, type validateNear } from './arguments';
import { correctWord } from './correct';
import { highlights } from './highlight';
import { parseQuery, querySpans, queryWords, replaceUnit, type QueryUnit } from './query';
import { idf, phraseDf, type LexemeStats } from './stats';
import { matchingQueries, MIN_FULL_MATCHES, searchCount, searchFacets, searchRows, synonymsFor, type FacetRow, type MatchSql, type PoolSql, type SearchRow, type SearchSql } from './store';
import { phrase, phraseLexemes } from './tokenize';

/** Which counts a query selects: counting the whole match set costs more than the page. */
export type Counts = 'none' | 'total' | 'facets';

export interface SearchInput {
  text: string | null;
  first: number;
  offset: number;
  near: ReturnType<typeof validateNear>;
  sort: 'RELEVANCE' | 'DISTANCE' | 'NAME';
  filter: ReturnType<typeof validateFilter>;
  counts: Counts;
}

export interface EngineContext {
  store: Store;
  stats: () => Promise<LexemeStats | null>;
}

/**
 * Above this many estimated matches a query is broad: ranking every match
 * would read them all (어린이집 matches 45,788 of 120,000 documents), so a
 * bounded pool is ranked instead (store.ts PoolSql) and counts are estimated
 * from a sample. Below it every match is ranked and counted exactly.
 */
export const EXACT_MAX = 2500;
/** An index smaller than this is always ranked exactly: every match costs little there. */
const BOUNDED_MIN_DOCS = 20_000;
/** A unit this rare contributes all its matches to a bounded pool. */
const RARE_DF = 1500;
/** Postings read per part of a bounded pool (best static rank first), and matches kept from them. */
const POOL_SCAN = 3000;
const POOL_PER_UNIT = 200;
/** Forms of one unit (synonyms …) a bounded pool reads postings for. */
const MAX_KEYS = 3;
/** Pages the count and facet estimates read: about this many documents. */
const SAMPLE_DOCS = 5000;

interface WeighedUnit {
  unit: QueryUnit;
  df: number | null;
  tsquery: string;
  titleTsquery: string;
  /** The rarest token of each form, for reading its postings in a bounded pool. */
  keys: string[];
}

/** The rarest plain token of a text (what fewest titles share), by the statistics. */
function rarestToken(stats: LexemeStats | null, text: string): string | null {
  let best: { lexeme: string; n: number } | null = null;
  for (const word of phraseLexemes(text)) {
    for (const alternatives of word) {
      const lexeme = alternatives[0];
      if (!lexeme) continue;
      const n = stats?.ndoc(lexeme) ?? 0;
      if (!best || n < best.n) best = { lexeme, n };
    }
  }
  return best?.lexeme ?? null;
}

const keysOf = (stats: LexemeStats | null, forms: readonly string[]) => [...new Set(forms.map((f) => rarestToken(stats, f)).filter((k): k is string => k !== null))].slice(0, MAX_KEYS);

/** Units that match nothing get the nearest spelling the index knows (didYouMean); those with none are left out. */
async function weighUnits(store: Store, units: QueryUnit[], stats: LexemeStats | null): Promise<{ present: WeighedUnit[]; corrections: { unit: QueryUnit; text: string }[] }> {
  const weighed = units.map((unit) => ({
    unit,
    df: stats ? Math.min(stats.docs, unit.forms.reduce((n, f) => n + phraseDf(stats, f), 0)) : null,
    tsquery: unit.tsquery,
    titleTsquery: unit.titleTsquery,
    keys: keysOf(stats, unit.forms),
  }));
  // The figures can lag the index: a unit they call (nearly) absent is checked exactly.
  const doubtful = weighed.filter((w) => w.df === null || w.df < 5);
  const found = await matchingQueries(store, doubtful.map((w) => w.tsquery));
  const absent = new Set(doubtful.filter((_, i) => !found[i]));
  const corrections: { unit: QueryUnit; text: string }[] = [];
  const present: WeighedUnit[] = [];
  for (const w of weighed) {
    if (!absent.has(w)) {
      present.push(w);
      continue;
    }
    const text = await correctWord(store, w.unit.text);
    const corrected = text ? phrase(text) : null;
    if (!text || !corrected) continue;
    corrections.push({ unit: w.unit, text });
    present.push({ unit: w.unit, df: stats ? phraseDf(stats, text) : null, tsquery: `(${w.tsquery} | ${corrected})`, titleTsquery: `(${w.titleTsquery} | ${phrase(text, 'A')})`, keys: keysOf(stats, [text]) });
  }
  return { present, corrections };
}

async function matchOf(ctx: EngineContext, text: string) {
  const lookups = [...querySpans(text), ...queryWords(text)];
  const [synonyms, stats] = await Promise.all([synonymsFor(ctx.store, lookups), ctx.stats()]);
  const parsed = parseQuery(text, synonyms, (joined) => (stats ? phraseDf(stats, joined) > 0 : false));
  const { present, corrections } = await weighUnits(ctx.store, parsed.units, stats);
  const didYouMean = corrections.length ? corrections.reduce((q, c) => replaceUnit(q, c.unit, c.text), text) : null;
  const regions = present.flatMap((w) => w.unit.regions);
  const match: MatchSql = {
    units: present.map((w) => ({ tsquery: w.tsquery, titleTsquery: w.titleTsquery, weight: idf(stats, w.df ?? 0) })),
    chosung: parsed.chosung,
    normalised: parsed.normalised,
    titleForms: parsed.titleForms,
    regionSigungu: [...new Set(regions.filter((r) => r.sigungu).map((r) => r.sigungu!))],
    regionSido: [...new Set(regions.filter((r) => !r.sigungu).map((r) => r.sido))],
  };
  const terms = [...parsed.terms, ...corrections.map((c) => c.text)];
  const empty = match.units.length === 0 && match.chosung.length === 0;
  return { match, terms, didYouMean, empty, stats, dfs: present.map((w) => w.df), keys: present.map((w) => w.keys) };
}

/** Exact when the figures say the query is narrow (or there are none yet); otherwise a bounded pool. */
function poolFor(input: SearchInput, stats: LexemeStats | null, dfs: (number | null)[], keys: string[][]): PoolSql {
  if (!stats || stats.docs < BOUNDED_MIN_DOCS || dfs.some((d) => d === null) || (input.sort === 'DISTANCE' && input.near) || input.sort === 'NAME') return { kind: 'all' };
  const estimate = Math.min(stats.docs, dfs.reduce<number>((n, d) => n + (d ?? 0), 0));
  if (estimate <= EXACT_MAX) return { kind: 'all' };
  const rareUnits = dfs.flatMap((d, i) => ((d ?? 0) <= RARE_DF ? [i] : []));
  const broadUnits = dfs.flatMap((d, i) => ((d ?? 0) > RARE_DF ? [i] : []));
  // Records covering the whole query are looked for among the postings of its rarest broad unit.
  const rarestBroad = broadUnits.reduce<number | null>((best, i) => (best === null || (dfs[i] ?? 0) < (dfs[best] ?? 0) ? i : best), null);
  return {
    kind: 'bounded',
    scan: POOL_SCAN,
    perUnit: POOL_PER_UNIT,
    rareUnits,
    broad: broadUnits.map((unit) => ({ unit, keys: keys[unit] ?? [] })),
    // A rare unit's matches are all in the pool already, and every record covering the whole query is among them.
    andKeys: rarestBroad !== null && dfs.length > 1 && rareUnits.length === 0 ? (keys[rarestBroad] ?? []) : [],
    exactAnd: false,
  };
}

const samplePercent = (stats: LexemeStats | null) => Math.min(100, Math.max(0.1, (100 * SAMPLE_DOCS) / Math.max(1, stats?.docs ?? 1)));

/** Hits of the page: each group's shown row and its variants (rows come ordered by group, then member rank). */
function groupsOf(rows: readonly SearchRow[]): Group[] {
  const out: Group[] = [];
  for (const row of rows) {
    if (row.member_rank === 1) out.push({ row, variants: [] });
    else out.at(-1)?.variants.push(row);
  }
  return out;
}

interface Group {
  row: SearchRow;
  variants: SearchRow[];
}

export async function runSearch(input: SearchInput, ctx: EngineContext) {
  const { text, first, offset, near, sort, filter, counts } = input;
  const m = text ? await matchOf(ctx, text) : null;
  const preferred = {
    sido: [...(m?.match.regionSido ?? []), ...(filter.sido && !filter.sigungu ? [filter.sido] : [])],
    sigungu: [...(m?.match.regionSigungu ?? []), ...(filter.sigungu ? [filter.sigungu] : [])],
  };
  if (m?.empty) return connection([], [], offset, 0, 0, false, null, m.didYouMean);
  const plan: SearchSql = { match: m?.match ?? null, filter, near, sort, pool: m ? poolFor(input, m.stats, m.dfs, m.keys) : { kind: 'all' }, offset, limit: first };
  let rows = await searchRows(ctx.store, plan, preferred);
  // A broad query whose words seldom meet: rank every record covering all of them, and the best of each word.
  if (plan.pool.kind === 'bounded' && (rows[0]?.full_count ?? 0) < MIN_FULL_MATCHES) {
    plan.pool = { ...plan.pool, exactAnd: true };
    rows = await searchRows(ctx.store, plan, preferred);
  }
  const groups = groupsOf(rows);
  const estimated = plan.pool.kind === 'bounded';
  const sample = estimated ? samplePercent(m?.stats ?? null) : null;
  let facets: FacetRow[] | null = null;
  let total = rows[0] ? (rows[0].full_count >= MIN_FULL_MATCHES ? rows[0].full_count : rows[0].any_count) : 0;
  // The window counts came with the rows, unless the page lies past the end (no rows) or the set was a bounded pool (estimated).
  const exactAndKnown = plan.pool.kind === 'bounded' && plan.pool.exactAnd && total >= MIN_FULL_MATCHES;
  // A sample cannot tell how many cover the whole query overall: it counts what the ranking decided.
  const mode = !estimated ? 'auto' : (rows[0]?.full_count ?? 0) >= MIN_FULL_MATCHES ? 'full' : 'any';
  if (counts === 'facets') facets = await searchFacets(ctx.store, plan, sample, mode);
  else if (counts === 'total' && ((estimated && !exactAndKnown) || (!rows[0] && offset > 0))) total = await searchCount(ctx.store, plan, sample, mode);
  if (facets) total = facets.find((f) => f.facet === 'total')?.count ?? total;
  return connection(groups, m?.terms ?? [], offset, rows[0]?.groups ?? 0, total, estimated, facets, m?.didYouMean ?? null);
}

function facetList(rows: FacetRow[], facet: FacetRow['facet']) {
  return rows
    .filter((r) => r.facet === facet && r.value !== null)
    .map((r) => ({ value: r.value!, count: r.count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

// Documents are indexed from catalog records, whose kind the catalog checks is a RecordKind: every hit has a type.
const nodeOf = (row: SearchRow) => ({ __typename: typenameOf({ kind: row.kind as RecordKind, primaryStage: row.primary_stage as Stage, subtype: row.subtype }), id: row.record_id });

function connection(page: Group[], terms: string[], offset: number, groupCount: number, total: number, estimated: boolean, facets: FacetRow[] | null, didYouMean: string | null) {
  const edges = page.map(({ row, variants }, i) => ({
    cursor: encodeOffset(offset + i + 1),
    node: nodeOf(row),
    score: Math.round(row.score * 10000) / 10000,
    distanceKm: row.distance_km == null ? null : Math.round(row.distance_km * 1000) / 1000,
    highlights: terms.length ? highlights({ title: row.title, body: row.body }, terms) : [],
    variants: variants.map((v) => ({ id: v.record_id, sido: v.sido, sigungu: v.sigungu, node: nodeOf(v) })),
  }));
  const f = facets ?? [];
  return {
    totalCount: total,
    totalCountIsEstimate: estimated,
    didYouMean,
    edges,
    pageInfo: {
      hasNextPage: groupCount > offset + page.length,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    facets: {
      estimated: estimated && facets !== null,
      stages: facetList(f, 'stage'),
      kinds: facetList(f, 'kind'),
      sigungu: facetList(f, 'sigungu'),
      specialCare: facetList(f, 'specialCare'),
      hasVacancy: facetList(f, 'hasVacancy'),
    },
  };
}
