import type { HouseholdFlag } from '../../common/benefits/criteria';

/** The question that would decide an unknown criterion, Korean first. */
export interface Question {
  ko: string;
  en: string;
}

export const FLAG_KO: Record<HouseholdFlag, string> = {
  MULTI_CHILD: '다자녀 가구',
  TWINS: '쌍둥이(다태아) 가구',
  SINGLE_PARENT: '한부모 가구',
  GRANDPARENT: '조손 가구',
  MULTICULTURAL: '다문화 가족',
  DUAL_INCOME: '맞벌이 가구',
  ONE_PERSON: '1인 가구',
  NO_HOUSE: '무주택 세대',
  DISABILITY: '장애인 가구원',
  BASIC_LIVELIHOOD: '기초생활수급 가구',
  NEAR_POVERTY: '차상위 가구',
  NORTH_KOREAN_DEFECTOR: '북한이탈주민',
  NEW_RESIDENT: '신규 전입 가구',
  COUPLE: '부부 (배우자와 함께 사는 가구)',
};

const FLAG_EN: Record<HouseholdFlag, string> = {
  MULTI_CHILD: 'a multi-child household',
  TWINS: 'a household with twins or more',
  SINGLE_PARENT: 'a single-parent household',
  GRANDPARENT: 'a grandparent-headed household',
  MULTICULTURAL: 'a multicultural family',
  DUAL_INCOME: 'a dual-income household',
  ONE_PERSON: 'a one-person household',
  NO_HOUSE: 'a household owning no house',
  DISABILITY: 'a household with a disabled member',
  BASIC_LIVELIHOOD: 'a basic livelihood recipient household',
  NEAR_POVERTY: 'a near-poverty household',
  NORTH_KOREAN_DEFECTOR: 'a North Korean defector',
  NEW_RESIDENT: 'a household that moved in recently',
  COUPLE: 'a married couple',
};

export function flagQuestion(flag: HouseholdFlag): Question {
  return { ko: `${FLAG_KO[flag]}인가요?`, en: `Are you ${FLAG_EN[flag]}?` };
}

export function otherQuestion(text: string): Question {
  return { ko: `다음 조건에 해당하나요? ${text}`, en: `Does this condition apply to you? ${text}` };
}

/** 0–71 → 만 0~5세; 14–71 → 14~71개월; one bound only → 이상 / 이하. */
export function monthsLabel(min?: number, max?: number): string {
  const years = (m: number) => m % 12 === 0;
  if (min != null && max != null) {
    if (years(min) && years(max + 1)) return `만 ${min / 12}~${(max + 1) / 12 - 1}세`;
    return `${min}~${max}개월`;
  }
  if (max != null) return years(max + 1) ? `만 ${(max + 1) / 12 - 1}세 이하` : `${max}개월 이하`;
  if (min != null) return years(min) ? `만 ${min / 12}세 이상` : `${min}개월 이상`;
  return '나이 조건';
}
