import type { Criterion } from '../../common/benefits/criteria';
import { HubError } from '../../common/errors';
import { addMonths, fullMonths } from './dates';
import { householdFacts, judge, NO_CRITERIA_QUESTION } from './evaluate';
import { validateHousehold, type Household } from './household';
import { medianIncome, medianTableFor } from './median-income';

const ON = '2026-03-01';
const ev = (text: string) => ({ field: 'target', text });
const age = (id: string, minMonths?: number, maxMonths?: number, extra: Partial<Criterion> = {}): Criterion => ({ id, kind: 'AGE', subject: 'CHILD', origin: 'TEXT', evidence: ev('만 0~5세'), minMonths, maxMonths, ...extra }) as Criterion;
const res = (sigungu: string, minMonths?: number): Criterion => ({ id: 'res', kind: 'RESIDENCE', sido: '서울특별시', sigungu, minMonths, origin: 'TEXT', evidence: ev(`${sigungu} 거주`) });
const income = (max: number): Criterion => ({ id: 'inc', kind: 'INCOME', maxMedianPercent: max, origin: 'TEXT', evidence: ev(`기준중위소득 ${max}% 이하`) });
const flag = (f: any): Criterion => ({ id: `hh-${f}`, kind: 'HOUSEHOLD', flag: f, origin: 'STRUCTURED', evidence: { field: 'supportConditions', text: 'JA0403=Y' } });
const preg = (minWeeks: number): Criterion => ({ id: 'preg', kind: 'PREGNANCY', minWeeks, origin: 'TEXT', evidence: ev(`임신 ${minWeeks}주 이상`) });
const birth = (extra: Partial<Extract<Criterion, { kind: 'AGE' }>>): Criterion => ({ id: 'birth', kind: 'AGE', subject: 'CHILD', birth: true, origin: 'TEXT', evidence: ev('출산 가정'), ...extra }) as Criterion;
const other = (text: string): Criterion => ({ id: 'other', kind: 'OTHER', text, origin: 'TEXT', evidence: ev(text) });

const family = (over: Partial<Household> = {}): Household => ({
  members: [{ relationship: 'SELF', birthDate: '1990-05-01', employment: 'EMPLOYED' }, { relationship: 'SPOUSE', birthDate: '1991-01-01', employment: 'EMPLOYED' }, { relationship: 'CHILD', birthDate: '2023-02-15' }],
  region: { sido: '서울특별시', sigungu: '강남구', monthsOfResidence: 24 },
  monthlyIncomeKrw: 5_000_000,
  flagsComplete: true,
  ...over,
});

function verdictOf(criteria: Criterion[], h: Household = family(), on = ON) {
  return judge(criteria, householdFacts(h, on));
}

describe('dates (만 나이)', () => {
  for (const [from, to, months] of [
    ['2025-03-01', '2026-03-01', 12],
    ['2025-03-02', '2026-03-01', 11],
    ['2020-02-29', '2026-02-28', 71],
    ['2026-01-31', '2026-03-01', 1],
  ] as const) it(`${from} → ${to} is ${months} full months`, () => expect(fullMonths(from, to)).toBe(months));
  it('adds months clamped to the month end', () => expect(addMonths('2026-01-31', 1)).toBe('2026-02-28'));
});

describe('기준중위소득 table', () => {
  it('picks the year of `on`, or the latest before it', () => {
    expect(medianTableFor(2026).year).toBe(2026);
    expect(medianTableFor(2030).year).toBe(2026);
    expect(medianTableFor(2020).year).toBe(2025);
    expect(medianIncome(medianTableFor(2025), 4)).toBe(6_097_773);
    // 7 persons: 6-person amount + (6 − 5) difference
    expect(medianIncome(medianTableFor(2026), 7)).toBe(8_555_952 + (8_555_952 - 7_556_719));
  });
});

