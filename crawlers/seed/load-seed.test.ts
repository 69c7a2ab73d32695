import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestStore, type TestStore } from '../../store/testing';
import { DEFAULT_DATA_DIR, loadSeed, type SeedResult } from '.';
import { childcareCsv, kindergartenItems, postpartumCsv } from './test-data';

let store: TestStore;
let first: SeedResult;
const progress: string[] = [];
const csv = childcareCsv();

beforeAll(async () => {
  store = await createTestStore();
  first = await loadSeed(store, { onProgress: (m) => progress.push(m) });
});
afterAll(async () => {
  await store.close();
});

const count = async (where: string, params: unknown[] = []) =>
  (await store.query<{ n: number }>(`select count(*)::int as n from catalog.record where ${where}`, params)).rows[0]!.n;

describe('loadSeed', () => {
  it('loads every source of the bundled data', () => {
    expect(first.perSource['seoul-open-data-childcare']).toMatchObject({ inserted: csv.length, updated: 0, unchanged: 0, skipped: 0 });
    expect(first.perSource['seoul-open-data-postpartum']).toMatchObject({ inserted: postpartumCsv().length, updated: 0, unchanged: 0 });
    expect(first.perSource['seoul-open-data-kindergarten']).toMatchObject({ inserted: kindergartenItems().length, updated: 0, unchanged: 0, skipped: 0 });
    // Only the empty rows of the LOCALDATA export are skipped.
    expect(first.skipped.length).toBe(first.perSource['seoul-open-data-postpartum']!.skipped);
    expect(first.skipped.every((s) => s.source === 'seoul-open-data-postpartum' && s.reason === '빈 행 / empty row')).toBe(true);
    expect(progress.some((m) => m.includes('어린이집.csv') && m.includes('inserted'))).toBe(true);
  });

  it('stores as many 강서구 centres as the CSV has rows for 강서구', async () => {
    const inCsv = csv.filter((r) => r['시군구명'] === '강서구').length;
    expect(inCsv).toBeGreaterThan(100);
    expect(await count("sigungu = '강서구' and subtype = 'CHILDCARE_CENTER'")).toBe(inCsv);
    for (const gu of new Set(csv.map((r) => r['시군구명']!))) {
      expect([gu, await count("sigungu = $1 and subtype = 'CHILDCARE_CENTER'", [gu])]).toEqual([gu, csv.filter((r) => r['시군구명'] === gu).length]);
    }
  });

  it('writes nothing on a second run over the same files', async () => {
    const total = first.total.inserted;
    expect(total).toBe(csv.length + postpartumCsv().length + kindergartenItems().length);
    const before = await store.query<{ max: string }>('select max(updated_at)::text as max from catalog.record');
    const again = await loadSeed(store);
    expect(again.total).toEqual({ inserted: 0, updated: 0, unchanged: total });
    const after = await store.query<{ max: string }>('select max(updated_at)::text as max from catalog.record');
    expect(after.rows[0]!.max).toBe(before.rows[0]!.max);
  });

  it('maps 법인?단체등 to CORPORATION_ORGANIZATION', async () => {
    const codes = csv.filter((r) => r['어린이집유형'] === '법인?단체등').map((r) => r['어린이집코드']!);
    expect(codes.length).toBeGreaterThan(0);
    expect(await count("source_key = any($1::text[]) and attrs->>'centerType' = 'CORPORATION_ORGANIZATION'", [codes])).toBe(codes.length);
  });

  it('keeps no City Hall placeholder coordinates', async () => {
    expect(await count('abs(lat - 37.56647) < 0.00001 and abs(lng - 126.977963) < 0.00001')).toBe(0);
    const placeholders = csv.filter((r) => r['위도'] === '37.56647' && r['경도'] === '126.977963').map((r) => r['어린이집코드']!);
    expect(placeholders.length).toBeGreaterThan(0);
    expect(await count('source_key = any($1::text[]) and geo_approx and lat is not null', [placeholders])).toBe(placeholders.length);
  });

  it('normalises 02) phones, and every stored phone has one canonical shape', async () => {
    const paren = postpartumCsv().filter((r) => /^02\)\d/.test(r['전화번호']!));
    expect(paren.length).toBeGreaterThan(0);
    const { rows } = await store.query<{ phone: string }>('select phone from catalog.record where source_key = any($1::text[])', [paren.map((r) => r['관리번호'])]);
    expect(rows.map((r) => r.phone).sort()).toEqual(paren.map((r) => r['전화번호']!.replace(')', '-')).sort());
    expect(await count("phone is not null and phone !~ '^(0[0-9]{1,3}-[0-9]{3,4}-[0-9]{4}|1[5-9][0-9]{2}-[0-9]{4})$'")).toBe(0);
  });

  it('records provenance with a stable file URL, the data date and the file hash', async () => {
    const { rows } = await store.query<{ provenance: unknown }>("select provenance from catalog.record where subtype = 'CHILDCARE_CENTER' limit 1");
    // One provenance per source that publishes the record (a list since records merge across sites).
    expect([rows[0]!.provenance].flat()[0]).toMatchObject({
      siteId: 'seoul-open-data-childcare',
      url: expect.stringMatching(/^file:simulator\/data\/어린이집\.csv#\d+$/),
      fetchedAt: '2025-02-19T00:00:00+09:00',
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      adapter: 'seed-loader@1',
    });
  });

  it('reads the files from another folder, and refuses with a bilingual message when one is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-'));
    try {
      cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
      expect((await loadSeed(store, { dataDir: dir })).total.inserted).toBe(0);
      rmSync(join(dir, '산후조리원.csv'));
      await expect(loadSeed(store, { dataDir: dir })).rejects.toThrow(/^원본 데이터 파일이 없습니다: .*산후조리원\.csv \/ Seed data file not found: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
