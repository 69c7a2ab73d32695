import type { ChildcareCenterAttrs } from '../../common/attrs';
import { centroidOf } from '../../common/regions';
import { readChildcare } from './childcare';
import { DEFAULT_DATA_DIR, readSourceFile } from './source-file';
import { childcareCsv } from './test-data';

const csv = childcareCsv();
const read = readChildcare(readSourceFile(DEFAULT_DATA_DIR, '어린이집.csv'));
const byCode = new Map(read.records.map((r) => [r.sourceKey, r]));
const record = (row: Record<string, string>) => byCode.get(row['어린이집코드']!)!;
const attrs = (row: Record<string, string>) => record(row).attrs as unknown as ChildcareCenterAttrs;

describe('어린이집.csv → ChildcareCenter', () => {
  it('keeps every row (odd data included) and skips none', () => {
    expect(read.records).toHaveLength(csv.length);
    expect(read.skipped).toEqual([]);
    for (const r of read.records) {
      expect(r).toMatchObject({ kind: 'FACILITY', subtype: 'CHILDCARE_CENTER', stages: ['INFANT'], primaryStage: 'INFANT', sido: '서울특별시' });
    }
  });

  it('takes the region from 시군구명, also for rows without an address', () => {
    for (const row of csv) expect(record(row).sigungu).toBe(row['시군구명']);
    const noAddress = csv.find((r) => r['상세주소'] === '')!;
    expect(record(noAddress)).toMatchObject({ sigungu: '성동구', regionCode: '11200', address: null });
  });

  it('maps 법인?단체등 (middle dot lost) and every other type', () => {
    const corp = csv.filter((r) => r['어린이집유형'] === '법인?단체등');
    expect(corp.length).toBeGreaterThan(0);
    for (const row of corp) expect(attrs(row).centerType).toBe('CORPORATION_ORGANIZATION');
    expect(read.records.filter((r) => (r.attrs as { centerType: unknown }).centerType === null)).toEqual([]);
  });

  it('does not keep the City Hall placeholder, missing or far-off coordinates: district centre, marked approximate', () => {
    const placeholder = csv.filter((r) => r['위도'] === '37.56647' && r['경도'] === '126.977963');
    const missing = csv.filter((r) => r['위도'] === '' || r['경도'] === '');
    expect(placeholder.length).toBeGreaterThan(10);
    for (const row of [...placeholder, ...missing]) {
      const r = record(row);
      expect(r.geoApprox).toBe(true);
      expect({ lat: r.lat, lng: r.lng }).toEqual(centroidOf(r.regionCode));
    }
    // 구립 내일어린이집 (은평구) is geocoded into the sea 100 km west.
    const atSea = csv.find((r) => r['경도'] !== '' && Number(r['경도']) < 126.5)!;
    expect(record(atSea)).toMatchObject({ geoApprox: true, lat: centroidOf('11380')!.lat });
    expect(read.records.filter((r) => r.lat === 37.56647 && r.lng === 126.977963)).toEqual([]);
    expect(read.geoApprox).toBe(read.records.filter((r) => r.geoApprox).length);
    expect(read.geoApprox).toBe(placeholder.length + missing.length + 2);
  });

  it('keeps geocoded coordinates as published', () => {
    const row = csv.find((r) => r['어린이집코드'] === '11500000763')!;
    expect(record(row)).toMatchObject({ lat: Number(row['위도']), lng: Number(row['경도']), geoApprox: false });
  });

  it('normalises phones, postal codes, homepages and the shuttle flag', () => {
    for (const r of read.records) if (r.phone !== null) expect(r.phone).toMatch(/^(0\d{1,3}-\d{3,4}-\d{4}|1[5-9]\d{2}-\d{4})$/);
    const first = csv[0]!;
    expect(attrs(first).postalCode).toBe('02404');
    const prose = csv.find((r) => r['홈페이지주소'] === '보육포털, 키즈노트, 인스타그램,')!;
    expect(attrs(prose).homepage).toBeNull();
    const noScheme = csv.find((r) => r['홈페이지주소'] === 'www.puruni.com/netmarble')!;
    expect(attrs(noScheme).homepage).toBe('http://www.puruni.com/netmarble');
    expect(attrs(csv.find((r) => r['통학차량운영여부'] === '운영')!).shuttleBus).toBe(true);
    expect(attrs(csv.find((r) => r['통학차량운영여부'] === '')!).shuttleBus).toBeNull();
  });

  it('maps 제공서비스 to special-care flags, 일반 to none', () => {
    const plain = csv.find((r) => r['제공서비스'] === '일반')!;
    expect(record(plain).specialCare).toEqual([]);
    const night = csv.find((r) => r['제공서비스'] === '야간연장형')!;
    expect(record(night).specialCare).toEqual(['NIGHT']);
    expect(read.notes.some((n) => n.includes('unknown special-care'))).toBe(false);
  });

  it('derives seats per age class from class counts and the legal ratio', () => {
    const row = csv.find((r) => Number(r['반수-만0세']) > 0 && Number(r['반수-만4세']) > 0)!;
    const classes = attrs(row).ageClasses;
    expect(classes.map((c) => c.age)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(classes[0]).toEqual({ age: 0, classes: Number(row['반수-만0세']), enrolled: Number(row['아동수-만0세']), capacity: Number(row['반수-만0세']) * 3 });
    expect(classes[4]!.capacity).toBe(Number(row['반수-만4세']) * 20);
    expect(record(row)).toMatchObject({ capacity: Number(row['정원']), enrolled: Number(row['현원']) });
  });

  it('records provenance: stable URL, data date, file hash, adapter', () => {
    const r = read.records[0]!;
    expect(r.provenance).toEqual({
      siteId: 'seoul-open-data-childcare',
      url: `file:simulator/data/어린이집.csv#${r.sourceKey}`,
      fetchedAt: '2025-02-19T00:00:00+09:00',
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      adapter: 'seed-loader@1',
    });
  });
});
