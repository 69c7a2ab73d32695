import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  federation__FieldSet: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
};

/** An application for admission to one centre (입소대기 신청) for one child and age class. */
export type Application = {
  __typename?: 'Application';
  /** 입소 희망 연도. */
  admissionYear: Scalars['Int']['output'];
  /** Age class, 만 나이 0–5 (만N세반). */
  ageClass: Scalars['Int']['output'];
  /** ISO timestamp of the application. */
  appliedAt: Scalars['String']['output'];
  /** The child (name masked for anyone but the parent). */
  child: Child;
  /** Priority item codes claimed. */
  claims: Array<Scalars['String']['output']>;
  /** The parent kept the application after an admission elsewhere (extendApplication). */
  extended: Scalars['Boolean']['output'];
  /** The centre applied to. */
  facility: ChildcareCenter;
  /** The centre applied to (ChildcareCenter.id). */
  facilityId: Scalars['ID']['output'];
  /** Claimed codes that failed verification (they no longer count). */
  failedClaims: Array<Scalars['String']['output']>;
  /** Every change of position with its reason, oldest first. */
  history: Array<PositionChange>;
  /** Application id. */
  id: Scalars['ID']['output'];
  /** After an admission elsewhere: the date this entry lapses unless extended. */
  lapseAt?: Maybe<Scalars['String']['output']>;
  /** OFFERED: ISO deadline to respond; null when no seat is offered. */
  offerExpiresAt?: Maybe<Scalars['String']['output']>;
  /** Priority points (가점): sum of the points of the standing (declared, not failed) claims, bonus items included. */
  points: Scalars['Int']['output'];
  /** Position in the centre's list for the age class; null once out of the list. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Best rank of the standing claims: 1 = 1순위, 2 = 2순위, 3 = 일반. */
  rank: Scalars['Int']['output'];
  /** Where the application stands. */
  status: ApplicationStatus;
  /** Claimed codes the centre verified. */
  verifiedClaims: Array<Scalars['String']['output']>;
};

