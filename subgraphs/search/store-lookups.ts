import type { Queryable, Store } from '../../store';
import { escapeLike, PREPARED } from './store';

/** The small look-ups of a search (its SQL): which words match at all, typo corrections, synonyms, suggestions. */

/** Which of these tsqueries match at least one document (units that match nothing are left out, or corrected). */
export async function matchingQueries(db: Queryable, tsqueries: readonly string[], questions = false): Promise<boolean[]> {
  if (tsqueries.length === 0) return [];
  // A catalog search asks catalog records only: a word only a parent's question uses is corrected or left out as before.
  const { rows } = await db.query<{ i: number }>(
    `select u.i::int as i from unnest($1::text[]) with ordinality as u(q, i)
     where exists (select 1 from search.document d where d.tsv @@ u.q::tsquery ${questions ? '' : `and d.kind <> 'QUESTION'`})`,
    [tsqueries],
  );
  const found = new Set(rows.map((r) => r.i - 1));
  return tsqueries.map((_, i) => found.has(i));
}

/**
 * Similarity of jamo a title word needs to be a correction candidate (pg_trgm
 * word_similarity over jamo), by the query word's syllables: a one-syllable
 * slip costs a short word a larger share of its trigrams, and a long word
 * shares most trigrams with many others (…지역아동센터), so the bar rises with length.
 */
export function correctionThreshold(syllables: number): number {
  return syllables <= 4 ? 0.55 : syllables <= 7 ? 0.65 : 0.72;
}

/** Title words one syllable away from a word with one of these variants (tokenize.ts deletionVariants). */
export async function wordsByVariant(db: Queryable, variants: readonly string[]): Promise<string[]> {
  const { rows } = await db.query<{ word: string }>('select distinct word from search.word_variant where variant = any($1::text[]) order by word limit 50', [variants]);
  return rows.map((r) => r.word);
}

/** Title words whose jamo contain something like `jamo` (a word with a typo), most similar first. */
export async function correctionCandidates(db: Store, jamo: string, threshold: number, limit = 30): Promise<{ title: string; sim: number }[]> {
  return db.transaction(async (tx) => {
    await tx.query(`select set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(threshold)]);
    // The planner prices the trigram index above a scan of the whole word list, which costs ten times more.
    await tx.query(`select set_config('enable_seqscan', 'off', true)`);
    const { rows } = await tx.query<{ title: string; sim: number }>(
      `select word as title, word_similarity($1, jamo)::float8 as sim from search.title_word
       where $1 <% jamo order by sim desc, word limit $2`,
      [jamo, limit],
    );
    return rows;
  });
}

export async function synonymsFor(db: Queryable, terms: readonly string[]): Promise<Map<string, string[]>> {
  if (terms.length === 0) return new Map();
  const { rows } = await db.query<{ term: string; synonyms: string[] }>('select term, synonyms from search.synonym where term = any($1::text[])', [terms], PREPARED);
  return new Map(rows.map((r) => [r.term, r.synonyms]));
}

/** Titles starting with the prefix (or whose 초성 does), shortest first. */
export async function suggestTitles(db: Queryable, prefix: string, chosung: boolean, limit: number) {
  const { rows } = await db.query<{ record_id: string; title: string }>(
    chosung
      ? `select record_id, title from search.document where chosung like $1 and kind <> 'QUESTION' order by length(title), title, record_id limit $2`
      : `select record_id, title from search.document where title_norm like $1 and kind <> 'QUESTION' order by length(title), title, record_id limit $2`,
    [`${escapeLike(prefix)}%`, limit],
  );
  return rows;
}
