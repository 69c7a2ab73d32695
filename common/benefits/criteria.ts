/**
 * Eligibility criteria of a policy: the contract shared by the extractor
 * (structured source fields and Korean text), the store, curation and the
 * benefits judge. A policy's criteria are ANDed; `ANY_OF` groups options of
 * which one must hold. Unknown stays unknown: no criterion is invented.
 */
export type CriterionKind =
  | 'AGE'
  | 'PREGNANCY'
  | 'RESIDENCE'
  | 'INCOME'
  | 'HOUSEHOLD'
  | 'CHILD_ORDER'
  | 'EMPLOYMENT'
  | 'OTHER';

export type HouseholdFlag =
  | 'MULTI_CHILD'
  | 'TWINS'
  | 'SINGLE_PARENT'
  | 'GRANDPARENT'
  | 'MULTICULTURAL'
  | 'DUAL_INCOME'
  | 'ONE_PERSON'
  | 'NO_HOUSE'
  | 'DISABILITY'
  | 'BASIC_LIVELIHOOD'
  | 'NEAR_POVERTY'
  | 'NORTH_KOREAN_DEFECTOR'
  | 'NEW_RESIDENT'
  | 'COUPLE';

export const HOUSEHOLD_FLAGS: readonly HouseholdFlag[] = [
  'MULTI_CHILD', 'TWINS', 'SINGLE_PARENT', 'GRANDPARENT', 'MULTICULTURAL', 'DUAL_INCOME', 'ONE_PERSON',
  'NO_HOUSE', 'DISABILITY', 'BASIC_LIVELIHOOD', 'NEAR_POVERTY', 'NORTH_KOREAN_DEFECTOR', 'NEW_RESIDENT', 'COUPLE',
];

export type EmploymentStatus = 'EMPLOYED' | 'JOB_SEEKER' | 'SELF_EMPLOYED' | 'PARENTAL_LEAVE';

export interface Evidence {
  /** 'target' | 'benefit' | 'ages' | 'summary' | 'region' | 'supportConditions' | 'lifeArray' | 'trgterIndvdlArray' | 'curation' … */
  field: string;
  /** The matched sentence span, or the code, e.g. 'JA0403=Y'. */
  text: string;
  /** Offsets of `text` in the field's value (text criteria only). */
  start?: number;
  end?: number;
}

export type CriterionOrigin = 'STRUCTURED' | 'TEXT' | 'CURATED';

interface Base {
  /** Stable within the policy, e.g. 'age-child-0'. */
  id: string;
  origin: CriterionOrigin;
  evidence: Evidence;
  /** The source (site) the criterion was read from, when known. */
  sourceId?: string;
}

export type AgeCriterion = Base & {
  kind: 'AGE';
  subject: 'CHILD' | 'APPLICANT';
  minMonths?: number;
  /** Inclusive: 만 5세 이하 → 71. */
  maxMonths?: number;
  /** 출생일로부터 60일 이내 → 60. */
  withinDaysOfBirth?: number;
  /**
   * School years stated instead of ages (초등 1~3학년 → 1…3; 중1 = 7, 고1 = 10), inclusive. Never converted to
   * months by the extractor: the judge compares them with the child's grade (or asks).
   */
  minGrade?: number;
  maxGrade?: number;
  /**
   * A birth (or adoption) in the household is the condition (출산 가정, 출산·입양, 출생신고한, 출생일 기준 …):
   * the child's age bounds are the period after the birth the policy is open for.
   */
  birth?: boolean;
  /**
   * The text names a birth but no period after it: the extractor then bounds it at one year (maxMonths 11), the
   * longest application period of the catalogue's birth benefits, and says so (the requirement shows it as assumed).
   */
  windowAssumed?: boolean;
  /** A birth criterion that a pregnancy meets from N days before the due date (출산 예정일 40일 전부터 → 40). */
  dueWithinDays?: number;
  /** Born on or after this date (2024년 이후 출생 → 2024-01-01). */
  bornOnOrAfter?: string;
};
export type PregnancyCriterion = Base & { kind: 'PREGNANCY'; minWeeks?: number; maxWeeks?: number };
export type ResidenceCriterion = Base & {
  kind: 'RESIDENCE';
  /** Official names as in common/regions.ts. */
  sido?: string;
  sigungu?: string;
  minMonths?: number;
  /** `minMonths` counts at the child's birth (출생일 기준 6개월 이상 거주): months of residence minus the child's age. */
  atBirth?: boolean;
};
export type IncomeCriterion = Base & { kind: 'INCOME'; maxMedianPercent?: number; minMedianPercent?: number };
export type HouseholdCriterion = Base & {
  kind: 'HOUSEHOLD';
  flag: HouseholdFlag;
  /** MULTI_CHILD when the text says how many (세 자녀 이상 → 3, 2자녀 이상 → 2); absent for a bare 다자녀. */
  minChildren?: number;
};
/** 셋째 자녀부터 → 3. */
export type ChildOrderCriterion = Base & { kind: 'CHILD_ORDER'; minOrder: number };
export type EmploymentCriterion = Base & { kind: 'EMPLOYMENT'; status: EmploymentStatus };
export type OtherCriterion = Base & { kind: 'OTHER'; text: string };
/** One of the options must hold, e.g. 한부모 또는 조손 또는 다자녀. */
export type AnyOfCriterion = Base & { kind: 'ANY_OF'; options: Criterion[] };

export type Criterion =
  | AgeCriterion
  | PregnancyCriterion
  | ResidenceCriterion
  | IncomeCriterion
  | HouseholdCriterion
  | ChildOrderCriterion
  | EmploymentCriterion
  | OtherCriterion
  | AnyOfCriterion;

/** A policy's criteria are ANDed. Unknown stays unknown: no criterion is invented. */
export interface PolicyCriteria {
  policyId: string;
  criteria: Criterion[];
  extractorVersion: number;
}

/** Bumped whenever the extractor changes what it derives; stored criteria of an older version are re-derived. */
export const EXTRACTOR_VERSION = 2;
