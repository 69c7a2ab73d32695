import type { Store } from '../../store';
import { validateFilter, validateQuery } from '../search/arguments';
import { runSearch } from '../search/engine';
import { lexemeStatsReader } from '../search/stats';
import { generationReader } from '../search/result-cache';
import { synonymTableReader, type SynonymTable } from '../search/synonyms';
import { badInput } from '../../common/errors';
import { kstDate } from '../../common/kst';

/**
 * The synonyms "try it" box (issue 17): the search engine itself, run once
 * with the synonym table in force and once with one term's synonyms changed
 * in memory. Nothing is written, so the index generation and every search
 * cache stay as they are.
 */
export interface SynonymTrialInput {
  query: string;
  term: string;
  add: readonly string[];
  remove: readonly string[];
  first: number;
}

export interface SynonymTrialOutcome {
  term: string;
  synonymsBefore: string[];
  synonymsAfter: string[];
  before: { totalCount: number; ids: string[] };
  after: { totalCount: number; ids: string[] };
}


export function synonymTrials(store: Store) {
  // Readers held per subgraph, as the search subgraph holds them: both follow the index generation.
  // The generation is read on every trial (no TTL): an editor who has just saved a synonym and
  // tries the next change must see the saved one in "before", not the table of a second ago.
  const stats = lexemeStatsReader(store);
  const table = synonymTableReader(store, generationReader(store, 0));
  return async (input: SynonymTrialInput): Promise<SynonymTrialOutcome> => {
    const text = validateQuery(input.query);
    if (!text) throw badInput('query', '검색어를 넣으세요.', 'Enter a search query.');
    const current = await table();
    const synonymsBefore = [...(current.get(input.term) ?? [])];
    const synonymsAfter = [...new Set([...synonymsBefore, ...input.add])].filter((s) => !input.remove.includes(s));
    const proposed = new Map(current);
    if (synonymsAfter.length) proposed.set(input.term, synonymsAfter);
    else proposed.delete(input.term);
    const search = async (synonyms: SynonymTable) => {
      const result = await runSearch(
        { text, first: input.first, offset: 0, near: null, sort: 'RELEVANCE', filter: validateFilter(null, kstDate(new Date())), counts: 'total' },
        { store, stats, synonyms: async () => synonyms },
      );
      return { totalCount: result.totalCount, ids: result.edges.map((e) => e.node.id) };
    };
    return { term: input.term, synonymsBefore, synonymsAfter, before: await search(current), after: await search(proposed) };
  };
}
