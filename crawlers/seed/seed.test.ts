import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { createTestStore, type TestStore } from '../../store/testing';
import { loadSeed } from '.';
import { DEFAULT_DATA_DIR } from './source-file';

let store: TestStore;
beforeAll(async () => {
  store = await createTestStore();
});
afterAll(async () => {
  await store.close();
});

const csv = parse(readFileSync(join(DEFAULT_DATA_DIR, '어린이집.csv')), { columns: true, bom: true }) as Record<string, string>[];

describe('seed loader', () => {
  it('loads every centre of the CSV, with 강서구 counted exactly as the file has them', async () => {
    const result = await loadSeed(store);
    expect(result.perSource['seoul-open-data-childcare']).toMatchObject({ inserted: csv.length, skipped: 0 });
    expect(result.perSource['seoul-open-data-kindergarten']!.inserted).toBe(34);
    // The postpartum file has 115 licences and 125 rows of empty cells.
    expect(result.perSource['seoul-open-data-postpartum']).toMatchObject({ inserted: 115, skipped: 125 });
    const { rows } = await store.query<{ n: number }>("select count(*)::int as n from catalog.record where sigungu = '강서구' and subtype = 'CHILDCARE_CENTER'");
    expect(rows[0]!.n).toBe(csv.filter((r) => r['시군구명'] === '강서구').length);
  });

  it('writes nothing on a second run over the same files', async () => {
    const again = await loadSeed(store);
    expect(again.total).toEqual({ inserted: 0, updated: 0, unchanged: csv.length + 115 + 34 });
  });

  it('normalises the known dirt of the Seoul data', async () => {
    const corp = csv.find((r) => r['어린이집유형'] === '법인?단체등')!;
    const { rows } = await store.query<{ attrs: { centerType: string } }>('select attrs from catalog.record where source_key = $1', [corp['어린이집코드']]);
    expect(rows[0]!.attrs.centerType).toBe('CORPORATION_ORGANIZATION');

    const placeholder = csv.find((r) => (r['위도'] ?? '').startsWith('37.56647') && (r['경도'] ?? '').startsWith('126.977963'))!;
    const p = await store.query<{ lat: number; geo_approx: boolean; sigungu: string }>('select lat, geo_approx, sigungu from catalog.record where source_key = $1', [placeholder['어린이집코드']]);
    expect(p.rows[0]!.geo_approx).toBe(true);
    expect(p.rows[0]!.lat).not.toBeCloseTo(37.56647, 4);

    // Every stored phone has one canonical shape (area-exchange-line, or a 15xx/16xx nationwide number).
    const { rows: bad } = await store.query<{ n: number }>(
      "select count(*)::int as n from catalog.record where phone is not null and phone !~ '^(0[0-9]{1,3}-[0-9]{3,4}-[0-9]{4}|1[5-9][0-9]{2}-[0-9]{4})$'",
    );
    expect(bad[0]!.n).toBe(0);
  });

  it('places postpartum centres from their TM coordinates and kindergartens at their district centroid', async () => {
    const { rows } = await store.query<{ exact: number; approx: number }>(
      "select count(*) filter (where not geo_approx and lat is not null)::int as exact, count(*) filter (where geo_approx)::int as approx from catalog.record where subtype = 'POSTPARTUM_CARE_CENTER'",
    );
    expect(rows[0]!.exact).toBeGreaterThan(50);
    const k = await store.query<{ n: number }>("select count(*)::int as n from catalog.record where subtype = 'KINDERGARTEN' and geo_approx and sigungu = '동대문구'");
    expect(k.rows[0]!.n).toBe(34);
  });

  it('fails with a bilingual message, not a stack trace, when a file is missing', async () => {
    await expect(loadSeed(store, { dataDir: '/nonexistent' })).rejects.toThrow(/원본 데이터 파일이 없습니다: .* \/ Seed data file not found/);
  });
});
