import type { SourceRecord } from '../../common/record';
import { recordId } from '../../common/record-id';
import { createTestStore, type TestStore } from '../testing';
import { upsertRecords } from './upsert-records';

let store: TestStore;
beforeAll(async () => {
  store = await createTestStore();
});
afterAll(async () => {
  await store.close();
});

function centre(sourceKey: string, enrolled: number, fetchedAt = '2025-02-19T00:00:00Z'): SourceRecord {
  return {
    kind: 'FACILITY',
    sourceKey,
    subtype: 'CHILDCARE_CENTER',
    name: `해님어린이집 ${sourceKey}`,
    stages: ['INFANT'],
    primaryStage: 'INFANT',
    sido: '서울특별시',
    sigungu: '강서구',
    phone: '02-123-4567',
    capacity: 20,
    enrolled,
    specialCare: ['NIGHT'],
    attrs: { centerType: 'NATIONAL_PUBLIC' },
    provenance: { siteId: 'test-site', url: 'http://x/1', fetchedAt, contentHash: 'page', adapter: 'test@1' },
  };
}

describe('upsertRecords', () => {
  it('inserts new records, then writes nothing when the content is unchanged', async () => {
    expect(await upsertRecords(store, [centre('a', 1), centre('b', 2)])).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    // A later fetch of the same facts: only provenance differs.
    const again = await upsertRecords(store, [centre('a', 1, '2025-03-01T00:00:00Z'), centre('b', 2, '2025-03-01T00:00:00Z')]);
    expect(again).toEqual({ inserted: 0, updated: 0, unchanged: 2 });
  });

  it('updates only the record whose content changed, under the same stable id', async () => {
    const result = await upsertRecords(store, [centre('a', 5), centre('b', 2)]);
    expect(result).toEqual({ inserted: 0, updated: 1, unchanged: 1 });
    const { rows } = await store.query<{ id: string; enrolled: number }>(
      'select id, enrolled from catalog.record where source_key = $1',
      ['a'],
    );
    expect(rows).toEqual([{ id: recordId('FACILITY', 'test-site', 'a'), enrolled: 5 }]);
  });

  it('reactivates a withdrawn record that is published again', async () => {
    await store.query("update catalog.source_record set status = 'WITHDRAWN', withdrawn_at = now() where source_key = 'b'");
    expect(await upsertRecords(store, [centre('b', 2)])).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    const { rows } = await store.query<{ status: string }>("select status from catalog.record where source_key = 'b'");
    expect(rows[0]!.status).toBe('ACTIVE');
  });
});
