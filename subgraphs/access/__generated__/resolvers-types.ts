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

/** A partner's Open API service key (서비스 키), without its secret. Only ADMIN reads these. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** Browser origins allowed (CORS); empty = server-to-server only. */
  allowedOrigins: Array<Scalars['String']['output']>;
  /** ISO timestamp when the key was issued. */
  createdAt: Scalars['String']['output'];
  /** `sub` of the admin who issued the key. */
  createdBy: Scalars['String']['output'];
  /** ISO instant after which the key answers result code 31; null when it never expires. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  /** Key id: names the key in apiKeyUsage, updateApiKey and revokeApiKey (not the secret). */
  id: Scalars['ID']['output'];
  /** First characters of the key (enough to tell keys apart, not to use one). */
  keyPrefix: Scalars['String']['output'];
  /** The partner portal. */
  name: Scalars['String']['output'];
  /** Quota: requests admitted per day (KST); more answer result code 22 (QUOTA_EXCEEDED). */
  perDay: Scalars['Int']['output'];
  /** Quota: requests admitted per second; more answer result code 23 (RATE_LIMITED). */
  perSecond: Scalars['Int']['output'];
  /** ISO timestamp when the key was revoked (it then answers result code 30); null while it is in force. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** What the key may be used for. */
  scopes: Array<ApiKeyScope>;
  /** Identity providers whose citizen tokens the key may present (apply scope); empty otherwise. */
  trustedIssuers: Array<TrustedIssuer>;
};

/** What a partner's API key may be used for (서비스 키 권한). */
export type ApiKeyScope =
  /** Apply on behalf of a signed-in citizen, with the citizen's token from a trusted issuer (대리 신청). */
  | 'apply'
  /** Public data: GraphQL and /openapi/v1 (공공데이터 조회). */
  | 'read';

/** Requests of one key on one day (KST). */
export type ApiKeyUsageDay = {
  __typename?: 'ApiKeyUsageDay';
  /** YYYY-MM-DD (KST). */
  day: Scalars['String']['output'];
  /** Id of the key (ApiKey.id). */
  keyId: Scalars['ID']['output'];
  /** The key's name (the partner portal). */
  name: Scalars['String']['output'];
  /** Requests refused for a quota (result codes 22 and 23). */
  rejected: Scalars['Int']['output'];
  /** Requests admitted. */
  requests: Scalars['Int']['output'];
};

/** A new partner key (createApiKey). */
export type CreateApiKeyInput = {
  /** Browser origins allowed (CORS); omitted or empty = server-to-server only. */
  allowedOrigins?: InputMaybe<Array<Scalars['String']['input']>>;
  /** YYYY-MM-DD (end of that day, KST) or an ISO instant; then the key answers 31. */
  expiresAt?: InputMaybe<Scalars['String']['input']>;
  /** The partner portal the key is for (shown to admins). */
  name: Scalars['String']['input'];
  /** Default: OPENAPI_DEFAULT_PER_DAY. */
  perDay?: InputMaybe<Scalars['Int']['input']>;
  /** Default: OPENAPI_DEFAULT_PER_SECOND. */
  perSecond?: InputMaybe<Scalars['Int']['input']>;
  /** What the key may be used for. */
  scopes: Array<ApiKeyScope>;
  /** Needed for the apply scope. */
  trustedIssuers?: InputMaybe<Array<TrustedIssuerInput>>;
};

/** The answer of createApiKey: the secret, once, and the key's record. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** The key's record as apiKeys lists it. */
  apiKey: ApiKey;
  /** The service key. Shown this once: store it now; the hub keeps only its hash. */
  key: Scalars['String']['output'];
};

/** Write operations: a parent's applications and reservations, editors' curation, admins' keys, welfare recommendations. Each says which role may call it. */
export type Mutation = {
  __typename?: 'Mutation';
  /** ADMIN: issues a key; the answer is the only place its secret appears. */
  createApiKey: CreatedApiKey;
  /** ADMIN: revokes a key; its next request answers 30. */
  revokeApiKey: ApiKey;
  /** ADMIN: changes a key's name, quotas or browser origins; in force from its next request. */
  updateApiKey: ApiKey;
};


/** Write operations: a parent's applications and reservations, editors' curation, admins' keys, welfare recommendations. Each says which role may call it. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Write operations: a parent's applications and reservations, editors' curation, admins' keys, welfare recommendations. Each says which role may call it. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations: a parent's applications and reservations, editors' curation, admins' keys, welfare recommendations. Each says which role may call it. */
export type MutationUpdateApiKeyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateApiKeyInput;
};

