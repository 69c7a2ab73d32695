import { z } from 'zod';
import { HOUSEHOLD_FLAGS, type EmploymentStatus, type HouseholdFlag } from '../../common/benefits/criteria';
import { badInput } from '../../common/errors';
import { findSido, findSigungu } from '../../common/regions';

/**
 * A household as the benefits judge sees it (glossary: 가구원 member,
 * 관계 relationship, 출산예정일 due date, 거주기간 months of residence,
 * 기준중위소득 구간 median-income band). Nothing here is stored unless the
 * caller saves it (alerts); nothing here is ever logged.
 */
export const RELATIONSHIPS = ['SELF', 'SPOUSE', 'CHILD', 'GRANDCHILD', 'PARENT', 'GRANDPARENT', 'OTHER'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];
export const EMPLOYMENT_STATUSES = ['EMPLOYED', 'JOB_SEEKER', 'SELF_EMPLOYED', 'PARENTAL_LEAVE', 'NOT_WORKING'] as const;

export interface HouseholdMember {
  relationship: Relationship;
  /** YYYY-MM-DD. A member with a due date and no birth date is a baby on the way. */
  birthDate?: string | null;
  dueDate?: string | null;
  /** Weeks of pregnancy at `on` of a pregnant member (alternative to a due date). */
  pregnancyWeeks?: number | null;
  employment?: EmploymentStatus | 'NOT_WORKING' | null;
}

export interface Household {
  members: HouseholdMember[];
  region: { sido: string; sigungu?: string | null; monthsOfResidence?: number | null };
  monthlyIncomeKrw?: number | null;
  /** A band of 기준중위소득 in percent, when the amount is not given: e.g. {min: 51, max: 75}. */
  medianIncomeBand?: { minPercent: number; maxPercent: number } | null;
  /** Facts that hold (한부모, 다문화 …). */
  flags?: HouseholdFlag[] | null;
  /** The flags listed are all that hold: an unlisted flag is false, not unknown. */
  flagsComplete?: boolean | null;
}

export const MAX_MEMBERS = 20;
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s, 'not a calendar date');

const memberSchema = z.object({
  relationship: z.enum(RELATIONSHIPS),
  birthDate: date.nullish(),
  dueDate: date.nullish(),
  pregnancyWeeks: z.number().int().min(0).max(45).nullish(),
  employment: z.enum(EMPLOYMENT_STATUSES).nullish(),
});

export const householdSchema = z.object({
  members: z.array(memberSchema).min(1).max(MAX_MEMBERS),
  region: z.object({ sido: z.string().min(1).max(40), sigungu: z.string().max(40).nullish(), monthsOfResidence: z.number().int().min(0).max(1500).nullish() }),
  monthlyIncomeKrw: z.number().int().min(0).max(10_000_000_000).nullish(),
  medianIncomeBand: z.object({ minPercent: z.number().min(0).max(1000), maxPercent: z.number().min(0).max(1000) }).refine((b) => b.minPercent <= b.maxPercent, 'minPercent ≤ maxPercent').nullish(),
  flags: z.array(z.enum(HOUSEHOLD_FLAGS as [HouseholdFlag, ...HouseholdFlag[]])).max(HOUSEHOLD_FLAGS.length * 2).nullish(),
  flagsComplete: z.boolean().nullish(),
});

const FIELD_KO: Record<string, string> = {
  members: '가구원',
  birthDate: '생년월일',
  dueDate: '출산예정일',
  monthlyIncomeKrw: '월 소득',
  region: '지역',
};

/**
 * Validates and normalises a household (regions to official names) at date
 * `on`. Errors are BAD_USER_INPUT naming the field path (`household.members.2.birthDate`).
 */
export function validateHousehold(input: unknown, on: string, prefix = 'household'): Household {
  const parsed = householdSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = [prefix, ...issue.path.map(String)].join('.');
    const last = String(issue.path.filter((p) => typeof p === 'string').at(-1) ?? '');
    if (last === 'members' && issue.code === 'too_big') {
      throw badInput(field, `가구원은 최대 ${MAX_MEMBERS}명입니다.`, `A household has at most ${MAX_MEMBERS} members.`);
    }
    if (last === 'monthlyIncomeKrw' && issue.code === 'too_small') {
      throw badInput(field, '월 소득은 0 이상이어야 합니다.', 'Monthly income must not be negative.');
    }
    throw badInput(field, `${FIELD_KO[last] ?? field} 값이 올바르지 않습니다: ${issue.message}`, `Invalid value of ${field}: ${issue.message}`);
  }
  const h = parsed.data;
  const sido = findSido(h.region.sido.trim());
  if (!sido) throw badInput(`${prefix}.region.sido`, `알 수 없는 시도입니다: ${h.region.sido}`, `Unknown region (sido): ${h.region.sido}`);
  let sigungu: string | null = null;
  if (h.region.sigungu && h.region.sigungu.trim() !== '') {
    const found = findSigungu(sido.name, h.region.sigungu.trim());
    if (!found) throw badInput(`${prefix}.region.sigungu`, `${sido.name}에 없는 시군구입니다: ${h.region.sigungu}`, `Unknown region: ${h.region.sigungu} is not a district of ${sido.name}`);
    sigungu = found.name;
  }
  h.members.forEach((m, i) => {
    if (m.birthDate && m.birthDate > on) {
      throw badInput(`${prefix}.members.${i}.birthDate`, `생년월일이 미래입니다 (${on} 기준).`, `The birth date is in the future (as of ${on}).`);
    }
    if (m.birthDate && m.dueDate) {
      throw badInput(`${prefix}.members.${i}.dueDate`, '생년월일과 출산예정일 중 하나만 적어 주세요.', 'Give either a birth date or a due date, not both.');
    }
  });
  return {
    ...h,
    members: h.members.map((m) => ({ ...m })),
    region: { sido: sido.name, sigungu, monthsOfResidence: h.region.monthsOfResidence ?? null },
  } as Household;
}
