/**
 * The canonical record (DESIGN contract 1): what every adapter emits and the
 * catalog stores. Nothing downstream knows which site a record came from
 * except through `provenance`.
 *
 * Glossary of Korean domain terms used in names here:
 * - 어린이집 childcare centre (0–5 years); 유치원 kindergarten (3–5 years)
 * - 정원 capacity; 현원 current enrolment; 반 class; 만N세 age class N (international age)
 * - 특수보육 / 제공서비스 special care offered (야간연장 night, 휴일 holiday, 24시간, 장애아통합 …)
 * - 산후조리원 postpartum care centre; 보건소 public health centre
 * - 지역아동센터 local children's centre; 다함께돌봄센터 community after-school care; 초등돌봄교실 school care class
 * - 청소년수련관 youth training centre; 청소년문화의집 youth culture house
 * - 지원정책 support policy: 지원대상 target, 지원내용 benefit, 신청방법 how to apply, 신청기간 application period
 * - 시도 / 시군구 province-level / district-level region
 */

export const STAGES = ['PREGNANCY', 'INFANT', 'ELEMENTARY', 'YOUTH'] as const;
/** Lifecycle stage (생애주기): 임신·출산, 영유아, 초등, 청소년. */
export type Stage = (typeof STAGES)[number];

export const RECORD_KINDS = ['POLICY', 'FACILITY', 'PROGRAM'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Facility kinds (시설 종류), DOMAIN "Facility kinds and flags". */
export const FACILITY_KINDS = {
  CHILDCARE_CENTER: '어린이집',
  KINDERGARTEN: '유치원',
  HOURLY_CARE_PROVIDER: '시간제보육 제공기관',
  CHILDCARE_SUPPORT_CENTER: '육아종합지원센터',
  SHARED_PARENTING_SPACE: '공동육아나눔터',
  LOCAL_CHILDREN_CENTER: '지역아동센터',
  COMMUNITY_CARE_CENTER: '다함께돌봄센터',
  ELEMENTARY_CARE_CLASS: '초등돌봄교실',
  YOUTH_TRAINING_CENTER: '청소년수련관',
  YOUTH_CULTURE_HOUSE: '청소년문화의집',
  YOUTH_COUNSELING_CENTER: '청소년상담복지센터',
  POSTPARTUM_CARE_CENTER: '산후조리원',
  PUBLIC_HEALTH_CENTER: '보건소',
  EMERGENCY_CARE_CENTER: '24시간 긴급돌봄센터',
  HOSPITAL_CHILD_CARE: '입원아동 돌봄',
  MULTICULTURAL_FAMILY_CENTER: '다문화가족지원센터',
  FAMILY_CENTER: '건강가정지원센터',
  OTHER: '기타',
} as const;
export type FacilityKind = keyof typeof FACILITY_KINDS;

/** Special-care flags (특수보육). */
export const SPECIAL_CARE = {
  DISABLED_SPECIALIZED: '장애아전문',
  DISABLED_INTEGRATED: '장애아통합',
  MULTICULTURAL: '다문화',
  EXTENDED_HOURS: '시간연장',
  NIGHT: '야간연장',
  HOLIDAY: '휴일',
  TWENTY_FOUR_HOURS: '24시간',
  INFANT_SPECIALIZED: '영아전문',
  AFTER_SCHOOL: '방과후',
  HOURLY: '시간제보육',
  EMERGENCY: '긴급',
} as const;
export type SpecialCare = keyof typeof SPECIAL_CARE;

/** 어린이집 유형. Priority rules do not apply at WORKPLACE and COOPERATIVE centres. */
export const CENTER_TYPES = {
  NATIONAL_PUBLIC: '국공립',
  SOCIAL_WELFARE_CORPORATION: '사회복지법인',
  CORPORATION_ORGANIZATION: '법인·단체등',
  PRIVATE: '민간',
  HOME: '가정',
  COOPERATIVE: '협동',
  WORKPLACE: '직장',
} as const;
export type CenterType = keyof typeof CENTER_TYPES;

/** Where a record came from. `adapter` is `name@version`. */
export interface Provenance {
  siteId: string;
  url: string;
  fetchedAt: string;
  contentHash: string;
  adapter: string;
}

/** One age class (만N세) of a childcare centre or kindergarten. */
export interface AgeClass {
  /** International age 0…5. */
  age: number;
  classes: number;
  enrolled: number;
  /** Seats for this age class; derived from classes × legal ratio when the source gives only a total. */
  capacity: number | null;
}

/** A record as an adapter or loader emits it, before it has an id. */
export interface SourceRecord {
  kind: RecordKind;
  /** Stable within its site (e.g. the 어린이집코드). */
  sourceKey: string;
  /** FacilityKind for facilities; 'POLICY' / 'PROGRAM' otherwise. */
  subtype: string;
  name: string;
  stages: Stage[];
  primaryStage: Stage;
  sido?: string | null;
  sigungu?: string | null;
  regionCode?: string | null;
  address?: string | null;
  phone?: string | null;
  lat?: number | null;
  lng?: number | null;
  /** The position is the 시군구 centre, not the record's own. (A region guessed from the site's agency is marked `attrs.regionApprox: true`.) */
  geoApprox?: boolean;
  specialCare?: SpecialCare[];
  capacity?: number | null;
  enrolled?: number | null;
  /** Kind-specific typed fields (e.g. centerType, ageClasses, policy target…). JSON values only. */
  attrs: Record<string, unknown>;
  provenance: Provenance;
}
