import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { centroidOf } from '../../common/regions';
import type { KindergartenSeedAttrs } from './extra-attrs';
import { readKindergartens } from './kindergarten';
import { DEFAULT_DATA_DIR, readSourceFile, SeedFileError } from './source-file';
import { kindergartenItems } from './test-data';

const items = kindergartenItems();
const read = readKindergartens(readSourceFile(DEFAULT_DATA_DIR, 'kinderinfo_gn.json'));

describe('kinderinfo_gn.json (유치원알리미) → Kindergarten', () => {
  it('loads every kindergarten of 동대문구 at the district centre, with a key that is not the response row number', () => {
    expect(read.records).toHaveLength(items.length);
    expect(new Set(read.records.map((r) => r.sourceKey)).size).toBe(items.length);
    for (const r of read.records) {
      expect(r).toMatchObject({ subtype: 'KINDERGARTEN', stages: ['INFANT'], sigungu: '동대문구', regionCode: '11230', geoApprox: true, ...centroidOf('11230') });
      expect(r.sourceKey).toMatch(/^동대문구:/);
    }
  });

  it('parses opening hours, ownership, classes and nulls', () => {
    const first = read.records[0]!;
    const attrs = first.attrs as unknown as KindergartenSeedAttrs;
    expect(attrs.openingHours).toEqual({ text: '09시00분~20시00분', open: '09:00', close: '20:00' });
    expect(attrs).toMatchObject({ establishment: '공립(병설)', ownership: 'PUBLIC', homepage: 'http://www.imunk.co.kr/', establishedOn: '1994-09-01' });
    expect(attrs.ageClasses).toEqual([
      { age: 3, classes: 1, enrolled: 16, capacity: null },
      { age: 4, classes: 2, enrolled: 44, capacity: null },
      { age: 5, classes: 2, enrolled: 46, capacity: null },
    ]);
    expect(first.enrolled).toBe(106);
    // 동광유치원 has only a mixed-age class; its per-age cells are null.
    const mixed = read.records.find((r) => r.name === '동광유치원')!;
    expect((mixed.attrs as unknown as KindergartenSeedAttrs).otherClasses).toEqual([{ label: '혼합반', classes: 1, enrolled: 7 }]);
    expect(mixed.enrolled).toBe(7);
  });

  it('fails clearly on a file that is not the API response', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kinder-'));
    writeFileSync(join(dir, 'kinderinfo_gn.json'), '<html>error</html>');
    expect(() => readKindergartens(readSourceFile(dir, 'kinderinfo_gn.json'))).toThrow(SeedFileError);
    writeFileSync(join(dir, 'kinderinfo_gn.json'), '{"status":"FAIL"}');
    expect(() => readKindergartens(readSourceFile(dir, 'kinderinfo_gn.json'))).toThrow(/No kinderInfo list/);
  });
});
