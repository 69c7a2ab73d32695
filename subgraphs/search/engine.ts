import type { RecordKind, Stage } from '../../common/record';
import { typenameOf } from '../../common/typenames';
import type { Store } from '../../store';
import { encodeOffset, type validateFilter, type validateNear } from './arguments';
import { groupVariants, regionOf, type Group } from './collapse';
import { correctWord } from './correct';
import { highlights } from './highlight';
import { parseQuery, querySpans, queryWords, replaceUnit, type QueryUnit } from './query';
import { idf, phraseDf, type LexemeStats } from './stats';
import { EXACT_AND_CAP, MAX_VARIANTS, MIN_FULL_MATCHES, searchRows, variantRows, type MatchSql, type PoolSql, type SearchSql } from './store';
import { searchCount, searchFacets, type CountMode, type FacetRow } from './store-counts';
import { matchingQueries, synonymsFor } from './store-lookups';
import type { SynonymTable } from './synonyms';
import { QUESTION_KIND } from './questions';
import { normaliseTitle, phrase, phraseLexemes } from './tokenize';

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
  /** The synonym table (synonyms.ts); read from the database per search when absent. */
  synonyms?: () => Promise<SynonymTable>;
  /** Index size from which broad queries rank a bounded pool (default BOUNDED_MIN_DOCS); the quality bench lowers it to judge that path on the small world. */
  boundedMinDocs?: number;
}

/**
 * Above this many estimated matches a query is broad: ranking every match
 * would read them all (어린이집 matches 45,788 of 120,000 documents), so a
 * bounded pool is ranked instead (store.ts PoolSql) and counts are estimated
 * from the word statistics. Below it every match is ranked and counted exactly.
 */
export const EXACT_MAX = 600;
/** An index smaller than this is always ranked exactly: every match costs little there. */
export const BOUNDED_MIN_DOCS = 20_000;
/** A unit this rare contributes all its matches to a bounded pool. */
const RARE_DF = 600;
/** Postings read per key of a bounded pool (best static rank first). */
const POOL_PER_KEY = 60;
/** Forms of one unit (synonyms …) a bounded pool reads postings for. */
const MAX_KEYS = 3;
/** Records covering the whole query expected below this: the pool takes them all at once. */
const SMALL_AND = 400;
/** Pages the facet estimate reads: about this many documents. */
const SAMPLE_DOCS = 2000;
/** Candidates ranked and folded per request, at least (a deep page reads more). */
const CANDIDATES = 50;

