import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceRecord } from '../../common/record';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { splitStatements } from '../../store/migrate';
import { createTestStore } from '../../store/testing';
import type { Store } from '../../store/types';
import { centreFreeSeats } from '../lifecycle/base-resolvers';
import type { CatalogRow } from '../lifecycle/row';
import { dayFreeSeats, dayFreeSeatsSql } from './free-seats';
import { fileSnapshots } from './snapshot-writer';

/**
 * Issue 21: the statistics' free seats of one facility, read from its filed
 * day row, are the centre's freeSeats field computed from its record — for
 * centres with and without age classes, classes missing a figure, classes
 * over their capacity, centres over their licence, unknown 정원 or 현원 —
 * and the SQL of the cell sums agrees with the TypeScript of the trend.
 */
let store: Store;
beforeAll(async () => {
  store = await createTestStore();
});
afterAll(() => store?.close());

/** A small deterministic generator (no dependency on Math.random). */
function generator(seed: number) {
  let x = seed;
  return (n: number) => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x % n;
  };
}

const provenance = { siteId: 'fixture', url: 'http://fixture.test/x', fetchedAt: '2026-03-01T00:00:00.000Z', contentHash: 'f', adapter: 'fixture@1' };

test('for 300 varied centres the day row gives the freeSeats of the record, in SQL and in TypeScript', async () => {
  const next = generator(21);
  const records: SourceRecord[] = Array.from({ length: 300 }, (_, i) => {
    const ages = [0, 1, 2, 3, 4, 5].filter(() => next(2) === 0);
    const ageClasses = ages.map((age) => ({ age, classes: 1, enrolled: next(12), capacity: next(6) === 0 ? null : next(12) }));
    const enrolledAll = ageClasses.reduce((n, c) => n + c.enrolled, 0) + next(4);
    return {
      kind: 'FACILITY', sourceKey: `free-${i}`, subtype: 'CHILDCARE_CENTER', name: `여석 검사 어린이집 ${i}`, stages: ['INFANT'], primaryStage: 'INFANT',
      sido: '부산광역시', sigungu: '강서구',
      // Every fourth centre publishes no class list at all; a few no 정원 or 현원.
      attrs: i % 4 === 0 ? { centerType: 'HOME' } : { centerType: 'HOME', ageClasses },
      capacity: next(10) === 0 ? null : enrolledAll + next(20) - 6,
      enrolled: next(10) === 0 ? null : enrolledAll,
      provenance,
    } as SourceRecord;
  });
  await upsertRecords(store, records);
  await fileSnapshots(store, { day: '2026-03-08' });
  const { rows } = await store.query<{ v: number[]; sql: number | null; capacity: number | null; enrolled: number | null; attrs: Record<string, unknown> }>(
    `select d.v, ${dayFreeSeatsSql('d.v')} as sql, r.capacity, r.enrolled, r.attrs
       from stats.facility_day d join stats.facility f using (fkey) join catalog.effective_record r on r.id = f.facility_id
      where d.day = '2026-03-08' and r.name like '여석 검사 어린이집 %'`,
  );
  expect(rows.length).toBe(300);
  const bases = new Set<string | null>();
  for (const r of rows) {
    const v = r.v.map(Number);
    const expected = centreFreeSeats({ capacity: r.capacity, enrolled: r.enrolled, attrs: r.attrs } as unknown as CatalogRow);
    bases.add(expected.basis);
    const fromRow = dayFreeSeats((i) => v[i - 1] ?? -1).freeSeats;
    expect({ v, attrs: r.attrs, fromRow, sql: r.sql === null ? null : Number(r.sql) }).toEqual({ v, attrs: r.attrs, fromRow: expected.freeSeats, sql: expected.freeSeats });
  }
  // The generator reached every branch of the rule.
  expect([...bases].sort()).toEqual(['AGE_CLASSES', 'CAPACITY', null].sort());
});

test('migration 0037 rebuilds the cells filed under the old rule into what the writer files now', async () => {
  await fileSnapshots(store, { day: '2026-03-09' });
  const cells = async () => (await store.query(`select to_char(day, 'YYYY-MM-DD') as day, sido, sigungu, kind, center_type, special_care, s from stats.cell_day order by 1, 2, 3, 4, 5, 6`)).rows;
  const sidos = async () => (await store.query(`select to_char(day, 'YYYY-MM-DD') as day, sido, kind, center_type, special_care, s from stats.sido_day order by 1, 2, 3, 4, 5`)).rows;
  const [before, beforeSido] = [await cells(), await sidos()];
  expect(before.length).toBeGreaterThan(0);
  // The old rule's sums, as cells filed before this change hold them, and a stale mark on a filed day.
  await store.query(`update stats.cell_day c set s[5] = x.free from (
      select d.day, coalesce(f.sido, '') as sido, coalesce(f.sigungu, '') as sigungu, f.kind, coalesce(f.center_type, '') as center_type, f.special_care,
             sum(case when d.v[1] = 1 and d.v[2] >= 0 and d.v[3] >= 0 then greatest(d.v[2] - d.v[3], 0) else 0 end)::int as free
        from stats.facility_day d join stats.facility f using (fkey) group by 1, 2, 3, 4, 5, 6) x
    where (c.day, c.sido, c.sigungu, c.kind, c.center_type, c.special_care) = (x.day, x.sido, x.sigungu, x.kind, x.center_type, x.special_care)`);
  await store.query(`update stats.sido_day t set s[5] = 0`);
  await store.query(`insert into stats.dirty_region (day, sido, sigungu) values ('2026-03-09', '부산광역시', '강서구')`);
  expect(await cells()).not.toEqual(before);

  const sql = readFileSync(join(__dirname, '../../store/migrations/0037_stats_free_seats.sql'), 'utf8');
  await store.transaction(async (tx) => {
    for (const statement of splitStatements(sql)) await tx.query(statement);
  });
  expect(await cells()).toEqual(before);
  expect(await sidos()).toEqual(beforeSido);
  expect((await store.query(`select 1 from stats.dirty_region`)).rows).toEqual([]);
});
