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
  /** A calendar date, YYYY-MM-DD (KST). */
  Date: { input: string; output: string; }
  federation__FieldSet: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
};

/** Where alerts for a saved household go: give exactly one of phone and webhookUrl. */
export type AlertChannelInput = {
  /** SMS to this number, or */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** a webhook POST to this URL. */
  webhookUrl?: InputMaybe<Scalars['String']['input']>;
};

/** One policy judged for the household. */
export type Benefit = {
  __typename?: 'Benefit';
  /** 지원금액 in 원 (KRW), when the source states one; null otherwise. */
  amountKrw?: Maybe<Scalars['Int']['output']>;
  /** Every criterion of the policy judged, with the household's value and the evidence. */
  criteria: Array<CriterionJudgement>;
  /** Last day to apply, YYYY-MM-DD, when known. */
  deadline?: Maybe<Scalars['String']['output']>;
  /** NOT_ELIGIBLE: the failing criterion. */
  failing?: Maybe<CriterionJudgement>;
  /** The policy's name (정책명). */
  name: Scalars['String']['output'];
  /** The policy (fields from its lifecycle subgraph). */
  policy: BenefitPolicy;
  /** The policy's record id (Policy.id). */
  policyId: Scalars['ID']['output'];
  /** MAYBE: the question that would decide it. */
  question?: Maybe<BenefitQuestion>;
  /** 시도 of the policy; null for national policies. */
  sido?: Maybe<Scalars['String']['output']>;
  /** 시군구 of the policy; null when it covers the whole 시도 or the nation. */
  sigungu?: Maybe<Scalars['String']['output']>;
  /** Eligible, maybe or not eligible. */
  verdict: BenefitVerdict;
};

