/**
 * The one small interface every part of the hub uses to reach Postgres
 * (DESIGN contract 7). Two drivers implement it: embedded PGlite and `pg.Pool`.
 * The SQL is the same for both; nothing above this layer knows which is behind it.
 */

/** A row set as returned by either driver. Column names are as written in SQL. */
export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

export interface QueryOptions {
  /**
   * Keep the statement prepared on its connection (PostgreSQL; PGlite: a
   * named statement of its one connection, outside transactions): parsed
   * and planned once per connection instead of per call.
   * Only for hot statements whose best plan does not depend on their values
   * (key lookups; arrays of keys as lateral probes): a generic plan cannot
   * drop an `$n is null or …` condition or know an array's length.
   */
  prepare?: boolean;
}

/** Something SQL can be sent to: the store itself, or a transaction handle. */
export interface Queryable {
  /** Runs one parameterised statement. Values are always parameters ($1, $2, …), never spliced. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<QueryResult<Row>>;
}

/** A scoped transaction handle; it must not be used after its callback returns. */
export type Tx = Queryable;

export type DriverName = 'pglite' | 'pg';

/** Called once per statement sent; tests use it to count queries (e.g. one per DataLoader batch). */
export type QueryListener = (sql: string, params: readonly unknown[] | undefined) => void;

export interface TransactionOptions {
  /** Every statement of the transaction prepared (see QueryOptions.prepare). */
  prepare?: boolean;
}

export interface Store extends Queryable {
  readonly driver: DriverName;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Runs a script of several statements without parameters (migrations only). */
  exec(sql: string): Promise<void>;
  /** Subscribes to every statement sent; returns the unsubscribe function. */
  onQuery(listener: QueryListener): () => void;
  /**
   * Subscribes to the end of every write on this store (store/listeners.ts
   * WriteListeners): told after a transaction or script ends and after a
   * stand-alone statement other than a plain read, so what it wrote is
   * committed when the listener runs. Writes by other connections to the same
   * database are not told. Returns the unsubscribe function.
   */
  onWrite(listener: () => void): () => void;
  /** Connection pool use (PostgreSQL), for /metrics. */
  poolStats?(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}
