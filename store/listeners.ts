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

/** A plain read: `select`, `show` or `explain`, calling no schema-qualified function (one such may write). */
const READ = /^\s*(select|show|explain)\b/i;
const QUALIFIED_CALL = /\b[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*\s*\(/i;
export const onlyReads = (sql: string): boolean => READ.test(sql) && !QUALIFIED_CALL.test(sql);

/**
 * Told after each write on a store has ended (Store.onWrite): a transaction
 * (committed or not), a script, or a stand-alone statement that is not a
 * plain read. Conservative: a write that changed nothing is told too.
 */
export class WriteListeners {
  private readonly set = new Set<() => void>();

  add(listener: () => void): () => void {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }

  get any(): boolean {
    return this.set.size > 0;
  }

  emit(): void {
    for (const listener of this.set) listener();
  }

  /** Runs a stand-alone statement and tells the listeners when it ends, unless it only reads. */
  async after<T>(sql: string, run: () => Promise<T>): Promise<T> {
    if (!this.any || onlyReads(sql)) return run();
    try {
      return await run();
    } finally {
      this.emit();
    }
  }

  /** Runs a transaction or a script and tells the listeners when it ends. */
  async always<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } finally {
      if (this.any) this.emit();
    }
  }
}
