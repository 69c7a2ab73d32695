import { parseKoreanDate, parsePeriod, referenceDay } from './dates';

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
    // 육아종합지원센터 programme boards: two-digit years with a weekday suffix.
    ['26.03.25(수)', '2026-03-25'],
    ['26. 3. 27.(금)', '2026-03-27'],
    ['2026.3.16.(월요일)', '2026-03-16'],
    ['2026년 4월 7일 [화]', '2026-04-07'],
  ])('%s → %s', (input, expected) => {
    expect(parseKoreanDate(input)).toBe(expected);
  });

  it.each([['2024.02.30'], ['2023.13.01'], ['상시'], [''], ['14:43.0'], ['123456789'], ['4/7(화)'], ['1.5배'], ['12. 16. 10:00']])('%s → null', (input) => {
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

describe('parsePeriod: weekdays, no year, one day', () => {
  // A reference a few weeks before the notices (Last-Modified of the page, or the crawl day).
  const reference = '2026-03-02';
  it.each([
    ['26.03.25(수)', '2026-03-25', '2026-03-25', false],
    ['26. 3. 27.(금)', '2026-03-27', '2026-03-27', false],
    ['4/7(화)~4/14(화)', '2026-04-07', '2026-04-14', true],
    ['3. 16.(월) ~ 4. 3.(금)', '2026-03-16', '2026-04-03', true],
    ['3. 16.(월) ~ 20.(금)', '2026-03-16', '2026-03-20', true],
    ['3월 16일(월)~20일(금)', '2026-03-16', '2026-03-20', true],
    ['26.03.25(수)~26.04.01(수)', '2026-03-25', '2026-04-01', false],
    ['26. 3. 16.(월) ~ 4. 3.(금)', '2026-03-16', '2026-04-03', false],
    ['2026.3.16.(월)~4.3.(금) 10:00~12:00', '2026-03-16', '2026-04-03', false],
    ['4/7(화) 10:00~12:00', '2026-04-07', '2026-04-07', true],
    ['2026. 4. 7.(화) 10:00 ~ 4. 14.(화) 12:00', '2026-04-07', '2026-04-14', false],
    ['3.16~20', '2026-03-16', '2026-03-20', true],
    ['12.28.(월)~1.8.(금)', '2026-12-28', '2027-01-08', true],
    ['4/7(화)~2026.4.14.(화)', '2026-04-07', '2026-04-14', false],
  ])('%s → %s … %s (year inferred: %s)', (input, start, end, inferred) => {
    const p = parsePeriod(input, { reference })!;
    expect({ start: p.start, end: p.end, yearInferred: p.yearInferred === true }).toEqual({ start, end, yearInferred: inferred });
  });

  it('lets the weekday decide the year: 4/7(화) is 2026 even from a reference in late 2026; 4/7(월) is 2025', () => {
    expect(parsePeriod('4/7(화)', { reference: '2026-12-20' })).toMatchObject({ start: '2026-04-07', end: '2026-04-07', yearInferred: true });
    expect(parsePeriod('4/7(월)', { reference: '2026-03-02' })).toMatchObject({ start: '2025-04-07', yearInferred: true });
    // Without a weekday, the year nearest the reference: a January course read in December is next year's.
    expect(parsePeriod('1.5.~1.9.', { reference: '2026-12-20' })).toMatchObject({ start: '2027-01-05', end: '2027-01-09', yearInferred: true });
  });

  it('leaves a yearless date unread without a reference, and never marks a year the text gave', () => {
    expect(parsePeriod('4/7(화)~4/14(화)')).toEqual({ text: '4/7(화)~4/14(화)', start: null, end: null, always: false });
    expect(parsePeriod("(1차) '25.2.24.~3.7.", { reference })).not.toHaveProperty('yearInferred');
  });

  it('tells a one-day period (end = start) from an open-ended one (end null) and a deadline (start null)', () => {
    expect(parsePeriod('2026.3.25.')).toEqual({ text: '2026.3.25.', start: '2026-03-25', end: '2026-03-25', always: false });
    expect(parsePeriod('2026.3.25.(수) 14:00')).toMatchObject({ start: '2026-03-25', end: '2026-03-25' });
    expect(parsePeriod('2026.3.25.부터')).toMatchObject({ start: '2026-03-25', end: null });
    expect(parsePeriod('2026. 3. 25. ~')).toMatchObject({ start: '2026-03-25', end: null });
    expect(parsePeriod('2026.3.31.(화) 18시까지')).toMatchObject({ start: null, end: '2026-03-31' });
    expect(parsePeriod('마감: 3. 31.(화)', { reference })).toMatchObject({ start: null, end: '2026-03-31', yearInferred: true });
  });

  it('does not read counts, ratios or times as dates', () => {
    // `~20명` is a count, not the 20th: the period is open from 3.16.
    expect(parsePeriod('3.16~20명', { reference })).toMatchObject({ start: '2026-03-16', end: null });
    expect(parsePeriod('기준중위소득 1.5배 이하', { reference })).toMatchObject({ start: null, end: null });
  });
});

describe('referenceDay', () => {
  it('reads an HTTP date as the Korean calendar day', () => {
    expect(referenceDay('Tue, 31 Mar 2026 16:00:00 GMT')).toBe('2026-04-01');
    expect(referenceDay('Tue, 31 Mar 2026 14:00:00 GMT')).toBe('2026-03-31');
    expect(referenceDay('어제')).toBeNull();
    expect(referenceDay(null)).toBeNull();
  });
});
