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

export type Mutation = {
  __typename?: 'Mutation';
  /** OPEN → CLOSED: no more recommendations; re-screening and confirmation follow. */
  closeWelfareProgramme: WelfareProgramme;
  /** Confirm the final list within the quantity; the recommending organisations are notified. 최종 명단 확정. */
  confirmWelfareList: WelfareProgramme;
  /** A correction of a confirmed list: a new audited entry (the confirmed entries never change). 확정 명단 정정. */
  correctWelfareListEntry: WelfareRecommendation;
  /** A new programme, DRAFT (DISTRICT_OFFICER or ADMIN). 복지사업 생성. */
  createWelfareProgramme: WelfareProgramme;
  /** Include or exclude recommendations before confirmation, with a reason (district). 포함/제외 결정. */
  decideWelfareRecommendations: Array<WelfareRecommendation>;
  /** DRAFT → OPEN: organisations may recommend within the recommendation window. */
  openWelfareProgramme: WelfareProgramme;
  /** Re-run the registry check for every recommendation of a programme (district). 주민정보 일괄 재확인. */
  recheckWelfareRegistry: WelfareRecheck;
  /**
   * Recommend a person. The checks run before saving: DECEASED / MOVED_OUT / NOT_FOUND in the registry → BLOCKED
   * (nothing personal saved); the same person already recommended for this programme → saved as FLAGGED with who
   * recommended first; concentration and household limit → warnings on a saved recommendation. 대상자 추천.
   */
  recommendWelfare: WelfareRegistration;
  /** Where the caller's own organisation receives its notifications (webhook and/or SMS); null clears one. 기관 알림 연락처. */
  setWelfareContact: Scalars['Boolean']['output'];
};


