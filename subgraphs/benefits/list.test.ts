import type { Criterion } from '../../common/benefits/criteria';
import { upcoming, verdictsAll, verdictPage, explain, judgeAll } from './list';
import { validateHousehold } from './household';
import type { Household } from './household';
import type { PolicyEntry } from './snapshot';

const ev = (text: string) => ({ field: 'target', text });
const entry = (id: string, name: string, criteria: Criterion[], amountKrw: number | null = null): PolicyEntry => ({
  id, typename: 'InfantPolicy', name, primaryStage: 'INFANT', stages: ['INFANT'], sido: null, sigungu: null, amountKrw, deadline: null, contentHash: id, criteria,
  timeDependent: criteria.some((c) => c.kind === 'AGE' || c.kind === 'PREGNANCY'),
});
const POLICIES = [
  entry('p1', '부모급여', [{ id: 'a', kind: 'AGE', subject: 'CHILD', minMonths: 0, maxMonths: 23, origin: 'TEXT', evidence: ev('0~23개월') }], 1_000_000),
  entry('p2', '아동수당', [{ id: 'a', kind: 'AGE', subject: 'CHILD', maxMonths: 95, origin: 'TEXT', evidence: ev('만 8세 미만') }], 100_000),
  entry('p3', '초등돌봄', [{ id: 'a', kind: 'AGE', subject: 'CHILD', minGrade: 1, maxGrade: 2, origin: 'TEXT', evidence: ev('초등 1~2학년') }]),
  entry('p4', '강남구 출산지원금', [{ id: 'r', kind: 'RESIDENCE', sido: '서울특별시', sigungu: '강남구', minMonths: 6, origin: 'TEXT', evidence: ev('6개월 이상 강남구에 거주') }], 2_000_000),
  entry('p5', '어린이집 보육료', [{ id: 'a', kind: 'AGE', subject: 'CHILD', maxMonths: 71, origin: 'TEXT', evidence: ev('만 0~5세') }, { id: 'o', kind: 'OTHER', text: '어린이집 이용', origin: 'TEXT', evidence: ev('어린이집을 이용하는') }], 500_000),
];
const seven: Household = { members: [{ relationship: 'SELF' }, { relationship: 'CHILD', birthDate: '2018-09-01' }], region: { sido: '서울특별시', sigungu: '강남구', monthsOfResidence: 24 }, flagsComplete: true };
const expecting: Household = { members: [{ relationship: 'SELF' }, { relationship: 'CHILD', dueDate: '2026-06-15' }], region: { sido: '서울특별시', sigungu: '노원구', monthsOfResidence: 24 }, flagsComplete: true };

test('sorted: ELIGIBLE first, then MAYBE, then NOT_ELIGIBLE; by amount within', () => {
  const rows = judgeAll(POLICIES, seven, '2026-03-01', { stages: null, region: null, verdicts: null });
  expect(rows.map((r) => [r.policy.name, r.verdict])).toEqual([
    ['아동수당', 'ELIGIBLE'],
    ['초등돌봄', 'ELIGIBLE'],
    ['강남구 출산지원금', 'MAYBE'], // residence alone is never a whole rule
    ['부모급여', 'NOT_ELIGIBLE'],
    ['어린이집 보육료', 'NOT_ELIGIBLE'],
  ]);
  // The cheap pass and the explained one agree.
  const quick = verdictsAll(POLICIES, seven, '2026-03-01', { stages: null, region: null, verdicts: null });
  expect(explain(quick, seven, '2026-03-01').map((r) => r.verdict)).toEqual(quick.map((r) => r.verdict));
});

test('upcoming: 아동수당 ends at 만 8세, 초등돌봄 ends after 초2', () => {
  const rows = upcoming(POLICIES, seven, '2026-03-01', 24);
  expect(rows.map((r) => [r.policy.name, r.change, r.date])).toEqual([
    ['아동수당', 'ENDS', '2026-09-01'],
    ['초등돌봄', 'ENDS', '2027-03-01'],
  ]);
});

test('upcoming: the baby on the way opens 부모급여 and 보육료 (maybe) on the due date', () => {
  const rows = upcoming(POLICIES, expecting, '2026-03-01', 30);
  // The first change of each policy by name; every later one is in `rows` too.
  const by: Record<string, (typeof rows)[number]> = {};
  for (const r of rows) by[r.policy.name] ??= r;
  expect(by['부모급여']).toMatchObject({ change: 'OPENS', date: '2026-06-15', verdict: 'ELIGIBLE', reason: '출산 예정일' });
  // …and, within the same 30 months, it ends again when the baby turns 2 (every change, not only the first).
  expect(rows.filter((r) => r.policy.name === '부모급여').map((r) => [r.change, r.date])).toEqual([['OPENS', '2026-06-15'], ['ENDS', '2028-06-15']]);
  expect(by['아동수당']).toMatchObject({ change: 'OPENS', date: '2026-06-15' });
  expect(by['어린이집 보육료']).toMatchObject({ change: 'OPENS', verdict: 'MAYBE' });
});

test('verdictPage (judging only the household\'s own region) answers the same rows, order and counts as verdictsAll', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { benchEntries } = require('../../bench/benefits/index') as typeof import('../../bench/benefits/index');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { generatedHouseholds } = require('../../bench/benefits/http') as typeof import('../../bench/benefits/http');
  const entries = benchEntries(3000);
  const none = { stages: null, region: null, verdicts: null };
  const households = (generatedHouseholds(60) as { variables: { h: unknown } }[]).map((b) => validateHousehold(b.variables.h, '2026-03-01'));
  let compared = 0;
  for (const h of households) {
    const all = verdictsAll(entries, h, '2026-03-01', none);
    const head = all.filter((r) => r.verdict !== 'NOT_ELIGIBLE').length;
    for (const offset of [0, 7, Math.max(0, head - 3), head, head + 11, all.length - 5]) {
      const page = verdictPage(entries, h, '2026-03-01', none, offset, 20);
      expect(page.rows.map((r) => [r.policy.id, r.verdict])).toEqual(all.slice(offset, offset + 20).map((r) => [r.policy.id, r.verdict]));
      expect(page.totalCount).toBe(all.length);
      expect(page.counts.eligible + page.counts.maybe).toBe(head);
      compared++;
    }
  }
  expect(compared).toBe(360);
  // Some households must have something eligible or maybe, or the comparison proves little.
  expect(households.filter((h) => verdictsAll(entries, h, '2026-03-01', none).some((r) => r.verdict !== 'NOT_ELIGIBLE')).length).toBeGreaterThan(30);
});
