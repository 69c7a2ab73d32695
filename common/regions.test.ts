import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { validCoordinates } from '../crawlers/normalise/geo';
import { centroidOf, findSido, findSigungu, findSigunguByCode, regionFromAddress, SIDO } from './regions';

const SEOUL_CODES: Record<string, string> = {
  종로구: '11110', 중구: '11140', 용산구: '11170', 성동구: '11200', 광진구: '11215', 동대문구: '11230', 중랑구: '11260',
  성북구: '11290', 강북구: '11305', 도봉구: '11320', 노원구: '11350', 은평구: '11380', 서대문구: '11410', 마포구: '11440',
  양천구: '11470', 강서구: '11500', 구로구: '11530', 금천구: '11545', 영등포구: '11560', 동작구: '11590', 관악구: '11620',
  서초구: '11650', 강남구: '11680', 송파구: '11710', 강동구: '11740',
};

describe('SIDO', () => {
  it('lists the 17 시도 by their official names, each 시군구 once with a well-formed code', () => {
    expect(SIDO.map((s) => s.name)).toEqual([
      '서울특별시', '부산광역시', '대구광역시', '인천광역시', '광주광역시', '대전광역시', '울산광역시', '세종특별자치시', '경기도',
      '충청북도', '충청남도', '전라남도', '경상북도', '경상남도', '제주특별자치도', '강원특별자치도', '전북특별자치도',
    ]);
    const codes = SIDO.flatMap((s) => s.sigungu.map((g) => g.code));
    expect(new Set(codes).size).toBe(codes.length);
    // 226 시군구 + 세종 + 제주's two 행정시 = 229 entries.
    expect(codes).toHaveLength(229);
    for (const s of SIDO) {
      expect(new Set(s.sigungu.map((g) => g.name)).size).toBe(s.sigungu.length);
      for (const g of s.sigungu) {
        expect(g.code).toMatch(new RegExp(`^${s.code}\\d{3}$`));
        expect(validCoordinates(g.lat, g.lng)).toBe(true);
      }
    }
  });

  it('has Seoul exactly, and 군위군 in 대구 (2023)', () => {
    const seoul = Object.fromEntries(findSido('서울')!.sigungu.map((g) => [g.name, g.code]));
    expect(seoul).toEqual(SEOUL_CODES);
    expect(findSigungu('대구광역시', '군위군')).toMatchObject({ code: '27720' });
    expect(findSigungu('경상북도', '군위군')).toBeNull();
    expect(findSido('경기도')!.sigungu).toHaveLength(31);
  });

  it('keeps Seoul centres equal to the median of the geocoded 어린이집 in the bundled CSV', () => {
    const rows = parse(readFileSync(join(__dirname, '..', 'simulator', 'data', '어린이집.csv')), { columns: true, bom: true }) as Record<string, string>[];
    const median = (values: number[]) => {
      const s = [...values].sort((a, b) => a - b);
      const mid = s.length >> 1;
      return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
    };
    for (const g of findSido('서울특별시')!.sigungu) {
      const points = rows
        .filter((r) => r['시군구명'] === g.name && r['위도'] && r['경도'])
        .map((r) => ({ lat: Number(r['위도']), lng: Number(r['경도']) }))
        .filter((p) => validCoordinates(p.lat, p.lng));
      expect(points.length).toBeGreaterThan(50);
      expect(g.lat).toBeCloseTo(median(points.map((p) => p.lat)), 6);
      expect(g.lng).toBeCloseTo(median(points.map((p) => p.lng)), 6);
    }
  });
});

describe('findSido', () => {
  it.each([
    ['서울', '서울특별시'],
    ['서울시', '서울특별시'],
    ['서울특별시', '서울특별시'],
    [' 서울 특별시 ', '서울특별시'],
    ['강원도', '강원특별자치도'],
    ['강원', '강원특별자치도'],
    ['전라북도', '전북특별자치도'],
    ['전북', '전북특별자치도'],
    ['제주도', '제주특별자치도'],
    ['세종시', '세종특별자치시'],
    ['충북', '충청북도'],
  ])('%s → %s', (input, expected) => {
    expect(findSido(input)?.name).toBe(expected);
  });

  it('is null for unknown names', () => {
    expect(findSido('서울특별도')).toBeNull();
    expect(findSido('')).toBeNull();
    expect(findSido(null)).toBeNull();
    expect(findSido('toString')).toBeNull();
  });
});