export type MutationCloseWelfareProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmWelfareListArgs = {
  programmeId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCorrectWelfareListEntryArgs = {
  included: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
  recommendationId: Scalars['ID']['input'];
};


export type MutationCreateWelfareProgrammeArgs = {
  input: WelfareProgrammeInput;
};


export type MutationDecideWelfareRecommendationsArgs = {
  decision: WelfareDecision;
  ids: Array<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationOpenWelfareProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecheckWelfareRegistryArgs = {
  programmeId: Scalars['ID']['input'];
};


export type MutationRecommendWelfareArgs = {
  input: WelfareRecommendationInput;
};


export type MutationSetWelfareContactArgs = {
  phone?: InputMaybe<Scalars['String']['input']>;
  webhookUrl?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** The append-only audit log (district and ADMIN). 감사 기록. */
  welfareAuditLog?: Maybe<Array<WelfareAuditEntry>>;
  /** The registration checks without saving anything (the form shows them as one types). 등록 전 사전 점검. */
  welfarePrecheck?: Maybe<WelfareChecks>;
  /** One programme by id; null when there is none. Every welfare role. 복지사업 단건. */
  welfareProgramme?: Maybe<WelfareProgramme>;
  /** Programmes, newest first. Every welfare role. 복지사업 목록. */
  welfareProgrammes?: Maybe<Array<WelfareProgramme>>;
  /** One recommendation; the whole name only for the district, ADMIN and the recommending organisation. */
  welfareRecommendation?: Maybe<WelfareRecommendation>;
  /**
   * Recommendations of one programme in the caller's scope: the district sees all, a 동주민센터 those of its 동,
   * an agency its own. Names masked (홍*동). 추천 대상자 목록 (이름 마스킹).
   */
  welfareRecommendations?: Maybe<WelfareRecommendationConnection>;
  /** Live statistics (counts only, no personal data). 실시간 통계. */
  welfareStatistics?: Maybe<WelfareStatistics>;
};


export type QueryWelfareAuditLogArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  programmeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWelfarePrecheckArgs = {
  input: WelfareRecommendationInput;
};


export type QueryWelfareProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWelfareProgrammesArgs = {
  status?: InputMaybe<WelfareProgrammeStatus>;
};


export type QueryWelfareRecommendationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWelfareRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WelfareRecommendationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programmeId: Scalars['ID']['input'];
};


export type QueryWelfareStatisticsArgs = {
  filter?: InputMaybe<WelfareStatisticsFilter>;
};

/** One write to the welfare data (append-only: never changed or deleted). */
export type WelfareAuditEntry = {
  __typename?: 'WelfareAuditEntry';
  /** What was done: CREATE_PROGRAMME, RECOMMEND, BLOCK_INELIGIBLE, RECHECK_REGISTRY, REGISTRY_CHANGED, CONFIRM_LIST, CORRECT_LIST, SET_CONTACT, PURGE_EXPIRED … */
  action: Scalars['String']['output'];
  /** Their organisation's id; null for ADMIN. */
  actorOrganisation?: Maybe<Scalars['String']['output']>;
  /** Their role (DISTRICT_OFFICER, COMMUNITY_CENTER, WELFARE_AGENCY or ADMIN; the retention job writes as ADMIN with subject system:retention). */
  actorRole: Scalars['String']['output'];
  /** Who: the account's subject. */
  actorSub: Scalars['String']['output'];
  /** JSON of the state after the write, without names or identity keys. */
  after?: Maybe<Scalars['String']['output']>;
  /** When (ISO timestamp). */
  at: Scalars['String']['output'];
  /** JSON, without names or identity keys. */
  before?: Maybe<Scalars['String']['output']>;
  /** The entry's id. */
  id: Scalars['ID']['output'];
  /** The programme concerned, if any. */
  programmeId?: Maybe<Scalars['ID']['output']>;
  /** The reason the actor gave, when the operation asks for one. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The recommendation concerned, if any. */
  recommendationId?: Maybe<Scalars['ID']['output']>;
};

/** One check's result, in words. */
export type WelfareCheckMessage = {
  __typename?: 'WelfareCheckMessage';
  /** INELIGIBLE_DECEASED, INELIGIBLE_MOVED_OUT, INELIGIBLE_NOT_FOUND, DUPLICATE, CONCENTRATION or HOUSEHOLD_LIMIT. */
  code: Scalars['String']['output'];
  /** The same in English. */
  messageEn: Scalars['String']['output'];
  /** The result in Korean, for the form. */
  messageKo: Scalars['String']['output'];
  /** BLOCK, FLAG or WARN */
  severity: Scalars['String']['output'];
};

/** The registration checks' results (사전 점검). */
export type WelfareChecks = {
  __typename?: 'WelfareChecks';
  /** The household's earlier receipts of the same resource type within the window (a warning). */
  concentration: WelfareConcentration;
  /** The earlier recommendation of the same person in this programme, if any (the new one is FLAGGED). */
  duplicateOf?: Maybe<WelfareFirstRecommendation>;
  /** Recommendations of the same household in this programme, this one not counted. */
  householdCount: Scalars['Int']['output'];
  /** The programme's 가구당 한도 (householdCount at or above it warns). */
  householdLimit: Scalars['Int']['output'];
  /** Each check that found something, in words, most serious first. */
  messages: Array<WelfareCheckMessage>;
  /** What the resident registry says of the person; anything but RESIDENT blocks. */
  registryStatus: WelfareRegistryStatus;
};

/** A household's earlier receipts of the programme's resource type (편중 점검). */
export type WelfareConcentration = {
  __typename?: 'WelfareConcentration';
  /** Earlier confirmed receipts of the same resource type by the household within the window. */
  count: Scalars['Int']['output'];
  /** Dates of those receipts (confirmation dates, KST). */
  dates: Array<Scalars['String']['output']>;
  /** The window looked back over, in months (the programme's concentrationMonths). */
  months: Scalars['Int']['output'];
};

/** The counts of one group (a programme, 동, sponsor, organisation, resource type or month). */
export type WelfareCountBucket = {
  __typename?: 'WelfareCountBucket';
  /** The group's counts. */
  counts: WelfareCounts;
  /** The group: programme id, 동, sponsor, organisation id, resource type or YYYY-MM. */
  key: Scalars['String']['output'];
};

/** The counts the district reports (no personal data). */
export type WelfareCounts = {
  __typename?: 'WelfareCounts';
  /** Saved recommendations that are not duplicates. */
  clean: Scalars['Int']['output'];
  /** Saved recommendations that carried a concentration warning (편중 경고). */
  concentrationWarnings: Scalars['Int']['output'];
  /** Second and later recommendations of the same person in the same programme (중복 방지). */
  duplicatesFlagged: Scalars['Int']['output'];
  /** In the final lists in force. */
  finalList: Scalars['Int']['output'];
  /** Registrations refused: deceased, moved out or not a resident (부적격 차단). */
  ineligibleBlocked: Scalars['Int']['output'];
  /** Recommendations saved (clean and flagged). */
  recommendations: Scalars['Int']['output'];
};

/** The district's decision on a recommendation before confirmation. */
export type WelfareDecision =
  /** 제외: stays out of the final list. */
  | 'EXCLUDE'
  /** 포함: goes into the final list at confirmation. */
  | 'INCLUDE';

/** Who recommended the person first, and when (no personal data). */
export type WelfareFirstRecommendation = {
  __typename?: 'WelfareFirstRecommendation';
  /** When it was registered (ISO timestamp). */
  at: Scalars['String']['output'];
  /** The organisation that made it. */
  organisationId: Scalars['ID']['output'];
  /** Its kind (COMMUNITY_CENTER, WELFARE_AGENCY, DISTRICT). */
  organisationKind: Scalars['String']['output'];
  /** The first recommendation's id. */
  recommendationId: Scalars['ID']['output'];
};

/** Which kind of identity number identifies a recommended person. */
export type WelfareIdentityKind =
  /** Another verified identity key (외국인등록번호, 관리번호 …), 4–40 letters or digits */
  | 'OTHER'
  /** 주민등록번호, 13 digits (YYMMDD-GNNNNNN) */
  | 'RESIDENT_REGISTRATION_NUMBER';

/** What a registration did with the recommendation. */
export type WelfareOutcome =
  /** Refused: the registry says deceased, moved out or not a resident. Nothing personal saved. */
  | 'BLOCKED'
  /** Saved as a duplicate of an earlier recommendation of the same person (중복 추천). */
  | 'FLAGGED'
  /** Saved with no duplicate. */
  | 'SAVED';

/** Where a page of recommendations ends. */
export type WelfarePageInfo = {
  __typename?: 'WelfarePageInfo';
  /** The last edge's cursor; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more recommendations follow. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A welfare programme (복지사업) of the district. */
export type WelfareProgramme = {
  __typename?: 'WelfareProgramme';
  /** 편중 기간: the same resource type received within this many months warns. */
  concentrationMonths: Scalars['Int']['output'];
  /** When its final list was confirmed (ISO timestamp); null before. */
  confirmedAt?: Maybe<Scalars['String']['output']>;
  /** When it was created (ISO timestamp). */
  createdAt: Scalars['String']['output'];
  /** 가구당 한도 in the final list. */
  householdLimit: Scalars['Int']['output'];
  /** The programme's id. */
  id: Scalars['ID']['output'];
  /** 사업명. */
  name: Scalars['String']['output'];
  /** The district department that owns it (its organisation id). */
  ownerOrganisation: Scalars['String']['output'];
  /** 수량: the most recipients the final list may hold. */
  quantity: Scalars['Int']['output'];
  /** First day of the recommendation window (YYYY-MM-DD, KST). */
  recommendFrom: Scalars['String']['output'];
  /** Last day of the recommendation window (YYYY-MM-DD, KST). */
  recommendUntil: Scalars['String']['output'];
  /** Recommendations in the caller's scope. */
  recommendationCount: Scalars['Int']['output'];
  /** 자원 종류 (김치, 쌀, 현금성 상품권, 난방유 …): what concentration is counted by. */
  resourceType: Scalars['String']['output'];
  /** 후원자. */
  sponsor: Scalars['String']['output'];
  /** Where the programme is in its workflow. */
  status: WelfareProgrammeStatus;
  /** 단위 of the quantity. */
  unit: Scalars['String']['output'];
};

/** A new welfare programme (복지사업). */
export type WelfareProgrammeInput = {
  /** The same resource type received within this many months warns (e.g. 12). */
  concentrationMonths?: Scalars['Int']['input'];
  /** 가구당 한도: recommendations one household may have in the final list (more warn at registration). */
  householdLimit?: Scalars['Int']['input'];
  /** 사업명 (2026 김장김치 나눔). */
  name: Scalars['String']['input'];
  /** 수량: how many units there are; the final list holds at most this many recipients. */
  quantity: Scalars['Int']['input'];
  /** YYYY-MM-DD */
  recommendFrom: Scalars['String']['input'];
  /** YYYY-MM-DD */
  recommendUntil: Scalars['String']['input'];
  /** 김치, 쌀, 현금성 상품권, 난방유 … */
  resourceType: Scalars['String']['input'];
  /** 후원자: who gives the resource (성동구 사회복지협의회 …). */
  sponsor: Scalars['String']['input'];
  /** 단위 of the quantity (포대, 박스, 매 …). */
  unit: Scalars['String']['input'];
};

/** Where a programme is in its workflow. */
export type WelfareProgrammeStatus =
  /** 마감: no more recommendations; the district re-screens and decides. */
  | 'CLOSED'
  /** 확정: the final list is confirmed and the organisations notified; changes only by audited corrections. */
  | 'CONFIRMED'
  /** 작성 중: created, not yet taking recommendations. */
  | 'DRAFT'
  /** 접수 중: organisations may recommend within the recommendation window. */
  | 'OPEN';

/** What a bulk registry re-check found. */
export type WelfareRecheck = {
  __typename?: 'WelfareRecheck';
  /** Recommendations whose registry status changed, with the new status. */
  changed: Array<WelfareRecommendation>;
  /** Recommendations re-checked. */
  checked: Scalars['Int']['output'];
};

/** How many people were recommended how many times (by recipient). */
export type WelfareRecipientBucket = {
  __typename?: 'WelfareRecipientBucket';
  /** People with that many clean recommendations. */
  people: Scalars['Int']['output'];
  /** Clean recommendations per person (over the filter's programmes). */
  recommendationsPerPerson: Scalars['Int']['output'];
};

/** A recommendation of a person for a programme. */
export type WelfareRecommendation = {
  __typename?: 'WelfareRecommendation';
  /** 생년월일 (YYYY-MM-DD). */
  birthDate: Scalars['String']['output'];
  /** Earlier receipts of the same resource type by the household (편중). */
  concentration: WelfareConcentration;
  /** When it was registered (ISO timestamp). */
  createdAt: Scalars['String']['output'];
  /** The district's decision; null until it decides. */
  decision?: Maybe<WelfareDecision>;
  /** The reason given with the decision. */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** 행정동 of the person's address. */
  dong: Scalars['String']['output'];
  /** The first recommendation of the same person in this programme, when this one is a duplicate. */
  duplicateOf?: Maybe<WelfareFirstRecommendation>;
  /** True for a duplicate of an earlier recommendation of the same person (중복 추천). */
  flagged: Scalars['Boolean']['output'];
  /** Other recommendations of the same household in this programme. */
  householdCount: Scalars['Int']['output'];
  /** The recommendation's id. */
  id: Scalars['ID']['output'];
  /** In the final list (latest confirmed entry or correction); null before confirmation. */
  inFinalList?: Maybe<Scalars['Boolean']['output']>;
  /** Masked (홍*동) unless the caller may see the whole name on this single record. */
  name: Scalars['String']['output'];
  /** True when `name` is masked for this caller. */
  nameMasked: Scalars['Boolean']['output'];
  /** The recommending organisation's id. */
  organisationId: Scalars['ID']['output'];
  /** Its kind: COMMUNITY_CENTER (동주민센터), WELFARE_AGENCY (복지관·민간기관) or DISTRICT. */
  organisationKind: Scalars['String']['output'];
  /** The programme it is for. */
  programmeId: Scalars['ID']['output'];
  /** 추천 사유. */
  reason: Scalars['String']['output'];
  /** When the registry was last asked (ISO timestamp). */
  registryCheckedAt: Scalars['String']['output'];
  /** The registry's answer at registration or at the latest re-check. */
  registryStatus: WelfareRegistryStatus;
};

/** A page of a programme's recommendations, in registration order. */
export type WelfareRecommendationConnection = {
  __typename?: 'WelfareRecommendationConnection';
  /** This page's recommendations. */
  edges: Array<WelfareRecommendationEdge>;
  /** Whether and where the next page starts. */
  pageInfo: WelfarePageInfo;
  /** Recommendations matching the filter in the caller's scope, on every page. */
  totalCount: Scalars['Int']['output'];
};

/** One recommendation of a page. */
export type WelfareRecommendationEdge = {
  __typename?: 'WelfareRecommendationEdge';
  /** Pass as `after` to continue after this one. */
  cursor: Scalars['String']['output'];
  /** The recommendation (name masked). */
  node: WelfareRecommendation;
};

/** Narrows a programme's recommendation list (all given conditions hold). */
export type WelfareRecommendationFilter = {
  /** Only residents of this 행정동. */
  dong?: InputMaybe<Scalars['String']['input']>;
  /** Only recommendations with a flag (duplicate) or warning. */
  flaggedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only those of this recommending organisation. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};

/** A person recommended for a programme. */
export type WelfareRecommendationInput = {
  /** YYYY-MM-DD */
  birthDate: Scalars['String']['input'];
  /** 행정동 of the address (성동구). */
  dong: Scalars['String']['input'];
  /** 세대 번호 or another household key; kept as a keyed hash. */
  householdKey: Scalars['String']['input'];
  /**
   * One per submit (8–100 letters, digits, _ or -), scoped to the caller's organisation: a retry with the same key
   * answers as the first submit did instead of saving a FLAGGED duplicate of it. Kept one day. 멱등 키 (재시도 안전).
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Never stored, logged or returned: only its keyed hash is kept. */
  identityKey: Scalars['String']['input'];
  /** Which kind of number `identityKey` is. */
  identityKind: WelfareIdentityKind;
  /** 성명 of the person; stored for the single-record view only, masked everywhere else. */
  name: Scalars['String']['input'];
  /** The OPEN programme. */
  programmeId: Scalars['ID']['input'];
  /** 추천 사유 (free text, bounded). */
  reason: Scalars['String']['input'];
};

/** What a registration did. */
export type WelfareRegistration = {
  __typename?: 'WelfareRegistration';
  /** The checks' results, the same as welfarePrecheck gives. */
  checks: WelfareChecks;
  /** SAVED, FLAGGED (saved as a duplicate) or BLOCKED (not saved). */
  outcome: WelfareOutcome;
  /** Null when BLOCKED. */
  recommendation?: Maybe<WelfareRecommendation>;
};

/** What the resident registry (주민정보 연계) says of a person. */
export type WelfareRegistryStatus =
  /** 사망 (말소). */
  | 'DECEASED'
  /** 관외 전출: moved out of the district. */
  | 'MOVED_OUT'
  /** Not in the district's registry (lives elsewhere, or a wrong number). */
  | 'NOT_FOUND'
  /** 거주: a resident of the district. */
  | 'RESIDENT';

/** Live statistics over the filter's registrations, within the caller's scope (실시간 통계). */
export type WelfareStatistics = {
  __typename?: 'WelfareStatistics';
  /** Per 행정동. */
  byDong: Array<WelfareCountBucket>;
  /** By month of registration (YYYY-MM, KST). */
  byMonth: Array<WelfareCountBucket>;
  /** Per recommending organisation (key: organisation id). */
  byOrganisation: Array<WelfareCountBucket>;
  /** Per programme (key: programme id). */
  byProgramme: Array<WelfareCountBucket>;
  /** People by how many clean recommendations they have. */
  byRecipient: Array<WelfareRecipientBucket>;
  /** Per resource type. */
  byResourceType: Array<WelfareCountBucket>;
  /** Per sponsor. */
  bySponsor: Array<WelfareCountBucket>;
  /** Everything counted once. */
  totals: WelfareCounts;
};

/** Which registrations the statistics count. */
export type WelfareStatisticsFilter = {
  /** YYYY-MM-DD, KST, inclusive */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only this programme. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD, KST, inclusive */
  until?: InputMaybe<Scalars['String']['input']>;
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
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  WelfareAuditEntry: ResolverTypeWrapper<WelfareAuditEntry>;
  WelfareCheckMessage: ResolverTypeWrapper<WelfareCheckMessage>;
  WelfareChecks: ResolverTypeWrapper<WelfareChecks>;
  WelfareConcentration: ResolverTypeWrapper<WelfareConcentration>;
  WelfareCountBucket: ResolverTypeWrapper<WelfareCountBucket>;
  WelfareCounts: ResolverTypeWrapper<WelfareCounts>;
  WelfareDecision: WelfareDecision;
  WelfareFirstRecommendation: ResolverTypeWrapper<WelfareFirstRecommendation>;
  WelfareIdentityKind: WelfareIdentityKind;
  WelfareOutcome: WelfareOutcome;
  WelfarePageInfo: ResolverTypeWrapper<WelfarePageInfo>;
  WelfareProgramme: ResolverTypeWrapper<WelfareProgramme>;
  WelfareProgrammeInput: WelfareProgrammeInput;
  WelfareProgrammeStatus: WelfareProgrammeStatus;
  WelfareRecheck: ResolverTypeWrapper<WelfareRecheck>;
  WelfareRecipientBucket: ResolverTypeWrapper<WelfareRecipientBucket>;
  WelfareRecommendation: ResolverTypeWrapper<WelfareRecommendation>;
  WelfareRecommendationConnection: ResolverTypeWrapper<WelfareRecommendationConnection>;
  WelfareRecommendationEdge: ResolverTypeWrapper<WelfareRecommendationEdge>;
  WelfareRecommendationFilter: WelfareRecommendationFilter;
  WelfareRecommendationInput: WelfareRecommendationInput;
  WelfareRegistration: ResolverTypeWrapper<WelfareRegistration>;
  WelfareRegistryStatus: WelfareRegistryStatus;
  WelfareStatistics: ResolverTypeWrapper<WelfareStatistics>;
  WelfareStatisticsFilter: WelfareStatisticsFilter;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Mutation: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  WelfareAuditEntry: WelfareAuditEntry;
  WelfareCheckMessage: WelfareCheckMessage;
  WelfareChecks: WelfareChecks;
  WelfareConcentration: WelfareConcentration;
  WelfareCountBucket: WelfareCountBucket;
  WelfareCounts: WelfareCounts;
  WelfareFirstRecommendation: WelfareFirstRecommendation;
  WelfarePageInfo: WelfarePageInfo;
  WelfareProgramme: WelfareProgramme;
  WelfareProgrammeInput: WelfareProgrammeInput;
  WelfareRecheck: WelfareRecheck;
  WelfareRecipientBucket: WelfareRecipientBucket;
  WelfareRecommendation: WelfareRecommendation;
  WelfareRecommendationConnection: WelfareRecommendationConnection;
  WelfareRecommendationEdge: WelfareRecommendationEdge;
  WelfareRecommendationFilter: WelfareRecommendationFilter;
  WelfareRecommendationInput: WelfareRecommendationInput;
  WelfareRegistration: WelfareRegistration;
  WelfareStatistics: WelfareStatistics;
  WelfareStatisticsFilter: WelfareStatisticsFilter;
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

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  closeWelfareProgramme?: Resolver<ResolversTypes['WelfareProgramme'], ParentType, ContextType, RequireFields<MutationCloseWelfareProgrammeArgs, 'id'>>;
  confirmWelfareList?: Resolver<ResolversTypes['WelfareProgramme'], ParentType, ContextType, RequireFields<MutationConfirmWelfareListArgs, 'programmeId' | 'reason'>>;
  correctWelfareListEntry?: Resolver<ResolversTypes['WelfareRecommendation'], ParentType, ContextType, RequireFields<MutationCorrectWelfareListEntryArgs, 'included' | 'reason' | 'recommendationId'>>;
  createWelfareProgramme?: Resolver<ResolversTypes['WelfareProgramme'], ParentType, ContextType, RequireFields<MutationCreateWelfareProgrammeArgs, 'input'>>;
  decideWelfareRecommendations?: Resolver<Array<ResolversTypes['WelfareRecommendation']>, ParentType, ContextType, RequireFields<MutationDecideWelfareRecommendationsArgs, 'decision' | 'ids' | 'reason'>>;
  openWelfareProgramme?: Resolver<ResolversTypes['WelfareProgramme'], ParentType, ContextType, RequireFields<MutationOpenWelfareProgrammeArgs, 'id'>>;
  recheckWelfareRegistry?: Resolver<ResolversTypes['WelfareRecheck'], ParentType, ContextType, RequireFields<MutationRecheckWelfareRegistryArgs, 'programmeId'>>;
  recommendWelfare?: Resolver<ResolversTypes['WelfareRegistration'], ParentType, ContextType, RequireFields<MutationRecommendWelfareArgs, 'input'>>;
  setWelfareContact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<MutationSetWelfareContactArgs>>;
}>;

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  welfareAuditLog?: Resolver<Maybe<Array<ResolversTypes['WelfareAuditEntry']>>, ParentType, ContextType, RequireFields<QueryWelfareAuditLogArgs, 'first'>>;
  welfarePrecheck?: Resolver<Maybe<ResolversTypes['WelfareChecks']>, ParentType, ContextType, RequireFields<QueryWelfarePrecheckArgs, 'input'>>;
  welfareProgramme?: Resolver<Maybe<ResolversTypes['WelfareProgramme']>, ParentType, ContextType, RequireFields<QueryWelfareProgrammeArgs, 'id'>>;
  welfareProgrammes?: Resolver<Maybe<Array<ResolversTypes['WelfareProgramme']>>, ParentType, ContextType, Partial<QueryWelfareProgrammesArgs>>;
  welfareRecommendation?: Resolver<Maybe<ResolversTypes['WelfareRecommendation']>, ParentType, ContextType, RequireFields<QueryWelfareRecommendationArgs, 'id'>>;
  welfareRecommendations?: Resolver<Maybe<ResolversTypes['WelfareRecommendationConnection']>, ParentType, ContextType, RequireFields<QueryWelfareRecommendationsArgs, 'first' | 'programmeId'>>;
  welfareStatistics?: Resolver<Maybe<ResolversTypes['WelfareStatistics']>, ParentType, ContextType, Partial<QueryWelfareStatisticsArgs>>;
}>;

export type WelfareAuditEntryResolvers<ContextType = any, ParentType extends ResolversParentTypes['WelfareAuditEntry'] = ResolversParentTypes['WelfareAuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorOrganisation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorSub?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  programmeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recommendationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type WelfareCheckMessageResolvers<ContextType = any, ParentType extends ResolversParentTypes['WelfareCheckMessage'] = ResolversParentTypes['WelfareCheckMessage']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageKo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WelfareChecksResolvers<ContextType = any, ParentType extends ResolversParentTypes['WelfareChecks'] = ResolversParentTypes['WelfareChecks']> = ResolversObject<{
  concentration?: Resolver<ResolversTypes['WelfareConcentration'], ParentType, ContextType>;
  duplicateOf?: Resolver<Maybe<ResolversTypes['WelfareFirstRecommendation']>, ParentType, ContextType>;
  householdCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  householdLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['WelfareCheckMessage']>, ParentType, ContextType>;
  registryStatus?: Resolver<ResolversTypes['WelfareRegistryStatus'], ParentType, ContextType>;
}>;

export type WelfareConcentrationResolvers<ContextType = any, ParentType extends ResolversParentTypes['WelfareConcentration'] = ResolversParentTypes['WelfareConcentration']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dates?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  months?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WelfareCountBucketResolvers<ContextType = any, ParentType extends ResolversParentTypes['WelfareCountBucket'] = ResolversParentTypes['WelfareCountBucket']> = ResolversObject<{
  counts?: Resolver<ResolversTypes['WelfareCounts'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WelfareCountsResolvers<ContextType = any, ParentType extends ResolversParentTypes['WelfareCounts'] = ResolversParentTypes['WelfareCounts']> = ResolversObject<{
  clean?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  concentrationWarnings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duplicatesFlagged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finalList?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ineligibleBlocked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recommendations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WelfareFirstRecommendationResolvers<ContextType = any, ParentType extends ResolversParentTypes['WelfareFirstRecommendation'] = ResolversParentTypes['WelfareFirstRecommendation']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisationKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WelfarePageInfoResolvers<ContextType = any, ParentType extends ResolversParentTypes['WelfarePageInfo'] = ResolversParentTypes['WelfarePageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type WelfareProgrammeResolvers<ContextType = any, ParentType extends ResolversParentTypes['WelfareProgramme'] = ResolversParentTypes['WelfareProgramme']> = ResolversObject<{
  concentrationMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  householdLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerOrganisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recommendFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendUntil?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resourceType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sponsor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WelfareProgrammeStatus'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WelfareRecheckResolvers<ContextType = any, ParentType extends ResolversParentTypes['WelfareRecheck'] = ResolversParentTypes['WelfareRecheck']> = ResolversObject<{
  changed?: Resolver<Array<ResolversTypes['WelfareRecommendation']>, ParentType, ContextType>;
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WelfareRecipientBucketResolvers<ContextType = any, ParentType extends ResolversParentTypes['WelfareRecipientBucket'] = ResolversParentTypes['WelfareRecipientBucket']> = ResolversObject<{
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recommendationsPerPerson?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WelfareRecommendationResolvers<ContextType = any, ParentType extends ResolversParentTypes['WelfareRecommendation'] = ResolversParentTypes['WelfareRecommendation']> = ResolversObject<{
  birthDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  concentration?: Resolver<ResolversTypes['WelfareConcentration'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['WelfareDecision']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dong?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  duplicateOf?: Resolver<Maybe<ResolversTypes['WelfareFirstRecommendation']>, ParentType, ContextType>;
  flagged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  householdCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inFinalList?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameMasked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisationKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programmeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registryCheckedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registryStatus?: Resolver<ResolversTypes['WelfareRegistryStatus'], ParentType, ContextType>;
}>;

export type WelfareRecommendationConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['WelfareRecommendationConnection'] = ResolversParentTypes['WelfareRecommendationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WelfareRecommendationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['WelfarePageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WelfareRecommendationEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['WelfareRecommendationEdge'] = ResolversParentTypes['WelfareRecommendationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WelfareRecommendation'], ParentType, ContextType>;
}>;

export type WelfareRegistrationResolvers<ContextType = any, ParentType extends ResolversParentTypes['WelfareRegistration'] = ResolversParentTypes['WelfareRegistration']> = ResolversObject<{
  checks?: Resolver<ResolversTypes['WelfareChecks'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WelfareOutcome'], ParentType, ContextType>;
  recommendation?: Resolver<Maybe<ResolversTypes['WelfareRecommendation']>, ParentType, ContextType>;
}>;

export type WelfareStatisticsResolvers<ContextType = any, ParentType extends ResolversParentTypes['WelfareStatistics'] = ResolversParentTypes['WelfareStatistics']> = ResolversObject<{
  byDong?: Resolver<Array<ResolversTypes['WelfareCountBucket']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['WelfareCountBucket']>, ParentType, ContextType>;
  byOrganisation?: Resolver<Array<ResolversTypes['WelfareCountBucket']>, ParentType, ContextType>;
  byProgramme?: Resolver<Array<ResolversTypes['WelfareCountBucket']>, ParentType, ContextType>;
  byRecipient?: Resolver<Array<ResolversTypes['WelfareRecipientBucket']>, ParentType, ContextType>;
  byResourceType?: Resolver<Array<ResolversTypes['WelfareCountBucket']>, ParentType, ContextType>;
  bySponsor?: Resolver<Array<ResolversTypes['WelfareCountBucket']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['WelfareCounts'], ParentType, ContextType>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = any> = ResolversObject<{
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  WelfareAuditEntry?: WelfareAuditEntryResolvers<ContextType>;
  WelfareCheckMessage?: WelfareCheckMessageResolvers<ContextType>;
  WelfareChecks?: WelfareChecksResolvers<ContextType>;
  WelfareConcentration?: WelfareConcentrationResolvers<ContextType>;
  WelfareCountBucket?: WelfareCountBucketResolvers<ContextType>;
  WelfareCounts?: WelfareCountsResolvers<ContextType>;
  WelfareFirstRecommendation?: WelfareFirstRecommendationResolvers<ContextType>;
  WelfarePageInfo?: WelfarePageInfoResolvers<ContextType>;
  WelfareProgramme?: WelfareProgrammeResolvers<ContextType>;
  WelfareRecheck?: WelfareRecheckResolvers<ContextType>;
  WelfareRecipientBucket?: WelfareRecipientBucketResolvers<ContextType>;
  WelfareRecommendation?: WelfareRecommendationResolvers<ContextType>;
  WelfareRecommendationConnection?: WelfareRecommendationConnectionResolvers<ContextType>;
  WelfareRecommendationEdge?: WelfareRecommendationEdgeResolvers<ContextType>;
  WelfareRegistration?: WelfareRegistrationResolvers<ContextType>;
  WelfareStatistics?: WelfareStatisticsResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = any> = ResolversObject<{
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
}>;
