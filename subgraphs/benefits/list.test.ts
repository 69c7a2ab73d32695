import type { Criterion } from '../../common/benefits/criteria';
import { upcoming, verdictsAll, explain, judgeAll } from './list';
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