interface WeighedUnit {
  unit: QueryUnit;
  df: number | null;
  tsquery: string;
  indexTsquery: string;
  titleForms: string[];
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

/**
 * What the index is asked for a unit: for each form, its two rarest token
 * positions (either spelling of the gap bigram), no order — a cheap superset
 * of the phrase (store.ts UnitSql.indexTsquery). Without statistics, every position.
 */
function indexQueryOf(stats: LexemeStats | null, forms: readonly string[]): string {
  const quote = (l: string) => `'${l.replace(/'/g, "''")}'`;
  const parts = forms.map((form) => {
    const positions = phraseLexemes(form).flat();
    const cost = (alts: string[]) => alts.reduce((n, l) => n + (stats?.ndoc(l) ?? 0), 0);
    const chosen = stats ? [...positions].sort((a, b) => cost(a) - cost(b)).slice(0, 2) : positions;
    return chosen.map((alts) => (alts.length === 1 ? quote(alts[0]!) : `(${alts.map(quote).join(' | ')})`)).join(' & ');
  });
  const nonEmpty = parts.filter(Boolean);
  return nonEmpty.length === 1 ? nonEmpty[0]! : `(${nonEmpty.map((q) => `(${q})`).join(' | ')})`;
}

const keysOf = (stats: LexemeStats | null, forms: readonly string[]) => [...new Set(forms.map((f) => rarestToken(stats, f)).filter((k): k is string => k !== null))].slice(0, MAX_KEYS);
const normalisedForms = (forms: readonly string[]) => [...new Set(forms.map(normaliseTitle).filter(Boolean))];

/** Units that match nothing get the nearest spelling the index knows (didYouMean); those with none are left out. */
async function weighUnits(store: Store, units: QueryUnit[], stats: LexemeStats | null, questions: boolean): Promise<{ present: WeighedUnit[]; corrections: { unit: QueryUnit; text: string }[] }> {
  const weighed = units.map((unit) => ({
    unit,
    df: stats ? Math.min(stats.docs, unit.forms.reduce((n, f) => n + phraseDf(stats, f), 0)) : null,
    tsquery: unit.tsquery,
    indexTsquery: indexQueryOf(stats, unit.forms),
    titleForms: normalisedForms(unit.forms),
    keys: keysOf(stats, unit.forms),
  }));
  // The figures can lag the index: a unit they call (nearly) absent is checked exactly.
  const doubtful = weighed.filter((w) => w.df === null || w.df < 5);
  const found = await matchingQueries(store, doubtful.map((w) => w.tsquery), questions);
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
    // The word list keeps words no record uses any more: a correction is offered only when it finds something.
    if (!text || !corrected || !(await matchingQueries(store, [corrected], questions))[0]) continue;
    corrections.push({ unit: w.unit, text });
    present.push({ unit: w.unit, df: stats ? phraseDf(stats, text) : null, tsquery: `(${w.tsquery} | ${corrected})`, indexTsquery: indexQueryOf(stats, [...w.unit.forms, text]), titleForms: [...w.titleForms, ...normalisedForms([text])], keys: keysOf(stats, [text]) });
  }
  return { present, corrections };
}

async function matchOf(ctx: EngineContext, text: string, questions: boolean) {
  const lookups = [...querySpans(text), ...queryWords(text)];
  const [synonyms, stats] = await Promise.all([ctx.synonyms ? ctx.synonyms() : synonymsFor(ctx.store, lookups), ctx.stats()]);
  const parsed = parseQuery(text, synonyms, (joined) => (stats ? phraseDf(stats, joined) > 0 : false));
  const { present, corrections } = await weighUnits(ctx.store, parsed.units, stats, questions);
  const didYouMean = corrections.length ? corrections.reduce((q, c) => replaceUnit(q, c.unit, c.text), text) : null;
  const regions = present.flatMap((w) => w.unit.regions);
  const match: MatchSql = {
    units: present.map((w) => ({ tsquery: w.tsquery, indexTsquery: w.indexTsquery, indexCovers: !w.unit.beyondForms, titleForms: w.titleForms, weight: idf(stats, w.df ?? 0) })),
    chosung: parsed.chosung,
    normalised: parsed.normalised,
    titleForms: parsed.titleForms,
    regionSigungu: [...new Set(regions.filter((r) => r.sigungu).map((r) => r.sigungu!))],
    regionSido: [...new Set(regions.filter((r) => !r.sigungu).map((r) => r.sido))],
  };
  const terms = [...parsed.terms, ...corrections.map((c) => c.text)];
  const empty = match.units.length === 0 && match.chosung.length === 0;
  return { match, terms, didYouMean, empty, stats, present };
}

/** How many records the statistics expect to cover the whole query (words taken as independent), and any of it. */
function expected(stats: LexemeStats, dfs: number[]): { all: number; any: number } {
  const shares = dfs.map((d) => Math.min(1, d / Math.max(1, stats.docs)));
  return {
    all: Math.round(stats.docs * shares.reduce((a, b) => a * b, 1)),
    any: Math.round(stats.docs * (1 - shares.reduce((a, b) => a * (1 - b), 1))),
  };
}

