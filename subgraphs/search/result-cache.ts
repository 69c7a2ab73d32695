import type { Queryable } from '../../store';

/**
 * Search results by their validated arguments, kept only while the search
 * index is unchanged. Parents repeat the same searches (어린이집, 강남구
 * 어린이집 …) and the broad ones read tens of thousands of documents, so a
 * repeat should cost one look-up, not the scan again.
 *
 * Freshness: every request reads the index generation (one primary-key row,
 * bumped in the same transaction as each index write and each synonym edit,
 * migration 0018) before it searches. A result is served only under the
 * generation it was stored with, and it is stored under the generation read
 * *before* its SQL ran, so it is never older than the index it claims. A
 * changed record therefore shows up as soon as the indexer has indexed it,
 * exactly as without the cache.
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

/** The current index generation (see SearchResultCache). */
export async function indexGeneration(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ generation: number }>('select generation from search.index_state');
  return Number(rows[0]?.generation ?? 0);
}