/** Names the application an action applies to. */
export type ApplicationActionInput = {
  /** The application (Application.id). */
  applicationId: Scalars['ID']['input'];
  /** Idempotency key, 1–200 characters (else BAD_USER_INPUT): a repeat with the same key answers the first result; the same key for another operation answers CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
};

/** Application period as published (신청기간), parsed when possible. */
export type ApplicationPeriod = {
  __typename?: 'ApplicationPeriod';
  /** 상시신청: open all year. */
  always: Scalars['Boolean']['output'];
  /** Last day, YYYY-MM-DD, when parsed; null otherwise. */
  end?: Maybe<Scalars['String']['output']>;
  /** First day, YYYY-MM-DD, when parsed; null otherwise. */
  start?: Maybe<Scalars['String']['output']>;
  /** 신청기간 as published. */
  text: Scalars['String']['output'];
};

/** Where an application (입소대기 신청) stands. */
export type ApplicationStatus =
  /** 입소: the child was admitted at this centre. */
  | 'ADMITTED'
  /** The offer was not accepted in time. */
  | 'EXPIRED'
  /** The child was admitted elsewhere and this entry was not extended. */
  | 'LAPSED'
  /** A seat is offered: the parent accepts or declines it (respondToOffer) before offerExpiresAt. */
  | 'OFFERED'
  /** 대기중: on the centre's list for its age class. */
  | 'WAITING'
  /** Withdrawn by the parent, or the parent declined the offer (history reason OFFER_DECLINED). */
  | 'WITHDRAWN';

/** An application for one child to one or more centres. */
export type ApplyForAdmissionInput = {
  /** Default: the current year. */
  admissionYear?: InputMaybe<Scalars['Int']['input']>;
  /** The parent's own child (Child.id). */
  childId: Scalars['ID']['input'];
  /** The centres applied to (ChildcareCenter.id); one application each. */
  facilityIds: Array<Scalars['ID']['input']>;
  /** Idempotency key, 1–200 characters (else BAD_USER_INPUT): a repeat with the same key answers the first result; the same key for another operation answers CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  /** Priority item codes claimed: any code priorityRuleSet lists (a bonus code stands for the codes it requires). */
  priorityClaims: Array<Scalars['String']['input']>;
};

/** Names the reservation to cancel. */
export type CancelReservationInput = {
  /** Idempotency key, 1–200 characters (else BAD_USER_INPUT): a repeat with the same key answers the first result; the same key for another operation answers CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  /** The reservation (Reservation.id). */
  reservationId: Scalars['ID']['input'];
};

/** Kind of bookable care (돌봄 서비스) a slot offers. */
export type CareService =
  /** 긴급돌봄 */
  | 'EMERGENCY'
  /** 휴일보육 */
  | 'HOLIDAY'
  /** 병원동행·입원아동 돌봄 */
  | 'HOSPITALISED_CHILD'
  /** 시간제보육 */
  | 'HOURLY'
  /** 야간보육 */
  | 'NIGHT'
  /** 24시간보육 */
  | 'TWENTY_FOUR_HOUR';

/** A bookable slot of hourly, night, holiday, 24-hour, emergency or hospital care at a facility. */
export type CareSlot = {
  __typename?: 'CareSlot';
  /** Seats booked by confirmed reservations. */
  booked: Scalars['Int']['output'];
  /** ISO time bookings close. */
  closesAt: Scalars['String']['output'];
  /** ISO end time. */
  endsAt: Scalars['String']['output'];
  /** The facility offering it (Facility.id). */
  facilityId: Scalars['ID']['output'];
  /** seats − booked. */
  freeSeats: Scalars['Int']['output'];
  /** Slot id, for reserveCareSlot. */
  id: Scalars['ID']['output'];
  /** Oldest age taken, in completed months. */
  maxAgeMonths: Scalars['Int']['output'];
  /** Youngest age taken, in completed months. */
  minAgeMonths: Scalars['Int']['output'];
  /** ISO time bookings open. */
  opensAt: Scalars['String']['output'];
  /** What the parent pays per hour (KRW), e.g. 2,000; the state pays the rest. */
  parentSharePerHourKrw: Scalars['Int']['output'];
  /** Full price per hour (KRW), e.g. 5,000 for 시간제보육. */
  pricePerHourKrw: Scalars['Int']['output'];
  /** Seats offered (명). */
  seats: Scalars['Int']['output'];
  /** The kind of care. */
  service: CareService;
  /** ISO start time. */
  startsAt: Scalars['String']['output'];
};

/** A child a parent registered (아동), for applications and reservations. */
export type Child = {
  __typename?: 'Child';
  /** 생년월일, YYYY-MM-DD. */
  birthDate: Scalars['String']['output'];
  /** The facility the child attends now (재원 시설), when the parent gave one; null otherwise. */
  enrolledFacilityId?: Maybe<Scalars['ID']['output']>;
  /** Child id, for applyForAdmission and the reservations. */
  id: Scalars['ID']['output'];
  /** The full name for the parent; masked (홍*동) for anyone else. */
  name: Scalars['String']['output'];
};

export type ChildcareCenter = {
  __typename?: 'ChildcareCenter';
  id: Scalars['ID']['output'];
  /** The waiting list of one age class (만N세반, 0–5): positions only, no names. */
  waitlist: Array<WaitlistEntry>;
};


export type ChildcareCenterWaitlistArgs = {
  ageClass: Scalars['Int']['input'];
};

/** The result of checking one claimed priority code. */
export type ClaimVerification = {
  /** The claimed code (PriorityItem.code). */
  code: Scalars['String']['input'];
  /** true: proven; false: failed (it no longer counts). */
  verified: Scalars['Boolean']['input'];
};

/** A new bookable care slot. */
export type CreateCareSlotInput = {
  /** Default: noon (KST) of the start day. */
  closesAt?: InputMaybe<Scalars['String']['input']>;
  /** ISO end time. */
  endsAt: Scalars['String']['input'];
  /** The facility offering it (Facility.id). */
  facilityId: Scalars['ID']['input'];
  /** Idempotency key, 1–200 characters (else BAD_USER_INPUT): a repeat with the same key answers the first result; the same key for another operation answers CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  /** Oldest age taken, in completed months. */
  maxAgeMonths: Scalars['Int']['input'];
  /** Youngest age taken, in completed months. */
  minAgeMonths: Scalars['Int']['input'];
  /** Default: 14 days before the start day, 00:00 KST. */
  opensAt?: InputMaybe<Scalars['String']['input']>;
  /** What the parent pays per hour, 원 (KRW). */
  parentSharePerHourKrw: Scalars['Int']['input'];
  /** Full price per hour, 원 (KRW). */
  pricePerHourKrw: Scalars['Int']['input'];
  /** Seats offered (명). */
  seats: Scalars['Int']['input'];
  /** The kind of care. */
  service: CareService;
  /** ISO start time. */
  startsAt: Scalars['String']['input'];
};

/** A new priority rule set. */
export type CreatePriorityRuleSetInput = {
  /** First day in force, YYYY-MM-DD (KST). */
  effectiveFrom: Scalars['String']['input'];
  /** Rule set id. */
  id: Scalars['ID']['input'];
  /** Idempotency key, 1–200 characters (else BAD_USER_INPUT): a repeat with the same key answers the first result; the same key for another operation answers CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  /** The items that can be claimed. */
  items: Array<PriorityItemInput>;
  /** The rule it comes from. */
  legalSource: Scalars['String']['input'];
  /** Its name. */
  name: Scalars['String']['input'];
};

/**
 * One eligibility criterion of a policy, with its provenance. Only the fields of its `kind` are set:
 * AGE (subject, minMonths/maxMonths inclusive — 만 5세 이하 → 71 — withinDaysOfBirth, minGrade/maxGrade with 초1 = 1 … 고3 = 12),
 * PREGNANCY (minWeeks/maxWeeks), RESIDENCE (sido, sigungu, minMonths = months of residence), INCOME (maxMedianPercent /
 * minMedianPercent of 기준중위소득), HOUSEHOLD (flag, minChildren for 다자녀 when stated), CHILD_ORDER (minOrder),
 * EMPLOYMENT (status), OTHER (text), ANY_OF (options).
 */
export type Criterion = {
  __typename?: 'Criterion';
  /** RESIDENCE: minMonths counts at the child's birth (출생일 기준 6개월 이상 거주). */
  atBirth?: Maybe<Scalars['Boolean']['output']>;
  /** AGE: the condition is a birth or adoption in the household (출산 가정, 출생신고한, 출산·입양); the age bounds are the period after it. */
  birth?: Maybe<Scalars['Boolean']['output']>;
  /** AGE: born on or after this date (2024년 이후 출생 → 2024-01-01). */
  bornOnOrAfter?: Maybe<Scalars['String']['output']>;
  /** AGE with `birth`: a pregnancy meets it from this many days before the due date (출산 예정일 40일 전부터). */
  dueWithinDays?: Maybe<Scalars['Int']['output']>;
  /** The words or code the criterion was read from. */
  evidence: CriterionEvidence;
  /** HOUSEHOLD: the household situation required; null otherwise. */
  flag?: Maybe<HouseholdFlag>;
  /** Stable within the policy (예: age-child-0). */
  id: Scalars['ID']['output'];
  /** What the criterion is about; decides which other fields are set. */
  kind: CriterionKind;
  /** AGE: highest school grade, 초1 = 1 … 고3 = 12; null otherwise. */
  maxGrade?: Maybe<Scalars['Int']['output']>;
  /** INCOME: at most this % of 기준중위소득 (median income) for the household size; null otherwise. */
  maxMedianPercent?: Maybe<Scalars['Float']['output']>;
  /** AGE: oldest age in completed months, inclusive (만 5세 이하 → 71); null when unbounded. */
  maxMonths?: Maybe<Scalars['Int']['output']>;
  /** PREGNANCY: up to this week of pregnancy (임신 주수); null when unbounded. */
  maxWeeks?: Maybe<Scalars['Int']['output']>;
  /** HOUSEHOLD with MULTI_CHILD: at least this many children (다자녀 기준), when stated. */
  minChildren?: Maybe<Scalars['Int']['output']>;
  /** AGE: lowest school grade, 초1 = 1 … 고3 = 12; null otherwise. */
  minGrade?: Maybe<Scalars['Int']['output']>;
  /** INCOME: above this % of 기준중위소득; null otherwise. */
  minMedianPercent?: Maybe<Scalars['Float']['output']>;
  /** AGE: youngest age in completed months (inclusive); RESIDENCE: minimum months of residence. Null when unbounded. */
  minMonths?: Maybe<Scalars['Int']['output']>;
  /** CHILD_ORDER: the child is at least this birth order (셋째 자녀부터 → 3). */
  minOrder?: Maybe<Scalars['Int']['output']>;
  /** PREGNANCY: from this week of pregnancy (임신 주수); null when unbounded. */
  minWeeks?: Maybe<Scalars['Int']['output']>;
  /** ANY_OF: the alternatives, one of which must hold; null otherwise. */
  options?: Maybe<Array<Criterion>>;
  /** Where the criterion comes from (source field, text, or an editor). */
  origin: CriterionOrigin;
  /** RESIDENCE: the 시도 one must live in; null otherwise. */
  sido?: Maybe<Scalars['String']['output']>;
  /** RESIDENCE: the 시군구 one must live in; null when any of the 시도 will do. */
  sigungu?: Maybe<Scalars['String']['output']>;
  /** The site it was read from, when known. */
  sourceId?: Maybe<Scalars['String']['output']>;
  /** EMPLOYMENT: the employment situation required; null otherwise. */
  status?: Maybe<EmploymentStatus>;
  /** AGE: whose age (the child's or the applicant's); null for other kinds. */
  subject?: Maybe<CriterionSubject>;
  /** OTHER: the condition as stated in the text, to be asked; null otherwise. */
  text?: Maybe<Scalars['String']['output']>;
  /** AGE with `birth`: the text states no period after the birth, so one year is assumed (maxMonths 11). */
  windowAssumed?: Maybe<Scalars['Boolean']['output']>;
  /** AGE: within this many days of the birth (출생 후 60일 이내 → 60); null otherwise. */
  withinDaysOfBirth?: Maybe<Scalars['Int']['output']>;
};

/** The words or code a criterion was read from. */
export type CriterionEvidence = {
  __typename?: 'CriterionEvidence';
  /** End offset (exclusive) of `text` in the field (text criteria). */
  end?: Maybe<Scalars['Int']['output']>;
  /** target, benefit, ages, summary, region, supportConditions, trgterIndvdlArray or curation. */
  field: Scalars['String']['output'];
  /** Offsets of `text` in the field (text criteria). */
  start?: Maybe<Scalars['Int']['output']>;
  /** The matched span of the field's text, or the code (예: JA0403=Y). */
  text: Scalars['String']['output'];
};

/** What a policy's eligibility criterion is about (자격 기준). A policy's criteria are ANDed; ANY_OF groups alternatives. */
export type CriterionKind =
  /** 나이: of the child or the applicant, in completed months (bounds inclusive), days since birth, or school grades. */
  | 'AGE'
  /** One of `options` must hold (예: 한부모 또는 조손). */
  | 'ANY_OF'
  /** 출생 순위: 셋째 자녀부터 → 3. */
  | 'CHILD_ORDER'
  /** 취업 상태: 근로자, 구직자, 육아휴직 … */
  | 'EMPLOYMENT'
  /** 가구 유형: 다자녀, 한부모, 다문화 … */
  | 'HOUSEHOLD'
  /** 소득: share of 기준중위소득 (보건복지부 고시) for the household size. */
  | 'INCOME'
  /** A condition stated in the text that could not be structured (예: 난임 진단, 어린이집 이용): it must be asked, never assumed. */
  | 'OTHER'
  /** 임신: weeks of pregnancy. */
  | 'PREGNANCY'
  /** 거주: 시도/시군구 and minimum months of residence. */
  | 'RESIDENCE';

/** Where a criterion comes from. */
export type CriterionOrigin =
  /** Set by an editor (curateRecord patch `criteria`). */
  | 'CURATED'
  /** A structured field of the source (보조금24 JA code, 복지로 가구상황). */
  | 'STRUCTURED'
  /** Read from the policy's text by the hub's extractor (evidence = the matched span). */
  | 'TEXT';

/** Whose age an AGE criterion is about. */
export type CriterionSubject =
  /** The applicant (신청인), e.g. the parent or the young person. */
  | 'APPLICANT'
  /** The child (아동). */
  | 'CHILD';

/** Hours on one kind of day. */
export type DayHours = {
  __typename?: 'DayHours';
  /** HH:MM, 24:00 = midnight; null when closed. */
  close?: Maybe<Scalars['String']['output']>;
  /** Closed on this kind of day (휴무). */
  closed: Scalars['Boolean']['output'];
  /** HH:MM; null when closed. */
  open?: Maybe<Scalars['String']['output']>;
};

/** Employment situation (취업 상태) an EMPLOYMENT criterion requires. */
export type EmploymentStatus =
  /** 근로자 (employed). */
  | 'EMPLOYED'
  /** 구직자 (job seeker). */
  | 'JOB_SEEKER'
  /** 육아휴직 (on parental leave). */
  | 'PARENTAL_LEAVE'
  /** 자영업자 (self-employed). */
  | 'SELF_EMPLOYED';

/** Any facility of any stage (시설). */
export type Facility = {
  /** 주소 as published; null when unknown. */
  address?: Maybe<Scalars['String']['output']>;
  /** Where openingHours come from. CURATED with no openingHours: an editor removed them. */
  hoursSource?: Maybe<HoursSource>;
  /** 시설 ID: the hub's record id, stable across crawls and restarts (derived from its source and source key). */
  id: Scalars['ID']['output'];
  /** 점검 이력: inspections of the facility by every inspection source (보육포털 점검내역, 유치원알리미 안전점검), newest first, undated last. Empty when none is known. */
  inspections: Array<Inspection>;
  /** 시설 종류; OTHER when the source's kind is not one the hub knows. */
  kind: FacilityKind;
  /** Korean label of the kind (어린이집, 산후조리원 …). */
  kindLabel: Scalars['String']['output'];
  /** 위치; null when the record has no coordinates (not even a 시군구 centroid). */
  location?: Maybe<GeoPoint>;
  /** 시설명: the facility's name as published. */
  name: Scalars['String']['output'];
  /** 운영시간: as the source publishes them, derived for 어린이집 that publish none, or set by an editor (see hoursSource). Null when nobody knows them. */
  openingHours?: Maybe<OpeningHours>;
  /** 전화번호 as published; null when unknown. */
  phone?: Maybe<Scalars['String']['output']>;
  /** 쉬운 말 summary written by editors for parents (curation), when there is one. */
  plainSummary?: Maybe<Scalars['String']['output']>;
  /** 주 생애주기: the stage whose subgraph serves the record. */
  primaryStage: Stage;
  /** 출처: every source that publishes the record, most trusted first. */
  provenance: Array<Provenance>;
  /** 지역 (시도·시군구); null when the source states neither. */
  region?: Maybe<Region>;
  /** 특수보육·제공서비스 the facility offers; empty when none is known. */
  specialCare: Array<SpecialCare>;
  /** Why the record has its stages, in order: `source` (the site states them), `dataset` (the open dataset's kind), `age` (its age range), `site` (the registry's hint) or a rule id of crawlers/ingest/lifecycle-rules.json. */
  stageReasons: Array<Scalars['String']['output']>;
  /** 생애주기: every lifecycle stage the facility serves. */
  stages: Array<Stage>;
  /** ISO timestamp of the last change to this record. */
  updatedAt: Scalars['String']['output'];
  /** Withdrawn records are hidden from lists but still answer by id. */
  withdrawn: Scalars['Boolean']['output'];
};

/** Facility kind (시설 종류). */
export type FacilityKind =
  /** 어린이집 (childcare centre). */
  | 'CHILDCARE_CENTER'
  /** 육아종합지원센터 (childcare support centre). */
  | 'CHILDCARE_SUPPORT_CENTER'
  /** 다함께돌봄센터 (community after-school care centre). */
  | 'COMMUNITY_CARE_CENTER'
  /** 초등돌봄교실 (school-run elementary care class). */
  | 'ELEMENTARY_CARE_CLASS'
  /** 24시간 긴급돌봄센터 (24-hour emergency care centre). */
  | 'EMERGENCY_CARE_CENTER'
  /** 건강가정지원센터 (family centre). */
  | 'FAMILY_CENTER'
  /** 입원아동 돌봄 (care for hospitalised children). */
  | 'HOSPITAL_CHILD_CARE'
  /** 시간제보육 제공기관 (hourly childcare provider). */
  | 'HOURLY_CARE_PROVIDER'
  /** 유치원 (kindergarten). */
  | 'KINDERGARTEN'
  /** 지역아동센터 (local children's centre). */
  | 'LOCAL_CHILDREN_CENTER'
  /** 다문화가족지원센터 (multicultural family support centre). */
  | 'MULTICULTURAL_FAMILY_CENTER'
  /** 기타: a kind the hub does not know (any unrecognised source subtype). */
  | 'OTHER'
  /** 산후조리원 (postpartum care centre). */
  | 'POSTPARTUM_CARE_CENTER'
  /** 보건소 (public health centre). */
  | 'PUBLIC_HEALTH_CENTER'
  /** 공동육아나눔터 (shared parenting space). */
  | 'SHARED_PARENTING_SPACE'
  /** 청소년상담복지센터 (youth counselling and welfare centre). */
  | 'YOUTH_COUNSELING_CENTER'
  /** 청소년문화의집 (youth culture house). */
  | 'YOUTH_CULTURE_HOUSE'
  /** 청소년수련관 (youth training centre). */
  | 'YOUTH_TRAINING_CENTER';

/** A WGS84 point (위치), from the source's coordinates or the 시군구 centroid (see approximate). */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** True when the point is the 시군구 centroid because the source had no usable coordinates. */
  approximate: Scalars['Boolean']['output'];
  /** Latitude (위도), WGS84 degrees. */
  lat: Scalars['Float']['output'];
  /** Longitude (경도), WGS84 degrees. */
  lng: Scalars['Float']['output'];
};

