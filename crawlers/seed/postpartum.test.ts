import { findSigungu } from '../../common/regions';
import { distanceKm } from '../normalise';
import type { PostpartumSeedAttrs } from './extra-attrs';
import { readPostpartum } from './postpartum';
import { DEFAULT_DATA_DIR, readSourceFile } from './source-file';
import { postpartumCsv } from './test-data';

const csv = postpartumCsv();
const read = readPostpartum(readSourceFile(DEFAULT_DATA_DIR, '산후조리원.csv'));
const byKey = new Map(read.records.map((r) => [r.sourceKey, r]));

describe('산후조리원.csv (CP949, LOCALDATA) → PostpartumCenter', () => {
  it('decodes CP949 and loads every licence; the empty rows of the export are reported as skipped', () => {
    expect(read.records).toHaveLength(csv.length);
    expect(read.records.map((r) => r.name)).toContain('송파산모건강증진센터산후조리원');
    expect(read.skipped.length).toBeGreaterThan(0);
    expect(new Set(read.skipped.map((s) => s.reason))).toEqual(new Set(['빈 행 / empty row']));
    for (const r of read.records) expect(r).toMatchObject({ subtype: 'POSTPARTUM_CARE_CENTER', stages: ['PREGNANCY'], primaryStage: 'PREGNANCY', sido: '서울특별시' });
  });

  it('converts the EPSG:5174 TM coordinates into the right district', () => {
    const converted = read.records.filter((r) => !r.geoApprox);
    expect(converted.length).toBe(csv.filter((r) => r['좌표정보(X)']).length);
    for (const r of converted) {
      const district = findSigungu('서울특별시', r.sigungu)!;
      expect(distanceKm({ lat: r.lat!, lng: r.lng! }, district)).toBeLessThan(8);
    }
    const noXy = csv.filter((r) => !r['좌표정보(X)']);
    for (const row of noXy) expect(byKey.get(row['관리번호']!)).toMatchObject({ geoApprox: true });
  });

  it('normalises 02) phones and Seoul numbers published without 02', () => {
    const paren = csv.find((r) => r['전화번호'] === '02)517-2433')!;
    expect(byKey.get(paren['관리번호']!)!.phone).toBe('02-517-2433');
    const local = csv.find((r) => r['전화번호'] === '2246-2001')!;
    expect(byKey.get(local['관리번호']!)!.phone).toBe('02-2246-2001');
    for (const r of read.records) if (r.phone !== null) expect(r.phone).toMatch(/^(0\d{1,3}-\d{3,4}-\d{4}|1[5-9]\d{2}-\d{4})$/);
  });

  it('keeps the business status and dates as the register has them', () => {
    const suspended = csv.find((r) => r['휴업시작일자'])!;
    const attrs = byKey.get(suspended['관리번호']!)!.attrs as unknown as PostpartumSeedAttrs;
    expect(attrs).toMatchObject({ businessStatus: suspended['영업상태명'], suspendedFrom: suspended['휴업시작일자'], licensedOn: suspended['인허가일자'] });
    expect(read.records[0]!.provenance.fetchedAt).toBe('2025-02-19T00:00:00+09:00');
  });
});

describe('postpartum regions', () => {
  it('falls back to the licensing 구청 when the address omits the 구', () => {
    // `서울특별시  남부순환로 1802`, licensed by 관악구청 (3200000).
    const row = csv.find((r) => r['사업장명'] === '로얄사임당산후조리원')!;
    expect(row['개방자치단체코드']).toBe('3200000');
    expect(byKey.get(row['관리번호']!)).toMatchObject({ sido: '서울특별시', sigungu: '관악구', regionCode: '11620', address: '서울특별시 남부순환로 1802' });
    for (const rec of read.records) expect(rec.sigungu).not.toBeNull();
  });
});
