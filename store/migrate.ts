import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from './types';

const MIGRATIONS_DIR = join(__dirname, 'migrations');
const FILE_PATTERN = /^(\d{4})_[a-z0-9_]+\.sql$/;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The numbered plain-SQL files in store/migrations, in order. */
export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => FILE_PATTERN.test(file))
    .sort()
    .map((file) => ({
      version: Number(FILE_PATTERN.exec(file)![1]),
      name: file,
      sql: readFileSync(join(dir, file), 'utf8'),
    }));
}

/**
 * Applies every migration not yet recorded, each in its own transaction with
 * its row in `public.schema_migration`. An advisory lock keeps two processes
 * starting at once (distributed mode) from applying the same file twice.
 * Returns the names of the files applied.
 */
export async function migrate(store: Store, migrations = listMigrations()): Promise<string[]> {
  await store.exec(`
    create table if not exists public.schema_migration (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await store.transaction(async (tx) => {
      // A migration may rebuild an index over the whole catalogue: no statement timeout inside it.
      await tx.query('set local statement_timeout = 0');
      await tx.query('select pg_advisory_xact_lock(7261122)');
      const seen = await tx.query('select 1 from public.schema_migration where version = $1', [migration.version]);
      if (seen.rows.length > 0) return false;
      // Statements of one file run one by one in the same transaction: the
      // extended protocol (both drivers, with parameters) takes one statement at a time.
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('insert into public.schema_migration (version, name) values ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.name);
  }
  return applied;
}

/**
 * Splits a migration on semicolons at the end of a line, outside dollar-quoted
 * bodies. Migrations are our own files, so this small rule is enough: write
 * one statement per `;`-terminated block and use `$$` for function bodies.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  let inDollar = false;
  for (const line of sql.split('\n')) {
    if (/^\s*--/.test(line) && !inDollar) continue;
    current.push(line);
    const dollars = line.match(/\$\$/g)?.length ?? 0;
    if (dollars % 2 === 1) inDollar = !inDollar;
    if (!inDollar && /;\s*$/.test(line)) {
      statements.push(current.join('\n').trim());
      current = [];
    }
  }
  const rest = current.join('\n').trim();
  if (rest) statements.push(rest);
  return statements.filter((s) => s.replace(/;$/, '').trim().length > 0);
}
