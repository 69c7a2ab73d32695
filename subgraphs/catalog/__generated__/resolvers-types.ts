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

export type AfterSchoolCareCenter = Facility & {
  __typename?: 'AfterSchoolCareCenter';
  id: Scalars['ID']['output'];
};

/** What happened to a record in the change feed (변경 구분). */
export type ChangeOp =
  /** The record is new. */
  | 'CREATED'
  /** Its content changed (or it came back after a withdrawal). */
  | 'UPDATED'
  /** It is no longer published by any source: hidden from lists, still answering by id. */
  | 'WITHDRAWN';

/** A page of the change feed, oldest change first. */
export type ChangePage = {
  __typename?: 'ChangePage';
  /** The changes of this page, oldest first. */
  changes: Array<RecordChange>;
  /** Pass back as `since`: the last change's cursor, or `since` itself when nothing changed. */
  cursor?: Maybe<Scalars['String']['output']>;
  /** More changes wait after this page. */
  hasMore: Scalars['Boolean']['output'];
  /** Changes after `since` visible now, this page included. */
  totalCount: Scalars['Int']['output'];
};

export type ChildcareCenter = Facility & {
  __typename?: 'ChildcareCenter';
  id: Scalars['ID']['output'];
};

/** Failed requests of one error class in a crawl. */
export type CrawlErrorCount = {
  __typename?: 'CrawlErrorCount';
  /** Error class of the crawler core (crawlers/core/fetch/errors.ts). */
  class: Scalars['String']['output'];
  /** Number of failed requests of this class. */
  count: Scalars['Int']['output'];
  /**
   * Same as `class` (deprecated).
   * @deprecated Use `class`.
   */
  errorClass: Scalars['String']['output'];
  /** The first failed request of this class in the run: its path on the site and its error (each cut to 300 characters). */
  sample?: Maybe<CrawlErrorSample>;
};

/** One failed request of a crawl. */
export type CrawlErrorSample = {
  __typename?: 'CrawlErrorSample';
  /** The error message (cut to 300 characters); null when there was none. */
  error?: Maybe<Scalars['String']['output']>;
  /** Its path on the site (cut to 300 characters). */
  url: Scalars['String']['output'];
};

/** A running crawl, as far as it got. */
export type CrawlProgress = {
  __typename?: 'CrawlProgress';
  /** Failed requests so far. */
  errors: Scalars['Int']['output'];
  /** Pages the last successful crawl fetched: what this one will likely reach (null before a first success). */
  expectedPages?: Maybe<Scalars['Int']['output']>;
  /** pagesFetched / expectedPages, at most 0.99 until the crawl ends (null without expectedPages). */
  fraction?: Maybe<Scalars['Float']['output']>;
  /** Responses received so far. */
  pagesFetched: Scalars['Int']['output'];
  /** ISO timestamp when the running crawl started. */
  startedAt: Scalars['String']['output'];
};

/** One crawl of a source site and what it found. */
export type CrawlRun = {
  __typename?: 'CrawlRun';
  /** Failed requests by error class (NOT_FOUND, HTTP_5XX, REDIRECT_LOOP, …), each with a sample. */
  errors: Array<CrawlErrorCount>;
  /** ISO timestamp when the crawl ended; null while it runs. */
  finishedAt?: Maybe<Scalars['String']['output']>;
  /** Why the crawl was aborted or left partial (the abort reason, requests left, detail pages missing); null when there is nothing to report. */
  message?: Maybe<Scalars['String']['output']>;
  /** Pages the site answered 304 Not Modified (conditional GET): not parsed, not written. */
  notModified: Scalars['Int']['output'];
  /**
   * Same as pagesFetched (deprecated).
   * @deprecated Use `pagesFetched`.
   */
  pages: Scalars['Int']['output'];
  /** Responses received (200 and 304). */
  pagesFetched: Scalars['Int']['output'];
  /** Records read from the pages. */
  records: Scalars['Int']['output'];
  /** Records written (new or changed). */
  recordsUpserted: Scalars['Int']['output'];
  /** Records withdrawn after missing from successive successful crawls. */
  recordsWithdrawn: Scalars['Int']['output'];
  /** ISO timestamp when the crawl started. */
  startedAt: Scalars['String']['output'];
  /** How the crawl ended, or RUNNING. */
  status: CrawlRunStatus;
  /**
   * Same as recordsWithdrawn (deprecated).
   * @deprecated Use `recordsWithdrawn`.
   */
  withdrawn: Scalars['Int']['output'];
  /**
   * Same as recordsUpserted (deprecated).
   * @deprecated Use `recordsUpserted`.
   */
  written: Scalars['Int']['output'];
};