/** A parent's request for care of a hospitalised child (입원아동 돌봄·병원동행). */
export type HospitalCareRequest = {
  __typename?: 'HospitalCareRequest';
  /** The child. */
  child: Child;
  /** Last day of care, YYYY-MM-DD. */
  endsOn: Scalars['String']['output'];
  /** The matched facility; null until staff or an admin match one. */
  facilityId?: Maybe<Scalars['ID']['output']>;
  /** The hospital, as the parent wrote it. */
  hospital: Scalars['String']['output'];
  /** Request id, for updateHospitalisedCareRequest. */
  id: Scalars['ID']['output'];
  /** The parent's note; null when none. */
  note?: Maybe<Scalars['String']['output']>;
  /** First day of care, YYYY-MM-DD. */
  startsOn: Scalars['String']['output'];
  /** Where the request stands. */
  status: HospitalCareStatus;
  /** ISO timestamp of the last change. */
  updatedAt: Scalars['String']['output'];
};

/** Where a request for care of a hospitalised child stands (입원아동 돌봄). */
export type HospitalCareStatus =
  /** 취소: cancelled by the parent, staff or an admin. */
  | 'CANCELLED'
  /** 확정: the parent confirmed the match. */
  | 'CONFIRMED'
  /** 완료: the care took place (set by staff or admin). */
  | 'DONE'
  /** 매칭: staff or an admin found a facility (facilityId). */
  | 'MATCHED'
  /** 신청: the parent asked; no carer yet. */
  | 'REQUESTED';

/** Where a facility's openingHours come from. */
export type HoursSource =
  /** Set by an editor (curateRecord patch `openingHours`); no crawl changes it. */
  | 'CURATED'
  /** Derived by the hub for a 어린이집 whose source publishes none: the 보육사업안내 standard day (평일 07:30–19:30, 토요일 07:30–15:30) extended by its special-care flags (야간연장, 시간연장, 24시간, 휴일). */
  | 'DERIVED'
  /** Published by its site or dataset (유치원알리미 opertime, a centre's 운영시간). */
  | 'SOURCE';

/** A household situation (가구 유형) a HOUSEHOLD criterion requires. */
export type HouseholdFlag =
  /** 기초생활수급 (basic livelihood security recipient). */
  | 'BASIC_LIVELIHOOD'
  /** 부부: a spouse lives in the household. */
  | 'COUPLE'
  /** 장애인 가구 (a household member with a registered disability). */
  | 'DISABILITY'
  /** 맞벌이 (both parents working). */
  | 'DUAL_INCOME'
  /** 조손 (grandparents raising grandchildren). */
  | 'GRANDPARENT'
  /** 다문화 (multicultural family). */
  | 'MULTICULTURAL'
  /** 다자녀 (multi-child household; minChildren says how many when stated). */
  | 'MULTI_CHILD'
  /** 차상위 (near-poverty class). */
  | 'NEAR_POVERTY'
  /** 전입 (recently moved into the district). */
  | 'NEW_RESIDENT'
  /** 북한이탈주민 (North Korean defector). */
  | 'NORTH_KOREAN_DEFECTOR'
  /** 무주택 (household owning no home). */
  | 'NO_HOUSE'
  /** 1인 가구 (one-person household). */
  | 'ONE_PERSON'
  /** 한부모 (single-parent family). */
  | 'SINGLE_PARENT'
  /** 쌍둥이·다태아 (twins or multiple birth). */
  | 'TWINS';