describe('judge', () => {
  const cases: [string, Criterion[], Household, string, string?][] = [
    ['age in range', [age('a', 0, 71)], family(), 'ELIGIBLE'],
    ['age too old', [age('a', 0, 23)], family(), 'NOT_ELIGIBLE', 'a'],
    ['inclusive upper bound: 71 months is 만 5세', [age('a', 0, 71)], family({ members: [{ relationship: 'SELF' }, { relationship: 'CHILD', birthDate: '2020-03-01' }] }), 'NOT_ELIGIBLE', 'a'],
    ['71 months is in', [age('a', 0, 71)], family({ members: [{ relationship: 'SELF' }, { relationship: 'CHILD', birthDate: '2020-03-02' }] }), 'ELIGIBLE'],
    ['within 60 days of birth', [age('a', undefined, undefined, { withinDaysOfBirth: 60 })], family({ members: [{ relationship: 'SELF' }, { relationship: 'CHILD', birthDate: '2026-01-15' }] }), 'ELIGIBLE'],
    ['past 60 days of birth', [age('a', undefined, undefined, { withinDaysOfBirth: 60 })], family(), 'NOT_ELIGIBLE', 'a'],
    ['other district', [res('노원구')], family(), 'NOT_ELIGIBLE', 'res'],
    ['residence months unknown', [res('강남구', 6)], family({ region: { sido: '서울특별시', sigungu: '강남구' } }), 'MAYBE'],
    ['residence months short', [res('강남구', 6)], family({ region: { sido: '서울특별시', sigungu: '강남구', monthsOfResidence: 3 } }), 'NOT_ELIGIBLE', 'res'],
    ['income under the line (3 persons, 2026)', [income(150)], family(), 'ELIGIBLE'],
    ['income over the line', [income(60)], family(), 'NOT_ELIGIBLE', 'inc'],
    ['income unknown', [income(150)], family({ monthlyIncomeKrw: null }), 'MAYBE'],
    ['band inside', [income(100)], family({ monthlyIncomeKrw: null, medianIncomeBand: { minPercent: 51, maxPercent: 75 } }), 'ELIGIBLE'],
    ['band straddles', [income(63)], family({ monthlyIncomeKrw: null, medianIncomeBand: { minPercent: 51, maxPercent: 75 } }), 'MAYBE'],
    ['single parent stated', [flag('SINGLE_PARENT')], family({ flags: ['SINGLE_PARENT'] }), 'ELIGIBLE'],
    ['single parent: flags complete, not listed', [flag('SINGLE_PARENT')], family(), 'NOT_ELIGIBLE', 'hh-SINGLE_PARENT'],
    ['single parent not asked', [flag('SINGLE_PARENT')], family({ flagsComplete: false }), 'MAYBE'],
    ['dual income from both parents working', [flag('DUAL_INCOME')], family({ flagsComplete: false }), 'ELIGIBLE'],
    ['twins from birth dates', [flag('TWINS')], family({ members: [{ relationship: 'SELF' }, { relationship: 'CHILD', birthDate: '2026-02-01' }, { relationship: 'CHILD', birthDate: '2026-02-01' }] }), 'ELIGIBLE'],
    ['pregnant 20 weeks via due date', [preg(12)], family({ members: [{ relationship: 'SELF' }, { relationship: 'CHILD', dueDate: addMonths(ON, 4) }] }), 'ELIGIBLE'],
    ['not pregnant', [preg(12)], family(), 'NOT_ELIGIBLE', 'preg'],
    ['third child', [{ id: 'ord', kind: 'CHILD_ORDER', minOrder: 3, origin: 'TEXT', evidence: ev('셋째 자녀부터') }], family(), 'NOT_ELIGIBLE', 'ord'],
    ['free text stays unknown', [age('a', 0, 71), other('맞벌이 등 돌봄 공백 가정')], family(), 'MAYBE'],
    ['one failing beats unknowns', [other('x'), res('노원구')], family(), 'NOT_ELIGIBLE', 'res'],
    ['any of: one met', [{ id: 'any', kind: 'ANY_OF', options: [flag('SINGLE_PARENT'), flag('GRANDPARENT')], origin: 'TEXT', evidence: ev('한부모·조손') }], family({ flags: ['GRANDPARENT'] }), 'ELIGIBLE'],
    ['any of: all failed', [{ id: 'any', kind: 'ANY_OF', options: [flag('SINGLE_PARENT'), flag('GRANDPARENT')], origin: 'TEXT', evidence: ev('한부모·조손') }], family(), 'NOT_ELIGIBLE', 'any'],
    // Births (출산 가정 …): the period after the birth, a pregnancy before the due date, residence counted at the birth.
    ['birth within the stated 60 days', [birth({ withinDaysOfBirth: 60 })], family({ members: [{ relationship: 'SELF' }, { relationship: 'CHILD', birthDate: '2026-02-01' }] }), 'ELIGIBLE'],
    ['birth 70 days ago is past 60 days', [birth({ withinDaysOfBirth: 60 })], family({ members: [{ relationship: 'SELF' }, { relationship: 'CHILD', birthDate: '2025-12-21' }] }), 'NOT_ELIGIBLE', 'birth'],
    ['pregnant, no application before the birth', [birth({ withinDaysOfBirth: 60 })], family({ members: [{ relationship: 'SELF', pregnancyWeeks: 20 }] }), 'NOT_ELIGIBLE', 'birth'],
    ['pregnant, due within the 40 days before the birth', [birth({ withinDaysOfBirth: 60, dueWithinDays: 40 })], family({ members: [{ relationship: 'SELF' }, { relationship: 'CHILD', dueDate: '2026-03-30' }] }), 'ELIGIBLE'],
    ['pregnant, due later: asked when', [birth({ withinDaysOfBirth: 60, dueWithinDays: 40 })], family({ members: [{ relationship: 'SELF', pregnancyWeeks: 20 }] }), 'MAYBE'],
    ['born in 2024 or later', [birth({ bornOnOrAfter: '2024-01-01' })], family({ members: [{ relationship: 'SELF' }, { relationship: 'CHILD', birthDate: '2024-06-01' }] }), 'ELIGIBLE'],
    ['born before 2024', [birth({ bornOnOrAfter: '2024-01-01' })], family(), 'NOT_ELIGIBLE', 'birth'],
    ['assumed one-year period: 10 months in', [birth({ maxMonths: 11, windowAssumed: true })], family({ members: [{ relationship: 'SELF' }, { relationship: 'CHILD', birthDate: '2025-05-01' }] }), 'ELIGIBLE'],
    ['assumed one-year period: 3 years is out', [birth({ maxMonths: 11, windowAssumed: true })], family(), 'NOT_ELIGIBLE', 'birth'],
    ['6 months lived there at the birth', [birth({ maxMonths: 11, windowAssumed: true }), { ...res('강남구', 6), atBirth: true } as Criterion], family({ members: [{ relationship: 'SELF' }, { relationship: 'CHILD', birthDate: '2026-01-20' }], region: { sido: '서울특별시', sigungu: '강남구', monthsOfResidence: 8 } }), 'ELIGIBLE'],
    ['moved in after the birth', [birth({ maxMonths: 11, windowAssumed: true }), { ...res('강남구', 6), atBirth: true } as Criterion], family({ members: [{ relationship: 'SELF' }, { relationship: 'CHILD', birthDate: '2025-10-01' }], region: { sido: '서울특별시', sigungu: '강남구', monthsOfResidence: 3 } }), 'NOT_ELIGIBLE', 'res'],
    ['부부 from a spouse among the members', [flag('COUPLE')], family(), 'ELIGIBLE'],
    ['부부: a one-adult household is not', [flag('COUPLE')], family({ members: [{ relationship: 'SELF' }, { relationship: 'CHILD', birthDate: '2020-01-01' }], flagsComplete: false }), 'NOT_ELIGIBLE', 'hh-COUPLE'],
    ['맞벌이 가정 등: not dual income is asked, not refused', [{ id: 'any', kind: 'ANY_OF', options: [flag('DUAL_INCOME'), other('맞벌이 가정 등')], origin: 'TEXT', evidence: ev('맞벌이 가정 등') }], family({ members: [{ relationship: 'SELF', employment: 'EMPLOYED' }, { relationship: 'SPOUSE', employment: 'NOT_WORKING' }] }), 'MAYBE'],
  ];
  // A loop, not it.each: rows without a failing id are one element short, and it.each would take the
  // fifth parameter for a `done` callback and wait for it.
  for (const [name, criteria, household, verdict, failingId] of cases) it(name, () => {
    const j = verdictOf(criteria, household);
    expect(j.verdict).toBe(verdict);
    if (verdict === 'NOT_ELIGIBLE') {
      // Every NOT_ELIGIBLE names a failing criterion with its evidence.
      expect(j.failing?.criterionId).toBe(failingId);
      expect(j.failing?.evidence.text).toBeTruthy();
      expect(j.failing?.requirement).toBeTruthy();
    }
    if (verdict === 'MAYBE') {
      // Every MAYBE names the deciding question.
      expect(j.question?.ko).toMatch(/\?|확인하세요/);
      expect(j.question?.en).toBeTruthy();
    }
  });

  it('asks the residence question in the words of the brief', () => {
    const j = verdictOf([res('강남구', 6)], family({ region: { sido: '서울특별시', sigungu: '강남구' } }));
    expect(j.question).toEqual({ ko: '거주 기간이 6개월 이상인가요?', en: 'Have you lived there 6 months or more?' });
  });

  it('a policy with no criteria is MAYBE, never ELIGIBLE', () => {
    const j = verdictOf([], family());
    expect(j.verdict).toBe('MAYBE');
    expect(j.question).toEqual(NO_CRITERIA_QUESTION);
  });

  it('reports the household value and the requirement in Korean', () => {
    const j = verdictOf([income(60)], family());
    expect(j.failing).toMatchObject({ requirement: '기준중위소득 60% 이하', status: 'FAILED' });
    expect(j.failing?.householdValue).toContain('2026년 기준중위소득 3인');
  });
});