/** A page of judged policies, ELIGIBLE first. */
export type BenefitConnection = {
  __typename?: 'BenefitConnection';
  /** Verdict counts over all pages. */
  counts: BenefitCounts;
  /** Pass as `after` for the next page; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More judged policies follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** 기준중위소득 table used (year and source). */
  medianIncomeSource: Scalars['String']['output'];
  /** The judged policies of this page. */
  nodes: Array<Benefit>;
  /** The date judged. */
  on: Scalars['Date']['output'];
  /** Policies judged that match the filter (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** How many policies got each verdict (over all pages, after the filter). */
export type BenefitCounts = {
  __typename?: 'BenefitCounts';
  /** Policies judged ELIGIBLE. */
  eligible: Scalars['Int']['output'];
  /** Policies judged MAYBE. */
  maybe: Scalars['Int']['output'];
  /** Policies judged NOT_ELIGIBLE. */
  notEligible: Scalars['Int']['output'];
};

/** The words or code of the policy a criterion was read from. */
export type BenefitEvidence = {
  __typename?: 'BenefitEvidence';
  /** The policy field it was read from (target, benefit, ages …, or curation). */
  field: Scalars['String']['output'];
  /** The matched span of that field, or the code (예: JA0403=Y). */
  text: Scalars['String']['output'];
};

/** Which judged policies to list; all given conditions must hold. */
export type BenefitFilter = {
  /** Only policies of this region (and national ones). */
  region?: InputMaybe<HouseholdRegionInput>;
  /** Policies of any of these stages. */
  stages?: InputMaybe<Array<BenefitStage>>;
  /** Only these verdicts (e.g. ELIGIBLE and MAYBE). */
  verdicts?: InputMaybe<Array<BenefitVerdict>>;
};

/** A policy of any stage; its fields come from its lifecycle subgraph. */
export type BenefitPolicy = ElementaryPolicy | InfantPolicy | PregnancyPolicy | YouthPolicy;

/** The question that would decide an UNKNOWN criterion, in both languages. */
export type BenefitQuestion = {
  __typename?: 'BenefitQuestion';
  /** The question in English. */
  en: Scalars['String']['output'];
  /** The question in Korean. */
  ko: Scalars['String']['output'];
};

/** Lifecycle stage (생애주기) of a policy, for BenefitFilter. */
export type BenefitStage =
  /** 초등 (6–12세). */
  | 'ELEMENTARY'
  /** 영유아 (0–5세). */
  | 'INFANT'
  /** 임신·출산. */
  | 'PREGNANCY'
  /** 청소년 (13–18세). */
  | 'YOUTH';

/** The judgement of one policy for the household (수급 가능성). */
export type BenefitVerdict =
  /** 받을 수 있음: every criterion is met. */
  | 'ELIGIBLE'
  /** 확인 필요: none failed, some unknown; `question` says what would decide it. */
  | 'MAYBE'
  /** 해당 없음: a criterion failed (`failing`). */
  | 'NOT_ELIGIBLE';

/** One criterion of a policy judged for the household, with why. */
export type CriterionJudgement = {
  __typename?: 'CriterionJudgement';
  /** The criterion's id within the policy (Criterion.id). */
  criterionId: Scalars['String']['output'];
  /** The words or code of the policy it was read from. */
  evidence: BenefitEvidence;
  /** The household's value, when known. */
  householdValue?: Maybe<Scalars['String']['output']>;
  /** The criterion's kind (AGE, INCOME, RESIDENCE … as CriterionKind). */
  kind: Scalars['String']['output'];
  /** Where the criterion comes from (STRUCTURED, TEXT or CURATED, as CriterionOrigin). */
  origin: Scalars['String']['output'];
  /** UNKNOWN: the question that would decide it; null otherwise. */
  question?: Maybe<BenefitQuestion>;
  /** What the policy asks (Korean). */
  requirement: Scalars['String']['output'];
  /** The site it was read from, when known. */
  sourceId?: Maybe<Scalars['String']['output']>;
  /** Met, failed or unknown for this household. */
  status: CriterionStatus;
};

/** How one criterion stands for the household. */
export type CriterionStatus =
  /** 미충족: the household does not meet it. */
  | 'FAILED'
  /** 충족: the household meets it. */
  | 'MET'
  /** 알 수 없음: the household data given does not decide it. */
  | 'UNKNOWN';

export type ElementaryPolicy = {
  __typename?: 'ElementaryPolicy';
  id: Scalars['ID']['output'];
};

/** A household member's work situation (취업 상태), for EMPLOYMENT criteria. */
export type EmploymentStatusInput =
  /** 근로자 (employed). */
  | 'EMPLOYED'
  /** 구직자 (job seeker). */
  | 'JOB_SEEKER'
  /** 미취업 (not working). */
  | 'NOT_WORKING'
  /** 육아휴직 (on parental leave). */
  | 'PARENTAL_LEAVE'
  /** 자영업자 (self-employed). */
  | 'SELF_EMPLOYED';

export type HouseholdFlag =
  | 'BASIC_LIVELIHOOD'
  | 'COUPLE'
  | 'DISABILITY'
  | 'DUAL_INCOME'
  | 'GRANDPARENT'
  | 'MULTICULTURAL'
  | 'MULTI_CHILD'
  | 'NEAR_POVERTY'
  | 'NEW_RESIDENT'
  | 'NORTH_KOREAN_DEFECTOR'
  | 'NO_HOUSE'
  | 'ONE_PERSON'
  | 'SINGLE_PARENT'
  | 'TWINS';

/** A family as the parent describes it; judged in memory and, in benefitsFor, never stored. */
export type HouseholdInput = {
  /** Household situations that hold (다자녀, 한부모 …); see flagsComplete for the unlisted ones. */
  flags?: InputMaybe<Array<HouseholdFlag>>;
  /** The flags listed are all that hold (an unlisted flag is then false, not unknown). */
  flagsComplete?: InputMaybe<Scalars['Boolean']['input']>;
  /** 기준중위소득 band in percent, when the amount is not given. */
  medianIncomeBand?: InputMaybe<IncomeBandInput>;
  /** At most 20. */
  members: Array<HouseholdMemberInput>;
  /** 월 소득 (KRW). */
  monthlyIncomeKrw?: InputMaybe<Scalars['Int']['input']>;
  /** Where the household lives. */
  region: HouseholdRegionInput;
};

/** One member of the household (가구원). */
export type HouseholdMemberInput = {
  /** YYYY-MM-DD. Leave empty with `dueDate` for a baby on the way. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** 출산예정일 of a baby on the way. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** The member's work situation; omit when unknown (EMPLOYMENT criteria then stay UNKNOWN). */
  employment?: InputMaybe<EmploymentStatusInput>;
  /** 임신 주수 at `on`, for a pregnant member (instead of a due date). */
  pregnancyWeeks?: InputMaybe<Scalars['Int']['input']>;
  /** How the member is related to the applicant. */
  relationship: Relationship;
};

/** Where the household lives (거주지): 시도 and optionally 시군구, by Korean name. */
export type HouseholdRegionInput = {
  /** 거주 기간 in months. */
  monthsOfResidence?: InputMaybe<Scalars['Int']['input']>;
  /** 시도 by its Korean name (서울특별시, 서울); unknown ones answer BAD_USER_INPUT. */
  sido: Scalars['String']['input'];
  /** 시군구 of that 시도 (도봉구); one not in the 시도 answers BAD_USER_INPUT. */
  sigungu?: InputMaybe<Scalars['String']['input']>;
};

/** A band of 기준중위소득 (median income), in percent. */
export type IncomeBandInput = {
  /** Upper bound of the band, % of 기준중위소득. */
  maxPercent: Scalars['Float']['input'];
  /** Lower bound of the band, % of 기준중위소득. */
  minPercent: Scalars['Float']['input'];
};

export type InfantPolicy = {
  __typename?: 'InfantPolicy';
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Delete a saved household and its alert history (deletion on request deletes). */
  deleteHousehold: Scalars['Boolean']['output'];
  /** Save a household for alerts (PARENT sign-in). Stored encrypted (AES-256-GCM); new matching policies are notified through `notify` (SMS or webhook). */
  saveHousehold: SavedHousehold;
};


export type MutationDeleteHouseholdArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveHouseholdArgs = {
  household: HouseholdInput;
  label?: InputMaybe<Scalars['String']['input']>;
  notify: AlertChannelInput;
};

export type PregnancyPolicy = {
  __typename?: 'PregnancyPolicy';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Every policy judged for `household` at date `on` (default today, KST): ELIGIBLE (every criterion met),
   * MAYBE (none failed, some unknown — `question` says what would decide it), NOT_ELIGIBLE (`failing` names the
   * criterion). ELIGIBLE first, then MAYBE, then NOT_ELIGIBLE; within a verdict by amount (high first) and
   * deadline (soonest first). No sign-in; nothing of the household is stored.
   * 우리 가구가 받을 수 있는 지원정책 (로그인 불필요, 입력한 가구 정보는 저장하지 않습니다).
   */
  benefitsFor?: Maybe<BenefitConnection>;
  /** The signed-in parent's saved households (alerts). */
  savedHouseholds?: Maybe<Array<SavedHousehold>>;
  /** Policies that open up (a child reaches an age, the baby is born) or end within `months`, with dates. 앞으로 받을 수 있게 되거나 끝나는 지원. */
  upcomingBenefits?: Maybe<Array<UpcomingBenefit>>;
};


export type QueryBenefitsForArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BenefitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  household: HouseholdInput;
  on?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryUpcomingBenefitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  household: HouseholdInput;
  months?: InputMaybe<Scalars['Int']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** How a household member is related to the applicant (가구주와의 관계). */
export type Relationship =
  /** 자녀: a child of the applicant. */
  | 'CHILD'
  /** 손자녀: a grandchild (조손 가정). */
  | 'GRANDCHILD'
  /** 조부모: a grandparent. */
  | 'GRANDPARENT'
  /** 기타 가구원: any other member. */
  | 'OTHER'
  /** 부모: a parent of the applicant. */
  | 'PARENT'
  /** 본인: the applicant. */
  | 'SELF'
  /** 배우자: the applicant's spouse. */
  | 'SPOUSE';

/** A household a parent saved for alerts (never shows the household itself). */
export type SavedHousehold = {
  __typename?: 'SavedHousehold';
  /** Notifications sent for it so far. */
  alertsSent: Scalars['Int']['output'];
  /** ISO timestamp when it was saved. */
  createdAt: Scalars['String']['output'];
  /** Id to pass to deleteHousehold. */
  id: Scalars['ID']['output'];
  /** The parent's own name for it; null when none was given. */
  label?: Maybe<Scalars['String']['output']>;
};

/** A coming change of one policy's verdict for the household. */
export type UpcomingBenefit = {
  __typename?: 'UpcomingBenefit';
  /** Whether the policy opens up or ends for the household. */
  change: UpcomingChange;
  /** The day the verdict changes. */
  date: Scalars['Date']['output'];
  /** The policy's name (정책명). */
  name: Scalars['String']['output'];
  /** The policy (fields from its lifecycle subgraph). */
  policy: BenefitPolicy;
  /** The policy's record id (Policy.id). */
  policyId: Scalars['ID']['output'];
  /** Why (e.g. 자녀 만 6세 도달, 출산 예정일). */
  reason: Scalars['String']['output'];
  /** The verdict from that day. */
  verdict: BenefitVerdict;
};

/** How a policy's verdict changes on a coming day. */
export type UpcomingChange =
  /** The household stops being eligible (a child grows out of it, the period ends …). */
  | 'ENDS'
  /** The household becomes eligible (a child reaches an age, the baby is born …). */
  | 'OPENS';

export type YouthPolicy = {
  __typename?: 'YouthPolicy';
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
  BenefitPolicy:
    | ( ElementaryPolicy )
    | ( InfantPolicy )
    | ( PregnancyPolicy )
    | ( YouthPolicy )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AlertChannelInput: AlertChannelInput;
  Benefit: ResolverTypeWrapper<Omit<Benefit, 'policy'> & { policy: ResolversTypes['BenefitPolicy'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BenefitConnection: ResolverTypeWrapper<Omit<BenefitConnection, 'nodes'> & { nodes: Array<ResolversTypes['Benefit']> }>;
  BenefitCounts: ResolverTypeWrapper<BenefitCounts>;
  BenefitEvidence: ResolverTypeWrapper<BenefitEvidence>;
  BenefitFilter: BenefitFilter;
  BenefitPolicy: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['BenefitPolicy']>;
  BenefitQuestion: ResolverTypeWrapper<BenefitQuestion>;
  BenefitStage: BenefitStage;
  BenefitVerdict: BenefitVerdict;
  CriterionJudgement: ResolverTypeWrapper<CriterionJudgement>;
  CriterionStatus: CriterionStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  ElementaryPolicy: ResolverTypeWrapper<ElementaryPolicy>;
  EmploymentStatusInput: EmploymentStatusInput;
  HouseholdFlag: HouseholdFlag;
  HouseholdInput: HouseholdInput;
  HouseholdMemberInput: HouseholdMemberInput;
  HouseholdRegionInput: HouseholdRegionInput;
  IncomeBandInput: IncomeBandInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  InfantPolicy: ResolverTypeWrapper<InfantPolicy>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PregnancyPolicy: ResolverTypeWrapper<PregnancyPolicy>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relationship: Relationship;
  SavedHousehold: ResolverTypeWrapper<SavedHousehold>;
  UpcomingBenefit: ResolverTypeWrapper<Omit<UpcomingBenefit, 'policy'> & { policy: ResolversTypes['BenefitPolicy'] }>;
  UpcomingChange: UpcomingChange;
  YouthPolicy: ResolverTypeWrapper<YouthPolicy>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AlertChannelInput: AlertChannelInput;
  Benefit: Omit<Benefit, 'policy'> & { policy: ResolversParentTypes['BenefitPolicy'] };
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  BenefitConnection: Omit<BenefitConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Benefit']> };
  BenefitCounts: BenefitCounts;
  BenefitEvidence: BenefitEvidence;
  BenefitFilter: BenefitFilter;
  BenefitPolicy: ResolversUnionTypes<ResolversParentTypes>['BenefitPolicy'];
  BenefitQuestion: BenefitQuestion;
  CriterionJudgement: CriterionJudgement;
  Date: Scalars['Date']['output'];
  ElementaryPolicy: ElementaryPolicy;
  HouseholdInput: HouseholdInput;
  HouseholdMemberInput: HouseholdMemberInput;
  HouseholdRegionInput: HouseholdRegionInput;
  IncomeBandInput: IncomeBandInput;
  Float: Scalars['Float']['output'];
  InfantPolicy: InfantPolicy;
  Mutation: Record<PropertyKey, never>;
  PregnancyPolicy: PregnancyPolicy;
  Query: Record<PropertyKey, never>;
  SavedHousehold: SavedHousehold;
  UpcomingBenefit: Omit<UpcomingBenefit, 'policy'> & { policy: ResolversParentTypes['BenefitPolicy'] };
  YouthPolicy: YouthPolicy;
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

export type BenefitResolvers<ContextType = any, ParentType extends ResolversParentTypes['Benefit'] = ResolversParentTypes['Benefit']> = ResolversObject<{
  amountKrw?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['CriterionJudgement']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failing?: Resolver<Maybe<ResolversTypes['CriterionJudgement']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['BenefitPolicy'], ParentType, ContextType>;
  policyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  question?: Resolver<Maybe<ResolversTypes['BenefitQuestion']>, ParentType, ContextType>;
  sido?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sigungu?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['BenefitVerdict'], ParentType, ContextType>;
}>;

export type BenefitConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['BenefitConnection'] = ResolversParentTypes['BenefitConnection']> = ResolversObject<{
  counts?: Resolver<ResolversTypes['BenefitCounts'], ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  medianIncomeSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Benefit']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BenefitCountsResolvers<ContextType = any, ParentType extends ResolversParentTypes['BenefitCounts'] = ResolversParentTypes['BenefitCounts']> = ResolversObject<{
  eligible?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maybe?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notEligible?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BenefitEvidenceResolvers<ContextType = any, ParentType extends ResolversParentTypes['BenefitEvidence'] = ResolversParentTypes['BenefitEvidence']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BenefitPolicyResolvers<ContextType = any, ParentType extends ResolversParentTypes['BenefitPolicy'] = ResolversParentTypes['BenefitPolicy']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ElementaryPolicy' | 'InfantPolicy' | 'PregnancyPolicy' | 'YouthPolicy', ParentType, ContextType>;
}>;

export type BenefitQuestionResolvers<ContextType = any, ParentType extends ResolversParentTypes['BenefitQuestion'] = ResolversParentTypes['BenefitQuestion']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ko?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CriterionJudgementResolvers<ContextType = any, ParentType extends ResolversParentTypes['CriterionJudgement'] = ResolversParentTypes['CriterionJudgement']> = ResolversObject<{
  criterionId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['BenefitEvidence'], ParentType, ContextType>;
  householdValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  question?: Resolver<Maybe<ResolversTypes['BenefitQuestion']>, ParentType, ContextType>;
  requirement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CriterionStatus'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type ElementaryPolicyResolvers<ContextType = any, ParentType extends ResolversParentTypes['ElementaryPolicy'] = ResolversParentTypes['ElementaryPolicy']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InfantPolicyResolvers<ContextType = any, ParentType extends ResolversParentTypes['InfantPolicy'] = ResolversParentTypes['InfantPolicy']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  deleteHousehold?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteHouseholdArgs, 'id'>>;
  saveHousehold?: Resolver<ResolversTypes['SavedHousehold'], ParentType, ContextType, RequireFields<MutationSaveHouseholdArgs, 'household' | 'notify'>>;
}>;

export type PregnancyPolicyResolvers<ContextType = any, ParentType extends ResolversParentTypes['PregnancyPolicy'] = ResolversParentTypes['PregnancyPolicy']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  benefitsFor?: Resolver<Maybe<ResolversTypes['BenefitConnection']>, ParentType, ContextType, RequireFields<QueryBenefitsForArgs, 'first' | 'household'>>;
  savedHouseholds?: Resolver<Maybe<Array<ResolversTypes['SavedHousehold']>>, ParentType, ContextType>;
  upcomingBenefits?: Resolver<Maybe<Array<ResolversTypes['UpcomingBenefit']>>, ParentType, ContextType, RequireFields<QueryUpcomingBenefitsArgs, 'first' | 'household' | 'months'>>;
}>;

export type SavedHouseholdResolvers<ContextType = any, ParentType extends ResolversParentTypes['SavedHousehold'] = ResolversParentTypes['SavedHousehold']> = ResolversObject<{
  alertsSent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type UpcomingBenefitResolvers<ContextType = any, ParentType extends ResolversParentTypes['UpcomingBenefit'] = ResolversParentTypes['UpcomingBenefit']> = ResolversObject<{
  change?: Resolver<ResolversTypes['UpcomingChange'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['BenefitPolicy'], ParentType, ContextType>;
  policyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['BenefitVerdict'], ParentType, ContextType>;
}>;

export type YouthPolicyResolvers<ContextType = any, ParentType extends ResolversParentTypes['YouthPolicy'] = ResolversParentTypes['YouthPolicy']> = ResolversObject<{
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
  Benefit?: BenefitResolvers<ContextType>;
  BenefitConnection?: BenefitConnectionResolvers<ContextType>;
  BenefitCounts?: BenefitCountsResolvers<ContextType>;
  BenefitEvidence?: BenefitEvidenceResolvers<ContextType>;
  BenefitPolicy?: BenefitPolicyResolvers<ContextType>;
  BenefitQuestion?: BenefitQuestionResolvers<ContextType>;
  CriterionJudgement?: CriterionJudgementResolvers<ContextType>;
  Date?: GraphQLScalarType;
  ElementaryPolicy?: ElementaryPolicyResolvers<ContextType>;
  InfantPolicy?: InfantPolicyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PregnancyPolicy?: PregnancyPolicyResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SavedHousehold?: SavedHouseholdResolvers<ContextType>;
  UpcomingBenefit?: UpcomingBenefitResolvers<ContextType>;
  YouthPolicy?: YouthPolicyResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = any> = ResolversObject<{
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
}>;