/** One inspection of a facility (점검), as its source published it (docs/inspections.md). */
export type Inspection = {
  __typename?: 'Inspection';
  /** 점검 구분: a 보육포털 지도점검 (GUIDANCE) or a 유치원알리미 안전점검 (SAFETY). */
  category: InspectionCategory;
  /** 점검일 YYYY-MM-DD; null when the source gives none (CCTV 설치 현황). */
  date?: Maybe<Scalars['String']['output']>;
  /** 지적사항; null when nothing was found. */
  findings?: Maybe<Scalars['String']['output']>;
  /** 조치: 시정명령, 과태료, 보조금 환수 … (empty when none). */
  measures: Array<Scalars['String']['output']>;
  /** The result as published (적합, 점검 실시, 미실시, 해당 없음, CCTV counts), when the source states one. */
  result?: Maybe<Scalars['String']['output']>;
  /** Registry id of the site that published it (Source.id). */
  source: Scalars['String']['output'];
  /** 처리상태 (완료, 조치중, 조치완료), when the source states one. */
  status?: Maybe<Scalars['String']['output']>;
  /** 점검 구분 as published: 정기, 수시, 합동; or the safety item (놀이시설 안전검사, CCTV 설치, 소방대피훈련, 소방안전점검, 가스점검, 전기점검). */
  type: Scalars['String']['output'];
  /** Something was found wrong: findings or measures, or a result of 부적합. */
  violation: Scalars['Boolean']['output'];
};

/** What an inspection was (점검 구분). */
export type InspectionCategory =
  /** 지도점검 of the 보육포털 점검내역 (정기 / 수시 / 합동). */
  | 'GUIDANCE'
  /** 안전점검 of 유치원알리미 (놀이시설, CCTV, 소방, 가스, 전기). */
  | 'SAFETY';

export type Mutation = {
  __typename?: 'Mutation';
  /** CENTER_STAFF of the centre, ADMIN */
  admitApplication: Application;
  /** PARENT, own child */
  applyForAdmission: Array<Application>;
  /** PARENT (own), CENTER_STAFF of the facility, ADMIN */
  cancelReservation: Reservation;
  /** CENTER_STAFF of the facility, ADMIN */
  createCareSlot: CareSlot;
  /** EDITOR, ADMIN */
  createPriorityRuleSet: PriorityRuleSet;
  /** PARENT, own application: keep it after an admission elsewhere */
  extendApplication: Application;
  /** CENTER_STAFF of the centre, ADMIN */
  offerSeat: Application;
  /** PARENT */
  registerChild: Child;
  /** PARENT, own child */
  requestHospitalisedChildCare: HospitalCareRequest;
  /** PARENT, own child */
  reserveCareSlot: Reservation;
  /** PARENT, own OFFERED application, before offerExpiresAt: accept or decline the seat */
  respondToOffer: Application;
  /** PARENT */
  updateContact: Scalars['Boolean']['output'];
  /** MATCHED/DONE: staff or admin; CONFIRMED: the parent; CANCELLED: parent, staff or admin */
  updateHospitalisedCareRequest: HospitalCareRequest;
  /** CENTER_STAFF of the centre, ADMIN */
  verifyPriorityClaims: Application;
  /** PARENT, own application */
  withdrawApplication: Application;
};


export type MutationAdmitApplicationArgs = {
  input: ApplicationActionInput;
};


export type MutationApplyForAdmissionArgs = {
  input: ApplyForAdmissionInput;
};


export type MutationCancelReservationArgs = {
  input: CancelReservationInput;
};


export type MutationCreateCareSlotArgs = {
  input: CreateCareSlotInput;
};


export type MutationCreatePriorityRuleSetArgs = {
  input: CreatePriorityRuleSetInput;
};


export type MutationExtendApplicationArgs = {
  input: ApplicationActionInput;
};


export type MutationOfferSeatArgs = {
  input: ApplicationActionInput;
};


export type MutationRegisterChildArgs = {
  input: RegisterChildInput;
};


export type MutationRequestHospitalisedChildCareArgs = {
  input: RequestHospitalCareInput;
};


export type MutationReserveCareSlotArgs = {
  input: ReserveCareSlotInput;
};


export type MutationRespondToOfferArgs = {
  input: RespondToOfferInput;
};


export type MutationUpdateContactArgs = {
  input: UpdateContactInput;
};


export type MutationUpdateHospitalisedCareRequestArgs = {
  input: UpdateHospitalCareInput;
};


export type MutationVerifyPriorityClaimsArgs = {
  input: VerifyPriorityClaimsInput;
};


export type MutationWithdrawApplicationArgs = {
  input: ApplicationActionInput;
};

/** A notification to a user (알림): what happened to an application, reservation or request. */
export type Notification = {
  __typename?: 'Notification';
  /** The application it is about; null when it is about something else. */
  applicationId?: Maybe<Scalars['ID']['output']>;
  /** ISO timestamp when it was written. */
  createdAt: Scalars['String']['output'];
  /** Notification id. */
  id: Scalars['ID']['output'];
  /** What happened: APPLIED, POSITION_CHANGED, OFFERED, OFFER_EXPIRED, OFFER_DECLINED, ADMITTED, LAPSE_WARNING, LAPSED, RESERVATION_CONFIRMED, RESERVATION_CANCELLED or HOSPITAL_CARE_STATUS. */
  kind: Scalars['String']['output'];
  /** The message in English. */
  messageEn: Scalars['String']['output'];
  /** The message in Korean. */
  messageKo: Scalars['String']['output'];
  /** The reservation it is about; null when it is about something else. */
  reservationId?: Maybe<Scalars['ID']['output']>;
};

/** Notifications after a cursor, oldest first, for polling. */
export type NotificationPage = {
  __typename?: 'NotificationPage';
  /** Pass back as `since` to get only newer events. */
  cursor?: Maybe<Scalars['String']['output']>;
  /** The events after `since`. */
  notifications: Array<Notification>;
};

/**
 * Opening hours (운영시간). `open`/`close` are the usual (week)day, the times
 * search's `openAt` compares; the days are given when they are known (always
 * for DERIVED hours, docs/opening-hours.md).
 */
export type OpeningHours = {
  __typename?: 'OpeningHours';
  /** Closing time of the usual day, HH:MM; 24:00 is midnight at the end of the day. */
  close?: Maybe<Scalars['String']['output']>;
  /** 일요일·공휴일 (Sundays and public holidays), when known. */
  holiday?: Maybe<DayHours>;
  /** Opening time of the usual day, HH:MM. */
  open?: Maybe<Scalars['String']['output']>;
  /** 토요일 (Saturday), when known. */
  saturday?: Maybe<DayHours>;
  /** The hours in Korean words, as published (`09시00분~20시00분`), derived or set by an editor. */
  text: Scalars['String']['output'];
  /** 월–금 (Monday–Friday), when known. */
  weekday?: Maybe<DayHours>;
};

/** Any support policy of any stage (지원정책). */
export type Policy = {
  /** 소관기관: the agency responsible, as published. */
  agency?: Maybe<Scalars['String']['output']>;
  /** 지원금액 in 원 (KRW), when the source states one amount; null otherwise. */
  amountKrw?: Maybe<Scalars['Int']['output']>;
  /** 신청기간; null when the source gives none. */
  applicationPeriod?: Maybe<ApplicationPeriod>;
  /** 지원내용 */
  benefit?: Maybe<Scalars['String']['output']>;
  /** 지원내용 as the source formats it (lists, tables, emphasis), sanitised: safe to render as HTML. */
  benefitHtml?: Maybe<Scalars['String']['output']>;
  /** 문의처: phone or contact as published. */
  contact?: Maybe<Scalars['String']['output']>;
  /** Eligibility criteria (자격 기준), ANDed: from the source's structured fields, then its text, or the editors' list when they overrode it. Empty when nothing was understood — which means unknown, not 'no conditions'. */
  criteria: Array<Criterion>;
  /** 신청방법 */
  howToApply?: Maybe<Scalars['String']['output']>;
  /** 정책 ID: the hub's record id, stable across crawls and restarts (derived from its source and source key). */
  id: Scalars['ID']['output'];
  /** 정책명 (사업명): the policy's name as published. */
  name: Scalars['String']['output'];
  /** 쉬운 말 summary written by editors for parents (curation), when there is one. */
  plainSummary?: Maybe<Scalars['String']['output']>;
  /** 주 생애주기: the stage whose subgraph serves the record. */
  primaryStage: Stage;
  /** 출처: every source that publishes the record, most trusted first. */
  provenance: Array<Provenance>;
  /** 지역: where the policy applies; null for nationwide policies or when the source states none. */
  region?: Maybe<Region>;
  /** Why the record has its stages, in order: `source` (the site states them), `dataset` (the open dataset's kind), `age` (its age range), `site` (the registry's hint) or a rule id of crawlers/ingest/lifecycle-rules.json. */
  stageReasons: Array<Scalars['String']['output']>;
  /** 생애주기: every lifecycle stage the policy is for. */
  stages: Array<Stage>;
  /** 요약 (summary) as published; null when the source gives none. */
  summary?: Maybe<Scalars['String']['output']>;
  /** 지원유형 as published (현금, 바우처, 서비스 …). */
  supportType?: Maybe<Scalars['String']['output']>;
  /** 지원대상 */
  target?: Maybe<Scalars['String']['output']>;
  /** ISO timestamp of the last change to this record (최종 변경 시각). */
  updatedAt: Scalars['String']['output'];
  /** The policy's page at its source (안내 주소). */
  url?: Maybe<Scalars['String']['output']>;
  /** 폐지: no longer published by its source; hidden from lists, still answering by id. */
  withdrawn: Scalars['Boolean']['output'];
};

