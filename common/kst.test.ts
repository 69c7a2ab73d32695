import { kstDate, kstDateTimeEn, kstDateTimeKo } from './kst';

test('Korean KST date-time: the instant of the issue reads as the parent expects', () => {
  const at = new Date('2026-12-04T20:28:48.020Z');
  expect(kstDate(at)).toBe('2026-12-05');
  expect(kstDateTimeKo(at)).toBe('2026년 12월 5일 05:28');
  expect(kstDateTimeEn(at)).toBe('5 Dec 2026, 05:28 KST');
  // Across the year boundary and with single-digit hours and minutes.
  expect(kstDateTimeKo(new Date('2026-12-31T15:05:00Z'))).toBe('2027년 1월 1일 00:05');
  expect(kstDateTimeKo(new Date('2027-03-09T00:07:00Z'))).toBe('2027년 3월 9일 09:07');
});
