import type { HouseholdFlag } from '../../common/benefits/criteria';
import { daysBetween, fullMonths } from './dates';
import type { Household, HouseholdMember } from './household';
import { medianIncome, medianTableFor } from './median-income';

/** The facts of a household at a date, computed once per (household, on) and shared by every policy. */
export interface HouseholdFacts {
  on: string;
  household: Household;
  /** Born children (CHILD, GRANDCHILD) with their age in months at `on`; null age = no birth date given. */
  children: { months: number | null; days: number | null; birthDate: string | null; grade: number | null }[];
  /** Babies on the way (a member with a due date and no birth date). */
  expected: number;
  /** Pregnancy weeks of the household's pregnancy, or null when nobody is pregnant. */
  pregnancyWeeks: number | null;
  /** Days to the nearest due date (given, or from the pregnancy weeks at 40 weeks), or null when nobody is pregnant. */
  dueInDays: number | null;
  applicantMonths: number | null;
  /** Household size for 기준중위소득 (members born or not yet born are not counted). */
  size: number;
  incomePercent: { min: number; max: number } | null;
  incomeSource: string;
  flags: Map<HouseholdFlag, boolean | null>;
}

const CHILD_RELATIONSHIPS = new Set(['CHILD', 'GRANDCHILD']);

function isExpected(m: HouseholdMember): boolean {
  return !m.birthDate && !!m.dueDate;
}

export function householdFacts(household: Household, on: string): HouseholdFacts {
  const born = household.members.filter((m) => !isExpected(m));
  const children = born
    .filter((m) => CHILD_RELATIONSHIPS.has(m.relationship))
    .map((m) => ({ months: m.birthDate ? fullMonths(m.birthDate, on) : null, days: m.birthDate ? daysBetween(m.birthDate, on) : null, birthDate: m.birthDate ?? null, grade: m.birthDate ? schoolGrade(m.birthDate, on) : null }));
  const expectedMembers = household.members.filter(isExpected);
  let pregnancyWeeks: number | null = null;
  for (const m of household.members) {
    if (m.pregnancyWeeks != null) pregnancyWeeks = Math.max(pregnancyWeeks ?? 0, m.pregnancyWeeks);
  }
  for (const m of expectedMembers) {
    // 40 weeks at the due date; a due date already passed is a birth not yet entered: still pregnant at 40+.
    const weeks = 40 - Math.ceil(daysBetween(on, m.dueDate!) / 7);
    pregnancyWeeks = Math.max(pregnancyWeeks ?? 0, Math.max(0, weeks));
  }
  const dues = expectedMembers.map((m) => Math.max(0, daysBetween(on, m.dueDate!)));
  const dueInDays = dues.length ? Math.min(...dues) : pregnancyWeeks != null ? Math.max(0, (40 - pregnancyWeeks) * 7) : null;
  const self = household.members.find((m) => m.relationship === 'SELF');
  const size = born.length;
  const table = medianTableFor(Number(on.slice(0, 4)));
  let incomePercent: HouseholdFacts['incomePercent'] = null;
  let incomeSource = '';
  if (household.monthlyIncomeKrw != null) {
    const p = (household.monthlyIncomeKrw / medianIncome(table, size)) * 100;
    incomePercent = { min: p, max: p };
    incomeSource = `${table.year}년 기준중위소득 ${size}인 ${medianIncome(table, size).toLocaleString('ko-KR')}원 대비 ${p.toFixed(1)}%`;
  } else if (household.medianIncomeBand) {
    incomePercent = { min: household.medianIncomeBand.minPercent, max: household.medianIncomeBand.maxPercent };
    incomeSource = `기준중위소득 ${household.medianIncomeBand.minPercent}~${household.medianIncomeBand.maxPercent}%`;
  }
  return {
    on,
    household,
    children,
    expected: expectedMembers.length,
    pregnancyWeeks,
    dueInDays,
    applicantMonths: self?.birthDate ? fullMonths(self.birthDate, on) : null,
    size,
    incomePercent,
    incomeSource,
    flags: deriveFlags(household, children, expectedMembers.length),
  };
}

/**
 * What the household says or what its members imply. Stated flags win;
 * otherwise a flag is derived only where the members decide it (1인 가구,
 * 쌍둥이, 맞벌이 from both parents' work), else false when the household said
 * its flags are complete, else unknown (null).
 */
function deriveFlags(h: Household, children: HouseholdFacts['children'], expected: number): Map<HouseholdFlag, boolean | null> {
  const stated = new Set(h.flags ?? []);
  const complete = !!h.flagsComplete;
  const flags = new Map<HouseholdFlag, boolean | null>();
  const fallback = (flag: HouseholdFlag): boolean | null => (stated.has(flag) ? true : complete ? false : null);
  for (const flag of ['SINGLE_PARENT', 'GRANDPARENT', 'MULTICULTURAL', 'NO_HOUSE', 'DISABILITY', 'BASIC_LIVELIHOOD', 'NEAR_POVERTY', 'NORTH_KOREAN_DEFECTOR', 'NEW_RESIDENT'] as HouseholdFlag[]) {
    flags.set(flag, fallback(flag));
  }
  flags.set('ONE_PERSON', stated.has('ONE_PERSON') || (h.members.length - expected === 1 && expected === 0) ? true : h.members.length - expected > 1 ? false : fallback('ONE_PERSON'));
  const births = new Map<string, number>();
  for (const c of children) if (c.birthDate) births.set(c.birthDate, (births.get(c.birthDate) ?? 0) + 1);
  const twins = [...births.values()].some((n) => n >= 2);
  flags.set('TWINS', stated.has('TWINS') || twins ? true : children.length + expected < 2 ? false : fallback('TWINS'));
  const parents = h.members.filter((m) => m.relationship === 'SELF' || m.relationship === 'SPOUSE');
  const working = (m: HouseholdMember) => m.employment === 'EMPLOYED' || m.employment === 'SELF_EMPLOYED' || m.employment === 'PARENTAL_LEAVE';
  let dual = fallback('DUAL_INCOME');
  if (stated.has('DUAL_INCOME')) dual = true;
  else if (parents.length === 2 && parents.every(working)) dual = true;
  else if (parents.some((m) => m.employment && !working(m))) dual = false;
  else if (parents.length === 1) dual = false;
  flags.set('DUAL_INCOME', dual);
  // 부부: a spouse among the members; a household of one adult, a 한부모 or 조손 household is not one.
  const adults = h.members.length - children.length - expected;
  flags.set('COUPLE', stated.has('COUPLE') || parents.length === 2 ? true : adults <= 1 || stated.has('SINGLE_PARENT') || stated.has('GRANDPARENT') ? false : fallback('COUPLE'));
  // 다자녀: 3+ children is 다자녀 under every rule; 2 is under some (서울 2자녀) — the policy says which.
  const count = children.length + expected;
  flags.set('MULTI_CHILD', stated.has('MULTI_CHILD') || count >= 3 ? true : count <= 1 ? false : complete ? false : null);
  return flags;
}

/**
 * The school grade (1 = 초1 … 6 = 초6, 7 = 중1 … 12 = 고3) at `on`: a child
 * born in year Y enters 초1 in March of Y+7 (the school year starts in March);
 * null before school or after 고3. Early or late entry is not modelled.
 */
export function schoolGrade(birthDate: string, on: string): number | null {
  const schoolYear = Number(on.slice(5, 7)) >= 3 ? Number(on.slice(0, 4)) : Number(on.slice(0, 4)) - 1;
  const grade = schoolYear - Number(birthDate.slice(0, 4)) - 6;
  return grade >= 1 && grade <= 12 ? grade : null;
}