/** How a crawl ended. */
export type CrawlRunStatus =
  /** The site was unreachable or refused us. */
  | 'ABORTED'
  /** Every request failed; the last successful crawl's data is still served. */
  | 'FAILED'
  /** Some pages failed: nothing was counted as absent. */
  | 'PARTIAL'
  /** Still running. */
  | 'RUNNING'
  /** Every request answered and every expected detail page arrived. */
  | 'SUCCEEDED';

export type ElementaryFacility = Facility & {
  __typename?: 'ElementaryFacility';
  id: Scalars['ID']['output'];
};

export type ElementaryPolicy = Policy & {
  __typename?: 'ElementaryPolicy';
  id: Scalars['ID']['output'];
};

export type ElementaryProgram = Program & {
  __typename?: 'ElementaryProgram';
  id: Scalars['ID']['output'];
  /** The facility that runs the programme (운영기관), when known: the one its source names (육아종합지원센터 boards), else the publishing site's own facility when exactly one facility of that name is in the programme's region; null otherwise. */
  provider?: Maybe<Facility>;
};

export type Facility = {
  id: Scalars['ID']['output'];
};

/** A page of facilities. */
export type FacilityConnection = {
  __typename?: 'FacilityConnection';
  /** The facilities of this page, by name then id. */
  edges: Array<FacilityEdge>;
  /** Whether more facilities follow and the cursor to get them. */
  pageInfo: PageInfo;
  /** Number of facilities matching the filter (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One facility of a page. */
export type FacilityEdge = {
  __typename?: 'FacilityEdge';
  /** Pass as `after` to get the facilities after this one. */
  cursor: Scalars['String']['output'];
  /** Null only when a subgraph that serves this facility's fields is unavailable; the response's errors then carry SERVICE_UNAVAILABLE with this path, and the rest of the page stands. */
  node?: Maybe<Facility>;
};

/** Which facilities a list selects; all given conditions must hold. */
export type FacilityFilter = {
  /** true: facilities with at least one inspection that found a violation (지적사항 or 조치: 시정명령, 과태료, 보조금 환수); false: facilities with none (including never inspected). Combined with inspectedSince, the violation must be on or after that day. */
  hasViolations?: InputMaybe<Scalars['Boolean']['input']>;
  /** Facilities with an inspection (점검) on or after this day, YYYY-MM-DD (any inspection source; undated ones never match). */
  inspectedSince?: InputMaybe<Scalars['String']['input']>;
  /** Any of these kinds. */
  kinds?: InputMaybe<Array<FacilityKind>>;
  /** Facilities in this region. */
  region?: InputMaybe<RegionInput>;
  /** Facilities offering all of these. */
  specialCare?: InputMaybe<Array<SpecialCare>>;
  /** Records whose stages include any of these. */
  stages?: InputMaybe<Array<Stage>>;
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

export type InfantFacility = Facility & {
  __typename?: 'InfantFacility';
  id: Scalars['ID']['output'];
};

export type InfantPolicy = Policy & {
  __typename?: 'InfantPolicy';
  id: Scalars['ID']['output'];
};

export type InfantProgram = Program & {
  __typename?: 'InfantProgram';
  id: Scalars['ID']['output'];
  /** The facility that runs the programme (운영기관), when known: the one its source names (육아종합지원센터 boards), else the publishing site's own facility when exactly one facility of that name is in the programme's region; null otherwise. */
  provider?: Maybe<Facility>;
};

export type Kindergarten = Facility & {
  __typename?: 'Kindergarten';
  id: Scalars['ID']['output'];
};

/** Where a page sits in its list (Relay cursor pagination). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the page's last item, to pass as `after`; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items come before this page (`after` or `offset` was given). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the page's first item; null for an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Policy = {
  id: Scalars['ID']['output'];
};

/** A page of policies. */
export type PolicyConnection = {
  __typename?: 'PolicyConnection';
  /** The policies of this page, by name then id. */
  edges: Array<PolicyEdge>;
  /** Whether more policies follow and the cursor to get them. */
  pageInfo: PageInfo;
  /** Number of policies matching the filter (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One policy of a page. */
export type PolicyEdge = {
  __typename?: 'PolicyEdge';
  /** Pass as `after` to get the policies after this one. */
  cursor: Scalars['String']['output'];
  /** Null only when a subgraph that serves this policy's fields is unavailable; the response's errors then carry SERVICE_UNAVAILABLE with this path, and the rest of the page stands. */
  node?: Maybe<Policy>;
};

/** Which policies a list selects; all given conditions must hold. */
export type PolicyFilter = {
  /** Policies of this region (지역). */
  region?: InputMaybe<RegionInput>;
  /** Records whose stages include any of these. */
  stages?: InputMaybe<Array<Stage>>;
};

export type PostpartumCenter = Facility & {
  __typename?: 'PostpartumCenter';
  id: Scalars['ID']['output'];
};

export type PregnancyFacility = Facility & {
  __typename?: 'PregnancyFacility';
  id: Scalars['ID']['output'];
};

export type PregnancyPolicy = Policy & {
  __typename?: 'PregnancyPolicy';
  id: Scalars['ID']['output'];
};

export type PregnancyProgram = Program & {
  __typename?: 'PregnancyProgram';
  id: Scalars['ID']['output'];
  /** The facility that runs the programme (운영기관), when known: the one its source names (육아종합지원센터 boards), else the publishing site's own facility when exactly one facility of that name is in the programme's region; null otherwise. */
  provider?: Maybe<Facility>;
};

export type Program = {
  id: Scalars['ID']['output'];
  /** The facility that runs the programme (운영기관), when known: the one its source names (육아종합지원센터 boards), else the publishing site's own facility when exactly one facility of that name is in the programme's region; null otherwise. */
  provider?: Maybe<Facility>;
};

/** A page of programmes (프로그램). */
export type ProgramConnection = {
  __typename?: 'ProgramConnection';
  /** The programmes of this page, by name then id. */
  edges: Array<ProgramEdge>;
  /** Whether more programmes follow and the cursor to get them. */
  pageInfo: PageInfo;
  /** Number of programmes matching the filter (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One programme of a page. */
export type ProgramEdge = {
  __typename?: 'ProgramEdge';
  /** Pass as `after` to get the programmes after this one. */
  cursor: Scalars['String']['output'];
  /** Null only when a subgraph that serves this program's fields is unavailable; the response's errors then carry SERVICE_UNAVAILABLE with this path, and the rest of the page stands. */
  node?: Maybe<Program>;
};

/** Which programmes a list selects; all given conditions must hold. */
export type ProgramFilter = {
  /** Any of these categories (분류), exactly as published: 부모교육, 체험, 상담 … */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Programmes in this region. */
  region?: InputMaybe<RegionInput>;
  /** Programmes whose stages include any of these. */
  stages?: InputMaybe<Array<Stage>>;
  /** Any of these registration statuses (접수상태). */
  statuses?: InputMaybe<Array<ProgramStatus>>;
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
   * The change feed (변경분): every facility, policy and programme created, updated or withdrawn after `since`
   * (the `cursor` of an earlier page; omit it to start from the beginning, where every record appears once),
   * oldest first, so partners stay in sync without downloading everything again. `first` defaults to 100, at most 1000.
   */
  changes?: Maybe<ChangePage>;
  /**
   * Facilities of every stage, filtered, ordered by name then id. `first` defaults to 20, at most 100.
   * `offset` skips that many facilities instead of `after`, for page-numbered clients (the Open API's `pageNo`).
   */
  facilities?: Maybe<FacilityConnection>;
  /** One facility by id, of any stage; null when no such facility exists. */
  facility?: Maybe<Facility>;
  /**
   * Policies of every stage, filtered, ordered by name then id. `first` defaults to 20, at most 100.
   * `offset` skips that many policies instead of `after`, for page-numbered clients (the Open API's `pageNo`).
   */
  policies?: Maybe<PolicyConnection>;
  /** One policy by id, of any stage; null when no such policy exists. */
  policy?: Maybe<Policy>;
  /** One programme (프로그램) by id, of any stage; null when no such programme exists. */
  program?: Maybe<Program>;
  /**
   * Programmes (프로그램: 부모교육, 체험, 상담, 강좌 …) of every stage, filtered, ordered by name then id.
   * `first` defaults to 20, at most 100. `offset` skips that many programmes instead of `after`, for
   * page-numbered clients (the Open API's `pageNo`).
   */
  programs?: Maybe<ProgramConnection>;
  /** Every crawled source site of the registry (crawlers/sites/registry.json), with its last crawl. 출처 사이트와 최근 수집 결과. */
  sources?: Maybe<Array<Source>>;
};


export type QueryChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFacilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FacilityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFacilityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PolicyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgramFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** One change of one record. The record itself is as it is now, resolved by its owning subgraph. */
export type RecordChange = {
  __typename?: 'RecordChange';
  /** When the change was written (ISO). */
  at: Scalars['String']['output'];
  /** Pass as `since` to resume after this change. */
  cursor: Scalars['String']['output'];
  /** The facility now, when the change is of a facility. */
  facility?: Maybe<Facility>;
  /** Record id of the facility, policy or programme that changed. */
  id: Scalars['ID']['output'];
  /** Created, updated or withdrawn. */
  op: ChangeOp;
  /** The policy now, when the change is of a policy. */
  policy?: Maybe<Policy>;
  /** The programme now, when the change is of a programme (프로그램). */
  program?: Maybe<Program>;
  /** Whether the record is a facility, policy or programme. */
  recordKind: RecordKind;
};

/** Which kind of record: facility, policy or programme. */
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
  /** 시도 by its Korean name (서울특별시, or short: 서울). */
  sido: Scalars['String']['input'];
  /** 시군구 by its Korean name (도봉구); omit for the whole 시도. */
  sigungu?: InputMaybe<Scalars['String']['input']>;
};

/** A crawled source site and how its crawls went. */
export type Source = {
  __typename?: 'Source';
  /** `config` (declarative) or `code:<adapter>`. */
  adapter: Scalars['String']['output'];
  /** The agency that runs the site (운영기관). */
  agency: Scalars['String']['output'];
  /** Hours since the last successful crawl finished (null before the first). */
  freshnessHours?: Maybe<Scalars['Float']['output']>;
  /** At a glance, for the operations page: running now, or how the last crawl ended. */
  health: SourceHealth;
  /** Registry id, e.g. `seoul-childcare-portal`. */
  id: Scalars['ID']['output'];
  /** The most recent crawl (null before the first). */
  lastCrawl?: Maybe<CrawlRun>;
  /** The most recent successful crawl: its data is what is served when a later crawl failed. */
  lastSuccess?: Maybe<CrawlRun>;
  /** The site's name (사이트명). */
  name: Scalars['String']['output'];
  /** Lower wins when sites disagree about the same record. */
  priority: Scalars['Int']['output'];
  /** The crawl running now (null when none is). */
  progress?: Maybe<CrawlProgress>;
  /** When a crawl of this site was queued and waits for a worker (null when none waits). */
  queuedAt?: Maybe<Scalars['String']['output']>;
  /** Active records this site publishes. */
  recordCount: Scalars['Int']['output'];
  /**
   * Same as recordCount (deprecated).
   * @deprecated Use `recordCount`.
   */
  records: Scalars['Int']['output'];
  /** node-cron schedule of its crawls. */
  schedule: Scalars['String']['output'];
  /** Lifecycle stages the site's records are for. */
  stages: Array<Stage>;
  /** No successful crawl within the last 48 hours (or none at all): the site's data may be out of date. */
  stale: Scalars['Boolean']['output'];
  /** Production address of the site. */
  url: Scalars['String']['output'];
};

/** How a source's crawls stand, at a glance. */
export type SourceHealth =
  /** The last crawl failed or was aborted: the last success's data is served. */
  | 'FAILING'
  /** No crawl has run yet. */
  | 'NEVER_CRAWLED'
  /** The last crawl succeeded. */
  | 'OK'
  /** The last crawl finished with some pages failed. */
  | 'PARTIAL'
  /** A crawl is running now. */
  | 'RUNNING';

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

export type YouthFacility = Facility & {
  __typename?: 'YouthFacility';
  id: Scalars['ID']['output'];
};

export type YouthPolicy = Policy & {
  __typename?: 'YouthPolicy';
  id: Scalars['ID']['output'];
};

export type YouthProgram = Program & {
  __typename?: 'YouthProgram';
  id: Scalars['ID']['output'];
  /** The facility that runs the programme (운영기관), when known: the one its source names (육아종합지원센터 boards), else the publishing site's own facility when exactly one facility of that name is in the programme's region; null otherwise. */
  provider?: Maybe<Facility>;
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
  ElementaryProgram: ElementaryProgram;
  InfantProgram: InfantProgram;
  PregnancyProgram: PregnancyProgram;
  YouthProgram: YouthProgram;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ElementaryProgram:
    ( { __typename: 'ElementaryProgram' }
    & GraphQLRecursivePick<FederationTypes['ElementaryProgram'], {"id":true}> );
  InfantProgram:
    ( { __typename: 'InfantProgram' }
    & GraphQLRecursivePick<FederationTypes['InfantProgram'], {"id":true}> );
  PregnancyProgram:
    ( { __typename: 'PregnancyProgram' }
    & GraphQLRecursivePick<FederationTypes['PregnancyProgram'], {"id":true}> );
  YouthProgram:
    ( { __typename: 'YouthProgram' }
    & GraphQLRecursivePick<FederationTypes['YouthProgram'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Facility:
    | ( AfterSchoolCareCenter )
    | ( ChildcareCenter )
    | ( ElementaryFacility )
    | ( InfantFacility )
    | ( Kindergarten )
    | ( PostpartumCenter )
    | ( PregnancyFacility )
    | ( YouthFacility )
  ;
  Policy:
    | ( ElementaryPolicy )
    | ( InfantPolicy )
    | ( PregnancyPolicy )
    | ( YouthPolicy )
  ;
  Program:
    | ( Omit<ElementaryProgram, 'provider'> & { provider?: Maybe<_RefType['Facility']> } )
    | ( Omit<InfantProgram, 'provider'> & { provider?: Maybe<_RefType['Facility']> } )
    | ( Omit<PregnancyProgram, 'provider'> & { provider?: Maybe<_RefType['Facility']> } )
    | ( Omit<YouthProgram, 'provider'> & { provider?: Maybe<_RefType['Facility']> } )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AfterSchoolCareCenter: ResolverTypeWrapper<AfterSchoolCareCenter>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ChangeOp: ChangeOp;
  ChangePage: ResolverTypeWrapper<Omit<ChangePage, 'changes'> & { changes: Array<ResolversTypes['RecordChange']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ChildcareCenter: ResolverTypeWrapper<ChildcareCenter>;
  CrawlErrorCount: ResolverTypeWrapper<CrawlErrorCount>;
  CrawlErrorSample: ResolverTypeWrapper<CrawlErrorSample>;
  CrawlProgress: ResolverTypeWrapper<CrawlProgress>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CrawlRun: ResolverTypeWrapper<CrawlRun>;
  CrawlRunStatus: CrawlRunStatus;
  ElementaryFacility: ResolverTypeWrapper<ElementaryFacility>;
  ElementaryPolicy: ResolverTypeWrapper<ElementaryPolicy>;
  ElementaryProgram: ResolverTypeWrapper<Omit<ElementaryProgram, 'provider'> & { provider?: Maybe<ResolversTypes['Facility']> }>;
  Facility: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Facility']>;
  FacilityConnection: ResolverTypeWrapper<Omit<FacilityConnection, 'edges'> & { edges: Array<ResolversTypes['FacilityEdge']> }>;
  FacilityEdge: ResolverTypeWrapper<Omit<FacilityEdge, 'node'> & { node?: Maybe<ResolversTypes['Facility']> }>;
  FacilityFilter: FacilityFilter;
  FacilityKind: FacilityKind;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  InfantFacility: ResolverTypeWrapper<InfantFacility>;
  InfantPolicy: ResolverTypeWrapper<InfantPolicy>;
  InfantProgram: ResolverTypeWrapper<Omit<InfantProgram, 'provider'> & { provider?: Maybe<ResolversTypes['Facility']> }>;
  Kindergarten: ResolverTypeWrapper<Kindergarten>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Policy: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Policy']>;
  PolicyConnection: ResolverTypeWrapper<Omit<PolicyConnection, 'edges'> & { edges: Array<ResolversTypes['PolicyEdge']> }>;
  PolicyEdge: ResolverTypeWrapper<Omit<PolicyEdge, 'node'> & { node?: Maybe<ResolversTypes['Policy']> }>;
  PolicyFilter: PolicyFilter;
  PostpartumCenter: ResolverTypeWrapper<PostpartumCenter>;
  PregnancyFacility: ResolverTypeWrapper<PregnancyFacility>;
  PregnancyPolicy: ResolverTypeWrapper<PregnancyPolicy>;
  PregnancyProgram: ResolverTypeWrapper<Omit<PregnancyProgram, 'provider'> & { provider?: Maybe<ResolversTypes['Facility']> }>;
  Program: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Program']>;
  ProgramConnection: ResolverTypeWrapper<Omit<ProgramConnection, 'edges'> & { edges: Array<ResolversTypes['ProgramEdge']> }>;
  ProgramEdge: ResolverTypeWrapper<Omit<ProgramEdge, 'node'> & { node?: Maybe<ResolversTypes['Program']> }>;
  ProgramFilter: ProgramFilter;
  ProgramStatus: ProgramStatus;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordChange: ResolverTypeWrapper<Omit<RecordChange, 'facility' | 'policy' | 'program'> & { facility?: Maybe<ResolversTypes['Facility']>, policy?: Maybe<ResolversTypes['Policy']>, program?: Maybe<ResolversTypes['Program']> }>;
  RecordKind: RecordKind;
  Region: ResolverTypeWrapper<Region>;
  RegionInput: RegionInput;
  Source: ResolverTypeWrapper<Source>;
  SourceHealth: SourceHealth;
  SpecialCare: SpecialCare;
  Stage: Stage;
  YouthFacility: ResolverTypeWrapper<YouthFacility>;
  YouthPolicy: ResolverTypeWrapper<YouthPolicy>;
  YouthProgram: ResolverTypeWrapper<Omit<YouthProgram, 'provider'> & { provider?: Maybe<ResolversTypes['Facility']> }>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AfterSchoolCareCenter: AfterSchoolCareCenter;
  ID: Scalars['ID']['output'];
  ChangePage: Omit<ChangePage, 'changes'> & { changes: Array<ResolversParentTypes['RecordChange']> };
  Int: Scalars['Int']['output'];
  ChildcareCenter: ChildcareCenter;
  CrawlErrorCount: CrawlErrorCount;
  CrawlErrorSample: CrawlErrorSample;
  CrawlProgress: CrawlProgress;
  Float: Scalars['Float']['output'];
  CrawlRun: CrawlRun;
  ElementaryFacility: ElementaryFacility;
  ElementaryPolicy: ElementaryPolicy;
  ElementaryProgram: Omit<ElementaryProgram, 'provider'> & { provider?: Maybe<ResolversParentTypes['Facility']> } | FederationReferenceTypes['ElementaryProgram'];
  Facility: ResolversInterfaceTypes<ResolversParentTypes>['Facility'];
  FacilityConnection: Omit<FacilityConnection, 'edges'> & { edges: Array<ResolversParentTypes['FacilityEdge']> };
  FacilityEdge: Omit<FacilityEdge, 'node'> & { node?: Maybe<ResolversParentTypes['Facility']> };
  FacilityFilter: FacilityFilter;
  GeoPoint: GeoPoint;
  InfantFacility: InfantFacility;
  InfantPolicy: InfantPolicy;
  InfantProgram: Omit<InfantProgram, 'provider'> & { provider?: Maybe<ResolversParentTypes['Facility']> } | FederationReferenceTypes['InfantProgram'];
  Kindergarten: Kindergarten;
  PageInfo: PageInfo;
  Policy: ResolversInterfaceTypes<ResolversParentTypes>['Policy'];
  PolicyConnection: Omit<PolicyConnection, 'edges'> & { edges: Array<ResolversParentTypes['PolicyEdge']> };
  PolicyEdge: Omit<PolicyEdge, 'node'> & { node?: Maybe<ResolversParentTypes['Policy']> };
  PolicyFilter: PolicyFilter;
  PostpartumCenter: PostpartumCenter;
  PregnancyFacility: PregnancyFacility;
  PregnancyPolicy: PregnancyPolicy;
  PregnancyProgram: Omit<PregnancyProgram, 'provider'> & { provider?: Maybe<ResolversParentTypes['Facility']> } | FederationReferenceTypes['PregnancyProgram'];
  Program: ResolversInterfaceTypes<ResolversParentTypes>['Program'];
  ProgramConnection: Omit<ProgramConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProgramEdge']> };
  ProgramEdge: Omit<ProgramEdge, 'node'> & { node?: Maybe<ResolversParentTypes['Program']> };
  ProgramFilter: ProgramFilter;
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  RecordChange: Omit<RecordChange, 'facility' | 'policy' | 'program'> & { facility?: Maybe<ResolversParentTypes['Facility']>, policy?: Maybe<ResolversParentTypes['Policy']>, program?: Maybe<ResolversParentTypes['Program']> };
  Region: Region;
  RegionInput: RegionInput;
  Source: Source;
  YouthFacility: YouthFacility;
  YouthPolicy: YouthPolicy;
  YouthProgram: Omit<YouthProgram, 'provider'> & { provider?: Maybe<ResolversParentTypes['Facility']> } | FederationReferenceTypes['YouthProgram'];
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

export type ChangePageResolvers<ContextType = any, ParentType extends ResolversParentTypes['ChangePage'] = ResolversParentTypes['ChangePage']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['RecordChange']>, ParentType, ContextType>;
  cursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChildcareCenterResolvers<ContextType = any, ParentType extends ResolversParentTypes['ChildcareCenter'] = ResolversParentTypes['ChildcareCenter']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CrawlErrorCountResolvers<ContextType = any, ParentType extends ResolversParentTypes['CrawlErrorCount'] = ResolversParentTypes['CrawlErrorCount']> = ResolversObject<{
  class?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errorClass?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sample?: Resolver<Maybe<ResolversTypes['CrawlErrorSample']>, ParentType, ContextType>;
}>;

export type CrawlErrorSampleResolvers<ContextType = any, ParentType extends ResolversParentTypes['CrawlErrorSample'] = ResolversParentTypes['CrawlErrorSample']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CrawlProgressResolvers<ContextType = any, ParentType extends ResolversParentTypes['CrawlProgress'] = ResolversParentTypes['CrawlProgress']> = ResolversObject<{
  errors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectedPages?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fraction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pagesFetched?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CrawlRunResolvers<ContextType = any, ParentType extends ResolversParentTypes['CrawlRun'] = ResolversParentTypes['CrawlRun']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['CrawlErrorCount']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notModified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pagesFetched?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordsUpserted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordsWithdrawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CrawlRunStatus'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ElementaryFacilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['ElementaryFacility'] = ResolversParentTypes['ElementaryFacility']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ElementaryPolicyResolvers<ContextType = any, ParentType extends ResolversParentTypes['ElementaryPolicy'] = ResolversParentTypes['ElementaryPolicy']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ElementaryProgramResolvers<ContextType = any, ParentType extends ResolversParentTypes['ElementaryProgram'] = ResolversParentTypes['ElementaryProgram'], FederationReferenceType extends FederationReferenceTypes['ElementaryProgram'] = FederationReferenceTypes['ElementaryProgram']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ElementaryProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FacilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['Facility'] = ResolversParentTypes['Facility']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AfterSchoolCareCenter' | 'ChildcareCenter' | 'ElementaryFacility' | 'InfantFacility' | 'Kindergarten' | 'PostpartumCenter' | 'PregnancyFacility' | 'YouthFacility', ParentType, ContextType>;
}>;

export type FacilityConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['FacilityConnection'] = ResolversParentTypes['FacilityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FacilityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FacilityEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['FacilityEdge'] = ResolversParentTypes['FacilityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = any, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type InfantFacilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['InfantFacility'] = ResolversParentTypes['InfantFacility']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InfantPolicyResolvers<ContextType = any, ParentType extends ResolversParentTypes['InfantPolicy'] = ResolversParentTypes['InfantPolicy']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InfantProgramResolvers<ContextType = any, ParentType extends ResolversParentTypes['InfantProgram'] = ResolversParentTypes['InfantProgram'], FederationReferenceType extends FederationReferenceTypes['InfantProgram'] = FederationReferenceTypes['InfantProgram']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['InfantProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
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

export type PolicyResolvers<ContextType = any, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ElementaryPolicy' | 'InfantPolicy' | 'PregnancyPolicy' | 'YouthPolicy', ParentType, ContextType>;
}>;

export type PolicyConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['PolicyConnection'] = ResolversParentTypes['PolicyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PolicyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PolicyEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['PolicyEdge'] = ResolversParentTypes['PolicyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType>;
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

export type PregnancyProgramResolvers<ContextType = any, ParentType extends ResolversParentTypes['PregnancyProgram'] = ResolversParentTypes['PregnancyProgram'], FederationReferenceType extends FederationReferenceTypes['PregnancyProgram'] = FederationReferenceTypes['PregnancyProgram']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PregnancyProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProgramResolvers<ContextType = any, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ElementaryProgram' | 'InfantProgram' | 'PregnancyProgram' | 'YouthProgram', ParentType, ContextType>;
}>;

export type ProgramConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProgramConnection'] = ResolversParentTypes['ProgramConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProgramEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProgramEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProgramEdge'] = ResolversParentTypes['ProgramEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
}>;

export type ProvenanceResolvers<ContextType = any, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = ResolversObject<{
  adapter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fetchedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  changes?: Resolver<Maybe<ResolversTypes['ChangePage']>, ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  facilities?: Resolver<Maybe<ResolversTypes['FacilityConnection']>, ParentType, ContextType, RequireFields<QueryFacilitiesArgs, 'first'>>;
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType, RequireFields<QueryFacilityArgs, 'id'>>;
  policies?: Resolver<Maybe<ResolversTypes['PolicyConnection']>, ParentType, ContextType, RequireFields<QueryPoliciesArgs, 'first'>>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType, RequireFields<QueryPolicyArgs, 'id'>>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType, RequireFields<QueryProgramArgs, 'id'>>;
  programs?: Resolver<Maybe<ResolversTypes['ProgramConnection']>, ParentType, ContextType, RequireFields<QueryProgramsArgs, 'first'>>;
  sources?: Resolver<Maybe<Array<ResolversTypes['Source']>>, ParentType, ContextType>;
}>;

export type RecordChangeResolvers<ContextType = any, ParentType extends ResolversParentTypes['RecordChange'] = ResolversParentTypes['RecordChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  op?: Resolver<ResolversTypes['ChangeOp'], ParentType, ContextType>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  recordKind?: Resolver<ResolversTypes['RecordKind'], ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sido?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sigungu?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = any, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  adapter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freshnessHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  health?: Resolver<ResolversTypes['SourceHealth'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastCrawl?: Resolver<Maybe<ResolversTypes['CrawlRun']>, ParentType, ContextType>;
  lastSuccess?: Resolver<Maybe<ResolversTypes['CrawlRun']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['CrawlProgress']>, ParentType, ContextType>;
  queuedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['Stage']>, ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type YouthFacilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['YouthFacility'] = ResolversParentTypes['YouthFacility']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type YouthPolicyResolvers<ContextType = any, ParentType extends ResolversParentTypes['YouthPolicy'] = ResolversParentTypes['YouthPolicy']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type YouthProgramResolvers<ContextType = any, ParentType extends ResolversParentTypes['YouthProgram'] = ResolversParentTypes['YouthProgram'], FederationReferenceType extends FederationReferenceTypes['YouthProgram'] = FederationReferenceTypes['YouthProgram']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['YouthProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType>;
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
  ChangePage?: ChangePageResolvers<ContextType>;
  ChildcareCenter?: ChildcareCenterResolvers<ContextType>;
  CrawlErrorCount?: CrawlErrorCountResolvers<ContextType>;
  CrawlErrorSample?: CrawlErrorSampleResolvers<ContextType>;
  CrawlProgress?: CrawlProgressResolvers<ContextType>;
  CrawlRun?: CrawlRunResolvers<ContextType>;
  ElementaryFacility?: ElementaryFacilityResolvers<ContextType>;
  ElementaryPolicy?: ElementaryPolicyResolvers<ContextType>;
  ElementaryProgram?: ElementaryProgramResolvers<ContextType>;
  Facility?: FacilityResolvers<ContextType>;
  FacilityConnection?: FacilityConnectionResolvers<ContextType>;
  FacilityEdge?: FacilityEdgeResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  InfantFacility?: InfantFacilityResolvers<ContextType>;
  InfantPolicy?: InfantPolicyResolvers<ContextType>;
  InfantProgram?: InfantProgramResolvers<ContextType>;
  Kindergarten?: KindergartenResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  PolicyConnection?: PolicyConnectionResolvers<ContextType>;
  PolicyEdge?: PolicyEdgeResolvers<ContextType>;
  PostpartumCenter?: PostpartumCenterResolvers<ContextType>;
  PregnancyFacility?: PregnancyFacilityResolvers<ContextType>;
  PregnancyPolicy?: PregnancyPolicyResolvers<ContextType>;
  PregnancyProgram?: PregnancyProgramResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  ProgramConnection?: ProgramConnectionResolvers<ContextType>;
  ProgramEdge?: ProgramEdgeResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordChange?: RecordChangeResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
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
