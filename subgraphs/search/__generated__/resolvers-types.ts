import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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

export type AfterSchoolCareCenter = {
  __typename?: 'AfterSchoolCareCenter';
  id: Scalars['ID']['output'];
};

export type ChildcareCenter = {
  __typename?: 'ChildcareCenter';
  id: Scalars['ID']['output'];
};

export type ElementaryFacility = {
  __typename?: 'ElementaryFacility';
  id: Scalars['ID']['output'];
};

export type ElementaryPolicy = {
  __typename?: 'ElementaryPolicy';
  id: Scalars['ID']['output'];
};

export type ElementaryProgram = {
  __typename?: 'ElementaryProgram';
  id: Scalars['ID']['output'];
};

/** How many hits have one value of a facet. */
export type FacetCount = {
  __typename?: 'FacetCount';
  /** Number of hits (records) with that value. */
  count: Scalars['Int']['output'];
  /** The facet value (a stage, kind, 시군구, special-care flag, or true/false). */
  value: Scalars['String']['output'];
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

/** A point and a radius (km, default 5, at most 100). */
export type GeoPointInput = {
  /** Latitude (위도), WGS84 degrees, −90 to 90. */
  lat: Scalars['Float']['input'];
  /** Longitude (경도), WGS84 degrees, −180 to 180. */
  lng: Scalars['Float']['input'];
  /** Radius in km, above 0 and at most 100 (else BAD_USER_INPUT). */
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
};

/** Where the query matched in a hit, for display. */
export type Highlight = {
  __typename?: 'Highlight';
  /** title or body */
  field: Scalars['String']['output'];
  /** A short plain-text fragment around the match. */
  fragment: Scalars['String']['output'];
  /** The query terms (or synonyms) found in the fragment. */
  terms: Array<Scalars['String']['output']>;
};

export type InfantFacility = {
  __typename?: 'InfantFacility';
  id: Scalars['ID']['output'];
};

export type InfantPolicy = {
  __typename?: 'InfantPolicy';
  id: Scalars['ID']['output'];
};

export type InfantProgram = {
  __typename?: 'InfantProgram';
  id: Scalars['ID']['output'];
};

export type Kindergarten = {
  __typename?: 'Kindergarten';
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PostpartumCenter = {
  __typename?: 'PostpartumCenter';
  id: Scalars['ID']['output'];
};

export type PregnancyFacility = {
  __typename?: 'PregnancyFacility';
  id: Scalars['ID']['output'];
};

export type PregnancyPolicy = {
  __typename?: 'PregnancyPolicy';
  id: Scalars['ID']['output'];
};

export type PregnancyProgram = {
  __typename?: 'PregnancyProgram';
  id: Scalars['ID']['output'];
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
  /**
   * Search policies, programmes and facilities of every stage (통합검색). `query` is free Korean text:
   * particles and verb endings are ignored (어린이집에서 finds 어린이집, 빌려주는 is read as 빌려 → 대여),
   * spacing does not matter (산후 우울 / 산후우울), 초성 works word by word (ㅇㄹㅇㅈ, ㄱㄴㄱ ㅇㄹㅇㅈ),
   * a typo is corrected (산후조리웜 → 산후조리원, see `didYouMean`), editors' synonyms and plain-language
   * words apply (보육시설 → 어린이집, 돌봐 → 돌봄), and region words (강남구, 송파) rank that region first.
   * Every word counts but none is required: records covering all of the query come first, and when fewer
   * than 20 cover all of it, records covering part of it follow (a word that matches nothing never empties
   * the answer). District copies of one policy or programme are folded into one hit (`variants`).
   * Without `query`, lists what the filters select.
   * 검색어의 모든 단어를 반영하되, 일치하지 않는 단어 하나 때문에 결과가 비지 않습니다.
   */
  search?: Maybe<SearchConnection>;
  /**
   * Earlier questions of the Q&A board (소통방) like the one a parent is typing, best first, to show before
   * they post (비슷한 질문). The same Korean analysis as `search` (particles, verb and question endings,
   * spacing, editors' synonyms and plain-language words) over published questions only, scored by the share
   * of the text's words a question covers (rare words weigh more; title words more than body words).
   * Questions covering too little of the text are left out: [] when nothing is close.
   */
  similarQuestions?: Maybe<Array<Question>>;
  /** Titles that start with `prefix` (or whose 초성 does), for autocomplete. */
  suggest?: Maybe<Array<Suggestion>>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  near?: InputMaybe<GeoPointInput>;
  query?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<SearchSort>;
};


export type QuerySimilarQuestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySuggestArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  prefix: Scalars['String']['input'];
};

export type Question = {
  __typename?: 'Question';
  id: Scalars['ID']['output'];
};

export type RecordKind =
  /** 시설 */
  | 'FACILITY'
  /** 지원정책 */
  | 'POLICY'
  /** 프로그램 */
  | 'PROGRAM';

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
  sido: Scalars['String']['input'];
  sigungu?: InputMaybe<Scalars['String']['input']>;
};

