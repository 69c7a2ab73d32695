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

export type AlertChannelInput = {
  /** SMS to this number, or */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** a webhook POST to this URL. */
  webhookUrl?: InputMaybe<Scalars['String']['input']>;
};

export type Benefit = {
  __typename?: 'Benefit';
  amountKrw?: Maybe<Scalars['Int']['output']>;
  criteria: Array<CriterionJudgement>;
  /** Last day to apply, YYYY-MM-DD, when known. */
  deadline?: Maybe<Scalars['String']['output']>;
  /** NOT_ELIGIBLE: the failing criterion. */
  failing?: Maybe<CriterionJudgement>;
  name: Scalars['String']['output'];
  /** The policy (fields from its lifecycle subgraph). */
  policy: BenefitPolicy;
  policyId: Scalars['ID']['output'];
  /** MAYBE: the question that would decide it. */
  question?: Maybe<BenefitQuestion>;
  sido?: Maybe<Scalars['String']['output']>;
  sigungu?: Maybe<Scalars['String']['output']>;
  verdict: BenefitVerdict;
};

export type BenefitConnection = {
  __typename?: 'BenefitConnection';
  counts: BenefitCounts;
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  /** 기준중위소득 table used (year and source). */
  medianIncomeSource: Scalars['String']['output'];
  nodes: Array<Benefit>;
  /** The date judged. */
  on: Scalars['Date']['output'];
  totalCount: Scalars['Int']['output'];
};

export type BenefitCounts = {
  __typename?: 'BenefitCounts';
  eligible: Scalars['Int']['output'];
  maybe: Scalars['Int']['output'];
  notEligible: Scalars['Int']['output'];
};

export type BenefitEvidence = {
  __typename?: 'BenefitEvidence';
  field: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type BenefitFilter = {
  /** Only policies of this region (and national ones). */
  region?: InputMaybe<HouseholdRegionInput>;
  stages?: InputMaybe<Array<BenefitStage>>;
  verdicts?: InputMaybe<Array<BenefitVerdict>>;
};

export type BenefitPolicy = ElementaryPolicy | InfantPolicy | PregnancyPolicy | YouthPolicy;

export type BenefitQuestion = {
  __typename?: 'BenefitQuestion';
  en: Scalars['String']['output'];
  ko: Scalars['String']['output'];
};

export type BenefitStage =
  | 'ELEMENTARY'
  | 'INFANT'
  | 'PREGNANCY'
  | 'YOUTH';

export type BenefitVerdict =
  | 'ELIGIBLE'
  | 'MAYBE'
  | 'NOT_ELIGIBLE';

export type CriterionJudgement = {
  __typename?: 'CriterionJudgement';
  criterionId: Scalars['String']['output'];
  evidence: BenefitEvidence;
  /** The household's value, when known. */
  householdValue?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  origin: Scalars['String']['output'];
  question?: Maybe<BenefitQuestion>;
  /** What the policy asks (Korean). */
  requirement: Scalars['String']['output'];
  sourceId?: Maybe<Scalars['String']['output']>;
  status: CriterionStatus;
};

export type CriterionStatus =
  | 'FAILED'
  | 'MET'
  | 'UNKNOWN';

export type ElementaryPolicy = {
  __typename?: 'ElementaryPolicy';
  id: Scalars['ID']['output'];
};

export type EmploymentStatusInput =
  | 'EMPLOYED'
  | 'JOB_SEEKER'
  | 'NOT_WORKING'
  | 'PARENTAL_LEAVE'
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

export type HouseholdInput = {
  flags?: InputMaybe<Array<HouseholdFlag>>;
  /** The flags listed are all that hold (an unlisted flag is then false, not unknown). */
  flagsComplete?: InputMaybe<Scalars['Boolean']['input']>;
  /** 기준중위소득 band in percent, when the amount is not given. */
  medianIncomeBand?: InputMaybe<IncomeBandInput>;
  /** At most 20. */
  members: Array<HouseholdMemberInput>;
  /** 월 소득 (KRW). */
  monthlyIncomeKrw?: InputMaybe<Scalars['Int']['input']>;
  region: HouseholdRegionInput;
};

export type HouseholdMemberInput = {
  /** YYYY-MM-DD. Leave empty with `dueDate` for a baby on the way. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** 출산예정일 of a baby on the way. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  employment?: InputMaybe<EmploymentStatusInput>;
  /** 임신 주수 at `on`, for a pregnant member (instead of a due date). */
  pregnancyWeeks?: InputMaybe<Scalars['Int']['input']>;
  relationship: Relationship;
};

export type HouseholdRegionInput = {
  /** 거주 기간 in months. */
  monthsOfResidence?: InputMaybe<Scalars['Int']['input']>;
  sido: Scalars['String']['input'];
  sigungu?: InputMaybe<Scalars['String']['input']>;
};

export type IncomeBandInput = {
  maxPercent: Scalars['Float']['input'];
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
  benefitsFor: BenefitConnection;
  /** The signed-in parent's saved households (alerts). */
  savedHouseholds: Array<SavedHousehold>;
  /** Policies that open up (a child reaches an age, the baby is born) or end within `months`, with dates. 앞으로 받을 수 있게 되거나 끝나는 지원. */
  upcomingBenefits: Array<UpcomingBenefit>;
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

export type Relationship =
  | 'CHILD'
  | 'GRANDCHILD'
  | 'GRANDPARENT'
  | 'OTHER'
  | 'PARENT'
  | 'SELF'
  | 'SPOUSE';

export type SavedHousehold = {
  __typename?: 'SavedHousehold';
  /** Notifications sent for it so far. */
  alertsSent: Scalars['Int']['output'];
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  label?: Maybe<Scalars['String']['output']>;
};

export type UpcomingBenefit = {
  __typename?: 'UpcomingBenefit';
  change: UpcomingChange;
  /** The day the verdict changes. */
  date: Scalars['Date']['output'];
  name: Scalars['String']['output'];
  policy: BenefitPolicy;
  policyId: Scalars['ID']['output'];
  /** Why (e.g. 자녀 만 6세 도달, 출산 예정일). */
  reason: Scalars['String']['output'];
  /** The verdict from that day. */
  verdict: BenefitVerdict;
};

export type UpcomingChange =
  | 'ENDS'
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
  benefitsFor?: Resolver<ResolversTypes['BenefitConnection'], ParentType, ContextType, RequireFields<QueryBenefitsForArgs, 'first' | 'household'>>;
  savedHouseholds?: Resolver<Array<ResolversTypes['SavedHousehold']>, ParentType, ContextType>;
  upcomingBenefits?: Resolver<Array<ResolversTypes['UpcomingBenefit']>, ParentType, ContextType, RequireFields<QueryUpcomingBenefitsArgs, 'first' | 'household' | 'months'>>;
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
