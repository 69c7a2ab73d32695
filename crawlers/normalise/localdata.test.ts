import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { regionFromAddress } from '../../common/regions';
import { sigunguCodeOfLocalAuthority } from './localdata';

describe('sigunguCodeOfLocalAuthority', () => {
  it('maps Seoul authorities and nothing else', () => {
    expect(sigunguCodeOfLocalAuthority('3000000')).toBe('11110');
    expect(sigunguCodeOfLocalAuthority('3150000')).toBe('11500');
    expect(sigunguCodeOfLocalAuthority('3240000')).toBe('11740');
    expect(sigunguCodeOfLocalAuthority('3250000')).toBeNull();
    expect(sigunguCodeOfLocalAuthority('6110000')).toBeNull();
    expect(sigunguCodeOfLocalAuthority('')).toBeNull();
  });

  it('agrees with the addresses of every licence in the bundled LOCALDATA file', () => {
    const file = join(__dirname, '..', '..', 'simulator', 'data', '산후조리원.csv');
    const rows = (parse(iconv.decode(readFileSync(file), 'cp949'), { columns: true }) as Record<string, string>[]).filter((r) => r['관리번호']);
    let checked = 0;
    for (const row of rows) {
      const region = regionFromAddress(row['도로명주소']) ?? regionFromAddress(row['지번주소']);
      if (!region?.code) continue;
      expect([row['사업장명'], sigunguCodeOfLocalAuthority(row['개방자치단체코드'])]).toEqual([row['사업장명'], region.code]);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
