import { kstMidnight, latestDate, mostCommonDate } from './dataset-date';

describe('dataset dates', () => {
  it('picks the most common date, the later one on a tie', () => {
    expect(mostCommonDate(['2025-02-19', '2025-02-19', '2022-10-26', null])).toBe('2025-02-19');
    expect(mostCommonDate(['2025-02-19', '2025-02-20'])).toBe('2025-02-20');
    expect(mostCommonDate([])).toBeNull();
  });

  it('picks the latest date and writes KST midnight', () => {
    expect(latestDate(['2023-04-18', null, '2025-02-19', '2024-01-01'])).toBe('2025-02-19');
    expect(kstMidnight('2025-02-19')).toBe('2025-02-19T00:00:00+09:00');
    expect(new Date(kstMidnight('2025-02-19')).toISOString()).toBe('2025-02-18T15:00:00.000Z');
  });
});