/** Exact when the figures say the query is narrow (or there are none yet); otherwise a bounded pool. */
function poolFor(input: SearchInput, stats: LexemeStats | null, present: WeighedUnit[], chosung: number, boundedMinDocs = BOUNDED_MIN_DOCS): PoolSql {
  const dfs = present.map((w) => w.df);
  // Questions have no title postings (questions.ts): a search that includes them ranks every match (the board is small).
  if (!stats || stats.docs < boundedMinDocs || (input.filter.questions ?? 'EXCLUDE') !== 'EXCLUDE' || chosung > 0 || dfs.some((d) => d === null) || (input.sort === 'DISTANCE' && input.near) || input.sort === 'NAME') return { kind: 'all' };
  const estimate = Math.min(stats.docs, dfs.reduce<number>((n, d) => n + (d ?? 0), 0));
  if (estimate <= EXACT_MAX) return { kind: 'all' };
  const rareUnits = dfs.flatMap((d, i) => ((d ?? 0) <= RARE_DF ? [i] : []));
  const keys = [...new Set(present.flatMap((w, i) => (rareUnits.includes(i) ? [] : w.keys)))];
  // Every record covering the whole query lies among a rare unit's matches; otherwise take them all when they should be few.
  const exactAnd = rareUnits.length === 0 && present.length > 1 && expected(stats, dfs as number[]).all <= SMALL_AND;
  return { kind: 'bounded', perKey: POOL_PER_KEY, keys, rareUnits, exactAnd };
}

export async function runSearch(input: SearchInput, ctx: EngineContext) {
  const { text, first, offset, near, sort, filter, counts } = input;
  const questions = (filter.questions ?? 'EXCLUDE') !== 'EXCLUDE';
  const m = text ? await matchOf(ctx, text, questions) : null;
  const preferred = {
    sido: [...(m?.match.regionSido ?? []), ...(filter.sido && !filter.sigungu ? [filter.sido] : [])],
    sigungu: [...(m?.match.regionSigungu ?? []), ...(filter.sigungu ? [filter.sigungu] : [])],
  };
  if (m?.empty) return connection([], [], offset, false, 0, false, null, m.didYouMean);
  const limit = Math.max(CANDIDATES, 3 * (offset + first + 1));
  const plan: SearchSql = { match: m?.match ?? null, filter, near, sort, pool: m ? poolFor(input, m.stats, m.present, m.match.chosung.length, ctx.boundedMinDocs) : { kind: 'all' }, offset: 0, limit };
  let rows = await wholeQueryFirst(ctx.store, plan);
  // A broad query whose words seldom meet in the best titles, or narrowed by filters: take the records covering all of it too.
  if (plan.pool.kind === 'bounded' && !plan.pool.exactAnd && ((rows[0]?.full_count ?? 0) < MIN_FULL_MATCHES || rows.length < offset + first + 1)) {
    plan.pool = { ...plan.pool, exactAnd: true };
    rows = await searchRows(ctx.store, plan);
  }
  const groups = groupVariants(rows, preferred);
  const bounded = plan.pool.kind === 'bounded' ? plan.pool : null;
  const fullCount = rows[0]?.full_count ?? 0;
  const wholeQuery = fullCount >= MIN_FULL_MATCHES;
  // A bounded pool holds every record covering the whole query when a rare unit brought all its matches, or the exact AND did (under its cap).
  const fullInPool = bounded !== null && (bounded.rareUnits.length > 0 || (bounded.exactAnd && fullCount < EXACT_AND_CAP));
  const exact = bounded === null || (wholeQuery && fullInPool);
  let total = rows[0] ? (wholeQuery ? fullCount : rows[0].any_count) : 0;
  let facets: FacetRow[] | null = null;
  // A sample cannot tell how many cover the whole query overall: it counts what the ranking decided.
  const mode: CountMode = bounded === null ? 'auto' : wholeQuery ? 'full' : 'any';
  if (counts === 'facets') facets = await searchFacets(ctx.store, plan, exact ? null : samplePercent(m?.stats ?? null), mode);
  else if (counts === 'total' && !exact && m?.stats) {
    // Broad: the statistics' expectation (no pass over the matches), never below what the pool itself holds.
    const e = expected(m.stats, m.present.map((w) => w.df ?? 0));
    total = Math.max(total, wholeQuery ? e.all : e.any);
  } else if (counts === 'total' && !rows[0] && offset > 0) total = await searchCount(ctx.store, plan, null, mode);
  if (facets) total = facets.find((f) => f.facet === 'total')?.count ?? total;
  const page = groups.slice(offset, offset + first);
  await completeVariants(ctx.store, plan, page);
  // More candidates than were read may form more hits.
  const more = groups.length > offset + first || rows.length >= limit;
  return connection(page, m?.terms ?? [], offset, more, total, !exact && counts !== 'none', facets, m?.didYouMean ?? null);
}

