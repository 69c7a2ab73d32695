import type { Queryable, Store } from '../../store';
import { phraseLexemes } from './tokenize';

/**
 * Documents per index token (search.lexeme_stat), for two decisions that
 * need no exact count: how much a query word weighs (a word few records
 * contain says more about what the parent wants than 어린이집 does), and
 * whether a query is broad enough that ranking every match would cost more
 * than a bounded candidate set (candidates.ts). The figures may lag the
 * index by a refresh; nothing that must be exact (what matches, the totals
 * of narrow queries) is decided from them.
 */
export interface LexemeStats {
  /** Documents in the index when the figures were taken. */
  docs: number;
  ndoc(lexeme: string): number;
}

/** Estimated documents containing `text` as a phrase: the rarest position bounds it. */
export function phraseDf(stats: LexemeStats, text: string): number {
  let df = stats.docs;
  for (const word of phraseLexemes(text)) {
    for (const alternatives of word) df = Math.min(df, alternatives.reduce((n, l) => n + stats.ndoc(l), 0));
  }
  return df;
}

/** How much a unit weighs: inverse document frequency, never zero. */
export function idf(stats: LexemeStats | null, df: number): number {
  if (!stats) return 1;
  return Math.log(1 + stats.docs / (Math.max(df, 0) + 1));
}

/** Recomputes the figures from the whole index in one statement (about 0.2 s for 120,000 documents). */
export async function refreshLexemeStats(store: Store): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.query('delete from search.lexeme_stat');
    await tx.query(`insert into search.lexeme_stat (lexeme, ndoc) select word, ndoc from ts_stat('select tsv from search.document')`);
    await tx.query(`update search.index_state set stats_version = stats_version + 1, stats_at = now(), indexed_since_stats = 0,
      stats_docs = (select count(*) from search.document)`);
  });
}

/** At most one refresh in this interval, however busy the indexer is (the first one is never held back). */
const MIN_INTERVAL_S = 10;

/** Refreshes the figures when they are missing or stale (called by the indexer after it indexed something). */
export async function refreshLexemeStatsIfStale(db: Store): Promise<boolean> {
  const { rows } = await db.query<{ docs: number; stats_docs: number; since: string; age: number | null }>(
    `select (select count(*)::int from search.document) as docs, stats_docs, indexed_since_stats::text as since,
       extract(epoch from now() - stats_at)::float8 as age
     from search.index_state`,
  );
  const state = rows[0];
  if (!state) return false;
  const stale = statsAreStale(state.docs, state.stats_docs, Number(state.since));
  if (!stale || (state.stats_docs > 0 && state.age !== null && state.age < MIN_INTERVAL_S)) return false;
  await refreshLexemeStats(db);
  return true;
}

/** Refresh when the index has changed by this share (or has never been counted). */
const STALE_SHARE = 0.05;

/** Whether the indexer should refresh: no figures yet, or enough documents indexed since. */
export function statsAreStale(docsNow: number, statsDocs: number, indexedSince: number): boolean {
  if (docsNow === 0) return false;
  if (statsDocs === 0) return true;
  return indexedSince >= Math.max(50, STALE_SHARE * docsNow);
}

/** How often a search process checks whether the figures were refreshed. */
const CHECK_MS = 2000;

/**
 * The current figures, held in memory per process and reloaded when the
 * indexer has refreshed them (a version number in search.index_state, read
 * at most every CHECK_MS). Null until the first refresh: searches then weigh
 * every word alike and rank exactly.
 */
export function lexemeStatsReader(db: Queryable, now: () => number = () => performance.now()): () => Promise<LexemeStats | null> {
  let loaded: { version: number; stats: LexemeStats | null } = { version: -1, stats: null };
  let checkedAt = -Infinity;
  let pending: Promise<LexemeStats | null> | null = null;
  const check = async (): Promise<LexemeStats | null> => {
    const { rows } = await db.query<{ stats_version: string; stats_docs: number }>('select stats_version, stats_docs from search.index_state');
    const version = Number(rows[0]?.stats_version ?? 0);
    if (version === loaded.version) return loaded.stats;
    if (version === 0) {
      loaded = { version, stats: null };
      return null;
    }
    const { rows: lexemes } = await db.query<{ lexeme: string; ndoc: number }>('select lexeme, ndoc from search.lexeme_stat');
    const map = new Map(lexemes.map((l) => [l.lexeme, l.ndoc]));
    const docs = Number(rows[0]?.stats_docs ?? 0);
    loaded = { version, stats: { docs, ndoc: (l) => map.get(l) ?? 0 } };
    return loaded.stats;
  };
  return () => {
    const t = now();
    if (t - checkedAt < CHECK_MS) return pending ?? Promise.resolve(loaded.stats);
    checkedAt = t;
    // A failed read keeps the figures already held; the next check tries again.
    pending = check()
      .catch(() => loaded.stats)
      .finally(() => {
        pending = null;
      });
    return pending;
  };
}
