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
  /** Any JSON value (an override's value, a base value, record attrs). */
  JSON: { input: unknown; output: unknown; }
  federation__FieldSet: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
};

/** One value the rule read. */
export type AnomalyEvidence = {
  __typename?: 'AnomalyEvidence';
  /** Machine name of the value (capacity, enrolled, fromDay …). */
  key: Scalars['String']['output'];
  /** Korean label, for display. */
  label: Scalars['String']['output'];
  /** The value as text (a list as JSON). */
  value: Scalars['String']['output'];
};

/** A finding of an anomaly check, for editors. EDITOR, ADMIN. */
export type AnomalyFlag = {
  __typename?: 'AnomalyFlag';
  /** When it was decided (ISO). */
  decidedAt?: Maybe<Scalars['String']['output']>;
  /** `sub` of the editor who decided (null while OPEN). */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** The values the rule read. */
  evidence: Array<AnomalyEvidence>;
  /** The evidence as the check filed it (JSON). */
  evidenceJson: Scalars['JSON']['output'];
  /** The facilities concerned (two or more for ADMITTED_TWICE). */
  facilityIds: Array<Scalars['ID']['output']>;
  /** Name of the first facility, as the catalogue has it now (null if it is gone). */
  facilityName?: Maybe<Scalars['String']['output']>;
  /** When a check first found it (ISO). */
  firstSeenAt: Scalars['String']['output'];
  /** Flag id (anm_…). */
  id: Scalars['ID']['output'];
  /** When a check last found it (ISO). */
  lastSeenAt: Scalars['String']['output'];
  /** KST day the evidence is from (YYYY-MM-DD). */
  observedOn: Scalars['String']['output'];
  /** The editor's reason. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Set when the last full check no longer found the condition (ISO); null while it holds. */
  resolvedAt?: Maybe<Scalars['String']['output']>;
  /** Which check found it. */
  rule: AnomalyRule;
  /** The rule's Korean name. */
  ruleLabel: Scalars['String']['output'];
  /** Queue state. */
  state: AnomalyState;
  /** One Korean sentence with the evidence, e.g. 정원 40명인데 현원 52명. */
  summary: Scalars['String']['output'];
};

