import { parseAmountKrw, parseCount, parseSeats } from './numbers';

describe('parseCount', () => {
  it('reads counts from cells', () => {
    expect(parseCount('1,234명')).toBe(1234);
    expect(parseCount(' 7 ')).toBe(7);
    expect(parseCount(12)).toBe(12);
    expect(parseCount('')).toBeNull();
    expect(parseCount('-3')).toBeNull();
    expect(parseCount('9'.repeat(30))).toBeNull();
  });
});

describe('parseSeats', () => {
  it.each([
    ['9/16', { enrolled: 9, capacity: 16 }],
    [' 9 / 16명', { enrolled: 9, capacity: 16 }],
    ['현원 9 / 정원 16', { enrolled: 9, capacity: 16 }],
    ['1,020/1,100', { enrolled: 1020, capacity: 1100 }],
  ])('%s', (input, expected) => {
    expect(parseSeats(input)).toEqual(expected);
  });

  it('is null without a pair', () => {
    expect(parseSeats('16')).toBeNull();
    expect(parseSeats('마감')).toBeNull();
    expect(parseSeats(null)).toBeNull();
  });
});

describe('parseAmountKrw', () => {
  it.each([
    ['월 25만원', 250_000],
    ['1,000,000원', 1_000_000],
    ['100만원', 1_000_000],
    ['1천만원', 10_000_000],
    ['1억 2천만원', 120_000_000],
    ['2.5만원', 25_000],
    ['1만 5천원', 15_000],
    ['1만 500원', 10_500],
    ['시간당 5,000원', 5_000],
    ['1,400~4,200원', 1_400],
    ['5천원~1만원', 5_000],
    ['2024년 지원금 100만원', 1_000_000],
    ['만 3개월 이상, 월 10만원', 100_000],
    ['250000', 250_000],
    ['무료', 0],
  ])('%s → %d', (input, expected) => {
    expect(parseAmountKrw(input)).toBe(expected);
  });

  it('is null when no amount is stated', () => {
    expect(parseAmountKrw('소득에 따라 차등')).toBeNull();
    expect(parseAmountKrw('2024년')).toBeNull();
    expect(parseAmountKrw(null)).toBeNull();
  });
});

describe('parseAmountKrw ranges', () => {
  it('gives the low end of a range the unit of its high end', () => {
    expect(parseAmountKrw('5~10만원')).toBe(50_000);
    expect(parseAmountKrw('10~25만원 (월)')).toBe(100_000);
  });
});
