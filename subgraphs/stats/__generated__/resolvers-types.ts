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
  age: Scalars['Int']['output'];
  capacity: Scalars['Int']['output'];
  enrolled: StatsFigure;
  freeSeats: StatsFigure;
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

export type CrawlFreshness = {
  __typename?: 'CrawlFreshness';
  points: Array<CrawlRunsPoint>;
  sites: Array<SiteFreshness>;
};

export type CrawlRunsPoint = {
  __typename?: 'CrawlRunsPoint';
  period: Scalars['Date']['output'];
  runs: Scalars['Int']['output'];
  /** Distinct sites with a successful run in the period. */
  sitesSucceeded: Scalars['Int']['output'];
  succeeded: Scalars['Int']['output'];
};

/** Facility kind (시설 종류). */
export type FacilityKind =
  | 'CHILDCARE_CENTER'
  | 'CHILDCARE_SUPPORT_CENTER'
  | 'COMMUNITY_CARE_CENTER'
  | 'ELEMENTARY_CARE_CLASS'
  | 'EMERGENCY_CARE_CENTER'
  | 'FAMILY_CENTER'
  | 'HOSPITAL_CHILD_CARE'
  | 'HOURLY_CARE_PROVIDER'
  | 'KINDERGARTEN'
  | 'LOCAL_CHILDREN_CENTER'
  | 'MULTICULTURAL_FAMILY_CENTER'
  | 'OTHER'
  | 'POSTPARTUM_CARE_CENTER'
  | 'PUBLIC_HEALTH_CENTER'
  | 'SHARED_PARENTING_SPACE'
  | 'YOUTH_COUNSELING_CENTER'
  | 'YOUTH_CULTURE_HOUSE'
  | 'YOUTH_TRAINING_CENTER';

/** Facilities counted; all given conditions hold. */
export type FacilityStatsFilter = {
  /** Any of these centre types (어린이집 유형). */
  centerTypes?: InputMaybe<Array<CenterType>>;
  /** Any of these kinds. */
  kinds?: InputMaybe<Array<FacilityKind>>;
  region?: InputMaybe<RegionInput>;
  /** Facilities offering all of these. */
  specialCare?: InputMaybe<Array<SpecialCare>>;
};

export type FacilityStatsGroup =
  | 'CENTER_TYPE'
  | 'KIND'
  | 'SIDO'
  | 'SIGUNGU'
  /** One series per special-care flag: a facility with two flags is in both. */
  | 'SPECIAL_CARE';

export type FacilityStatsPoint = {
  __typename?: 'FacilityStatsPoint';
  /** Facilities operating (not withdrawn). */
  active: Scalars['Int']['output'];
  ageClasses: Array<AgeClassStats>;
  /** Waiting applicants per free seat (null when there is no free seat). */
  applicantsPerSeat: StatsFigure;
  /** 정원 (seats) of operating facilities; a withdrawn facility counts in `facilities`, not here. */
  capacity: Scalars['Int']['output'];
  /** The filed day the figures are from (the last one of the period in the range). */
  day: Scalars['Date']['output'];
  /** 현원 (children enrolled). */
  enrolled: StatsFigure;
  facilities: Scalars['Int']['output'];
  /** Sum over operating facilities of max(0, 정원 − 현원). */
  freeSeats: StatsFigure;
  /** 현원 ÷ 정원 of facilities that publish both (0–1+). */
  occupancy: StatsFigure;
  /** First day of the period. */
  period: Scalars['Date']['output'];
  /** 대기 아동 (applications waiting in apply). */
  waiting: StatsFigure;
};

export type FacilityStatsSeries = {
  __typename?: 'FacilityStatsSeries';
  group: StatsGroupKey;
  points: Array<FacilityStatsPoint>;
};

export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** True when the point is the 시군구 centroid because the source had no usable coordinates. */
  approximate: Scalars['Boolean']['output'];
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
};

export type PolicyStatsGroup =
  | 'AGENCY'
  | 'STAGE'
  | 'SUPPORT_TYPE';

export type PolicyStatsPoint = {
  __typename?: 'PolicyStatsPoint';
  active: Scalars['Int']['output'];
  closed: Scalars['Int']['output'];
  day: Scalars['Date']['output'];
  /** Open for applications on that day. */
  open: Scalars['Int']['output'];
  period: Scalars['Date']['output'];
  policies: Scalars['Int']['output'];
  /** The source states no application period. */
  unknown: Scalars['Int']['output'];
};

export type PolicyStatsSeries = {
  __typename?: 'PolicyStatsSeries';
  /** The group's value (stage, agency or support type); null for ungrouped or where the source names none. */
  group?: Maybe<Scalars['String']['output']>;
  points: Array<PolicyStatsPoint>;
};

export type ProgramStatsGroup =
  /** 분류 as the board publishes it (부모교육, 체험 …). */
  | 'CATEGORY';