/** A page of search hits with their total and facets. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** The query with its misspelt words corrected (산후조리웜 → 산후조리원), when a correction was found; the hits already include its matches. */
  didYouMean?: Maybe<Scalars['String']['output']>;
  /** The hits of this page, in `sort` order. */
  edges: Array<SearchEdge>;
  /** Counts over all hits, for filter menus. */
  facets: SearchFacets;
  /** Whether there are more hits and the cursor to get them. */
  pageInfo: PageInfo;
  /** Records matching (not hits: variants folded into one hit count each). */
  totalCount: Scalars['Int']['output'];
  /** True when `totalCount` is estimated from a sample of the index: broad queries over tens of thousands of records (약 N건). */
  totalCountIsEstimate: Scalars['Boolean']['output'];
};

/** One hit of a search page. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  /** Pass as `after` to get the hits after this one. */
  cursor: Scalars['String']['output'];
  /** Distance from `near`, when given. */
  distanceKm?: Maybe<Scalars['Float']['output']>;
  /** Fragments of the title or body where the query terms (or their synonyms) matched. */
  highlights: Array<Highlight>;
  /** Null only when the subgraph that serves this record's fields is unavailable (an error with SERVICE_UNAVAILABLE and this path says so); the other hits stand. */
  node?: Maybe<SearchResult>;
  /** Relevance: the share of the query the record covers (rare words weigh more), in its title, exact titles, named regions. */
  score: Scalars['Float']['output'];
  /** Copies of this policy or programme in other districts (다른 구에도 있음), up to 30, best first; empty for facilities. */
  variants: Array<SearchVariant>;
};

/** Counts over all hits (not only this page). */
export type SearchFacets = {
  __typename?: 'SearchFacets';
  /** True when the counts are estimated from a sample of the index (a broad query; 추정치). */
  estimated: Scalars['Boolean']['output'];
  /** true / false (sums to totalCount). */
  hasVacancy: Array<FacetCount>;
  /** By kind: facility kinds, POLICY, PROGRAM and QUESTION (sums to totalCount). */
  kinds: Array<FacetCount>;
  /** By 시군구 of the record. */
  sigungu: Array<FacetCount>;
  /** By special-care flag (특수보육) of facilities. */
  specialCare: Array<FacetCount>;
  /** By primary stage (sums to totalCount). */
  stages: Array<FacetCount>;
};

/** Filters of search; all given ones must hold (AND), a list matches any of its items unless it says otherwise. */
export type SearchFilter = {
  /** Policies whose application is open today. */
  applicationOpen?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: facilities with an inspection that found a violation (on or after `inspectedSince` when given); false: facilities without one, including those never inspected. Policies and programmes never match. */
  hasViolations?: InputMaybe<Scalars['Boolean']['input']>;
  /** Facilities with an inspection (점검 이력) on or after this day, `YYYY-MM-DD` (else BAD_USER_INPUT); policies and programmes never match. Same as `facilities(filter:)`. */
  inspectedSince?: InputMaybe<Scalars['String']['input']>;
  /** Any of these facility kinds. */
  kinds?: InputMaybe<Array<FacilityKind>>;
  /** Open at this time of a usual (week)day, `HH:MM`: facilities whose openingHours cover it (published, curated, or for 어린이집 derived: docs/opening-hours.md). */
  openAt?: InputMaybe<Scalars['String']['input']>;
  /** Questions of the Q&A board (소통방): EXCLUDE (default), INCLUDE or ONLY. Only published questions are ever found; region and stage filters read the facility or policy a question links (else 영유아). */
  questions?: InputMaybe<SearchQuestions>;
  /** Facilities, policies, programmes, or any mix (default: all). */
  recordKinds?: InputMaybe<Array<RecordKind>>;
  /** Records in this region (시도, optionally 시군구). */
  region?: InputMaybe<RegionInput>;
  /** Facilities offering all of these. */
  specialCare?: InputMaybe<Array<SpecialCare>>;
  /** Records whose stages include any of these. */
  stages?: InputMaybe<Array<Stage>>;
  /** Facilities with a free seat now. */
  vacancy?: InputMaybe<VacancyFilter>;
};

