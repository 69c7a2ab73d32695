import { parseCapacity } from './capacity';

describe('parseCapacity', () => {
  it.each([
    ['정원 20명', 20, '명'],
    ['20명 모집', 20, '명'],
    ['선착순 15가정', 15, '가정'],
    ['모집인원: 30', 30, null],
    ['10쌍', 10, '쌍'],
    ['부부 10쌍', 10, '쌍'],
    ['12가족 (선착순)', 12, '가족'],
    ['20', 20, null],
    ['20명 내외', 20, '명'],
    ['10가정(20명)', 10, '가정'],
    ['정원 20명 (최소 5명 이상 개강)', 20, '명'],
    ['회당 10명, 총 30명', 30, '명'],
    ['1,200명', 1200, '명'],
    ['2026.3.16. 개강, 20명', 20, '명'],
  ])('%s → %d %s', (input, capacity, unit) => {
    expect(parseCapacity(input)).toEqual({ capacity, unit });
  });

  it.each([
    // A per-session booking rule, not a number of seats (the 육아종합지원센터 board of the issue).
    ['예약제 (회기당 1명)'],
    ['반별 10명'],
    ['1인당 2회'],
    ['최소 5명'],
    ['5명 이상 신청 시 개강'],
    // Two unmarked counts: which one is the capacity is not stated.
    ['성인 10명, 아동 10명'],
    ['만 5세'],
    ['제한없음'],
    ['0명'],
    [''],
    [null],
  ])('%s → none', (input) => {
    expect(parseCapacity(input)).toBeNull();
  });
});
