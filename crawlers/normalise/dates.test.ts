import { parseKoreanDate, parsePeriod } from './dates';

describe('parseKoreanDate', () => {
  it.each([
    ['2024.03.01', '2024-03-01'],
    ['2024. 3. 1.', '2024-03-01'],
    ['2024-03-01', '2024-03-01'],
    ['2024-3-1', '2024-03-01'],
    ['2024/3/1', '2024-03-01'],
    ['20240301', '2024-03-01'],
    ['2024년 3월 1일', '2024-03-01'],
    ["'25.2.24.", '2025-02-24'],
    ['’25.2.24', '2025-02-24'],
    ['25.2.24.', '2025-02-24'],
    ["(1차) '25.2.24.~3.7.", '2025-02-24'],
    ['2023-04-18 11:16', '2023-04-18'],
  ])('%s → %s', (input, expected) => {
    expect(parseKoreanDate(input)).toBe(expected);
  });

  it.each([['2024.02.30'], ['2023.13.01'], ['상시'], [''], ['14:43.0'], ['123456789']])('%s → null', (input) => {
    expect(parseKoreanDate(input)).toBeNull();
  });

  it('reads a bare month and day only with a fallback year', () => {
    expect(parseKoreanDate('3.7.')).toBeNull();
    expect(parseKoreanDate('3.7.', 2025)).toBe('2025-03-07');
    expect(parseKoreanDate('12월 31일', 2025)).toBe('2025-12-31');
  });
});

describe('parsePeriod', () => {
  it('reads a two-digit-year range whose end omits the year', () => {
    expect(parsePeriod("(1차) '25.2.24.~3.7.")).toEqual({ text: "(1차) '25.2.24.~3.7.", start: '2025-02-24', end: '2025-03-07', always: false });
  });

  it('reads full ranges, open ends and deadlines', () => {
    expect(parsePeriod('2025.1.1~2025.12.31')).toMatchObject({ start: '2025-01-01', end: '2025-12-31', always: false });
    expect(parsePeriod('2025. 3. 1. ~ 예산 소진 시')).toMatchObject({ start: '2025-03-01', end: null });
    expect(parsePeriod('~2025.3.31.')).toMatchObject({ start: null, end: '2025-03-31' });
    expect(parsePeriod('2025.3.31.까지')).toMatchObject({ start: null, end: '2025-03-31' });
    expect(parsePeriod('2024년 3월 1일부터 3월 31일')).toMatchObject({ start: '2024-03-01', end: '2024-03-31' });
    expect(parsePeriod('2024.12.1.~2.28.')).toMatchObject({ start: '2024-12-01', end: '2025-02-28' });
  });

  it('parses only the first round of a multi-round notice and keeps the text', () => {
    const p = parsePeriod("(1차) '25.2.24.~3.7. (2차) '25.6.1.~6.10.")!;
    expect(p).toMatchObject({ start: '2025-02-24', end: '2025-03-07' });
    expect(p.text).toContain('2차');
  });

  it('flags year-round applications', () => {
    expect(parsePeriod('상시신청')).toEqual({ text: '상시신청', start: null, end: null, always: true });
    expect(parsePeriod('연중')).toMatchObject({ always: true });
    expect(parsePeriod('  ')).toBeNull();
  });
});
