import type { SourceRecord } from '../../common/record';
import { recordId } from '../../common/record-id';
import { createTestStore, type TestStore } from '../testing';
import { recordCrawlPresence } from './record-presence';
import { upsertRecords } from './upsert-records';

let store: TestStore;
beforeEach(async () => {
  store = await createTestStore();
});
afterEach(async () => {
  await store.close();
});

function centre(siteId: string, sourceKey: string, phone: string, extra: Partial<SourceRecord> = {}): SourceRecord {
  return {
    kind: 'FACILITY',
    sourceKey,
    subtype: 'CHILDCARE_CENTER',
    name: '해님 어린이집',
    stages: ['INFANT'],
    primaryStage: 'INFANT',
    sido: '서울특별시',
    sigungu: '강서구',
    phone,
    specialCare: [],
    attrs: {},
    provenance: { siteId, url: `http://${siteId}/${sourceKey}`, fetchedAt: '2025-03-01T00:00:00Z', contentHash: 'h', adapter: 'test@1' },
    ...extra,
  };
}

const records = () =>
  store.query<{ id: string; phone: string; capacity: number | null; provenance: { siteId: string }[]; status: string }>(
    'select id, phone, capacity, provenance, status from catalog.record order by id',
  );

describe('dedupe across sources', () => {
  it('makes one facility of a centre listed by the city portal and a district site with another phone format', async () => {
    await upsertRecords(store, [centre('city-portal', 'C-1', '02-2600-1234', { capacity: 40 })], { priority: 10 });
    await upsertRecords(store, [centre('gangseo-district', '77', '02)2600-1234', { name: '해님어린이집', enrolled: 33, capacity: 39 })], { priority: 50 });
    const { rows } = await records();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(recordId('FACILITY', 'city-portal', 'C-1'));
    // Field precedence by source priority: the city portal's capacity and phone win.
    expect(rows[0]).toMatchObject({ phone: '02-2600-1234', capacity: 40 });
    expect(rows[0]!.provenance.map((p) => p.siteId)).toEqual(['city-portal', 'gangseo-district']);
    const enrolled = await store.query<{ enrolled: number }>('select enrolled from catalog.record');
    expect(enrolled.rows[0]!.enrolled).toBe(33); // only the district site publishes it
  });

  it('keeps two same-named centres apart when their phones differ', async () => {
    await upsertRecords(store, [centre('city-portal', 'C-1', '02-2600-1234')]);
    await upsertRecords(store, [centre('gangseo-district', '78', '02-2600-9999')]);
    expect((await records()).rows).toHaveLength(2);
  });
});

describe('withdraw after N successful crawls without the record', () => {
  it('withdraws on the third miss, never deletes, and brings the record back when published again', async () => {
    await upsertRecords(store, [centre('city-portal', 'C-1', '02-2600-1234'), centre('city-portal', 'C-2', '02-2600-5555', { name: '달님어린이집' })]);
    expect(await recordCrawlPresence(store, 'city-portal', ['C-2'])).toEqual({ withdrawn: 0, missing: 1 });
    expect(await recordCrawlPresence(store, 'city-portal', ['C-2'])).toEqual({ withdrawn: 0, missing: 1 });
    expect((await records()).rows.every((r) => r.status === 'ACTIVE')).toBe(true);
    expect(await recordCrawlPresence(store, 'city-portal', ['C-2'])).toEqual({ withdrawn: 1, missing: 0 });
    const after = (await records()).rows;
    expect(after).toHaveLength(2);
    expect(after.find((r) => r.id === recordId('FACILITY', 'city-portal', 'C-1'))!.status).toBe('WITHDRAWN');

    expect(await upsertRecords(store, [centre('city-portal', 'C-1', '02-2600-1234')])).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect((await records()).rows.every((r) => r.status === 'ACTIVE')).toBe(true);
  });

  it('resets the count when the record is seen again before the limit', async () => {
    await upsertRecords(store, [centre('city-portal', 'C-1', '02-2600-1234')]);
    await recordCrawlPresence(store, 'city-portal', []);
    await recordCrawlPresence(store, 'city-portal', []);
    await recordCrawlPresence(store, 'city-portal', ['C-1']);
    await recordCrawlPresence(store, 'city-portal', []);
    expect((await records()).rows[0]!.status).toBe('ACTIVE');
  });

  it('keeps a merged facility while one of its sites still lists it', async () => {
    await upsertRecords(store, [centre('city-portal', 'C-1', '02-2600-1234', { capacity: 40 })], { priority: 10 });
    await upsertRecords(store, [centre('gangseo-district', '77', '02)2600-1234', { capacity: 39 })], { priority: 50 });
    for (let i = 0; i < 3; i++) await recordCrawlPresence(store, 'city-portal', []);
    const { rows } = await records();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'ACTIVE', capacity: 39 });
    expect(rows[0]!.provenance.map((p) => p.siteId)).toEqual(['gangseo-district']);
  });

  it('writes nothing when a crawl finds everything present and unchanged', async () => {
    await upsertRecords(store, [centre('city-portal', 'C-1', '02-2600-1234')]);
    // xmin changes whenever Postgres writes a new version of a row.
    const versions = () => store.query('select xmin::text as v from catalog.source_record union all select xmin::text from catalog.record order by 1');
    const before = (await versions()).rows;
    const again = await upsertRecords(store, [centre('city-portal', 'C-1', '02-2600-1234', { provenance: { siteId: 'city-portal', url: 'http://city-portal/C-1', fetchedAt: '2025-04-01T00:00:00Z', contentHash: 'h2', adapter: 'test@1' } })]);
    await recordCrawlPresence(store, 'city-portal', ['C-1']);
    expect(again).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    expect((await versions()).rows).toEqual(before);
  });
});
