import { worldAt } from './index';

/** The 31st site's programmes: the strings its board writes, each next to the fact it states (simulator/world/centre.ts). */
const SEED = 42;
const w0 = worldAt(SEED, 0);
const WEEKDAY = ['일', '월', '화', '수', '목', '금', '토'];
const weekday = (iso: string) => WEEKDAY[new Date(`${iso}T00:00:00Z`).getUTCDay()];

test('tick 0: 24 programmes with unique keys and titles, three venues, one listed programme whose page is gone', () => {
  const ps = w0.centrePrograms;
  expect(ps).toHaveLength(24);
  expect(new Set(ps.map((p) => p.key)).size).toBe(24);
  expect(new Set(ps.map((p) => p.title)).size).toBe(24);
  expect(w0.centrePlaces.map((p) => p.key)).toEqual(['P01', 'P02', 'P03']);
  for (const p of ps) expect(w0.centrePlaces.some((x) => x.key === p.placeKey)).toBe(true);
  expect(ps.filter((p) => p.pageGone)).toHaveLength(1);
});

test('every form the issue quotes is written, and each states what the programme records as fact', () => {
  const ps = w0.centrePrograms;
  const dateForms = [/^26\.\d\d\.\d\d\([일월화수목금토]\)$/, /^26\. \d{1,2}\. \d{1,2}\.\([일월화수목금토]\)$/, /^\d{1,2}\/\d{1,2}\([일월화수목금토]\)~\d{1,2}\/\d{1,2}\([일월화수목금토]\)$/, /^\d{1,2}\. \d{1,2}\.\([일월화수목금토]\) ~ \d{1,2}\. \d{1,2}\.\([일월화수목금토]\)$/];
  for (const form of dateForms) expect(ps.some((p) => form.test(p.dates))).toBe(true);
  for (const p of ps) {
    // The weekday printed is the date's, the period is in 2026, one-day forms end the day they start.
    const [first, last] = [...p.dates.matchAll(/\(([일월화수목금토])\)/g)].map((m) => m[1]);
    expect({ key: p.key, first, last: last ?? first }).toEqual({ key: p.key, first: weekday(p.start), last: weekday(p.end) });
    expect(p.start <= p.end && p.start.startsWith('2026') && p.end.startsWith('2026')).toBe(true);
    if (!p.dates.includes('~')) expect(p.end).toBe(p.start);
    if (p.seats.startsWith('예약제')) expect(p.capacity).toBeNull();
    else expect(p.seats).toContain(String(p.capacity));
  }
  expect(ps.some((p) => p.times === '10:00~12:00 / 14:00~16:00' && p.close === '16:00')).toBe(true);
  expect(ps.some((p) => p.times.includes('\n'))).toBe(true);
  expect(ps.some((p) => p.seats === '예약제 (회기당 1명)')).toBe(true);
  expect(ps.some((p) => p.target === '만 0~5세 자녀를 둔 부모' && p.primaryStage === 'INFANT' && p.ageMonths?.min === 0)).toBe(true);
  expect(ps.some((p) => p.primaryStage === 'PREGNANCY' && p.ageMonths === null)).toBe(true);
});

test('ticks: deterministic; a gone page leaves the list next tick; new programmes come after the existing keys', () => {
  const gone = w0.centrePrograms.find((p) => p.pageGone)!;
  const w1 = worldAt(SEED, 1);
  expect(w1.centrePrograms.some((p) => p.key === gone.key)).toBe(false);
  const w2 = worldAt(SEED, 2);
  const last = [...w0.centrePrograms.map((p) => p.key)].sort().at(-1)!;
  expect(w2.centrePrograms.some((p) => p.key > last)).toBe(true);
  expect(JSON.stringify(worldAt(SEED + 1, 0).centrePrograms)).not.toBe(JSON.stringify(w0.centrePrograms));
  const later = worldAt(SEED, 30).centrePrograms;
  expect(new Set(later.map((p) => p.key)).size).toBe(later.length);
  expect(new Set(later.map((p) => p.title)).size).toBe(later.length);
});