describe('findSigungu', () => {
  it('finds 시군구 within their 시도 only', () => {
    expect(findSigungu('서울특별시', '강서구')).toMatchObject({ name: '강서구', code: '11500' });
    expect(findSigungu('부산', '강서구')).toMatchObject({ name: '강서구', code: '26440' });
    expect(findSigungu('서울특별시', '해운대구')).toBeNull();
    expect(findSigungu('서울특별시', '강서군')).toBeNull();
    expect(findSigungu('없는도', '강서구')).toBeNull();
  });

  it('accepts a name without its suffix when unambiguous, 일반구 after their 시, and former names', () => {
    expect(findSigungu('경기도', '수원')).toMatchObject({ name: '수원시' });
    expect(findSigungu('서울', '강서')).toMatchObject({ name: '강서구' });
    expect(findSigungu('경기도', '수원시 장안구')).toMatchObject({ name: '수원시', code: '41110' });
    expect(findSigungu('인천', '남구')).toMatchObject({ name: '미추홀구', code: '28177' });
    // 중 is too short to mean 중구 by itself.
    expect(findSigungu('서울', '중')).toBeNull();
  });

  it('answers 세종 by its own name', () => {
    expect(findSigungu('세종', '세종특별자치시')).toMatchObject({ code: '36110' });
    expect(findSigungu('세종특별자치시', '세종시')).toMatchObject({ code: '36110' });
  });
});

describe('regionFromAddress', () => {
  it.each([
    ['서울특별시 강서구 화곡로44나길 25', { sido: '서울특별시', sigungu: '강서구', code: '11500' }],
    ['서울 강서구 공항대로 1', { sido: '서울특별시', sigungu: '강서구', code: '11500' }],
    ['서울시 강서구', { sido: '서울특별시', sigungu: '강서구', code: '11500' }],
    ['  서울특별시\u00a0동대문구 이문로35길 12 관리동', { sido: '서울특별시', sigungu: '동대문구', code: '11230' }],
    ['(07663) 서울특별시 강서구 화곡로44나길 25', { sido: '서울특별시', sigungu: '강서구', code: '11500' }],
    ['서울특별시 송파구 충민로2길 20 (장지동, 송파산모건강증진센터)', { sido: '서울특별시', sigungu: '송파구', code: '11710' }],
    ['경기도 수원시 장안구 송정로 19', { sido: '경기도', sigungu: '수원시', code: '41110' }],
    ['경상북도 군위군 군위읍 군청로 200', { sido: '대구광역시', sigungu: '군위군', code: '27720' }],
    ['강원도 춘천시 중앙로 1', { sido: '강원특별자치도', sigungu: '춘천시', code: '51110' }],
    ['세종특별자치시 한누리대로 2130', { sido: '세종특별자치시', sigungu: null, code: '36110' }],
    ['서울특별시 어딘가구 1', { sido: '서울특별시', sigungu: null, code: null }],
  ])('%s', (address, expected) => {
    expect(regionFromAddress(address)).toEqual(expected);
  });

  it('is null when the address does not start with a 시도', () => {
    expect(regionFromAddress('어딘가 123')).toBeNull();
    expect(regionFromAddress('')).toBeNull();
    expect(regionFromAddress(null)).toBeNull();
    expect(regionFromAddress('강서구 화곡로')).toBeNull();
  });
});

describe('centroidOf', () => {
  it('gives the centre of a 시군구 by code, including longer and former codes', () => {
    expect(centroidOf('11500')).toEqual({ lat: 37.555475, lng: 126.842188 });
    expect(centroidOf('1150010100')).toEqual(centroidOf('11500'));
    expect(centroidOf('42110')).toEqual(centroidOf('51110')); // 강원 before 2023
    expect(centroidOf('45110')).toEqual(centroidOf('52110')); // 전북 before 2024
    expect(findSigunguByCode('47720')?.sido.name).toBe('대구광역시');
    expect(centroidOf('99999')).toBeNull();
    expect(centroidOf('abc')).toBeNull();
    expect(centroidOf(null)).toBeNull();
  });
});
