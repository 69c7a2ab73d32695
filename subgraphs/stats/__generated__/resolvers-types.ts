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
  /** A calendar date, YYYY-MM-DD (KST). */
  Date: { input: unknown; output: unknown; }
  federation__FieldSet: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
};

/** One age class (만N세반) of a point. */
export type AgeClassStats = {
  __typename?: 'AgeClassStats';
  /** 만 나이 of the class, 0–5. */
  age: Scalars['Int']['output'];
  /** 정원 of the class (seats). */
  capacity: Scalars['Int']['output'];
  /** 현원 of the class (children enrolled). */
  enrolled: StatsFigure;
  /** Sum of max(0, 정원 − 현원) of the class. */
  freeSeats: StatsFigure;
  /** Applications waiting in apply for the class. */
  waiting: StatsFigure;
};

export type CenterType =
  /** 협동 */
  | 'COOPERATIVE'
  /** 법인·단체등 */
  | 'CORPORATION_ORGANIZATION'
  /** 가정 */
  | 'HOME'
  /** 국공립 */
  | 'NATIONAL_PUBLIC'
  /** 민간 */
  | 'PRIVATE'
  /** 사회복지법인 */
  | 'SOCIAL_WELFARE_CORPORATION'
  /** 직장 */
  | 'WORKPLACE';

/** How fresh the crawled data is: runs over time and each site's last success. */
export type CrawlFreshness = {
  __typename?: 'CrawlFreshness';
  /** Crawl runs per period of the range, oldest first. */
  points: Array<CrawlRunsPoint>;
  /** Every registered site that has run, with its last successful crawl. */
  sites: Array<SiteFreshness>;
};