/** Read operations of the hub: public data (facilities, policies, programmes, search, benefits, stats) and, with a token, a parent's, editor's or admin's own data. */
export type Query = {
  __typename?: 'Query';
  /** ADMIN: requests per key and day (KST), newest first; `from`/`to` YYYY-MM-DD, default the last 30 days. */
  apiKeyUsage?: Maybe<Array<ApiKeyUsageDay>>;
  /** ADMIN: every key, newest last (never a secret). */
  apiKeys?: Maybe<Array<ApiKey>>;
};


/** Read operations of the hub: public data (facilities, policies, programmes, search, benefits, stats) and, with a token, a parent's, editor's or admin's own data. */
export type QueryApiKeyUsageArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  keyId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** An identity provider whose tokens a partner's citizens present. */
export type TrustedIssuer = {
  __typename?: 'TrustedIssuer';
  /** Expected `aud`, when set. */
  audience?: Maybe<Scalars['String']['output']>;
  /** `iss` of the citizens' tokens. */
  issuer: Scalars['String']['output'];
  /** URL of the issuer's JWKS, the public keys the hub verifies citizens' tokens with. */
  jwksUrl: Scalars['String']['output'];
};

/** An identity provider a key trusts for citizens' tokens (apply scope). */
export type TrustedIssuerInput = {
  /** Expected `aud`; omit to accept any audience. */
  audience?: InputMaybe<Scalars['String']['input']>;
  /** `iss` of the citizens' tokens. */
  issuer: Scalars['String']['input'];
  /** URL of the issuer's JWKS (public keys). */
  jwksUrl: Scalars['String']['input'];
};

/** Changes to a key; omitted fields stay as they are. */
export type UpdateApiKeyInput = {
  /** Replaces the list ([] = server-to-server only). */
  allowedOrigins?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New name (the partner portal). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New per-day (KST) quota. */
  perDay?: InputMaybe<Scalars['Int']['input']>;
  /** New per-second quota. */
  perSecond?: InputMaybe<Scalars['Int']['input']>;
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
  ApiKey: ResolverTypeWrapper<ApiKey>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApiKeyScope: ApiKeyScope;
  ApiKeyUsageDay: ResolverTypeWrapper<ApiKeyUsageDay>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreatedApiKey: ResolverTypeWrapper<CreatedApiKey>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TrustedIssuer: ResolverTypeWrapper<TrustedIssuer>;
  TrustedIssuerInput: TrustedIssuerInput;
  UpdateApiKeyInput: UpdateApiKeyInput;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiKey: ApiKey;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  ApiKeyUsageDay: ApiKeyUsageDay;
  CreateApiKeyInput: CreateApiKeyInput;
  CreatedApiKey: CreatedApiKey;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  TrustedIssuer: TrustedIssuer;
  TrustedIssuerInput: TrustedIssuerInput;
  UpdateApiKeyInput: UpdateApiKeyInput;
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

export type ApiKeyResolvers<ContextType = any, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  allowedOrigins?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyPrefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  perDay?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perSecond?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ApiKeyScope']>, ParentType, ContextType>;
  trustedIssuers?: Resolver<Array<ResolversTypes['TrustedIssuer']>, ParentType, ContextType>;
}>;

export type ApiKeyUsageDayResolvers<ContextType = any, ParentType extends ResolversParentTypes['ApiKeyUsageDay'] = ResolversParentTypes['ApiKeyUsageDay']> = ResolversObject<{
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CreatedApiKeyResolvers<ContextType = any, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  updateApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationUpdateApiKeyArgs, 'id' | 'input'>>;
}>;

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiKeyUsage?: Resolver<Maybe<Array<ResolversTypes['ApiKeyUsageDay']>>, ParentType, ContextType, Partial<QueryApiKeyUsageArgs>>;
  apiKeys?: Resolver<Maybe<Array<ResolversTypes['ApiKey']>>, ParentType, ContextType>;
}>;

export type TrustedIssuerResolvers<ContextType = any, ParentType extends ResolversParentTypes['TrustedIssuer'] = ResolversParentTypes['TrustedIssuer']> = ResolversObject<{
  audience?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jwksUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = any> = ResolversObject<{
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyUsageDay?: ApiKeyUsageDayResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  TrustedIssuer?: TrustedIssuerResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = any> = ResolversObject<{
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
}>;