describe('validateHousehold', () => {
  const base = { members: [{ relationship: 'SELF' }], region: { sido: '서울', sigungu: '강남구' } };
  const field = (input: unknown): string => {
    try {
      validateHousehold(input, ON);
    } catch (e) {
      expect(e).toBeInstanceOf(HubError);
      expect((e as HubError).extensions.code).toBe('BAD_USER_INPUT');
      return (e as HubError).extensions.field as string;
    }
    throw new Error('accepted');
  };
  it('normalises region names', () => expect(validateHousehold(base, ON).region).toEqual({ sido: '서울특별시', sigungu: '강남구', monthsOfResidence: null }));
  it.each([
    ['unknown sido', { ...base, region: { sido: '서울도' } }, 'household.region.sido'],
    ['unknown district', { ...base, region: { sido: '서울', sigungu: '강서군' } }, 'household.region.sigungu'],
    ['birth date in the future', { ...base, members: [{ relationship: 'SELF' }, { relationship: 'CHILD', birthDate: '2026-03-02' }] }, 'household.members.1.birthDate'],
    ['40 members', { ...base, members: Array.from({ length: 40 }, () => ({ relationship: 'CHILD' })) }, 'household.members'],
    ['negative income', { ...base, monthlyIncomeKrw: -1 }, 'household.monthlyIncomeKrw'],
    ['not a date', { ...base, members: [{ relationship: 'SELF', birthDate: '2026-02-30' }] }, 'household.members.0.birthDate'],
  ])('%s → BAD_USER_INPUT naming the field', (_n, input, name) => expect(field(input)).toBe(name));
});
