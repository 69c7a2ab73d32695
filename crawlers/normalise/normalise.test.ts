import { cleanText, mapCenterType, mapSpecialCare, normalisePhone, parseCount, parseHours, parseKoreanDate, tm5174ToWgs84, validCoordinates } from '.';

describe('normalisers', () => {
  it.each([
    ['02)123-4567', '02-123-4567'],
    ['02-2135-7973', '02-2135-7973'],
    ['0212345678', '02-1234-5678'],
    [' 02 . 123 . 4567', '02-123-4567'],
    ['024313535', '02-431-3535'],
    ['031-123-4567', '031-123-4567'],
    ['010 1234 5678', '010-1234-5678'],
    ['1588-1234', '1588-1234'],
    ['없음', null],
    ['12', null],
  ])('normalises phone %s → %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each([
    ['2024.03.01', '2024-03-01'],
    ['2024-3-1', '2024-03-01'],
    ['20240301', '2024-03-01'],
    ['2024년 3월 1일', '2024-03-01'],
    ["(1차) '25.2.24.~3.7.", '2025-02-24'],
    ['2024.02.30', null],
    ['상시', null],
  ])('parses date %s → %s', (input, expected) => {
    expect(parseKoreanDate(input)).toBe(expected);
  });

  it('parses opening hours as published by 유치원알리미', () => {
    expect(parseHours('09시00분~20시00분')).toEqual({ text: '09시00분~20시00분', open: '09:00', close: '20:00' });
    expect(parseHours('7:30~19:30')).toMatchObject({ open: '07:30', close: '19:30' });
  });

  it('maps the dirty 법인?단체등 and every centre type label', () => {
    expect(mapCenterType('법인?단체등')).toBe('CORPORATION_ORGANIZATION');
    expect(mapCenterType('법인·단체등')).toBe('CORPORATION_ORGANIZATION');
    expect(mapCenterType('국공립')).toBe('NATIONAL_PUBLIC');
    expect(mapCenterType('직장')).toBe('WORKPLACE');
    expect(mapCenterType('기타')).toBeNull();
  });

  it('maps 제공서비스 lists, drops 일반, and reports unknown labels', () => {
    expect(mapSpecialCare('일반,야간연장형,방과후 전담,방과후통합')).toEqual({ flags: ['NIGHT', 'AFTER_SCHOOL'], unknown: [] });
    expect(mapSpecialCare('24시간, 장애아전문, 무지개반')).toEqual({ flags: ['TWENTY_FOUR_HOURS', 'DISABLED_SPECIALIZED'], unknown: ['무지개반'] });
  });

  it('cleans layout whitespace and entities, and counts', () => {
    expect(cleanText('  해님&nbsp;어린이집\n\t(강서)&#40;1&#41;\u200b ')).toBe('해님 어린이집 (강서)(1)');
    expect(cleanText('   ')).toBeNull();
    expect(parseCount('1,234명')).toBe(1234);
    expect(parseCount('')).toBeNull();
  });

  it('rejects missing, out-of-country and placeholder coordinates', () => {
    expect(validCoordinates(37.5555, 126.8422)).toBe(true);
    expect(validCoordinates(37.56647, 126.977963)).toBe(false);
    expect(validCoordinates(0, 0)).toBe(false);
    expect(validCoordinates(null, 127)).toBe(false);
  });

  it('converts LOCALDATA EPSG:5174 coordinates to WGS84 within a few hundred metres', () => {
    // 하늘병원, 서울 동대문구 천호대로 317 (next to 답십리역, 37.5670 N 127.0526 E).
    const p = tm5174ToWgs84(204831.4613, 451444.506)!;
    expect(Math.abs(p.lat - 37.567)).toBeLessThan(0.004);
    expect(Math.abs(p.lng - 127.0526)).toBeLessThan(0.004);
    expect(tm5174ToWgs84(NaN, 1)).toBeNull();
  });
});
