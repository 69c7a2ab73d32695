import { mkdirSync } from 'node:fs';
import { parse as pgParse, PGlite, protocol, types, type Extension } from '@electric-sql/pglite';

// The contrib entry points are declared only through package "exports",
// which TypeScript's CommonJS resolution does not read; the value is typed here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };
import { acquireDirLock } from './dir-lock';
import { Listeners, WriteListeners } from './listeners';
import type { QueryResult, Store, Tx } from './types';

export interface PgliteOptions {
  /** Start from these database files (a `dumpPgliteStore` tarball) instead of running initdb. */
  loadDataDir?: Blob;
  /** PostgreSQL's shared_buffers inside the WASM heap (e.g. `32MB`); unset = PGlite's 128MB (PGLITE_SHARED_BUFFERS, docs/performance.md). */
  sharedBuffers?: string;
}

/** The PGlite instance behind each store this driver opened (for dumpPgliteStore). */
const instances = new WeakMap<Store, PGlite>();

/**
 * The database files of a PGlite store as an uncompressed tarball: tests
 * start from a migrated copy (store/testing) instead of paying initdb (about
 * 4 s of WASM) per test file.
 */
export async function dumpPgliteStore(store: Store): Promise<Blob> {
  const db = instances.get(store);
  if (!db) throw new Error('dumpPgliteStore: not a PGlite store');
  return db.dumpDataDir('none');
}

/**
 * Embedded Postgres (WASM) so `npm start` works on a machine with Node alone.
 * PGlite is a single connection: its own mutex serialises statements, and a
 * transaction holds the connection until it ends.
 *
 * @param dataDir a directory for the database files, or undefined for in-memory (tests).
 */
export async function openPgliteStore(dataDir?: string, options: PgliteOptions = {}): Promise<Store> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const release = dataDir ? acquireDirLock(dataDir) : () => undefined;
  let db: PGlite;
  try {
    db = await PGlite.create({
      dataDir,
      loadDataDir: options.loadDataDir,
      extensions: { pg_trgm },
      // The buffer pool is allocated and touched at start: its size is resident memory whether or not the data fills it.
      ...(options.sharedBuffers ? { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${options.sharedBuffers}`] } : {}),
      // Dates stay ISO strings on both drivers ('2025-02-19'), never local-time Date objects.
      parsers: { [types.DATE]: (value: string) => value },
    });
  } catch (error) {
    release();
    throw error;
  }
  const listeners = new Listeners();
  const writes = new WriteListeners();

  const run = async <Row>(q: Pick<PGlite, 'query'>, sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>> => {
    listeners.emit(sql, params);
    const result = await q.query<Row>(sql, params as unknown[] | undefined);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  };

  const prepared = preparedStatements(db);
  const store: Store = {
    driver: 'pglite',
    query: (sql, params, queryOptions) =>
      writes.after(sql, () => {
        if (!queryOptions?.prepare || !prepared) return run(db, sql, params);
        listeners.emit(sql, params);
        return prepared.run(sql, params ?? []);
      }),
    // Inside a transaction statements are sent as they come (unnamed); only the hot stand-alone reads are prepared.
    transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      return writes.always(() => db.transaction(async (inner) => fn({ query: (sql, params) => run(inner, sql, params) })));
    },
    async exec(sql) {
      listeners.emit(sql, undefined);
      await writes.always(() => db.exec(sql));
    },
    onQuery: (listener) => listeners.add(listener),
    onWrite: (listener) => writes.add(listener),
    async close() {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
  instances.set(store, db);
  return store;
}

/** Most named statements kept per database (the hub has a few dozen hot ones). */
const MAX_PREPARED = 200;

type Internals = {
  _runExclusiveTransaction?: <T>(fn: () => Promise<T>) => Promise<T>;
  _runExclusiveQuery?: <T>(fn: () => Promise<T>) => Promise<T>;
  parsers?: Record<number, (value: string, typeId?: number) => unknown>;
  serializers?: Record<number, (value: unknown) => string>;
};

/**
 * QueryOptions.prepare on PGlite: a named statement, parsed, described and
 * planned once, then only bound and executed. `PGlite.query` sends every
 * statement unnamed (parse, describe, bind, execute), so the effective-record
 * view was analysed and planned on every call; that planning was most of an
 * entity fetch's time (docs/performance.md: the lateral entity read 12 ms →
 * 1.5 ms, a key lookup 8 ms → 0.5 ms). It takes the same two locks as
 * `PGlite.query` (never inside another caller's transaction). Undefined when
 * this PGlite lacks the internals it needs: then every statement goes unnamed.
 */
function preparedStatements(db: PGlite): { run<Row>(sql: string, params: readonly unknown[]): Promise<QueryResult<Row>> } | undefined {
  const internals = db as unknown as Internals;
  const { _runExclusiveTransaction: inTransactionLock, _runExclusiveQuery: inQueryLock } = internals;
  if (typeof inTransactionLock !== 'function' || typeof inQueryLock !== 'function' || !internals.parsers || !internals.serializers) return undefined;
  const serialize = protocol.serialize;
  const statements = new Map<string, { name: string; types: number[] }>();
  let counter = 0;
  const exclusive = <T>(fn: () => Promise<T>) => inTransactionLock.call(db, () => inQueryLock.call(db, fn)) as Promise<T>;
  const send = async (message: Uint8Array) => (await db.execProtocol(message, { syncToFs: false })).messages;

  /** Sends the messages, then Sync whatever happened (the protocol's error recovery). */
  const batch = async (messages: Uint8Array[]) => {
    const results = [];
    try {
      for (const message of messages) results.push(...(await send(message)));
    } finally {
      await send(serialize.sync());
    }
    return results;
  };

  const statement = async (sql: string) => {
    let found = statements.get(sql);
    if (found) return found;
    if (statements.size >= MAX_PREPARED) {
      const [oldest, entry] = statements.entries().next().value!;
      statements.delete(oldest);
      await batch([serialize.close({ type: 'S', name: entry.name })]);
    }
    const name = `dolbom_${++counter}`;
    const described = await batch([serialize.parse({ name, text: sql }), serialize.describe({ type: 'S', name })]);
    found = { name, types: pgParse.parseDescribeStatementResults(described) };
    statements.set(sql, found);
    return found;
  };

  const execute = <Row>(sql: string, params: readonly unknown[]) =>
      exclusive(async () => {
        const { name, types: typeIds } = await statement(sql);
        const values = params.map((value, i) => {
          if (value === null || value === undefined) return null;
          const toText = internals.serializers![typeIds[i]!];
          return toText ? toText(value) : String(value);
        });
        const messages = await batch([serialize.bind({ statement: name, values }), serialize.describe({ type: 'P' }), serialize.execute({})]);
        const result = pgParse.parseResults(messages, internals.parsers as never)[0]!;
        return { rows: result.rows as Row[], rowCount: result.affectedRows ?? result.rows.length };
      });

  return {
    async run<Row>(sql: string, params: readonly unknown[]): Promise<QueryResult<Row>> {
      try {
        return await execute<Row>(sql, params);
      } catch (error) {
        // 0A000 "cached plan must not change result type": a migration changed what the statement reads; prepare it again.
        if ((error as { code?: string }).code !== '0A000' || !statements.has(sql)) throw error;
        const stale = statements.get(sql)!;
        statements.delete(sql);
        await exclusive(() => batch([serialize.close({ type: 'S', name: stale.name })]));
        return execute<Row>(sql, params);
      }
    },
  };
}