/** A page of anomaly flags. */
export type AnomalyFlagConnection = {
  __typename?: 'AnomalyFlagConnection';
  /** The page's flags. */
  edges: Array<AnomalyFlagEdge>;
  /** Cursors of this page. */
  pageInfo: PageInfo;
  /** Flags matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** One flag of a page. */
export type AnomalyFlagEdge = {
  __typename?: 'AnomalyFlagEdge';
  /** Opaque cursor of this flag. */
  cursor: Scalars['String']['output'];
  /** The flag. */
  node: AnomalyFlag;
};

/** Which flags the queue shows. */
export type AnomalyFlagFilter = {
  /** Only flags about this facility. */
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these rules. */
  rules?: InputMaybe<Array<AnomalyRule>>;
  /** Only these states (default OPEN and CONFIRMED: the work still to do). */
  states?: InputMaybe<Array<AnomalyState>>;
};

/** What an anomaly check found (anomaly-rules.ts has each rule's exact condition). */
export type AnomalyRule =
  /** 중복 입소: one child admitted at two or more centres for the same admission year (never published). */
  | 'ADMITTED_TWICE'
  /** 현원 급변: enrolment changed by more than the threshold between the last two days filed in full. */
  | 'ENROLMENT_JUMP'
  /** 정원 초과: 현원 is above 정원. */
  | 'ENROLMENT_OVER_CAPACITY'
  /** 빈자리 불일치: 정원 − 현원 shows free seats while every age class is full. */
  | 'FREE_SEATS_ALL_CLASSES_FULL'
  /** 입소 미진행: an age class shows free seats for the whole window while applications wait and the centre offers none. */
  | 'SEATS_WITHOUT_OFFERS'
  /** 보조금 환수: an inspection ordered the subsidy repaid. */
  | 'SUBSIDY_CLAWBACK';

/** What the last run of the checks found. */
export type AnomalyRun = {
  __typename?: 'AnomalyRun';
  /** Findings of this run (new and seen again). */
  found: Scalars['Int']['output'];
  /** Flags this run opened. */
  opened: Scalars['Int']['output'];
  /** Flags this run marked resolved. */
  resolved: Scalars['Int']['output'];
};

/** Where a flag is in the editors' queue. */
export type AnomalyState =
  /** An editor confirmed it (still not public). */
  | 'CONFIRMED'
  /** An editor dismissed it, with a reason; later checks do not reopen it. */
  | 'DISMISSED'
  /** New: no editor has decided yet. */
  | 'OPEN'
  /** An editor published it: shown by publishedAnomalies. */
  | 'PUBLISHED';

/** A page of the audit log, newest first. */
export type AuditConnection = {
  __typename?: 'AuditConnection';
  /** The entries of this page. */
  edges: Array<AuditEdge>;
  /** Whether older entries follow and the cursor to get them. */
  pageInfo: PageInfo;
};

/** One audit entry of a page. */
export type AuditEdge = {
  __typename?: 'AuditEdge';
  /** Pass as `after` to get the older entries. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** One change, as written at the time: never edited or deleted. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done. */
  action: CurationAction;
  /** `sub` of the editor's token. */
  actor: Scalars['String']['output'];
  /** The editor's role at the time (EDITOR or ADMIN). */
  actorRole: Scalars['String']['output'];
  /** The value after; null when it was removed. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** ISO timestamp. */
  at: Scalars['String']['output'];
  /** The value before; null when there was none. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** The field changed; null when the change is of the whole record. */
  field?: Maybe<Scalars['String']['output']>;
  /** Entry id. */
  id: Scalars['ID']['output'];
  /** The editor's reason. */
  reason: Scalars['String']['output'];
  /** The record (null for a synonym change). */
  recordId?: Maybe<Scalars['ID']['output']>;
  /** The synonym term (synonym changes only). */
  term?: Maybe<Scalars['String']['output']>;
};

/** Filters of the audit log; all given ones must hold. */
export type AuditLogFilter = {
  /** Entries of this action. */
  action?: InputMaybe<CurationAction>;
  /** Entries by this editor (`sub`). */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Entries changing this field. */
  field?: InputMaybe<Scalars['String']['input']>;
  /** Entries of this record. */
  recordId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO timestamp: entries at or after. */
  since?: InputMaybe<Scalars['String']['input']>;
  /** Synonym changes of this term. */
  term?: InputMaybe<Scalars['String']['input']>;
  /** ISO timestamp: entries before (with `since`, a date range). */
  until?: InputMaybe<Scalars['String']['input']>;
};

/** A crawl of one site waiting or running in the crawl queue. */
export type CrawlJob = {
  __typename?: 'CrawlJob';
  /** ISO timestamp when it was queued. */
  enqueuedAt: Scalars['String']['output'];
  /** ISO timestamp when it ended; null until then. */
  finishedAt?: Maybe<Scalars['String']['output']>;
  /** Job id. */
  id: Scalars['ID']['output'];
  /** Why it was queued, as written by whoever queued it (recrawlSource: `admin <sub>: <reason>`). */
  reason: Scalars['String']['output'];
  /** Registry id of the site (Source.id). */
  siteId: Scalars['String']['output'];
  /** ISO timestamp when a worker took it; null while pending. */
  startedAt?: Maybe<Scalars['String']['output']>;
  /** pending, running, done or failed. */
  state: Scalars['String']['output'];
};

/** A record as the public sees it (crawled base ⊕ overrides), with its curation state. Editors see unpublished and merged records too. */
export type CuratedRecord = {
  __typename?: 'CuratedRecord';
  /** 주소 as served; null when unknown. */
  address?: Maybe<Scalars['String']['output']>;
  /** Kind-specific fields as served (summary, target, centerType, openingHours …). */
  attrs: Scalars['JSON']['output'];
  /** 정원 (명) as served; null when unknown or not a facility. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** 현원 (명) as served; null when unknown or not a facility. */
  enrolled?: Maybe<Scalars['Int']['output']>;
  /** The record id, as in facility/policy/program(id). */
  id: Scalars['ID']['output'];
  /** 위치 as served; null when unknown. */
  location?: Maybe<GeoPoint>;
  /** Records an editor merged into this one. */
  mergedIds: Array<Scalars['ID']['output']>;
  /** The kept record, when an editor merged this facility or policy into it. */
  mergedInto?: Maybe<Scalars['ID']['output']>;
  /** Name as served (an editor's override, else the crawled base). */
  name: Scalars['String']['output'];
  /** Fields whose value an editor set, with the base they override. */
  overrides: Array<FieldOverride>;
  /** 전화번호 as served; null when unknown. */
  phone?: Maybe<Scalars['String']['output']>;
  /** 쉬운 말 summary shown to parents (setPlainSummary). */
  plainSummary?: Maybe<Scalars['String']['output']>;
  /** The stage whose subgraph serves the record. */
  primaryStage: Stage;
  /** False when unpublished (or merged away): hidden from lists, search and lookups. */
  published: Scalars['Boolean']['output'];
  /** Facility, policy or programme. */
  recordKind: CuratedRecordKind;
  /** 지역 as served; null when unknown. */
  region?: Maybe<Region>;
  /** The crawled sources feeding this record, the most trusted first. */
  sources: Array<RecordSource>;
  /** 특수보육 flags as served (facilities); empty otherwise. */
  specialCare: Array<SpecialCare>;
  /** Lifecycle stages as served. */
  stages: Array<Stage>;
  /** FacilityKind for facilities (CHILDCARE_CENTER …), POLICY / PROGRAM otherwise. */
  subtype: Scalars['String']['output'];
  /** ISO timestamp of the last change (crawl or curation). */
  updatedAt: Scalars['String']['output'];
  /** Withdrawn by its sources (absent from successive crawls), or merged away. */
  withdrawn: Scalars['Boolean']['output'];
};

/** A page of records for the console. */
export type CuratedRecordConnection = {
  __typename?: 'CuratedRecordConnection';
  /** The records of this page. */
  edges: Array<CuratedRecordEdge>;
  /** Whether more records follow and the cursor to get them. */
  pageInfo: PageInfo;
  /** Records matching the filter (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One record of a page. */
export type CuratedRecordEdge = {
  __typename?: 'CuratedRecordEdge';
  /** Pass as `after` to get the records after this one. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: CuratedRecord;
};

/** Filters of curatedRecords; all given ones must hold. */
export type CuratedRecordFilter = {
  /** True: some field has an editor's override; false: none. */
  curated?: InputMaybe<Scalars['Boolean']['input']>;
  /** True: merged into another record; false: not. */
  merged?: InputMaybe<Scalars['Boolean']['input']>;
  /** True: shown to the public; false: unpublished (by an editor) or merged away. */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only facilities, policies or programmes. */
  recordKind?: InputMaybe<CuratedRecordKind>;
  /** 시군구, e.g. `강서구`. */
  sigungu?: InputMaybe<Scalars['String']['input']>;
  /** Registry id of a site among its sources. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Among the record's stages. */
  stage?: InputMaybe<Stage>;
  /** FacilityKind (CHILDCARE_CENTER …), or POLICY / PROGRAM. */
  subtype?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name, address, phone or id (plain text, not a search query). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Kind of catalog record. */
export type CuratedRecordKind =
  /** 시설 (facility). */
  | 'FACILITY'
  /** 지원정책 (policy). */
  | 'POLICY'
  /** 프로그램 (programme). */
  | 'PROGRAM';

/** What an editor did (the audit log's action). */
export type CurationAction =
  /** addSynonym: add search synonyms of a term. */
  | 'ADD_SYNONYM'
  /** confirmAnomaly: an editor confirmed an anomaly flag (field = rule, after.flag = flag id). */
  | 'ANOMALY_CONFIRM'
  /** dismissAnomaly: an editor dismissed an anomaly flag. */
  | 'ANOMALY_DISMISS'
  /** publishAnomaly: an editor published an anomaly flag. */
  | 'ANOMALY_PUBLISH'
  /** curateRecord: set field overrides. */
  | 'CURATE'
  /** keepOverride: keep an override after its base changed. */
  | 'KEEP_OVERRIDE'
  /** mergeFacilities, mergePolicies or confirmDuplicate: merge duplicates into one record. */
  | 'MERGE'
  /** publish: show an unpublished record again. */
  | 'PUBLISH'
  /** rejectDuplicate: keep a duplicate candidate's records apart for good. */
  | 'REJECT_DUPLICATE'
  /** removeSynonym: remove search synonyms of a term. */
  | 'REMOVE_SYNONYM'
  /** revertOverride: drop an override for the crawled base. */
  | 'REVERT_OVERRIDE'
  /** setPlainSummary: set the 쉬운 말 summary. */
  | 'SET_PLAIN_SUMMARY'
  /** setStages: override the lifecycle stages. */
  | 'SET_STAGES'
  /** unmerge: undo a merge. */
  | 'UNMERGE'
  /** unpublish: hide a record from the public. */
  | 'UNPUBLISH';

/**
 * Two policy records that may be one policy: ingest held them back instead of
 * merging them (names close but not equal, shared facts that disagree, or both
 * curated). Confirm (confirmDuplicate) merges them; reject (rejectDuplicate)
 * keeps them apart for good: no later crawl merges or proposes them again.
 */
export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  /** Candidate id, for confirmDuplicate and rejectDuplicate. */
  id: Scalars['ID']['output'];
  /** Why the pair is here: `title:exact`, `title:close 0.86`, `amount:conflict`, `phone:agree`, `held:both-curated` … */
  reasons: Array<Scalars['String']['output']>;
  /** The two records, the one with the more trusted source first. */
  records: Array<CuratedRecord>;
  /** Name similarity, plus 0.1 per shared fact that agrees, minus 0.2 per one that conflicts. */
  score: Scalars['Float']['output'];
  /** ISO timestamp: when ingest first proposed the pair. */
  since: Scalars['String']['output'];
};

/** A page of duplicate candidates. */
export type DuplicateCandidateConnection = {
  __typename?: 'DuplicateCandidateConnection';
  /** The candidates of this page, oldest first. */
  edges: Array<DuplicateCandidateEdge>;
  /** Whether more candidates follow and the cursor to get them. */
  pageInfo: PageInfo;
  /** Candidates waiting (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One duplicate candidate of a page. */
export type DuplicateCandidateEdge = {
  __typename?: 'DuplicateCandidateEdge';
  /** Pass as `after` to get the candidates after this one. */
  cursor: Scalars['String']['output'];
  /** The candidate. */
  node: DuplicateCandidate;
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

/** One overridden field. */
export type FieldOverride = {
  __typename?: 'FieldOverride';
  /** What the crawled base says now. */
  baseValue?: Maybe<Scalars['JSON']['output']>;
  /** Public field name (phone, region, location, summary, plainSummary …). */
  field: Scalars['String']['output'];
  /** True while the base changed under the override (the field is in reviewQueue). */
  needsReview: Scalars['Boolean']['output'];
  /** What the crawled base said when the override was set or last kept. */
  overriddenBase?: Maybe<Scalars['JSON']['output']>;
  /** The editor's reason. */
  reason: Scalars['String']['output'];
  /** ISO timestamp when it was set or last kept. */
  setAt: Scalars['String']['output'];
  /** `sub` of the editor who set (or last kept) the override. */
  setBy: Scalars['String']['output'];
  /** The editor's value (null when the editor blanked the field). */
  value?: Maybe<Scalars['JSON']['output']>;
};

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds synonyms of a search term (one direction: term → synonyms); effective for searches within a second. */
  addSynonym: Synonym;
  /** Confirms an OPEN flag (it stays internal). Audited (ANOMALY_CONFIRM). EDITOR, ADMIN. */
  confirmAnomaly: AnomalyFlag;
  /** Merges a duplicate candidate's two records into `keepId` (one of them; default the first). Returns the kept record. */
  confirmDuplicate: CuratedRecord;
  /**
   * Field-level overrides: `patch` is a JSON object of public fields, e.g.
   * `{"phone": "02-123-4567", "region": {"sido": "서울특별시", "sigungu": "강서구"}}`.
   * Every record: name, stages, primaryStage, region, address, plainSummary.
   * Facilities: kind, phone, location {lat, lng}, specialCare, capacity, enrolled,
   * operatingStatus, centerType, homepage, openingHours {text, open, close,
   * and optionally weekday / saturday / holiday as {open, close} or {closed: true}}
   * (shown with hoursSource CURATED; docs/opening-hours.md).
   * Policies: summary, target, benefit, amountKrw, howToApply,
   * applicationPeriod {text, start, end, always}, agency, contact, url, supportType,
   * criteria (the whole eligibility list, replacing the extracted one: items as Policy.criteria,
   * e.g. `[{"kind": "RESIDENCE", "sido": "서울특별시", "sigungu": "강남구", "minMonths": 12},
   * {"kind": "ANY_OF", "options": [{"kind": "HOUSEHOLD", "flag": "SINGLE_PARENT"}, {"kind": "HOUSEHOLD", "flag": "GRANDPARENT"}]}]`;
   * items without origin/evidence/id become CURATED; `[]` means no conditions).
   * null blanks a field. Unknown fields, wrong types, over-long text and HTML
   * are refused with BAD_USER_INPUT and nothing is written.
   */
  curateRecord: CuratedRecord;
  /** Dismisses an OPEN or CONFIRMED flag as not an anomaly; later checks do not reopen it. Audited (ANOMALY_DISMISS). EDITOR, ADMIN. */
  dismissAnomaly: AnomalyFlag;
  /** Keeps an override after its base changed: the new base becomes the one it overrides (leaves the review queue). */
  keepOverride: CuratedRecord;
  /** Merges duplicate facilities into `keepId`: their sources feed the kept record, their ids answer with it, later crawls keep them merged. */
  mergeFacilities: CuratedRecord;
  /** Merges duplicate policies into `keepId`: their sources feed the kept record, their ids answer with it, later crawls keep them merged. */
  mergePolicies: CuratedRecord;
  /** Shows an unpublished record again in lists, search and lookups (within a second). */
  publish: CuratedRecord;
  /** Publishes an OPEN or CONFIRMED flag (publishedAnomalies shows it); ADMITTED_TWICE is never published. Audited (ANOMALY_PUBLISH). EDITOR, ADMIN. */
  publishAnomaly: AnomalyFlag;
  /** ADMIN: queues a crawl of one site now (one pending crawl per site: an already queued one is returned). */
  recrawlSource: CrawlJob;
  /** Keeps a duplicate candidate's two records apart for good. Returns both. */
  rejectDuplicate: Array<CuratedRecord>;
  /** Removes some synonyms of a term, or the whole term when `synonyms` is omitted. Null when the term has none left. */
  removeSynonym?: Maybe<Synonym>;
  /** Drops the override of one field: the crawled base shows again (and leaves the review queue). */
  revertOverride: CuratedRecord;
  /** Runs every anomaly check now (they also run after each crawl). EDITOR, ADMIN. */
  runAnomalyChecks: AnomalyRun;
  /** Sets the 쉬운 말 summary shown to parents (plain text, at most 1,000 characters). */
  setPlainSummary: CuratedRecord;
  /** Overrides the life stages; `primary` (one of `stages`) decides the subgraph that serves the record. */
  setStages: CuratedRecord;
  /**
   * Undoes the merge of `id`: its sources and its own record come back. Returns the restored record.
   * For policies `id` may also be the own id of a source ingest merged into another site's record
   * (every former id keeps answering `policy(id)`): the source leaves that record and stays apart from it.
   */
  unmerge: CuratedRecord;
  /** Hides a record from lists, search and lookups (within a second); crawls keep updating its base. */
  unpublish: CuratedRecord;
};


export type MutationAddSynonymArgs = {
  reason: Scalars['String']['input'];
  synonyms: Array<Scalars['String']['input']>;
  term: Scalars['String']['input'];
};


export type MutationConfirmAnomalyArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationConfirmDuplicateArgs = {
  id: Scalars['ID']['input'];
  keepId?: InputMaybe<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationCurateRecordArgs = {
  id: Scalars['ID']['input'];
  patch: Scalars['JSON']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDismissAnomalyArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationKeepOverrideArgs = {
  field: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationMergeFacilitiesArgs = {
  keepId: Scalars['ID']['input'];
  mergeIds: Array<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationMergePoliciesArgs = {
  keepId: Scalars['ID']['input'];
  mergeIds: Array<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationPublishArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationPublishAnomalyArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRecrawlSourceArgs = {
  reason: Scalars['String']['input'];
  siteId: Scalars['String']['input'];
};


export type MutationRejectDuplicateArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveSynonymArgs = {
  reason: Scalars['String']['input'];
  synonyms?: InputMaybe<Array<Scalars['String']['input']>>;
  term: Scalars['String']['input'];
};


export type MutationRevertOverrideArgs = {
  field: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSetPlainSummaryArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  text: Scalars['String']['input'];
};


export type MutationSetStagesArgs = {
  id: Scalars['ID']['input'];
  primary: Stage;
  reason: Scalars['String']['input'];
  stages: Array<Stage>;
};


export type MutationUnmergeArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUnpublishArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
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

/** A published anomaly flag, as the public sees it: the rule, the facility and the evidence; never who decided. */
export type PublishedAnomaly = {
  __typename?: 'PublishedAnomaly';
  /** The facility. */
  facilityId: Scalars['ID']['output'];
  /** Flag id. */
  id: Scalars['ID']['output'];
  /** KST day the evidence is from (YYYY-MM-DD). */
  observedOn: Scalars['String']['output'];
  /** When it was published (ISO). */
  publishedAt: Scalars['String']['output'];
  /** Which check found it. */
  rule: AnomalyRule;
  /** The rule's Korean name. */
  ruleLabel: Scalars['String']['output'];
  /** One Korean sentence with the evidence. */
  summary: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The editors' anomaly queue, newest evidence first. EDITOR, ADMIN. */
  anomalyFlags?: Maybe<AnomalyFlagConnection>;
  /** The audit log, newest first. EDITOR, ADMIN. */
  auditLog?: Maybe<AuditConnection>;
  /**
   * The audit log as CSV (UTF-8 with a byte-order mark, so Excel reads Korean;
   * cells that a spreadsheet would run as a formula are prefixed with '),
   * newest first, at most `limit` rows (default and maximum 10,000). EDITOR, ADMIN.
   */
  auditLogCsv?: Maybe<Scalars['String']['output']>;
  /** One record with its curation state (unpublished and merged records included). EDITOR, ADMIN. */
  curatedRecord?: Maybe<CuratedRecord>;
  /** Every record (unpublished, withdrawn and merged ones included), filtered, by name then id: the console's record list. EDITOR, ADMIN. */
  curatedRecords?: Maybe<CuratedRecordConnection>;
  /** Policy records that may be duplicates, oldest first. EDITOR, ADMIN. */
  duplicateCandidates?: Maybe<DuplicateCandidateConnection>;
  /** Anomaly flags editors published for a facility, newest first. Public. */
  publishedAnomalies?: Maybe<Array<PublishedAnomaly>>;
  /** Overridden fields whose base changed under them, oldest first. EDITOR, ADMIN. */
  reviewQueue?: Maybe<ReviewConnection>;
  /** Search synonyms, by term. EDITOR, ADMIN. */
  synonyms?: Maybe<Array<Synonym>>;
  /**
   * The synonyms "try it" box: runs `query` with the synonyms in force and with
   * `add` added to / `remove` removed from `term`'s synonyms, saving nothing. EDITOR, ADMIN.
   */
  trySynonym?: Maybe<SynonymTrial>;
};


export type QueryAnomalyFlagsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AnomalyFlagFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogCsvArgs = {
  filter?: InputMaybe<AuditLogFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCuratedRecordArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCuratedRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CuratedRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDuplicateCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPublishedAnomaliesArgs = {
  facilityId: Scalars['ID']['input'];
};


export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrySynonymArgs = {
  add?: InputMaybe<Array<Scalars['String']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  remove?: InputMaybe<Array<Scalars['String']['input']>>;
  term: Scalars['String']['input'];
};

/** One site's copy of a record, as its last crawl read it. */
export type RecordSource = {
  __typename?: 'RecordSource';
  /** What this source says (the crawled fields before merging and overrides). */
  content: Scalars['JSON']['output'];
  /** ISO timestamp of that fetch. */
  fetchedAt?: Maybe<Scalars['String']['output']>;
  /** Lower is more trusted. */
  priority: Scalars['Int']['output'];
  /** Registry id of the site, e.g. `seoul-dahamkke`. */
  siteId: Scalars['ID']['output'];
  /** The record's key on that site (its own id or URL key). */
  sourceKey: Scalars['String']['output'];
  /** ACTIVE, or WITHDRAWN when the site stopped listing it. */
  status: Scalars['String']['output'];
  /** The page the record was read from. */
  url?: Maybe<Scalars['String']['output']>;
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

/** A page of the review queue. */
export type ReviewConnection = {
  __typename?: 'ReviewConnection';
  /** The items of this page, oldest first. */
  edges: Array<ReviewEdge>;
  /** Whether more items follow and the cursor to get them. */
  pageInfo: PageInfo;
  /** Items waiting (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One item of the review queue. */
export type ReviewEdge = {
  __typename?: 'ReviewEdge';
  /** Pass as `after` to get the items after this one. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ReviewItem;
};

/** An overridden field whose crawled base changed: keep the override (keepOverride) or revert to the new base (revertOverride). */
export type ReviewItem = {
  __typename?: 'ReviewItem';
  /** The overridden public field. */
  field: Scalars['String']['output'];
  /** Base value the latest crawl brought. */
  newBase?: Maybe<Scalars['JSON']['output']>;
  /** Base value when the override was set (or last kept). */
  oldBase?: Maybe<Scalars['JSON']['output']>;
  /** The editor's value (null when the editor blanked the field). */
  overrideValue?: Maybe<Scalars['JSON']['output']>;
  /** The record as served now. */
  record: CuratedRecord;
  /** The record's id. */
  recordId: Scalars['ID']['output'];
  /** ISO timestamp of the first base change since the editor looked. */
  since: Scalars['String']['output'];
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

/** A search synonym: a query word equal to `term` also matches each of `synonyms`. */
export type Synonym = {
  __typename?: 'Synonym';
  /** The words it also matches. */
  synonyms: Array<Scalars['String']['output']>;
  /** The query word (normalised as stored). */
  term: Scalars['String']['output'];
  /** ISO timestamp of the last change. */
  updatedAt: Scalars['String']['output'];
  /** `sub` of the editor who last changed it. */
  updatedBy: Scalars['String']['output'];
};

/**
 * A search run twice for the synonyms "try it" box: with the synonyms in force
 * and with a proposed change of one term, which is not saved.
 */
export type SynonymTrial = {
  __typename?: 'SynonymTrial';
  /** Results with the proposed change. */
  after: SynonymTrialResult;
  /** Results with the synonyms in force. */
  before: SynonymTrialResult;
  /** The term's synonyms as the trial has them. */
  synonymsAfter: Array<Scalars['String']['output']>;
  /** Its synonyms now, and as the trial has them. */
  synonymsBefore: Array<Scalars['String']['output']>;
  /** The term whose synonyms the trial changes (normalised as stored). */
  term: Scalars['String']['output'];
};

/** One run of the trial search. */
export type SynonymTrialResult = {
  __typename?: 'SynonymTrialResult';
  /** The first results, best first (unpublished records never appear: search does not index them). */
  records: Array<CuratedRecord>;
  /** Records the search matches. */
  totalCount: Scalars['Int']['output'];
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
  AnomalyEvidence: ResolverTypeWrapper<AnomalyEvidence>;
  AnomalyFlag: ResolverTypeWrapper<AnomalyFlag>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AnomalyFlagConnection: ResolverTypeWrapper<AnomalyFlagConnection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AnomalyFlagEdge: ResolverTypeWrapper<AnomalyFlagEdge>;
  AnomalyFlagFilter: AnomalyFlagFilter;
  AnomalyRule: AnomalyRule;
  AnomalyRun: ResolverTypeWrapper<AnomalyRun>;
  AnomalyState: AnomalyState;
  AuditConnection: ResolverTypeWrapper<AuditConnection>;
  AuditEdge: ResolverTypeWrapper<AuditEdge>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditLogFilter: AuditLogFilter;
  CrawlJob: ResolverTypeWrapper<CrawlJob>;
  CuratedRecord: ResolverTypeWrapper<CuratedRecord>;
  CuratedRecordConnection: ResolverTypeWrapper<CuratedRecordConnection>;
  CuratedRecordEdge: ResolverTypeWrapper<CuratedRecordEdge>;
  CuratedRecordFilter: CuratedRecordFilter;
  CuratedRecordKind: CuratedRecordKind;
  CurationAction: CurationAction;
  DuplicateCandidate: ResolverTypeWrapper<DuplicateCandidate>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DuplicateCandidateConnection: ResolverTypeWrapper<DuplicateCandidateConnection>;
  DuplicateCandidateEdge: ResolverTypeWrapper<DuplicateCandidateEdge>;
  FacilityKind: FacilityKind;
  FieldOverride: ResolverTypeWrapper<FieldOverride>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProgramStatus: ProgramStatus;
  Provenance: ResolverTypeWrapper<Provenance>;
  PublishedAnomaly: ResolverTypeWrapper<PublishedAnomaly>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordSource: ResolverTypeWrapper<RecordSource>;
  Region: ResolverTypeWrapper<Region>;
  ReviewConnection: ResolverTypeWrapper<ReviewConnection>;
  ReviewEdge: ResolverTypeWrapper<ReviewEdge>;
  ReviewItem: ResolverTypeWrapper<ReviewItem>;
  SpecialCare: SpecialCare;
  Stage: Stage;
  Synonym: ResolverTypeWrapper<Synonym>;
  SynonymTrial: ResolverTypeWrapper<SynonymTrial>;
  SynonymTrialResult: ResolverTypeWrapper<SynonymTrialResult>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AnomalyEvidence: AnomalyEvidence;
  AnomalyFlag: AnomalyFlag;
  ID: Scalars['ID']['output'];
  AnomalyFlagConnection: AnomalyFlagConnection;
  Int: Scalars['Int']['output'];
  AnomalyFlagEdge: AnomalyFlagEdge;
  AnomalyFlagFilter: AnomalyFlagFilter;
  AnomalyRun: AnomalyRun;
  AuditConnection: AuditConnection;
  AuditEdge: AuditEdge;
  AuditEntry: AuditEntry;
  AuditLogFilter: AuditLogFilter;
  CrawlJob: CrawlJob;
  CuratedRecord: CuratedRecord;
  CuratedRecordConnection: CuratedRecordConnection;
  CuratedRecordEdge: CuratedRecordEdge;
  CuratedRecordFilter: CuratedRecordFilter;
  DuplicateCandidate: DuplicateCandidate;
  Float: Scalars['Float']['output'];
  DuplicateCandidateConnection: DuplicateCandidateConnection;
  DuplicateCandidateEdge: DuplicateCandidateEdge;
  FieldOverride: FieldOverride;
  GeoPoint: GeoPoint;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Provenance: Provenance;
  PublishedAnomaly: PublishedAnomaly;
  Query: Record<PropertyKey, never>;
  RecordSource: RecordSource;
  Region: Region;
  ReviewConnection: ReviewConnection;
  ReviewEdge: ReviewEdge;
  ReviewItem: ReviewItem;
  Synonym: Synonym;
  SynonymTrial: SynonymTrial;
  SynonymTrialResult: SynonymTrialResult;
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

export type AnomalyEvidenceResolvers<ContextType = any, ParentType extends ResolversParentTypes['AnomalyEvidence'] = ResolversParentTypes['AnomalyEvidence']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AnomalyFlagResolvers<ContextType = any, ParentType extends ResolversParentTypes['AnomalyFlag'] = ResolversParentTypes['AnomalyFlag']> = ResolversObject<{
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['AnomalyEvidence']>, ParentType, ContextType>;
  evidenceJson?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  facilityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  facilityName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSeenAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  observedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['AnomalyRule'], ParentType, ContextType>;
  ruleLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['AnomalyState'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AnomalyFlagConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['AnomalyFlagConnection'] = ResolversParentTypes['AnomalyFlagConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AnomalyFlagEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AnomalyFlagEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['AnomalyFlagEdge'] = ResolversParentTypes['AnomalyFlagEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AnomalyFlag'], ParentType, ContextType>;
}>;

export type AnomalyRunResolvers<ContextType = any, ParentType extends ResolversParentTypes['AnomalyRun'] = ResolversParentTypes['AnomalyRun']> = ResolversObject<{
  found?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuditEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuditEdge'] = ResolversParentTypes['AuditEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = any, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['CurationAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  term?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CrawlJobResolvers<ContextType = any, ParentType extends ResolversParentTypes['CrawlJob'] = ResolversParentTypes['CrawlJob']> = ResolversObject<{
  enqueuedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CuratedRecordResolvers<ContextType = any, ParentType extends ResolversParentTypes['CuratedRecord'] = ResolversParentTypes['CuratedRecord']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attrs?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  enrolled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overrides?: Resolver<Array<ResolversTypes['FieldOverride']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plainSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  primaryStage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordKind?: Resolver<ResolversTypes['CuratedRecordKind'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['RecordSource']>, ParentType, ContextType>;
  specialCare?: Resolver<Array<ResolversTypes['SpecialCare']>, ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['Stage']>, ParentType, ContextType>;
  subtype?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CuratedRecordConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['CuratedRecordConnection'] = ResolversParentTypes['CuratedRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CuratedRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CuratedRecordEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['CuratedRecordEdge'] = ResolversParentTypes['CuratedRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CuratedRecord'], ParentType, ContextType>;
}>;

export type DuplicateCandidateResolvers<ContextType = any, ParentType extends ResolversParentTypes['DuplicateCandidate'] = ResolversParentTypes['DuplicateCandidate']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['CuratedRecord']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DuplicateCandidateConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['DuplicateCandidateConnection'] = ResolversParentTypes['DuplicateCandidateConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DuplicateCandidateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DuplicateCandidateEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['DuplicateCandidateEdge'] = ResolversParentTypes['DuplicateCandidateEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DuplicateCandidate'], ParentType, ContextType>;
}>;

export type FieldOverrideResolvers<ContextType = any, ParentType extends ResolversParentTypes['FieldOverride'] = ResolversParentTypes['FieldOverride']> = ResolversObject<{
  baseValue?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  needsReview?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overriddenBase?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  setAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  setBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = any, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addSynonym?: Resolver<ResolversTypes['Synonym'], ParentType, ContextType, RequireFields<MutationAddSynonymArgs, 'reason' | 'synonyms' | 'term'>>;
  confirmAnomaly?: Resolver<ResolversTypes['AnomalyFlag'], ParentType, ContextType, RequireFields<MutationConfirmAnomalyArgs, 'id' | 'reason'>>;
  confirmDuplicate?: Resolver<ResolversTypes['CuratedRecord'], ParentType, ContextType, RequireFields<MutationConfirmDuplicateArgs, 'id' | 'reason'>>;
  curateRecord?: Resolver<ResolversTypes['CuratedRecord'], ParentType, ContextType, RequireFields<MutationCurateRecordArgs, 'id' | 'patch' | 'reason'>>;
  dismissAnomaly?: Resolver<ResolversTypes['AnomalyFlag'], ParentType, ContextType, RequireFields<MutationDismissAnomalyArgs, 'id' | 'reason'>>;
  keepOverride?: Resolver<ResolversTypes['CuratedRecord'], ParentType, ContextType, RequireFields<MutationKeepOverrideArgs, 'field' | 'id' | 'reason'>>;
  mergeFacilities?: Resolver<ResolversTypes['CuratedRecord'], ParentType, ContextType, RequireFields<MutationMergeFacilitiesArgs, 'keepId' | 'mergeIds' | 'reason'>>;
  mergePolicies?: Resolver<ResolversTypes['CuratedRecord'], ParentType, ContextType, RequireFields<MutationMergePoliciesArgs, 'keepId' | 'mergeIds' | 'reason'>>;
  publish?: Resolver<ResolversTypes['CuratedRecord'], ParentType, ContextType, RequireFields<MutationPublishArgs, 'id' | 'reason'>>;
  publishAnomaly?: Resolver<ResolversTypes['AnomalyFlag'], ParentType, ContextType, RequireFields<MutationPublishAnomalyArgs, 'id' | 'reason'>>;
  recrawlSource?: Resolver<ResolversTypes['CrawlJob'], ParentType, ContextType, RequireFields<MutationRecrawlSourceArgs, 'reason' | 'siteId'>>;
  rejectDuplicate?: Resolver<Array<ResolversTypes['CuratedRecord']>, ParentType, ContextType, RequireFields<MutationRejectDuplicateArgs, 'id' | 'reason'>>;
  removeSynonym?: Resolver<Maybe<ResolversTypes['Synonym']>, ParentType, ContextType, RequireFields<MutationRemoveSynonymArgs, 'reason' | 'term'>>;
  revertOverride?: Resolver<ResolversTypes['CuratedRecord'], ParentType, ContextType, RequireFields<MutationRevertOverrideArgs, 'field' | 'id' | 'reason'>>;
  runAnomalyChecks?: Resolver<ResolversTypes['AnomalyRun'], ParentType, ContextType>;
  setPlainSummary?: Resolver<ResolversTypes['CuratedRecord'], ParentType, ContextType, RequireFields<MutationSetPlainSummaryArgs, 'id' | 'reason' | 'text'>>;
  setStages?: Resolver<ResolversTypes['CuratedRecord'], ParentType, ContextType, RequireFields<MutationSetStagesArgs, 'id' | 'primary' | 'reason' | 'stages'>>;
  unmerge?: Resolver<ResolversTypes['CuratedRecord'], ParentType, ContextType, RequireFields<MutationUnmergeArgs, 'id' | 'reason'>>;
  unpublish?: Resolver<ResolversTypes['CuratedRecord'], ParentType, ContextType, RequireFields<MutationUnpublishArgs, 'id' | 'reason'>>;
}>;

export type PageInfoResolvers<ContextType = any, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProvenanceResolvers<ContextType = any, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = ResolversObject<{
  adapter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fetchedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PublishedAnomalyResolvers<ContextType = any, ParentType extends ResolversParentTypes['PublishedAnomaly'] = ResolversParentTypes['PublishedAnomaly']> = ResolversObject<{
  facilityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  observedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['AnomalyRule'], ParentType, ContextType>;
  ruleLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  anomalyFlags?: Resolver<Maybe<ResolversTypes['AnomalyFlagConnection']>, ParentType, ContextType, RequireFields<QueryAnomalyFlagsArgs, 'first'>>;
  auditLog?: Resolver<Maybe<ResolversTypes['AuditConnection']>, ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  auditLogCsv?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryAuditLogCsvArgs, 'limit'>>;
  curatedRecord?: Resolver<Maybe<ResolversTypes['CuratedRecord']>, ParentType, ContextType, RequireFields<QueryCuratedRecordArgs, 'id'>>;
  curatedRecords?: Resolver<Maybe<ResolversTypes['CuratedRecordConnection']>, ParentType, ContextType, RequireFields<QueryCuratedRecordsArgs, 'first'>>;
  duplicateCandidates?: Resolver<Maybe<ResolversTypes['DuplicateCandidateConnection']>, ParentType, ContextType, RequireFields<QueryDuplicateCandidatesArgs, 'first'>>;
  publishedAnomalies?: Resolver<Maybe<Array<ResolversTypes['PublishedAnomaly']>>, ParentType, ContextType, RequireFields<QueryPublishedAnomaliesArgs, 'facilityId'>>;
  reviewQueue?: Resolver<Maybe<ResolversTypes['ReviewConnection']>, ParentType, ContextType, RequireFields<QueryReviewQueueArgs, 'first'>>;
  synonyms?: Resolver<Maybe<Array<ResolversTypes['Synonym']>>, ParentType, ContextType>;
  trySynonym?: Resolver<Maybe<ResolversTypes['SynonymTrial']>, ParentType, ContextType, RequireFields<QueryTrySynonymArgs, 'first' | 'query' | 'term'>>;
}>;

export type RecordSourceResolvers<ContextType = any, ParentType extends ResolversParentTypes['RecordSource'] = ResolversParentTypes['RecordSource']> = ResolversObject<{
  content?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  fetchedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sido?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sigungu?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ReviewConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReviewConnection'] = ResolversParentTypes['ReviewConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReviewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReviewEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReviewEdge'] = ResolversParentTypes['ReviewEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReviewItem'], ParentType, ContextType>;
}>;

export type ReviewItemResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReviewItem'] = ResolversParentTypes['ReviewItem']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newBase?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  oldBase?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  overrideValue?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  record?: Resolver<ResolversTypes['CuratedRecord'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SynonymResolvers<ContextType = any, ParentType extends ResolversParentTypes['Synonym'] = ResolversParentTypes['Synonym']> = ResolversObject<{
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SynonymTrialResolvers<ContextType = any, ParentType extends ResolversParentTypes['SynonymTrial'] = ResolversParentTypes['SynonymTrial']> = ResolversObject<{
  after?: Resolver<ResolversTypes['SynonymTrialResult'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['SynonymTrialResult'], ParentType, ContextType>;
  synonymsAfter?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  synonymsBefore?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SynonymTrialResultResolvers<ContextType = any, ParentType extends ResolversParentTypes['SynonymTrialResult'] = ResolversParentTypes['SynonymTrialResult']> = ResolversObject<{
  records?: Resolver<Array<ResolversTypes['CuratedRecord']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = any> = ResolversObject<{
  AnomalyEvidence?: AnomalyEvidenceResolvers<ContextType>;
  AnomalyFlag?: AnomalyFlagResolvers<ContextType>;
  AnomalyFlagConnection?: AnomalyFlagConnectionResolvers<ContextType>;
  AnomalyFlagEdge?: AnomalyFlagEdgeResolvers<ContextType>;
  AnomalyRun?: AnomalyRunResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEdge?: AuditEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  CrawlJob?: CrawlJobResolvers<ContextType>;
  CuratedRecord?: CuratedRecordResolvers<ContextType>;
  CuratedRecordConnection?: CuratedRecordConnectionResolvers<ContextType>;
  CuratedRecordEdge?: CuratedRecordEdgeResolvers<ContextType>;
  DuplicateCandidate?: DuplicateCandidateResolvers<ContextType>;
  DuplicateCandidateConnection?: DuplicateCandidateConnectionResolvers<ContextType>;
  DuplicateCandidateEdge?: DuplicateCandidateEdgeResolvers<ContextType>;
  FieldOverride?: FieldOverrideResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  PublishedAnomaly?: PublishedAnomalyResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordSource?: RecordSourceResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  ReviewConnection?: ReviewConnectionResolvers<ContextType>;
  ReviewEdge?: ReviewEdgeResolvers<ContextType>;
  ReviewItem?: ReviewItemResolvers<ContextType>;
  Synonym?: SynonymResolvers<ContextType>;
  SynonymTrial?: SynonymTrialResolvers<ContextType>;
  SynonymTrialResult?: SynonymTrialResultResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = any> = ResolversObject<{
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
}>;