/** One change of an application's waiting-list position. */
export type PositionChange = {
  __typename?: 'PositionChange';
  /** ISO timestamp of the change. */
  at: Scalars['String']['output'];
  /** Position after; null when it left the list. */
  newPosition?: Maybe<Scalars['Int']['output']>;
  /** Position before; null when the application had just joined. */
  oldPosition?: Maybe<Scalars['Int']['output']>;
  /** Why it changed. */
  reason: PositionChangeReason;
};

/** Why an application's waiting-list position changed (순번 변경 사유). */
export type PositionChangeReason =
  /** An application ahead was admitted. */
  | 'ADMISSION'
  /** The application joined the list. */
  | 'APPLIED'
  /** A claim failed verification and the application was re-scored. */
  | 'FAILED_VERIFICATION'
  /** A new or re-scored application with higher priority was placed ahead. */
  | 'HIGHER_PRIORITY_APPLICATION'
  /** An application ahead lapsed after an admission elsewhere. */
  | 'LAPSED'
  /** The parent declined an offered seat; the offer passed to the next application. */
  | 'OFFER_DECLINED'
  /** An offer ahead was not accepted in time. */
  | 'OFFER_EXPIRED'
  /** An application ahead was withdrawn. */
  | 'WITHDRAWAL';

/** One item of a priority rule set (입소 우선순위 항목). */
export type PriorityItem = {
  __typename?: 'PriorityItem';
  /** Code to claim in applyForAdmission.priorityClaims. */
  code: Scalars['String']['output'];
  /** The item in Korean (예: 맞벌이 가구). */
  label: Scalars['String']['output'];
  /** The rule it comes from (보육사업안내, 영유아보육법 …). */
  legalSource: Scalars['String']['output'];
  /** Points (가점) it adds. */
  points: Scalars['Int']['output'];
  /** Priority rank it gives: 1 = 1순위, 2 = 2순위 (3 = 일반). */
  rank: Scalars['Int']['output'];
  /** A bonus item applies when all these codes are claimed. Claiming the bonus code itself claims these codes (they are recorded and verified one by one). */
  requires: Array<Scalars['String']['output']>;
};

