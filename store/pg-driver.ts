import { createHash } from 'node:crypto';
import pg from 'pg';
import { Listeners, WriteListeners } from './listeners';
import type { QueryResult, Store, TransactionOptions, Tx } from './types';

// Make `pg` return the same JS values as PGlite: int8 as number (our ids and
// counts stay far below 2^53), dates as ISO strings rather than local-time Dates.
pg.types.setTypeParser(20, (value) => Number(value));
pg.types.setTypeParser(1082, (value) => value);

/**
 * The name a prepared statement gets on every connection: derived from its
 * text, so the same SQL is parsed and planned once per connection. Bounded:
 * the hub's SQL is a fixed set of literals, never built from input.
 */
const statementNames = new Map<string, string>();
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `dolbom_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    if (statementNames.size < 10_000) statementNames.set(sql, name);
  }
  return name;
}

export interface PgStoreOptions {
  connectionString: string;
  /** Pool size; default 10. */
  max?: number;
  /** statement_timeout of every statement (ms); 0 = none (migrations and bulk builds set their own). Default 30 s. */
  statementTimeoutMs?: number;
}

/** Real PostgreSQL through a `pg.Pool` (DESIGN contract 7). */
export async function openPgStore(options: PgStoreOptions): Promise<Store> {
  // Prepared statements always run their generic plan: they are the hot paths (entity fetches, apply, search),
  // written to be planned once per connection, and under the default (auto) Postgres re-plans a statement at
  // every bind whenever the first five custom plans looked cheaper — for search that was a quarter of its time.
  // Every statement is bounded (statement_timeout, server side; query_timeout, client side for a server that stops
  // answering), and getting a connection gives up after 10 s (pg counts the wait for a free pool client in it, so
  // a burst of 100 requests on a pool of 10 must not trip it): a refused connection answers 503 at once.
  const statementMs = options.statementTimeoutMs ?? 30_000;
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: 10_000,
    query_timeout: statementMs > 0 ? statementMs + 5_000 : undefined,
    options: `-c plan_cache_mode=force_generic_plan -c statement_timeout=${Math.max(0, Math.floor(statementMs))}`,
  });
  // An idle client that errors (server restart) must not crash the process.
  pool.on('error', () => undefined);
  const listeners = new Listeners();
  const writes = new WriteListeners();

  const run = async <Row>(client: pg.Pool | pg.PoolClient, sql: string, params?: readonly unknown[], prepare = false): Promise<QueryResult<Row>> => {
    listeners.emit(sql, params);
    const values = params as unknown[] | undefined;
    const result = await (prepare ? client.query({ text: sql, values, name: statementName(sql) }) : client.query(sql, values));
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
  };

  // Fail fast with a clear message when the server is unreachable.
  await pool.query('select 1');

  return {
    driver: 'pg',
    query: (sql, params, options) => writes.after(sql, () => run(pool, sql, params, options?.prepare === true)),
    transaction: <T>(fn: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T> => writes.always(() => transaction(fn, options)),
    async exec(sql) {
      listeners.emit(sql, undefined);
      await writes.always(() => pool.query(sql));
    },
    onQuery: (listener) => listeners.add(listener),
    onWrite: (listener) => writes.add(listener),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async close() {
      await pool.end();
    },
  };

  async function transaction<T>(fn: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T> {
    const client = await pool.connect();
    const prepare = options?.prepare === true;
    try {
      await client.query('begin');
      const result = await fn({ query: (sql, params, options) => run(client, sql, params, prepare || options?.prepare === true) });
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
