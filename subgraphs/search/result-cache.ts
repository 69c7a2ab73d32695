import type { Queryable } from '../../store';

/**
 * Search results by their validated arguments, kept only while the search
 * index is unchanged. Parents repeat the same searches (어린이집, 강남구
 * 어린이집 …) and the broad ones read tens of thousands of documents, so a
 * repeat should cost one look-up, not the scan again.
 *
 * Freshness: a request reads the index generation (one primary-key row,
 * bumped in the same transaction as each index write and each synonym edit,
 * migration 0019) before it searches, at most GENERATION_TTL_MS old (one read
 * serves the requests of that window, so a busy process does not read it
 * per search). A result is served only under the generation it was stored
 * with, and it is stored under a generation read *before* its SQL ran, so it
 * is never older than the index it claims. A changed record therefore shows
 * up at most GENERATION_TTL_MS after the indexer has indexed it (the indexer
 * runs every 250 ms; the contract is 1 s).
 *
 * Only public data is cached: a search does not depend on who asks (the
 * search subgraph reads no caller headers), so results may be shared.
 */
export class SearchResultCache<T> {
  private generation = -1;
  private readonly entries = new Map<string, T>();

  /** @param maxEntries entries kept (least recently used dropped first); 0 turns the cache off. */
  constructor(private readonly maxEntries: number) {}

  get enabled(): boolean {
    return this.maxEntries > 0;
  }

  get(generation: number, key: string): T | undefined {
    if (generation !== this.generation) return undefined;
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Map keeps insertion order: re-inserting marks the entry as recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(generation: number, key: string, value: T): void {
    if (!this.enabled || generation < this.generation) return;
    if (generation > this.generation) {
      this.entries.clear();
      this.generation = generation;
    }
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** How long one read of the index generation serves later requests. */
export const GENERATION_TTL_MS = 50;

/**
 * The index generation as of at most GENERATION_TTL_MS ago (see
 * SearchResultCache): a read started in the window is shared, so at most
 * one is in flight and there are at most ~20 a second however busy it is.
 */
export function generationReader(db: Queryable, ttlMs = GENERATION_TTL_MS, now: () => number = () => performance.now()): () => Promise<number> {
  let current: { at: number; value: Promise<number> } | null = null;
  return () => {
    const t = now();
    if (current && t - current.at < ttlMs) return current.value;
    const value = db.query<{ generation: number }>('select generation from search.index_state').then((r) => Number(r.rows[0]?.generation ?? 0));
    const entry = { at: t, value };
    current = entry;
    // A failed read is not kept: the next request tries again.
    value.catch(() => {
      if (current === entry) current = null;
    });
    return value;
  };
}
