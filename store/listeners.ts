import type { QueryListener } from './types';

/** A tiny fan-out of query listeners shared by both drivers. */
export class Listeners {
  private readonly set = new Set<QueryListener>();

  add(listener: QueryListener): () => void {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }

  emit(sql: string, params: readonly unknown[] | undefined): void {
    for (const listener of this.set) listener(sql, params);
  }
}