/** Counts of the period's last filed day; the statuses count active programmes only. */
export type ProgramStatsPoint = {
  __typename?: 'ProgramStatsPoint';
  active: Scalars['Int']['output'];
  /** 마감 */
  closed: Scalars['Int']['output'];
  day: Scalars['Date']['output'];
  /** 접수중 */
  open: Scalars['Int']['output'];
  period: Scalars['Date']['output'];
  programmes: Scalars['Int']['output'];
  /** The board's word is none of these. */
  unknown: Scalars['Int']['output'];
  /** 접수예정 */
  upcoming: Scalars['Int']['output'];
  /** 대기 */
  waitlist: Scalars['Int']['output'];
};

export type ProgramStatsSeries = {
  __typename?: 'ProgramStatsSeries';
  /** The category; null for ungrouped or where the board names none. */
  group?: Maybe<Scalars['String']['output']>;
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
  fetchedAt: Scalars['String']['output'];
  siteId: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** 수집 현황: crawl runs per period and each site's last successful crawl. */
  crawlFreshness: CrawlFreshness;
  /**
   * 시설 통계: facilities, capacity, enrolment, occupancy, free seats and waiting lists per age class, by the
   * dimensions in `groupBy` (none: one series). A week or month shows its last filed day (stock figures).
   */
  facilityStats: Array<FacilityStatsSeries>;
  /** 지원정책 통계: policies active, open and closed for applications, by stage, agency or support type. */
  policyStats: Array<PolicyStatsSeries>;
  /** 프로그램 통계: programmes per period and registration status (active ones), by category when asked. */
  programStats: Array<ProgramStatsSeries>;
  /** 입소대기 통계 from apply: offers, time from application to offer (median, p90), offers declined or expired, per period. */
  waitingListStats: Array<WaitingListStatsPoint>;
  /** 복지 통계: recommendations, duplicates prevented, ineligible registrations blocked, concentration warnings and confirmed recipients per period, by resource type or 동 when asked. */
  welfareStats: Array<WelfareStatsSeries>;
};


export type QueryCrawlFreshnessArgs = {
  range: StatsRangeInput;
};


export type QueryFacilityStatsArgs = {
  filter?: InputMaybe<FacilityStatsFilter>;
  groupBy?: InputMaybe<Array<FacilityStatsGroup>>;
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
  sido?: Maybe<Scalars['String']['output']>;
  sigungu?: Maybe<Scalars['String']['output']>;
};

export type RegionInput = {
  sido: Scalars['String']['input'];
  sigungu?: InputMaybe<Scalars['String']['input']>;
};

export type SiteFreshness = {
  __typename?: 'SiteFreshness';
  /** Hours since the last successful crawl. */
  ageHours?: Maybe<Scalars['Float']['output']>;
  lastStatus?: Maybe<Scalars['String']['output']>;
  /** ISO timestamp of the last successful crawl; null: never. */
  lastSucceededAt?: Maybe<Scalars['String']['output']>;
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
  suppressed: Scalars['Boolean']['output'];
  /** Null when suppressed. */
  value?: Maybe<Scalars['Float']['output']>;
};

export type StatsGranularity =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

/** The values of the grouping dimensions of a series (null: not grouped by it). */
export type StatsGroupKey = {
  __typename?: 'StatsGroupKey';
  /** Null when grouped by centre type: facilities without one (not 어린이집). */
  centerType?: Maybe<CenterType>;
  kind?: Maybe<FacilityKind>;
  sido?: Maybe<Scalars['String']['output']>;
  sigungu?: Maybe<Scalars['String']['output']>;
  specialCare?: Maybe<SpecialCare>;
};

/** A range of days (both included, at most 731) and the period of each point; weeks start on Monday. */
export type StatsRangeInput = {
  from: Scalars['Date']['input'];
  granularity?: InputMaybe<StatsGranularity>;
  to: Scalars['Date']['input'];
};

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
  p90HoursToOffer: StatsFigure;
  period: Scalars['Date']['output'];
};

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
  period: Scalars['Date']['output'];
  /** 추천 건수 */
  recommendations: StatsFigure;
};

export type WelfareStatsSeries = {
  __typename?: 'WelfareStatsSeries';
  /** The resource type or 동; null when ungrouped. */
  group?: Maybe<Scalars['String']['output']>;
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
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
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
  ID: Scalars['ID']['output'];
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
  crawlFreshness?: Resolver<ResolversTypes['CrawlFreshness'], ParentType, ContextType, RequireFields<QueryCrawlFreshnessArgs, 'range'>>;
  facilityStats?: Resolver<Array<ResolversTypes['FacilityStatsSeries']>, ParentType, ContextType, RequireFields<QueryFacilityStatsArgs, 'range'>>;
  policyStats?: Resolver<Array<ResolversTypes['PolicyStatsSeries']>, ParentType, ContextType, RequireFields<QueryPolicyStatsArgs, 'range'>>;
  programStats?: Resolver<Array<ResolversTypes['ProgramStatsSeries']>, ParentType, ContextType, RequireFields<QueryProgramStatsArgs, 'range'>>;
  waitingListStats?: Resolver<Array<ResolversTypes['WaitingListStatsPoint']>, ParentType, ContextType, RequireFields<QueryWaitingListStatsArgs, 'range'>>;
  welfareStats?: Resolver<Array<ResolversTypes['WelfareStatsSeries']>, ParentType, ContextType, RequireFields<QueryWelfareStatsArgs, 'range'>>;
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