/** Whether search reads the questions of the Q&A board (issue 23) besides catalog records. */
export type SearchQuestions =
  /** Catalog records only (the default: what search answered before the board existed). */
  | 'EXCLUDE'
  /** Catalog records and published questions (recordKinds narrows the records, not the questions). */
  | 'INCLUDE'
  /** Published questions only (answered or not; an accepted answer's words find its question). */
  | 'ONLY';

/** A search hit: any facility, policy or programme (fields from the subgraph of its primary stage), or a question of the Q&A board when `filter.questions` asks for them (fields from community). */
export type SearchResult = AfterSchoolCareCenter | ChildcareCenter | ElementaryFacility | ElementaryPolicy | ElementaryProgram | InfantFacility | InfantPolicy | InfantProgram | Kindergarten | PostpartumCenter | PregnancyFacility | PregnancyPolicy | PregnancyProgram | Question | YouthFacility | YouthPolicy | YouthProgram;

/** Order of search hits. */
export type SearchSort =
  /** Nearest first; needs `near`. */
  | 'DISTANCE'
  /** By title. */
  | 'NAME'
  /** Best match first (exact title and phrase matches above body matches). */
  | 'RELEVANCE';

/** The same policy or programme in another district (다른 구에도 있음), folded under a hit. */
export type SearchVariant = {
  __typename?: 'SearchVariant';
  /** Record id of the copy in the other district. */
  id: Scalars['ID']['output'];
  /** The variant itself, resolved by its owning subgraph like `node`. */
  node: SearchResult;
  /** 시도 of the copy; null when unknown. */
  sido?: Maybe<Scalars['String']['output']>;
  /** 시군구 of the copy; null when unknown. */
  sigungu?: Maybe<Scalars['String']['output']>;
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

/** An autocomplete suggestion: a record title. */
export type Suggestion = {
  __typename?: 'Suggestion';
  /** Record id of the titled facility, policy or programme (look it up with facility/policy/program or search). */
  id: Scalars['ID']['output'];
  /** The record's title. */
  text: Scalars['String']['output'];
};

/** Facilities with a free seat (빈자리) now, optionally in one age class. */
export type VacancyFilter = {
  /** Age class (만 나이 0–5); omit for any free seat. */
  ageClass?: InputMaybe<Scalars['Int']['input']>;
};

export type YouthFacility = {
  __typename?: 'YouthFacility';
  id: Scalars['ID']['output'];
};

export type YouthPolicy = {
  __typename?: 'YouthPolicy';
  id: Scalars['ID']['output'];
};

export type YouthProgram = {
  __typename?: 'YouthProgram';
  id: Scalars['ID']['output'];
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



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  SearchResult:
    | ( AfterSchoolCareCenter )
    | ( ChildcareCenter )
    | ( ElementaryFacility )
    | ( ElementaryPolicy )
    | ( ElementaryProgram )
    | ( InfantFacility )
    | ( InfantPolicy )
    | ( InfantProgram )
    | ( Kindergarten )
    | ( PostpartumCenter )
    | ( PregnancyFacility )
    | ( PregnancyPolicy )
    | ( PregnancyProgram )
    | ( Question )
    | ( YouthFacility )
    | ( YouthPolicy )
    | ( YouthProgram )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AfterSchoolCareCenter: ResolverTypeWrapper<AfterSchoolCareCenter>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ChildcareCenter: ResolverTypeWrapper<ChildcareCenter>;
  ElementaryFacility: ResolverTypeWrapper<ElementaryFacility>;
  ElementaryPolicy: ResolverTypeWrapper<ElementaryPolicy>;
  ElementaryProgram: ResolverTypeWrapper<ElementaryProgram>;
  FacetCount: ResolverTypeWrapper<FacetCount>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  FacilityKind: FacilityKind;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoPointInput: GeoPointInput;
  Highlight: ResolverTypeWrapper<Highlight>;
  InfantFacility: ResolverTypeWrapper<InfantFacility>;
  InfantPolicy: ResolverTypeWrapper<InfantPolicy>;
  InfantProgram: ResolverTypeWrapper<InfantProgram>;
  Kindergarten: ResolverTypeWrapper<Kindergarten>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PostpartumCenter: ResolverTypeWrapper<PostpartumCenter>;
  PregnancyFacility: ResolverTypeWrapper<PregnancyFacility>;
  PregnancyPolicy: ResolverTypeWrapper<PregnancyPolicy>;
  PregnancyProgram: ResolverTypeWrapper<PregnancyProgram>;
  ProgramStatus: ProgramStatus;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Question: ResolverTypeWrapper<Question>;
  RecordKind: RecordKind;
  Region: ResolverTypeWrapper<Region>;
  RegionInput: RegionInput;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversTypes['SearchEdge']> }>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'highlights' | 'node' | 'variants'> & { highlights: Array<ResolversTypes['Highlight']>, node?: Maybe<ResolversTypes['SearchResult']>, variants: Array<ResolversTypes['SearchVariant']> }>;
  SearchFacets: ResolverTypeWrapper<SearchFacets>;
  SearchFilter: SearchFilter;
  SearchQuestions: SearchQuestions;
  SearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchResult']>;
  SearchSort: SearchSort;
  SearchVariant: ResolverTypeWrapper<Omit<SearchVariant, 'node'> & { node: ResolversTypes['SearchResult'] }>;
  SpecialCare: SpecialCare;
  Stage: Stage;
  Suggestion: ResolverTypeWrapper<Suggestion>;
  VacancyFilter: VacancyFilter;
  YouthFacility: ResolverTypeWrapper<YouthFacility>;
  YouthPolicy: ResolverTypeWrapper<YouthPolicy>;
  YouthProgram: ResolverTypeWrapper<YouthProgram>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AfterSchoolCareCenter: AfterSchoolCareCenter;
  ID: Scalars['ID']['output'];
  ChildcareCenter: ChildcareCenter;
  ElementaryFacility: ElementaryFacility;
  ElementaryPolicy: ElementaryPolicy;
  ElementaryProgram: ElementaryProgram;
  FacetCount: FacetCount;
  Int: Scalars['Int']['output'];
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  GeoPointInput: GeoPointInput;
  Highlight: Highlight;
  InfantFacility: InfantFacility;
  InfantPolicy: InfantPolicy;
  InfantProgram: InfantProgram;
  Kindergarten: Kindergarten;
  PageInfo: PageInfo;
  PostpartumCenter: PostpartumCenter;
  PregnancyFacility: PregnancyFacility;
  PregnancyPolicy: PregnancyPolicy;
  PregnancyProgram: PregnancyProgram;
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  Question: Question;
  Region: Region;
  RegionInput: RegionInput;
  SearchConnection: Omit<SearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchEdge']> };
  SearchEdge: Omit<SearchEdge, 'highlights' | 'node' | 'variants'> & { highlights: Array<ResolversParentTypes['Highlight']>, node?: Maybe<ResolversParentTypes['SearchResult']>, variants: Array<ResolversParentTypes['SearchVariant']> };
  SearchFacets: SearchFacets;
  SearchFilter: SearchFilter;
  SearchResult: ResolversUnionTypes<ResolversParentTypes>['SearchResult'];
  SearchVariant: Omit<SearchVariant, 'node'> & { node: ResolversParentTypes['SearchResult'] };
  Suggestion: Suggestion;
  VacancyFilter: VacancyFilter;
  YouthFacility: YouthFacility;
  YouthPolicy: YouthPolicy;
  YouthProgram: YouthProgram;
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

export type AfterSchoolCareCenterResolvers<ContextType = any, ParentType extends ResolversParentTypes['AfterSchoolCareCenter'] = ResolversParentTypes['AfterSchoolCareCenter']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChildcareCenterResolvers<ContextType = any, ParentType extends ResolversParentTypes['ChildcareCenter'] = ResolversParentTypes['ChildcareCenter']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ElementaryFacilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['ElementaryFacility'] = ResolversParentTypes['ElementaryFacility']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ElementaryPolicyResolvers<ContextType = any, ParentType extends ResolversParentTypes['ElementaryPolicy'] = ResolversParentTypes['ElementaryPolicy']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ElementaryProgramResolvers<ContextType = any, ParentType extends ResolversParentTypes['ElementaryProgram'] = ResolversParentTypes['ElementaryProgram']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FacetCountResolvers<ContextType = any, ParentType extends ResolversParentTypes['FacetCount'] = ResolversParentTypes['FacetCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = any, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type HighlightResolvers<ContextType = any, ParentType extends ResolversParentTypes['Highlight'] = ResolversParentTypes['Highlight']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fragment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  terms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type InfantFacilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['InfantFacility'] = ResolversParentTypes['InfantFacility']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InfantPolicyResolvers<ContextType = any, ParentType extends ResolversParentTypes['InfantPolicy'] = ResolversParentTypes['InfantPolicy']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InfantProgramResolvers<ContextType = any, ParentType extends ResolversParentTypes['InfantProgram'] = ResolversParentTypes['InfantProgram']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type KindergartenResolvers<ContextType = any, ParentType extends ResolversParentTypes['Kindergarten'] = ResolversParentTypes['Kindergarten']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = any, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PostpartumCenterResolvers<ContextType = any, ParentType extends ResolversParentTypes['PostpartumCenter'] = ResolversParentTypes['PostpartumCenter']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PregnancyFacilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['PregnancyFacility'] = ResolversParentTypes['PregnancyFacility']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PregnancyPolicyResolvers<ContextType = any, ParentType extends ResolversParentTypes['PregnancyPolicy'] = ResolversParentTypes['PregnancyPolicy']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PregnancyProgramResolvers<ContextType = any, ParentType extends ResolversParentTypes['PregnancyProgram'] = ResolversParentTypes['PregnancyProgram']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProvenanceResolvers<ContextType = any, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = ResolversObject<{
  adapter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fetchedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  search?: Resolver<Maybe<ResolversTypes['SearchConnection']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'sort'>>;
  similarQuestions?: Resolver<Maybe<Array<ResolversTypes['Question']>>, ParentType, ContextType, RequireFields<QuerySimilarQuestionsArgs, 'first' | 'text'>>;
  suggest?: Resolver<Maybe<Array<ResolversTypes['Suggestion']>>, ParentType, ContextType, RequireFields<QuerySuggestArgs, 'first' | 'prefix'>>;
}>;

export type QuestionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Question'] = ResolversParentTypes['Question']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sido?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sigungu?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SearchConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = ResolversObject<{
  didYouMean?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['SearchFacets'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountIsEstimate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SearchEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['Highlight']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['SearchResult']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['SearchVariant']>, ParentType, ContextType>;
}>;

export type SearchFacetsResolvers<ContextType = any, ParentType extends ResolversParentTypes['SearchFacets'] = ResolversParentTypes['SearchFacets']> = ResolversObject<{
  estimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasVacancy?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  sigungu?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  specialCare?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
}>;

export type SearchResultResolvers<ContextType = any, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AfterSchoolCareCenter' | 'ChildcareCenter' | 'ElementaryFacility' | 'ElementaryPolicy' | 'ElementaryProgram' | 'InfantFacility' | 'InfantPolicy' | 'InfantProgram' | 'Kindergarten' | 'PostpartumCenter' | 'PregnancyFacility' | 'PregnancyPolicy' | 'PregnancyProgram' | 'Question' | 'YouthFacility' | 'YouthPolicy' | 'YouthProgram', ParentType, ContextType>;
}>;

