import type { Queryable } from '../../store';
import { generationReader } from './result-cache';

/** The editors' synonym table, whole; a few hundred rows at most (curation bounds terms and synonyms). */
export type SynonymTable = ReadonlyMap<string, readonly string[]>;

/**
 * The synonym table as of the current index generation, held in memory per
 * process: every search needs it, and asking the database for it cost a
 * round trip per search (on loopback the round trip is the dearest part of a
 * narrow search). An editor's change bumps the generation (migration 0019's
 * trigger) and the generation is read at most every GENERATION_TTL_MS, so a
 * new synonym is in force within that window.
 */
export function synonymTableReader(db: Queryable, generation: () => Promise<number> = generationReader(db)): () => Promise<SynonymTable> {
  let held: { generation: number; table: Promise<SynonymTable> } | null = null;
  return async () => {
    const current = await generation();
    if (held?.generation !== current) {
      const table = db
        .query<{ term: string; synonyms: string[] }>('select term, synonyms from search.synonym')
        .then(({ rows }) => new Map(rows.map((r) => [r.term, r.synonyms])) as SynonymTable);
      const entry = { generation: current, table };
      held = entry;
      // A failed read is not kept: the next search tries again.
      table.catch(() => {
        if (held === entry) held = null;
      });
    }
    return held!.table;
  };
}