/** The crawl runs started in one period. */
export type CrawlRunsPoint = {
  __typename?: 'CrawlRunsPoint';
  /** First day of the period. */
  period: Scalars['Date']['output'];
  /** Runs started in the period, whatever their end. */
  runs: Scalars['Int']['output'];
  /** Distinct sites with a successful run in the period. */
  sitesSucceeded: Scalars['Int']['output'];
  /** Runs of the period that succeeded. */
  succeeded: Scalars['Int']['output'];
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

/** Facilities counted; all given conditions hold. */
export type FacilityStatsFilter = {
  /** Any of these centre types (어린이집 유형). */
  centerTypes?: InputMaybe<Array<CenterType>>;
  /** Any of these kinds. */
  kinds?: InputMaybe<Array<FacilityKind>>;
  /** Facilities in this 시도 / 시군구. */
  region?: InputMaybe<RegionInput>;
  /** Facilities offering all of these. */
  specialCare?: InputMaybe<Array<SpecialCare>>;
};

/** A dimension facility series can be split by. */
export type FacilityStatsGroup =
  /** One series per 어린이집 유형 (국공립, 민간, 가정 …); facilities without one form their own series. */
  | 'CENTER_TYPE'
  /** One series per facility kind (어린이집, 유치원 …). */
  | 'KIND'
  /** One series per 시도. */
  | 'SIDO'
  /** One series per 시군구 (with its 시도). */
  | 'SIGUNGU'
  /** One series per special-care flag: a facility with two flags is in both. */
  | 'SPECIAL_CARE';

/** The facility figures of one period. */
export type FacilityStatsPoint = {
  __typename?: 'FacilityStatsPoint';
  /** Facilities operating (not withdrawn). */
  active: Scalars['Int']['output'];
  /** The same figures per age class (만0세반–만5세반) of facilities that publish their classes. */
  ageClasses: Array<AgeClassStats>;
  /** Waiting applicants per free seat (null when there is no free seat). */
  applicantsPerSeat: StatsFigure;
  /** 정원 (seats) of operating facilities; a withdrawn facility counts in `facilities`, not here. */
  capacity: Scalars['Int']['output'];
  /** The filed day the figures are from (the last one of the period in the range). */
  day: Scalars['Date']['output'];
  /** 현원 (children enrolled). */
  enrolled: StatsFigure;
  /** Facilities on record that day, operating or withdrawn. */
  facilities: Scalars['Int']['output'];
  /** Free seats of operating facilities summed, each its `freeSeats` field (issue 21): the age classes' free seats when every class it publishes has both figures, capped by max(0, 정원 − 현원); else max(0, 정원 − 현원). */
  freeSeats: StatsFigure;
  /** 현원 ÷ 정원 of facilities that publish both (0–1+). */
  occupancy: StatsFigure;
  /** First day of the period. */
  period: Scalars['Date']['output'];
  /** 대기 아동 (applications waiting in apply). */
  waiting: StatsFigure;
};

/** One series of facility figures: one group's points over the range. */
export type FacilityStatsSeries = {
  __typename?: 'FacilityStatsSeries';
  /** Which group the series is (all null when not grouped). */
  group: StatsGroupKey;
  /** One point per period of the range that has a filed day, oldest first. */
  points: Array<FacilityStatsPoint>;
};

/** One facility's figures over a range. */
export type FacilityTrend = {
  __typename?: 'FacilityTrend';
  /** The facility's record id. */
  facilityId: Scalars['ID']['output'];
  /** One point per period in which the facility's figures were filed, oldest first (empty: never filed in the range). */
  points: Array<FacilityTrendPoint>;
};

/** One age class (만N세반) of one facility's point; a figure the facility does not publish is null, not 0. */
export type FacilityTrendAgeClass = {
  __typename?: 'FacilityTrendAgeClass';
  /** 만 나이 of the class, 0–5. */
  age: Scalars['Int']['output'];
  /** 정원 of the class (seats); null when not published. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** 현원 of the class (children enrolled). */
  enrolled: StatsFigure;
  /** max(0, 정원 − 현원) of the class. */
  freeSeats: StatsFigure;
  /** Applications waiting in apply for the class. */
  waiting: StatsFigure;
};

/** One facility's figures of one period (its last filed day in the period). */
export type FacilityTrendPoint = {
  __typename?: 'FacilityTrendPoint';
  /** The same figures per age class (만0세반–만5세반): the classes the facility publishes, and any class with applicants waiting. */
  ageClasses: Array<FacilityTrendAgeClass>;
  /** 정원 (seats); null when the source does not publish it. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** The day the figures are from: the last day of the period (within the range) the facility was filed. */
  day: Scalars['Date']['output'];
  /** 현원 (children enrolled); value null and not suppressed when the source does not publish it. */
  enrolled: StatsFigure;
  /** The facility's `freeSeats` field that day (issue 21): the age classes' free seats when every class it publishes has both figures, capped by max(0, 정원 − 현원); else max(0, 정원 − 현원), value null and not suppressed when either is unpublished. Suppressed with a small 현원 (or the classes' when they are the figure). */
  freeSeats: StatsFigure;
  /** First day of the period. */
  period: Scalars['Date']['output'];
  /** 운영 상태 that day. */
  status: FacilityTrendStatus;
  /** 대기 아동: applications waiting in apply (WAITING or OFFERED), summed over the age classes. */
  waiting: StatsFigure;
};

/** 운영 상태 of a facility on a filed day. */
export type FacilityTrendStatus =
  /** 운영: listed by its source that day. */
  | 'OPERATING'
  /** 폐지·휴지: no longer listed by its source (its last published figures are kept). */
  | 'WITHDRAWN';

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

/** A dimension policy series can be split by. */
export type PolicyStatsGroup =
  /** One series per agency (소관기관) as the source names it. */
  | 'AGENCY'
  /** One series per life stage (임신·출산, 영유아, 초등, 청소년); a policy of two stages is in both. */
  | 'STAGE'
  /** One series per support type (지원유형: 현금, 바우처, 서비스 …) as the source names it. */
  | 'SUPPORT_TYPE';

/** The policy counts of one period's last filed day. */
export type PolicyStatsPoint = {
  __typename?: 'PolicyStatsPoint';
  /** Policies still published by a source (not withdrawn). */
  active: Scalars['Int']['output'];
  /** Not open for applications on that day: the stated period has not begun or has ended. */
  closed: Scalars['Int']['output'];
  /** The filed day the counts are from (the last one of the period in the range). */
  day: Scalars['Date']['output'];
  /** Open for applications on that day. */
  open: Scalars['Int']['output'];
  /** First day of the period. */
  period: Scalars['Date']['output'];
  /** Policies on record that day, active or withdrawn. */
  policies: Scalars['Int']['output'];
  /** The source states no application period. */
  unknown: Scalars['Int']['output'];
};

/** One series of policy figures: one group's points over the range. */
export type PolicyStatsSeries = {
  __typename?: 'PolicyStatsSeries';
  /** The group's value (stage, agency or support type); null for ungrouped or where the source names none. */
  group?: Maybe<Scalars['String']['output']>;
  /** One point per period of the range that has a filed day, oldest first. */
  points: Array<PolicyStatsPoint>;
};

/** A dimension programme series can be split by. */
export type ProgramStatsGroup =
  /** 분류 as the board publishes it (부모교육, 체험 …). */
  | 'CATEGORY';

/** Counts of the period's last filed day; the statuses count active programmes only. */
export type ProgramStatsPoint = {
  __typename?: 'ProgramStatsPoint';
  /** Programmes still published by their board (not withdrawn). */
  active: Scalars['Int']['output'];
  /** 마감 */
  closed: Scalars['Int']['output'];
  /** The filed day the counts are from (the last one of the period in the range). */
  day: Scalars['Date']['output'];
  /** 접수중 */
  open: Scalars['Int']['output'];
  /** First day of the period. */
  period: Scalars['Date']['output'];
  /** Programmes on record that day, active or withdrawn. */
  programmes: Scalars['Int']['output'];
  /** The board's word is none of these. */
  unknown: Scalars['Int']['output'];
  /** 접수예정 */
  upcoming: Scalars['Int']['output'];
  /** 대기 */
  waitlist: Scalars['Int']['output'];
};

/** One series of programme figures: one group's points over the range. */
export type ProgramStatsSeries = {
  __typename?: 'ProgramStatsSeries';
  /** The category; null for ungrouped or where the board names none. */
  group?: Maybe<Scalars['String']['output']>;
  /** One point per period of the range that has a filed day, oldest first. */
  points: Array<ProgramStatsPoint>;
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
  /** 수집 현황: crawl runs per period and each site's last successful crawl. */
  crawlFreshness?: Maybe<CrawlFreshness>;
  /**
   * 시설 통계: facilities, capacity, enrolment, occupancy, free seats and waiting lists per age class, by the
   * dimensions in `groupBy` (none: one series). A week or month shows its last filed day (stock figures).
   */
  facilityStats?: Maybe<Array<FacilityStatsSeries>>;
  /**
   * 시설 추이: one facility's capacity, enrolment, free seats, waiting list and operating status per period. A week or
   * month shows the last day of the period on which the facility's figures were filed (stock figures). Small counts are
   * suppressed as in facilityStats. NOT_FOUND when no facility has this id.
   */
  facilityTrend?: Maybe<FacilityTrend>;
  /** 지원정책 통계: policies active, open and closed for applications, by stage, agency or support type. */
  policyStats?: Maybe<Array<PolicyStatsSeries>>;
  /** 프로그램 통계: programmes per period and registration status (active ones), by category when asked. */
  programStats?: Maybe<Array<ProgramStatsSeries>>;
  /** 입소대기 통계 from apply: offers, time from application to offer (median, p90), offers declined or expired, per period. */
  waitingListStats?: Maybe<Array<WaitingListStatsPoint>>;
  /** 복지 통계: recommendations, duplicates prevented, ineligible registrations blocked, concentration warnings and confirmed recipients per period, by resource type or 동 when asked. */
  welfareStats?: Maybe<Array<WelfareStatsSeries>>;
};


export type QueryCrawlFreshnessArgs = {
  range: StatsRangeInput;
};


export type QueryFacilityStatsArgs = {
  filter?: InputMaybe<FacilityStatsFilter>;
  groupBy?: InputMaybe<Array<FacilityStatsGroup>>;
  range: StatsRangeInput;
};


export type QueryFacilityTrendArgs = {
  facilityId: Scalars['ID']['input'];
  range: StatsRangeInput;
};


export type QueryPolicyStatsArgs = {
  groupBy?: InputMaybe<PolicyStatsGroup>;
  range: StatsRangeInput;
};


export type QueryProgramStatsArgs = {
  groupBy?: InputMaybe<ProgramStatsGroup>;
  range: StatsRangeInput;
};


export type QueryWaitingListStatsArgs = {
  filter?: InputMaybe<FacilityStatsFilter>;
  range: StatsRangeInput;
};


export type QueryWelfareStatsArgs = {
  groupBy?: InputMaybe<WelfareStatsGroup>;
  range: StatsRangeInput;
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

/** A region by its Korean names: 시도 (required) and optionally 시군구. Short forms like 서울 are accepted. */
export type RegionInput = {
  /** 시도 by its Korean name (서울특별시, or short: 서울). */
  sido: Scalars['String']['input'];
  /** 시군구 by its Korean name (도봉구); omit for the whole 시도. */
  sigungu?: InputMaybe<Scalars['String']['input']>;
};

/** One site's crawl freshness. */
export type SiteFreshness = {
  __typename?: 'SiteFreshness';
  /** Hours since the last successful crawl. */
  ageHours?: Maybe<Scalars['Float']['output']>;
  /** Status of the site's latest run, whatever it was: succeeded, partial, failed or running. */
  lastStatus?: Maybe<Scalars['String']['output']>;
  /** ISO timestamp of the last successful crawl; null: never. */
  lastSucceededAt?: Maybe<Scalars['String']['output']>;
  /** The site's registry id (crawlers/sites), as in `sources`. */
  siteId: Scalars['ID']['output'];
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

/** A figure that may be suppressed: fewer than 5 people behind it (소수 셀 비공개). */
export type StatsFigure = {
  __typename?: 'StatsFigure';
  /** True when 1–4 people are behind the figure: its value is withheld so no person can be recognised. */
  suppressed: Scalars['Boolean']['output'];
  /** Null when suppressed. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** The period one point of a series covers (KST). */
export type StatsGranularity =
  /** 일별: one point per day. */
  | 'DAY'
  /** 월별: one point per calendar month. */
  | 'MONTH'
  /** 주별: one point per week, Monday to Sunday. */
  | 'WEEK';

/** The values of the grouping dimensions of a series (null: not grouped by it). */
export type StatsGroupKey = {
  __typename?: 'StatsGroupKey';
  /** Null when grouped by centre type: facilities without one (not 어린이집). */
  centerType?: Maybe<CenterType>;
  /** The series' facility kind when grouped by KIND. */
  kind?: Maybe<FacilityKind>;
  /** The series' 시도 when grouped by SIDO or SIGUNGU. */
  sido?: Maybe<Scalars['String']['output']>;
  /** The series' 시군구 when grouped by SIGUNGU. */
  sigungu?: Maybe<Scalars['String']['output']>;
  /** The series' special-care flag when grouped by SPECIAL_CARE. */
  specialCare?: Maybe<SpecialCare>;
};

/** A range of days (both included, at most 731) and the period of each point; weeks start on Monday. */
export type StatsRangeInput = {
  /** First day of the range (KST), included. */
  from: Scalars['Date']['input'];
  /** The period of each point (default a day). */
  granularity?: InputMaybe<StatsGranularity>;
  /** Last day of the range (KST), included; not before `from`. */
  to: Scalars['Date']['input'];
};

/** The waiting-list figures of one period (from apply). */
export type WaitingListStatsPoint = {
  __typename?: 'WaitingListStatsPoint';
  /** Applications made in the period. */
  applications: StatsFigure;
  /** Hours from application to offer, of the period's offers. */
  medianHoursToOffer: StatsFigure;
  /** Seats offered in the period. */
  offers: StatsFigure;
  /** Offers the parent declined (withdrew while offered), by the day they did. */
  offersDeclined: StatsFigure;
  /** Offers that expired unanswered, by the day they expired. */
  offersExpired: StatsFigure;
  /** The 90th percentile of the hours from application to offer, of the period's offers. */
  p90HoursToOffer: StatsFigure;
  /** First day of the period. */
  period: Scalars['Date']['output'];
};

/** A dimension welfare series can be split by. */
export type WelfareStatsGroup =
  /** 행정동 */
  | 'DONG'
  /** 자원 종류 (김치, 쌀 …) */
  | 'RESOURCE_TYPE';

/** Counts of the period, each by the KST day of its event (recommendation or refused registration). */
export type WelfareStatsPoint = {
  __typename?: 'WelfareStatsPoint';
  /** 편중 경고 (the same resource type received recently). */
  concentrationWarnings: StatsFigure;
  /** 최종 확정 대상자 (distinct people in force in a confirmed list), by the period of their recommendation. */
  confirmedRecipients: StatsFigure;
  /** 중복 추천 (saved as FLAGGED: a second recommendation of the same person prevented from counting twice). */
  duplicatesPrevented: StatsFigure;
  /** 부적격 차단 (registry: deceased, moved out, not found). */
  ineligibleBlocked: StatsFigure;
  /** First day of the period. */
  period: Scalars['Date']['output'];
  /** 추천 건수 */
  recommendations: StatsFigure;
};

/** One series of welfare figures: one group's points over the range. */
export type WelfareStatsSeries = {
  __typename?: 'WelfareStatsSeries';
  /** The resource type or 동; null when ungrouped. */
  group?: Maybe<Scalars['String']['output']>;
  /** One point per period of the range with any event, oldest first. */
  points: Array<WelfareStatsPoint>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AgeClassStats: ResolverTypeWrapper<AgeClassStats>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CenterType: CenterType;
  CrawlFreshness: ResolverTypeWrapper<CrawlFreshness>;
  CrawlRunsPoint: ResolverTypeWrapper<CrawlRunsPoint>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  FacilityKind: FacilityKind;
  FacilityStatsFilter: FacilityStatsFilter;
  FacilityStatsGroup: FacilityStatsGroup;
  FacilityStatsPoint: ResolverTypeWrapper<FacilityStatsPoint>;
  FacilityStatsSeries: ResolverTypeWrapper<FacilityStatsSeries>;
  FacilityTrend: ResolverTypeWrapper<FacilityTrend>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  FacilityTrendAgeClass: ResolverTypeWrapper<FacilityTrendAgeClass>;
  FacilityTrendPoint: ResolverTypeWrapper<FacilityTrendPoint>;
  FacilityTrendStatus: FacilityTrendStatus;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PolicyStatsGroup: PolicyStatsGroup;
  PolicyStatsPoint: ResolverTypeWrapper<PolicyStatsPoint>;
  PolicyStatsSeries: ResolverTypeWrapper<PolicyStatsSeries>;
  ProgramStatsGroup: ProgramStatsGroup;
  ProgramStatsPoint: ResolverTypeWrapper<ProgramStatsPoint>;
  ProgramStatsSeries: ResolverTypeWrapper<ProgramStatsSeries>;
  ProgramStatus: ProgramStatus;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<Region>;
  RegionInput: RegionInput;
  SiteFreshness: ResolverTypeWrapper<SiteFreshness>;
  SpecialCare: SpecialCare;
  Stage: Stage;
  StatsFigure: ResolverTypeWrapper<StatsFigure>;
  StatsGranularity: StatsGranularity;
  StatsGroupKey: ResolverTypeWrapper<StatsGroupKey>;
  StatsRangeInput: StatsRangeInput;
  WaitingListStatsPoint: ResolverTypeWrapper<WaitingListStatsPoint>;
  WelfareStatsGroup: WelfareStatsGroup;
  WelfareStatsPoint: ResolverTypeWrapper<WelfareStatsPoint>;
  WelfareStatsSeries: ResolverTypeWrapper<WelfareStatsSeries>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AgeClassStats: AgeClassStats;
  Int: Scalars['Int']['output'];
  CrawlFreshness: CrawlFreshness;
  CrawlRunsPoint: CrawlRunsPoint;
  Date: Scalars['Date']['output'];
  FacilityStatsFilter: FacilityStatsFilter;
  FacilityStatsPoint: FacilityStatsPoint;
  FacilityStatsSeries: FacilityStatsSeries;
  FacilityTrend: FacilityTrend;
  ID: Scalars['ID']['output'];
  FacilityTrendAgeClass: FacilityTrendAgeClass;
  FacilityTrendPoint: FacilityTrendPoint;
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  PolicyStatsPoint: PolicyStatsPoint;
  PolicyStatsSeries: PolicyStatsSeries;
  ProgramStatsPoint: ProgramStatsPoint;
  ProgramStatsSeries: ProgramStatsSeries;
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  Region: Region;
  RegionInput: RegionInput;
  SiteFreshness: SiteFreshness;
  StatsFigure: StatsFigure;
  StatsGroupKey: StatsGroupKey;
  StatsRangeInput: StatsRangeInput;
  WaitingListStatsPoint: WaitingListStatsPoint;
  WelfareStatsPoint: WelfareStatsPoint;
  WelfareStatsSeries: WelfareStatsSeries;
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

export type AgeClassStatsResolvers<ContextType = any, ParentType extends ResolversParentTypes['AgeClassStats'] = ResolversParentTypes['AgeClassStats']> = ResolversObject<{
  age?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enrolled?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  freeSeats?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
}>;

export type CrawlFreshnessResolvers<ContextType = any, ParentType extends ResolversParentTypes['CrawlFreshness'] = ResolversParentTypes['CrawlFreshness']> = ResolversObject<{
  points?: Resolver<Array<ResolversTypes['CrawlRunsPoint']>, ParentType, ContextType>;
  sites?: Resolver<Array<ResolversTypes['SiteFreshness']>, ParentType, ContextType>;
}>;

export type CrawlRunsPointResolvers<ContextType = any, ParentType extends ResolversParentTypes['CrawlRunsPoint'] = ResolversParentTypes['CrawlRunsPoint']> = ResolversObject<{
  period?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  runs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sitesSucceeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type FacilityStatsPointResolvers<ContextType = any, ParentType extends ResolversParentTypes['FacilityStatsPoint'] = ResolversParentTypes['FacilityStatsPoint']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ageClasses?: Resolver<Array<ResolversTypes['AgeClassStats']>, ParentType, ContextType>;
  applicantsPerSeat?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  enrolled?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  facilities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  freeSeats?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  occupancy?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
}>;

export type FacilityStatsSeriesResolvers<ContextType = any, ParentType extends ResolversParentTypes['FacilityStatsSeries'] = ResolversParentTypes['FacilityStatsSeries']> = ResolversObject<{
  group?: Resolver<ResolversTypes['StatsGroupKey'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['FacilityStatsPoint']>, ParentType, ContextType>;
}>;

export type FacilityTrendResolvers<ContextType = any, ParentType extends ResolversParentTypes['FacilityTrend'] = ResolversParentTypes['FacilityTrend']> = ResolversObject<{
  facilityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['FacilityTrendPoint']>, ParentType, ContextType>;
}>;

export type FacilityTrendAgeClassResolvers<ContextType = any, ParentType extends ResolversParentTypes['FacilityTrendAgeClass'] = ResolversParentTypes['FacilityTrendAgeClass']> = ResolversObject<{
  age?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  enrolled?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  freeSeats?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
}>;

export type FacilityTrendPointResolvers<ContextType = any, ParentType extends ResolversParentTypes['FacilityTrendPoint'] = ResolversParentTypes['FacilityTrendPoint']> = ResolversObject<{
  ageClasses?: Resolver<Array<ResolversTypes['FacilityTrendAgeClass']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  enrolled?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  freeSeats?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FacilityTrendStatus'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = any, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type PolicyStatsPointResolvers<ContextType = any, ParentType extends ResolversParentTypes['PolicyStatsPoint'] = ResolversParentTypes['PolicyStatsPoint']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  policies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unknown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PolicyStatsSeriesResolvers<ContextType = any, ParentType extends ResolversParentTypes['PolicyStatsSeries'] = ResolversParentTypes['PolicyStatsSeries']> = ResolversObject<{
  group?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['PolicyStatsPoint']>, ParentType, ContextType>;
}>;

export type ProgramStatsPointResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProgramStatsPoint'] = ResolversParentTypes['ProgramStatsPoint']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  programmes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unknown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  upcoming?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitlist?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProgramStatsSeriesResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProgramStatsSeries'] = ResolversParentTypes['ProgramStatsSeries']> = ResolversObject<{
  group?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['ProgramStatsPoint']>, ParentType, ContextType>;
}>;

export type ProvenanceResolvers<ContextType = any, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = ResolversObject<{
  adapter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fetchedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  crawlFreshness?: Resolver<Maybe<ResolversTypes['CrawlFreshness']>, ParentType, ContextType, RequireFields<QueryCrawlFreshnessArgs, 'range'>>;
  facilityStats?: Resolver<Maybe<Array<ResolversTypes['FacilityStatsSeries']>>, ParentType, ContextType, RequireFields<QueryFacilityStatsArgs, 'range'>>;
  facilityTrend?: Resolver<Maybe<ResolversTypes['FacilityTrend']>, ParentType, ContextType, RequireFields<QueryFacilityTrendArgs, 'facilityId' | 'range'>>;
  policyStats?: Resolver<Maybe<Array<ResolversTypes['PolicyStatsSeries']>>, ParentType, ContextType, RequireFields<QueryPolicyStatsArgs, 'range'>>;
  programStats?: Resolver<Maybe<Array<ResolversTypes['ProgramStatsSeries']>>, ParentType, ContextType, RequireFields<QueryProgramStatsArgs, 'range'>>;
  waitingListStats?: Resolver<Maybe<Array<ResolversTypes['WaitingListStatsPoint']>>, ParentType, ContextType, RequireFields<QueryWaitingListStatsArgs, 'range'>>;
  welfareStats?: Resolver<Maybe<Array<ResolversTypes['WelfareStatsSeries']>>, ParentType, ContextType, RequireFields<QueryWelfareStatsArgs, 'range'>>;
}>;

export type RegionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sido?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sigungu?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SiteFreshnessResolvers<ContextType = any, ParentType extends ResolversParentTypes['SiteFreshness'] = ResolversParentTypes['SiteFreshness']> = ResolversObject<{
  ageHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lastStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSucceededAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type StatsFigureResolvers<ContextType = any, ParentType extends ResolversParentTypes['StatsFigure'] = ResolversParentTypes['StatsFigure']> = ResolversObject<{
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type StatsGroupKeyResolvers<ContextType = any, ParentType extends ResolversParentTypes['StatsGroupKey'] = ResolversParentTypes['StatsGroupKey']> = ResolversObject<{
  centerType?: Resolver<Maybe<ResolversTypes['CenterType']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['FacilityKind']>, ParentType, ContextType>;
  sido?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sigungu?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  specialCare?: Resolver<Maybe<ResolversTypes['SpecialCare']>, ParentType, ContextType>;
}>;

export type WaitingListStatsPointResolvers<ContextType = any, ParentType extends ResolversParentTypes['WaitingListStatsPoint'] = ResolversParentTypes['WaitingListStatsPoint']> = ResolversObject<{
  applications?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  medianHoursToOffer?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  offers?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  offersDeclined?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  offersExpired?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  p90HoursToOffer?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type WelfareStatsPointResolvers<ContextType = any, ParentType extends ResolversParentTypes['WelfareStatsPoint'] = ResolversParentTypes['WelfareStatsPoint']> = ResolversObject<{
  concentrationWarnings?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  confirmedRecipients?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  duplicatesPrevented?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  ineligibleBlocked?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recommendations?: Resolver<ResolversTypes['StatsFigure'], ParentType, ContextType>;
}>;

export type WelfareStatsSeriesResolvers<ContextType = any, ParentType extends ResolversParentTypes['WelfareStatsSeries'] = ResolversParentTypes['WelfareStatsSeries']> = ResolversObject<{
  group?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['WelfareStatsPoint']>, ParentType, ContextType>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = any> = ResolversObject<{
  AgeClassStats?: AgeClassStatsResolvers<ContextType>;
  CrawlFreshness?: CrawlFreshnessResolvers<ContextType>;
  CrawlRunsPoint?: CrawlRunsPointResolvers<ContextType>;
  Date?: GraphQLScalarType;
  FacilityStatsPoint?: FacilityStatsPointResolvers<ContextType>;
  FacilityStatsSeries?: FacilityStatsSeriesResolvers<ContextType>;
  FacilityTrend?: FacilityTrendResolvers<ContextType>;
  FacilityTrendAgeClass?: FacilityTrendAgeClassResolvers<ContextType>;
  FacilityTrendPoint?: FacilityTrendPointResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  PolicyStatsPoint?: PolicyStatsPointResolvers<ContextType>;
  PolicyStatsSeries?: PolicyStatsSeriesResolvers<ContextType>;
  ProgramStatsPoint?: ProgramStatsPointResolvers<ContextType>;
  ProgramStatsSeries?: ProgramStatsSeriesResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  SiteFreshness?: SiteFreshnessResolvers<ContextType>;
  StatsFigure?: StatsFigureResolvers<ContextType>;
  StatsGroupKey?: StatsGroupKeyResolvers<ContextType>;
  WaitingListStatsPoint?: WaitingListStatsPointResolvers<ContextType>;
  WelfareStatsPoint?: WelfareStatsPointResolvers<ContextType>;
  WelfareStatsSeries?: WelfareStatsSeriesResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = any> = ResolversObject<{
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
}>;
