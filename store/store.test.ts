import { createTestStore, type TestStore } from './testing';
import { splitStatements } from './migrate';

let store: TestStore;
beforeAll(async () => {
  store = await createTestStore();
});
afterAll(async () => {
  await store.close();
});

describe('store', () => {
  it('treats Hangul as letters: pg_trgm yields trigrams for Korean text', async () => {
    const { rows } = await store.query<{ n: number; sim: number }>(
      "select cardinality(show_trgm('어린이집')) as n, similarity('어린이집', '어린이집에서') as sim",
    );
    expect(rows[0]!.n).toBeGreaterThan(0);
    expect(rows[0]!.sim).toBeGreaterThan(0.3);
  });

  it('creates one schema per owner', async () => {
    const { rows } = await store.query<{ nspname: string }>(
      "select nspname from pg_namespace where nspname = any($1::text[]) order by nspname",
      [['access', 'apply', 'catalog', 'curation', 'ingest', 'search', 'welfare']],
    );
    expect(rows.map((r) => r.nspname)).toEqual(['access', 'apply', 'catalog', 'curation', 'ingest', 'search', 'welfare']);
  });

  it('records applied migrations and does not apply them twice', async () => {
    const { migrate } = await import('./migrate');
    expect(await migrate(store)).toEqual([]);
    const { rows } = await store.query<{ version: number }>('select version from public.schema_migration order by version');
    expect(rows[0]!.version).toBe(1);
  });

  it('rolls a failed transaction back and keeps nothing of it', async () => {
    await store.query('create table public.t_roll (v text)');
    await expect(
      store.transaction(async (tx) => {
        await tx.query('insert into public.t_roll values ($1)', ['보육']);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const { rows } = await store.query('select * from public.t_roll');
    expect(rows).toEqual([]);
  });

  it('returns the same JS types on both drivers (int8 as number, date as ISO string)', async () => {
    const { rows } = await store.query<{ n: number; d: string }>("select 42::int8 as n, date '2025-02-19' as d");
    expect(rows[0]).toEqual({ n: 42, d: '2025-02-19' });
  });

  it('splits migration files on statement ends but not inside $$ bodies', () => {
    const sql = 'create table a (x int);\n-- note;\ncreate function f() returns int as $$\nselect 1;\n$$ language sql;\n';
    expect(splitStatements(sql)).toHaveLength(2);
  });
});