/**
 * An exact search of several units reads every record covering any of them
 * (어린이집 alone is 4,400 of 5,600 documents), yet with MIN_FULL_MATCHES
 * records covering the whole query only those are results. So it first
 * reads the records the index says cover every unit — a superset of the
 * whole-query matches, so the same rows, scores and counts when there are
 * that many — and reads the rest only when there are fewer.
 */
async function wholeQueryFirst(store: Store, plan: SearchSql) {
  if (plan.pool.kind !== 'all' || !plan.match || plan.match.units.length + plan.match.chosung.length < 2) return searchRows(store, plan);
  const rows = await searchRows(store, { ...plan, pool: { kind: 'all', everyUnit: true } });
  return (rows[0]?.full_count ?? 0) >= MIN_FULL_MATCHES ? rows : searchRows(store, plan);
}

/** Lists every copy of the folded hits on the page, not only those among the candidates read. */
async function completeVariants(store: Store, plan: SearchSql, page: Group[]): Promise<void> {
  const keys = [...new Set(page.map((g) => g.row.variant_key).filter((k): k is string => k !== null))];
  if (keys.length === 0) return;
  const listed = new Set(page.flatMap((g) => [g.row.record_id, ...g.variants.map((v) => v.record_id)]));
  // The first hit of each key folds the copies (groupVariants keeps later same-key hits of a region it has as hits of their own).
  const byKey = new Map<string, { group: Group; regions: Set<string | null> }>();
  for (const g of page) if (g.row.variant_key && !byKey.has(g.row.variant_key)) byKey.set(g.row.variant_key, { group: g, regions: new Set([g.row, ...g.variants].map(regionOf)) });
  for (const row of await variantRows(store, plan, keys)) {
    const entry = byKey.get(row.variant_key!);
    if (listed.has(row.record_id) || !entry || entry.regions.has(regionOf(row)) || entry.group.variants.length >= MAX_VARIANTS) continue;
    entry.regions.add(regionOf(row));
    entry.group.variants.push(row);
  }
}

const samplePercent = (stats: LexemeStats | null) => Math.min(100, Math.max(0.1, (100 * SAMPLE_DOCS) / Math.max(1, stats?.docs ?? 1)));

function facetList(rows: FacetRow[], facet: FacetRow['facet']) {
  return rows
    .filter((r) => r.facet === facet && r.value !== null)
    .map((r) => ({ value: r.value!, count: r.count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

// Documents are indexed from catalog records, whose kind the catalog checks is a RecordKind, and from the board's questions: every hit has a type.
const nodeOf = (row: Group['row']) => ({
  __typename: row.kind === QUESTION_KIND ? 'Question' : typenameOf({ kind: row.kind as RecordKind, primaryStage: row.primary_stage as Stage, subtype: row.subtype }),
  id: row.record_id,
});

function connection(page: Group[], terms: string[], offset: number, hasNextPage: boolean, total: number, estimated: boolean, facets: FacetRow[] | null, didYouMean: string | null) {
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
      hasNextPage,
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