/** One item of a new priority rule set. */
export type PriorityItemInput = {
  /** Code parents claim. */
  code: Scalars['String']['input'];
  /** The item in Korean. */
  label: Scalars['String']['input'];
  /** The rule it comes from. */
  legalSource: Scalars['String']['input'];
  /** Points (가점) it adds. */
  points: Scalars['Int']['input'];
  /** Rank it gives: 1 = 1순위, 2 = 2순위, 3 = 일반. */
  rank: Scalars['Int']['input'];
  /** Bonus item: the codes that must all be claimed for it; omit for a plain item. */
  requires?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The admission priority rules (입소 우선순위 기준) in force from a date. */
export type PriorityRuleSet = {
  __typename?: 'PriorityRuleSet';
  /** First day in force, YYYY-MM-DD (KST). */
  effectiveFrom: Scalars['String']['output'];
  /** Rule set id. */
  id: Scalars['ID']['output'];
  /** The items that can be claimed. */
  items: Array<PriorityItem>;
  /** The rule it comes from (보육사업안내 …). */
  legalSource: Scalars['String']['output'];
  /** Its name (예: 2026 보육사업안내). */
  name: Scalars['String']['output'];
};

/**
 * A programme of any stage (프로그램): a course, class, counselling group or event that parents,
 * children or young people sign up for (부모교육, 체험, 상담, 강좌 …), as 육아종합지원센터, 보건소,
 * youth centres and family centres publish them.
 */
export type Program = {
  /** 대상연령 as published (예: 만 0~5세, 임신 16주 이상, 초등 4~6학년). / Ages as published. */
  ages?: Maybe<Scalars['String']['output']>;
  /** 모집인원·정원: seats offered. / Capacity. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** 분류 as the board publishes it: 부모교육, 체험, 상담, 강좌, 건강, 문화 … / Category. */
  category?: Maybe<Scalars['String']['output']>;
  /** 문의: phone or contact as published. / Contact. */
  contact?: Maybe<Scalars['String']['output']>;
  /** 내용: what the programme is, as published (plain text). / Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** 신청인원: seats taken so far. / Enrolled. */
  enrolled?: Maybe<Scalars['Int']['output']>;
  /** 참가비 as published (무료, 재료비 5,000원 …). / Fee. */
  fee?: Maybe<Scalars['String']['output']>;
  /** 남은 자리: capacity − enrolled, never below 0; null when either is unknown. / Free seats. */
  freeSeats?: Maybe<Scalars['Int']['output']>;
  /** 프로그램 ID, stable across crawls and restarts (derived from its source and source key). / Programme id. */
  id: Scalars['ID']['output'];
  /** 대상연령 상한 (개월): oldest age taken, in months, when `ages` could be read as one; null otherwise. */
  maxAgeMonths?: Maybe<Scalars['Int']['output']>;
  /** 대상연령 하한 (개월): youngest age taken, in months, when `ages` could be read as one; null otherwise. */
  minAgeMonths?: Maybe<Scalars['Int']['output']>;
  /** 프로그램명: the title as published, cohort included (예: 베이비 마사지 교실 (2기)). / Title. */
  name: Scalars['String']['output'];
  /** 교육기간·운영기간: when it runs, as published and parsed. / When it runs. */
  period?: Maybe<ProgramPeriod>;
  /** 장소: where it takes place. / Place. */
  place?: Maybe<Scalars['String']['output']>;
  /** 쉬운 말 summary written by editors for parents (curation), when there is one. */
  plainSummary?: Maybe<Scalars['String']['output']>;
  /** 주 생애주기: picks the lifecycle subgraph that serves it. / Primary stage. */
  primaryStage: Stage;
  /** 출처: every source that publishes it, most trusted first. / Where it came from. */
  provenance: Array<Provenance>;
  /** 지역 (시도·시군구), when the source or its district site says. / Region. */
  region?: Maybe<Region>;
  /** 일정·일시: days and hours (예: 매주 목 10시00분~11시30분). / Schedule. */
  schedule?: Maybe<Scalars['String']['output']>;
  /** Why the record has its stages, in order: `source` (the site states them), `dataset` (the open dataset's kind), `age` (its age range), `site` (the registry's hint) or a rule id of crawlers/ingest/lifecycle-rules.json. */
  stageReasons: Array<Scalars['String']['output']>;
  /** 생애주기: every stage it is for. / Lifecycle stages. */
  stages: Array<Stage>;
  /** 접수상태 as an enum (접수중 OPEN, 마감 CLOSED, 대기 WAITLIST, 접수예정 UPCOMING); null when the board's word is none of them (see `statusLabel`). */
  status?: Maybe<ProgramStatus>;
  /** 접수상태 in Korean: the label of `status` (접수중, 마감, 대기, 접수예정), or the published word when it maps to none. / Status label. */
  statusLabel?: Maybe<Scalars['String']['output']>;
  /** 대상: who it is for, as published (예: 만 12~36개월 영아와 부모). / Who it is for. */
  target?: Maybe<Scalars['String']['output']>;
  /** ISO timestamp of the last change to this record (최종 변경 시각). */
  updatedAt: Scalars['String']['output'];
  /** Where it is published: its own page when the source links one, else the page it was read from (안내 주소). */
  url?: Maybe<Scalars['String']['output']>;
  /** 폐지: no longer published by its source; hidden from lists, still answering by id. / Withdrawn. */
  withdrawn: Scalars['Boolean']['output'];
};

/** When a programme runs (교육기간·운영기간), as published and parsed when possible. */
export type ProgramPeriod = {
  __typename?: 'ProgramPeriod';
  /** Last day, YYYY-MM-DD, when parsed. */
  end?: Maybe<Scalars['String']['output']>;
  /** First day, YYYY-MM-DD, when parsed. */
  start?: Maybe<Scalars['String']['output']>;
  /** The period as published (예: 2026.03.02~2026.05.11, '26.3.13.~5.15.). */
  text: Scalars['String']['output'];
};

/** Registration status of a programme (프로그램 접수상태), read from the words its board publishes. */
export type ProgramStatus =
  /** 마감: registration has closed (full, or past its deadline). */
  | 'CLOSED'
  /** 접수중: registration is open. */
  | 'OPEN'
  /** 접수예정: registration has not opened yet. */
  | 'UPCOMING'
  /** 대기: full, but a waiting list is taken (대기 접수). */
  | 'WAITLIST';

/** Where a record came from (DESIGN contract 1). */
export type Provenance = {
  __typename?: 'Provenance';
  /** Adapter name@version that produced the record. */
  adapter: Scalars['String']['output'];
  /** ISO timestamp when that page was fetched. */
  fetchedAt: Scalars['String']['output'];
  /** Registry id of the site the record was read from (Source.id). */
  siteId: Scalars['String']['output'];
  /** The page or dataset URL the record was read from. */
  url: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One application: its parent, staff of its centre, or an admin. */
  application?: Maybe<Application>;
  /** For polling clients (no subscriptions at the gateway): events after `since`. */
  applicationEvents?: Maybe<NotificationPage>;
  /** Care slots of a facility (public), optionally of one service, starting in [from, to). */
  careSlots?: Maybe<Array<CareSlot>>;
  /** A centre's list for one age class (staff of that centre or admin); names masked. */
  facilityApplications?: Maybe<Array<Application>>;
  /** PARENT: the signed-in parent's applications (입소대기 신청), every centre and status. */
  myApplications?: Maybe<Array<Application>>;
  /** PARENT: the children the signed-in parent registered. */
  myChildren?: Maybe<Array<Child>>;
  /** PARENT: the signed-in parent's requests for care of a hospitalised child (입원아동 돌봄). */
  myHospitalCareRequests?: Maybe<Array<HospitalCareRequest>>;
  /** Signed in: the caller's notifications (알림), newest first. */
  myNotifications?: Maybe<Array<Notification>>;
  /** PARENT: the signed-in parent's care-slot reservations (돌봄 예약). */
  myReservations?: Maybe<Array<Reservation>>;
  /** The priority rule set in force on a date (YYYY-MM-DD; default today). Public. */
  priorityRuleSet?: Maybe<PriorityRuleSet>;
};


export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicationEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCareSlotsArgs = {
  facilityId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
  service?: InputMaybe<CareService>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFacilityApplicationsArgs = {
  ageClass: Scalars['Int']['input'];
  facilityId: Scalars['ID']['input'];
};


export type QueryMyNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPriorityRuleSetArgs = {
  on?: InputMaybe<Scalars['String']['input']>;
};

/** Administrative region (시도 / 시군구). */
export type Region = {
  __typename?: 'Region';
  /** 5-digit 시군구 code (법정동코드 앞 5자리). */
  code?: Maybe<Scalars['String']['output']>;
  /** 시도 (province or metropolitan city, e.g. 서울특별시); null when the source gives none. */
  sido?: Maybe<Scalars['String']['output']>;
  /** 시군구 (city, county or district, e.g. 도봉구); null when the source gives none. */
  sigungu?: Maybe<Scalars['String']['output']>;
};

/** A child to register. */
export type RegisterChildInput = {
  /** YYYY-MM-DD */
  birthDate: Scalars['String']['input'];
  /** The facility the child attends now; omit when none. */
  enrolledFacilityId?: InputMaybe<Scalars['ID']['input']>;
  /** Idempotency key, 1–200 characters (else BAD_USER_INPUT): a repeat with the same key answers the first result; the same key for another operation answers CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  /** The child's name (shown masked to anyone but the parent). */
  name: Scalars['String']['input'];
};

/** A request for care of a hospitalised child. */
export type RequestHospitalCareInput = {
  /** The parent's own child (Child.id). */
  childId: Scalars['ID']['input'];
  /** Last day, YYYY-MM-DD. */
  endsOn: Scalars['String']['input'];
  /** The hospital. */
  hospital: Scalars['String']['input'];
  /** Idempotency key, 1–200 characters (else BAD_USER_INPUT): a repeat with the same key answers the first result; the same key for another operation answers CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  /** A note for the carer; omit for none. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** First day, YYYY-MM-DD. */
  startsOn: Scalars['String']['input'];
};

/** A parent's booking of a care slot for a child (돌봄 예약). */
export type Reservation = {
  __typename?: 'Reservation';
  /** The child booked for. */
  child: Child;
  /** ISO timestamp of the booking. */
  createdAt: Scalars['String']['output'];
  /** Length of the slot in hours. */
  hours: Scalars['Float']['output'];
  /** Reservation id, for cancelReservation. */
  id: Scalars['ID']['output'];
  /** Price of this booking for the parent (KRW). */
  parentPriceKrw: Scalars['Int']['output'];
  /** The slot booked. */
  slot: CareSlot;
  /** Confirmed or cancelled. */
  status: ReservationStatus;
};

/** Where a care-slot reservation stands. */
export type ReservationStatus =
  /** 취소: cancelled by the parent, the facility or an admin. */
  | 'CANCELLED'
  /** 확정: the seat is booked. */
  | 'CONFIRMED';

/** A booking of a slot for a child. */
export type ReserveCareSlotInput = {
  /** The parent's own child (Child.id). */
  childId: Scalars['ID']['input'];
  /** Idempotency key, 1–200 characters (else BAD_USER_INPUT): a repeat with the same key answers the first result; the same key for another operation answers CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  /** The slot (CareSlot.id). */
  slotId: Scalars['ID']['input'];
};

/** A parent's answer to an offered seat. */
export type RespondToOfferInput = {
  /** true: take the seat (admitted, as admitApplication; every priority claim must be checked first). false: decline it (the offer passes to the next). */
  accept: Scalars['Boolean']['input'];
  /** The parent's own OFFERED application. */
  applicationId: Scalars['ID']['input'];
  /** Idempotency key, 1–200 characters (else BAD_USER_INPUT): a repeat with the same key answers the first result; the same key for another operation answers CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
};

/** Special care offered (특수보육·제공서비스). */
export type SpecialCare =
  /** 방과후 */
  | 'AFTER_SCHOOL'
  /** 장애아통합 */
  | 'DISABLED_INTEGRATED'
  /** 장애아전문 */
  | 'DISABLED_SPECIALIZED'
  /** 긴급 */
  | 'EMERGENCY'
  /** 시간연장 */
  | 'EXTENDED_HOURS'
  /** 휴일 */
  | 'HOLIDAY'
  /** 시간제보육 */
  | 'HOURLY'
  /** 영아전문 */
  | 'INFANT_SPECIALIZED'
  /** 다문화 */
  | 'MULTICULTURAL'
  /** 야간연장 */
  | 'NIGHT'
  /** 24시간 */
  | 'TWENTY_FOUR_HOURS';

/** Lifecycle stage (생애주기). */
export type Stage =
  /** 초등 (6–12세) */
  | 'ELEMENTARY'
  /** 영유아 (0–5세) */
  | 'INFANT'
  /** 임신·출산 */
  | 'PREGNANCY'
  /** 청소년 (13–18세) */
  | 'YOUTH';

/** Where the parent's notifications go. */
export type UpdateContactInput = {
  /** Idempotency key, 1–200 characters (else BAD_USER_INPUT): a repeat with the same key answers the first result; the same key for another operation answers CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  /** Mobile number for SMS (010-1234-5678). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** HTTPS endpoint for signed webhooks. */
  webhookUrl?: InputMaybe<Scalars['String']['input']>;
};

/** A status change of a hospitalised-child care request. */
export type UpdateHospitalCareInput = {
  /** Set by staff or admin when matching. */
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  /** Idempotency key, 1–200 characters (else BAD_USER_INPUT): a repeat with the same key answers the first result; the same key for another operation answers CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  /** The request (HospitalCareRequest.id). */
  requestId: Scalars['ID']['input'];
  /** The new status; who may set which is on the mutation. */
  status: HospitalCareStatus;
};

/** The centre's check of an application's priority claims (우선순위 서류 확인). */
export type VerifyPriorityClaimsInput = {
  /** The application (Application.id). */
  applicationId: Scalars['ID']['input'];
  /** Idempotency key, 1–200 characters (else BAD_USER_INPUT): a repeat with the same key answers the first result; the same key for another operation answers CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  /** One result per checked code. */
  results: Array<ClaimVerification>;
};

/** One place in a centre's public waiting list (대기 순번), without the child or parent. */
export type WaitlistEntry = {
  __typename?: 'WaitlistEntry';
  /** Date of application (YYYY-MM-DD, KST). */
  appliedOn: Scalars['String']['output'];
  /** A seat is offered to this entry now (status OFFERED). */
  offered: Scalars['Boolean']['output'];
  /** Priority points (가점): sum of the points of the application's standing claims, bonus items included. */
  points: Scalars['Int']['output'];
  /** 대기 순번: 1 is next to be offered a seat. */
  position: Scalars['Int']['output'];
  /** 1순위, 2순위, 3순위 (일반). */
  rank: Scalars['Int']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  ChildcareCenter: ChildcareCenter;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ChildcareCenter:
    ( { __typename: 'ChildcareCenter' }
    & GraphQLRecursivePick<FederationTypes['ChildcareCenter'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Facility: never;
  Policy: never;
  Program: never;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Application: ResolverTypeWrapper<Application>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApplicationActionInput: ApplicationActionInput;
  ApplicationPeriod: ResolverTypeWrapper<ApplicationPeriod>;
  ApplicationStatus: ApplicationStatus;
  ApplyForAdmissionInput: ApplyForAdmissionInput;
  CancelReservationInput: CancelReservationInput;
  CareService: CareService;
  CareSlot: ResolverTypeWrapper<CareSlot>;
  Child: ResolverTypeWrapper<Child>;
  ChildcareCenter: ResolverTypeWrapper<ChildcareCenter>;
  ClaimVerification: ClaimVerification;
  CreateCareSlotInput: CreateCareSlotInput;
  CreatePriorityRuleSetInput: CreatePriorityRuleSetInput;
  Criterion: ResolverTypeWrapper<Criterion>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CriterionEvidence: ResolverTypeWrapper<CriterionEvidence>;
  CriterionKind: CriterionKind;
  CriterionOrigin: CriterionOrigin;
  CriterionSubject: CriterionSubject;
  DayHours: ResolverTypeWrapper<DayHours>;
  EmploymentStatus: EmploymentStatus;
  Facility: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Facility']>;
  FacilityKind: FacilityKind;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  HospitalCareRequest: ResolverTypeWrapper<HospitalCareRequest>;
  HospitalCareStatus: HospitalCareStatus;
  HoursSource: HoursSource;
  HouseholdFlag: HouseholdFlag;
  Inspection: ResolverTypeWrapper<Inspection>;
  InspectionCategory: InspectionCategory;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<Notification>;
  NotificationPage: ResolverTypeWrapper<NotificationPage>;
  OpeningHours: ResolverTypeWrapper<OpeningHours>;
  Policy: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Policy']>;
  PositionChange: ResolverTypeWrapper<PositionChange>;
  PositionChangeReason: PositionChangeReason;
  PriorityItem: ResolverTypeWrapper<PriorityItem>;
  PriorityItemInput: PriorityItemInput;
  PriorityRuleSet: ResolverTypeWrapper<PriorityRuleSet>;
  Program: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Program']>;
  ProgramPeriod: ResolverTypeWrapper<ProgramPeriod>;
  ProgramStatus: ProgramStatus;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<Region>;
  RegisterChildInput: RegisterChildInput;
  RequestHospitalCareInput: RequestHospitalCareInput;
  Reservation: ResolverTypeWrapper<Reservation>;
  ReservationStatus: ReservationStatus;
  ReserveCareSlotInput: ReserveCareSlotInput;
  RespondToOfferInput: RespondToOfferInput;
  SpecialCare: SpecialCare;
  Stage: Stage;
  UpdateContactInput: UpdateContactInput;
  UpdateHospitalCareInput: UpdateHospitalCareInput;
  VerifyPriorityClaimsInput: VerifyPriorityClaimsInput;
  WaitlistEntry: ResolverTypeWrapper<WaitlistEntry>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Application: Application;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  ApplicationActionInput: ApplicationActionInput;
  ApplicationPeriod: ApplicationPeriod;
  ApplyForAdmissionInput: ApplyForAdmissionInput;
  CancelReservationInput: CancelReservationInput;
  CareSlot: CareSlot;
  Child: Child;
  ChildcareCenter: ChildcareCenter | FederationReferenceTypes['ChildcareCenter'];
  ClaimVerification: ClaimVerification;
  CreateCareSlotInput: CreateCareSlotInput;
  CreatePriorityRuleSetInput: CreatePriorityRuleSetInput;
  Criterion: Criterion;
  Float: Scalars['Float']['output'];
  CriterionEvidence: CriterionEvidence;
  DayHours: DayHours;
  Facility: ResolversInterfaceTypes<ResolversParentTypes>['Facility'];
  GeoPoint: GeoPoint;
  HospitalCareRequest: HospitalCareRequest;
  Inspection: Inspection;
  Mutation: Record<PropertyKey, never>;
  Notification: Notification;
  NotificationPage: NotificationPage;
  OpeningHours: OpeningHours;
  Policy: ResolversInterfaceTypes<ResolversParentTypes>['Policy'];
  PositionChange: PositionChange;
  PriorityItem: PriorityItem;
  PriorityItemInput: PriorityItemInput;
  PriorityRuleSet: PriorityRuleSet;
  Program: ResolversInterfaceTypes<ResolversParentTypes>['Program'];
  ProgramPeriod: ProgramPeriod;
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  Region: Region;
  RegisterChildInput: RegisterChildInput;
  RequestHospitalCareInput: RequestHospitalCareInput;
  Reservation: Reservation;
  ReserveCareSlotInput: ReserveCareSlotInput;
  RespondToOfferInput: RespondToOfferInput;
  UpdateContactInput: UpdateContactInput;
  UpdateHospitalCareInput: UpdateHospitalCareInput;
  VerifyPriorityClaimsInput: VerifyPriorityClaimsInput;
  WaitlistEntry: WaitlistEntry;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  link__Import: Scalars['link__Import']['output'];
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
}>;

export type LinkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = any, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = any, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ApplicationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application']> = ResolversObject<{
  admissionYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ageClass?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  appliedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  child?: Resolver<ResolversTypes['Child'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  extended?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  facility?: Resolver<ResolversTypes['ChildcareCenter'], ParentType, ContextType>;
  facilityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  failedClaims?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['PositionChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lapseAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  offerExpiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  verifiedClaims?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ApplicationPeriodResolvers<ContextType = any, ParentType extends ResolversParentTypes['ApplicationPeriod'] = ResolversParentTypes['ApplicationPeriod']> = ResolversObject<{
  always?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CareSlotResolvers<ContextType = any, ParentType extends ResolversParentTypes['CareSlot'] = ResolversParentTypes['CareSlot']> = ResolversObject<{
  booked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closesAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facilityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  freeSeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxAgeMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minAgeMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opensAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentSharePerHourKrw?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pricePerHourKrw?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['CareService'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ChildResolvers<ContextType = any, ParentType extends ResolversParentTypes['Child'] = ResolversParentTypes['Child']> = ResolversObject<{
  birthDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enrolledFacilityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ChildcareCenterResolvers<ContextType = any, ParentType extends ResolversParentTypes['ChildcareCenter'] = ResolversParentTypes['ChildcareCenter'], FederationReferenceType extends FederationReferenceTypes['ChildcareCenter'] = FederationReferenceTypes['ChildcareCenter']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ChildcareCenter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  waitlist?: Resolver<Array<ResolversTypes['WaitlistEntry']>, ParentType, ContextType, RequireFields<ChildcareCenterWaitlistArgs, 'ageClass'>>;
}>;

export type CriterionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Criterion'] = ResolversParentTypes['Criterion']> = ResolversObject<{
  atBirth?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  birth?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  bornOnOrAfter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueWithinDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['CriterionEvidence'], ParentType, ContextType>;
  flag?: Resolver<Maybe<ResolversTypes['HouseholdFlag']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CriterionKind'], ParentType, ContextType>;
  maxGrade?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxMedianPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxWeeks?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minChildren?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minGrade?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minMedianPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minOrder?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minWeeks?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  options?: Resolver<Maybe<Array<ResolversTypes['Criterion']>>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['CriterionOrigin'], ParentType, ContextType>;
  sido?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sigungu?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['EmploymentStatus']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['CriterionSubject']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  windowAssumed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  withinDaysOfBirth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CriterionEvidenceResolvers<ContextType = any, ParentType extends ResolversParentTypes['CriterionEvidence'] = ResolversParentTypes['CriterionEvidence']> = ResolversObject<{
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DayHoursResolvers<ContextType = any, ParentType extends ResolversParentTypes['DayHours'] = ResolversParentTypes['DayHours']> = ResolversObject<{
  close?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  open?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FacilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['Facility'] = ResolversParentTypes['Facility']> = ResolversObject<{
  __resolveType: TypeResolveFn<null, ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = any, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type HospitalCareRequestResolvers<ContextType = any, ParentType extends ResolversParentTypes['HospitalCareRequest'] = ResolversParentTypes['HospitalCareRequest']> = ResolversObject<{
  child?: Resolver<ResolversTypes['Child'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facilityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  hospital?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HospitalCareStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InspectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Inspection'] = ResolversParentTypes['Inspection']> = ResolversObject<{
  category?: Resolver<ResolversTypes['InspectionCategory'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  findings?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  violation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  admitApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationAdmitApplicationArgs, 'input'>>;
  applyForAdmission?: Resolver<Array<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<MutationApplyForAdmissionArgs, 'input'>>;
  cancelReservation?: Resolver<ResolversTypes['Reservation'], ParentType, ContextType, RequireFields<MutationCancelReservationArgs, 'input'>>;
  createCareSlot?: Resolver<ResolversTypes['CareSlot'], ParentType, ContextType, RequireFields<MutationCreateCareSlotArgs, 'input'>>;
  createPriorityRuleSet?: Resolver<ResolversTypes['PriorityRuleSet'], ParentType, ContextType, RequireFields<MutationCreatePriorityRuleSetArgs, 'input'>>;
  extendApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationExtendApplicationArgs, 'input'>>;
  offerSeat?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationOfferSeatArgs, 'input'>>;
  registerChild?: Resolver<ResolversTypes['Child'], ParentType, ContextType, RequireFields<MutationRegisterChildArgs, 'input'>>;
  requestHospitalisedChildCare?: Resolver<ResolversTypes['HospitalCareRequest'], ParentType, ContextType, RequireFields<MutationRequestHospitalisedChildCareArgs, 'input'>>;
  reserveCareSlot?: Resolver<ResolversTypes['Reservation'], ParentType, ContextType, RequireFields<MutationReserveCareSlotArgs, 'input'>>;
  respondToOffer?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationRespondToOfferArgs, 'input'>>;
  updateContact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUpdateContactArgs, 'input'>>;
  updateHospitalisedCareRequest?: Resolver<ResolversTypes['HospitalCareRequest'], ParentType, ContextType, RequireFields<MutationUpdateHospitalisedCareRequestArgs, 'input'>>;
  verifyPriorityClaims?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationVerifyPriorityClaimsArgs, 'input'>>;
  withdrawApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationWithdrawApplicationArgs, 'input'>>;
}>;

export type NotificationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = ResolversObject<{
  applicationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageKo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reservationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type NotificationPageResolvers<ContextType = any, ParentType extends ResolversParentTypes['NotificationPage'] = ResolversParentTypes['NotificationPage']> = ResolversObject<{
  cursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
}>;

export type OpeningHoursResolvers<ContextType = any, ParentType extends ResolversParentTypes['OpeningHours'] = ResolversParentTypes['OpeningHours']> = ResolversObject<{
  close?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  holiday?: Resolver<Maybe<ResolversTypes['DayHours']>, ParentType, ContextType>;
  open?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  saturday?: Resolver<Maybe<ResolversTypes['DayHours']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekday?: Resolver<Maybe<ResolversTypes['DayHours']>, ParentType, ContextType>;
}>;

export type PolicyResolvers<ContextType = any, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy']> = ResolversObject<{
  __resolveType: TypeResolveFn<null, ParentType, ContextType>;
}>;

export type PositionChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['PositionChange'] = ResolversParentTypes['PositionChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  oldPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['PositionChangeReason'], ParentType, ContextType>;
}>;

export type PriorityItemResolvers<ContextType = any, ParentType extends ResolversParentTypes['PriorityItem'] = ResolversParentTypes['PriorityItem']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requires?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PriorityRuleSetResolvers<ContextType = any, ParentType extends ResolversParentTypes['PriorityRuleSet'] = ResolversParentTypes['PriorityRuleSet']> = ResolversObject<{
  effectiveFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['PriorityItem']>, ParentType, ContextType>;
  legalSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProgramResolvers<ContextType = any, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = ResolversObject<{
  __resolveType: TypeResolveFn<null, ParentType, ContextType>;
}>;

export type ProgramPeriodResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProgramPeriod'] = ResolversParentTypes['ProgramPeriod']> = ResolversObject<{
  end?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProvenanceResolvers<ContextType = any, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = ResolversObject<{
  adapter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fetchedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<QueryApplicationArgs, 'id'>>;
  applicationEvents?: Resolver<Maybe<ResolversTypes['NotificationPage']>, ParentType, ContextType, RequireFields<QueryApplicationEventsArgs, 'first'>>;
  careSlots?: Resolver<Maybe<Array<ResolversTypes['CareSlot']>>, ParentType, ContextType, RequireFields<QueryCareSlotsArgs, 'facilityId'>>;
  facilityApplications?: Resolver<Maybe<Array<ResolversTypes['Application']>>, ParentType, ContextType, RequireFields<QueryFacilityApplicationsArgs, 'ageClass' | 'facilityId'>>;
  myApplications?: Resolver<Maybe<Array<ResolversTypes['Application']>>, ParentType, ContextType>;
  myChildren?: Resolver<Maybe<Array<ResolversTypes['Child']>>, ParentType, ContextType>;
  myHospitalCareRequests?: Resolver<Maybe<Array<ResolversTypes['HospitalCareRequest']>>, ParentType, ContextType>;
  myNotifications?: Resolver<Maybe<Array<ResolversTypes['Notification']>>, ParentType, ContextType, RequireFields<QueryMyNotificationsArgs, 'first'>>;
  myReservations?: Resolver<Maybe<Array<ResolversTypes['Reservation']>>, ParentType, ContextType>;
  priorityRuleSet?: Resolver<Maybe<ResolversTypes['PriorityRuleSet']>, ParentType, ContextType, Partial<QueryPriorityRuleSetArgs>>;
}>;

export type RegionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sido?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sigungu?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ReservationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Reservation'] = ResolversParentTypes['Reservation']> = ResolversObject<{
  child?: Resolver<ResolversTypes['Child'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parentPriceKrw?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slot?: Resolver<ResolversTypes['CareSlot'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReservationStatus'], ParentType, ContextType>;
}>;

export type WaitlistEntryResolvers<ContextType = any, ParentType extends ResolversParentTypes['WaitlistEntry'] = ResolversParentTypes['WaitlistEntry']> = ResolversObject<{
  appliedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = any> = ResolversObject<{
  Application?: ApplicationResolvers<ContextType>;
  ApplicationPeriod?: ApplicationPeriodResolvers<ContextType>;
  CareSlot?: CareSlotResolvers<ContextType>;
  Child?: ChildResolvers<ContextType>;
  ChildcareCenter?: ChildcareCenterResolvers<ContextType>;
  Criterion?: CriterionResolvers<ContextType>;
  CriterionEvidence?: CriterionEvidenceResolvers<ContextType>;
  DayHours?: DayHoursResolvers<ContextType>;
  Facility?: FacilityResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  HospitalCareRequest?: HospitalCareRequestResolvers<ContextType>;
  Inspection?: InspectionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationPage?: NotificationPageResolvers<ContextType>;
  OpeningHours?: OpeningHoursResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  PositionChange?: PositionChangeResolvers<ContextType>;
  PriorityItem?: PriorityItemResolvers<ContextType>;
  PriorityRuleSet?: PriorityRuleSetResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  ProgramPeriod?: ProgramPeriodResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Reservation?: ReservationResolvers<ContextType>;
  WaitlistEntry?: WaitlistEntryResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = any> = ResolversObject<{
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
}>;