export type SearchVariantResolvers<ContextType = any, ParentType extends ResolversParentTypes['SearchVariant'] = ResolversParentTypes['SearchVariant']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
  sido?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sigungu?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SuggestionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Suggestion'] = ResolversParentTypes['Suggestion']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type YouthFacilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['YouthFacility'] = ResolversParentTypes['YouthFacility']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type YouthPolicyResolvers<ContextType = any, ParentType extends ResolversParentTypes['YouthPolicy'] = ResolversParentTypes['YouthPolicy']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type YouthProgramResolvers<ContextType = any, ParentType extends ResolversParentTypes['YouthProgram'] = ResolversParentTypes['YouthProgram']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = any> = ResolversObject<{
  AfterSchoolCareCenter?: AfterSchoolCareCenterResolvers<ContextType>;
  ChildcareCenter?: ChildcareCenterResolvers<ContextType>;
  ElementaryFacility?: ElementaryFacilityResolvers<ContextType>;
  ElementaryPolicy?: ElementaryPolicyResolvers<ContextType>;
  ElementaryProgram?: ElementaryProgramResolvers<ContextType>;
  FacetCount?: FacetCountResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Highlight?: HighlightResolvers<ContextType>;
  InfantFacility?: InfantFacilityResolvers<ContextType>;
  InfantPolicy?: InfantPolicyResolvers<ContextType>;
  InfantProgram?: InfantProgramResolvers<ContextType>;
  Kindergarten?: KindergartenResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PostpartumCenter?: PostpartumCenterResolvers<ContextType>;
  PregnancyFacility?: PregnancyFacilityResolvers<ContextType>;
  PregnancyPolicy?: PregnancyPolicyResolvers<ContextType>;
  PregnancyProgram?: PregnancyProgramResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Question?: QuestionResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchFacets?: SearchFacetsResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SearchVariant?: SearchVariantResolvers<ContextType>;
  Suggestion?: SuggestionResolvers<ContextType>;
  YouthFacility?: YouthFacilityResolvers<ContextType>;
  YouthPolicy?: YouthPolicyResolvers<ContextType>;
  YouthProgram?: YouthProgramResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = any> = ResolversObject<{
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
}>;
