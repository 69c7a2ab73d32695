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

export type AfterSchoolCareCenter = Facility & {
  __typename?: 'AfterSchoolCareCenter';
  id: Scalars['ID']['output'];
  /** 별점: the average of published reviews, overall and per aspect; null only when the community subgraph is unavailable. */
  rating?: Maybe<ReviewRating>;
  /** 후기: published parent reviews, newest first (20 a page, at most 50). */
  reviews?: Maybe<ParentReviewConnection>;
};


export type AfterSchoolCareCenterReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An answer on the Q&A board, by a counsellor or an editor. */
export type Answer = {
  __typename?: 'Answer';
  /** The asker accepted this answer (채택). */
  accepted: Scalars['Boolean']['output'];
  /** Who answered, by role: 보육상담사 (COUNSELLOR) or 편집자 (EDITOR, ADMIN); never a name. */
  author: Scalars['String']['output'];
  /** The text. */
  body: Scalars['String']['output'];
  /** ISO timestamp. */
  createdAt: Scalars['String']['output'];
  /** Answer id (a_…). */
  id: Scalars['ID']['output'];
  /** Policies, facilities and programmes of the catalog it points to. */
  links: Array<CatalogLink>;
  /** The question it answers. */
  questionId: Scalars['ID']['output'];
};

/** An answer to write. */
export type AnswerInput = {
  /** The text, 2–4000 characters. */
  body: Scalars['String']['input'];
  /** Catalog records to link (policies, facilities, programmes), at most 10; each must exist. */
  linkIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The question. */
  questionId: Scalars['ID']['input'];
};

/** A question asked, and what the screen did. */
export type AskQuestionPayload = {
  __typename?: 'AskQuestionPayload';
  /** The question as stored. */
  question: Question;
  /** What was masked and why it is held, if it is. */
  screen: ScreenResult;
};

/** The average of one aspect over published reviews. */
export type AspectRating = {
  __typename?: 'AspectRating';
  /** The aspect. */
  aspect: ReviewAspect;
  /** Average stars (1–5, two decimals); null when no published review rated it. */
  average?: Maybe<Scalars['Float']['output']>;
  /** Published reviews that rated this aspect. */
  count: Scalars['Int']['output'];
};

/** The stars of one aspect. */
export type AspectScore = {
  __typename?: 'AspectScore';
  /** The aspect rated. */
  aspect: ReviewAspect;
  /** Stars, 1–5. */
  stars: Scalars['Int']['output'];
};

/** One aspect's stars in a review being written. */
export type AspectScoreInput = {
  /** The aspect. */
  aspect: ReviewAspect;
  /** Stars, 1–5. */
  stars: Scalars['Int']['input'];
};

/** A catalog record an answer (or question) points to. */
export type CatalogLink = {
  __typename?: 'CatalogLink';
  /** Its catalog record id. */
  id: Scalars['ID']['output'];
  /** FACILITY, POLICY or PROGRAM. */
  kind: Scalars['String']['output'];
  /** Its name as the catalog serves it now. */
  name: Scalars['String']['output'];
};

export type ChildcareCenter = Facility & {
  __typename?: 'ChildcareCenter';
  id: Scalars['ID']['output'];
  /** 별점: the average of published reviews, overall and per aspect; null only when the community subgraph is unavailable. */
  rating?: Maybe<ReviewRating>;
  /** 후기: published parent reviews, newest first (20 a page, at most 50). */
  reviews?: Maybe<ParentReviewConnection>;
};


export type ChildcareCenterReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ElementaryFacility = Facility & {
  __typename?: 'ElementaryFacility';
  id: Scalars['ID']['output'];
  /** 별점: the average of published reviews, overall and per aspect; null only when the community subgraph is unavailable. */
  rating?: Maybe<ReviewRating>;
  /** 후기: published parent reviews, newest first (20 a page, at most 50). */
  reviews?: Maybe<ParentReviewConnection>;
};


export type ElementaryFacilityReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ElementaryProgram = Program & {
  __typename?: 'ElementaryProgram';
  id: Scalars['ID']['output'];
  /** 별점: the average of published reviews, overall and per aspect; null only when the community subgraph is unavailable. */
  rating?: Maybe<ReviewRating>;
  /** 후기: published parent reviews, newest first (20 a page, at most 50). */
  reviews?: Maybe<ParentReviewConnection>;
};


export type ElementaryProgramReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Facility = {
  id: Scalars['ID']['output'];
  /** 별점: the average of published reviews, overall and per aspect; null only when the community subgraph is unavailable. */
  rating?: Maybe<ReviewRating>;
  /** 후기: published parent reviews, newest first (20 a page, at most 50). */
  reviews?: Maybe<ParentReviewConnection>;
};


export type FacilityReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** Why a post is held for an editor. */
export type HoldReason =
  /** The text has abusive language (욕설·비방). */
  | 'ABUSIVE'
  /** The text seems to hold a street address. */
  | 'ADDRESS'
  /** The text seems to name a person (a child, a teacher, a director). */
  | 'NAME'
  /** One of the author's first posts: a new account's first posts are always read by an editor. */
  | 'NEW_ACCOUNT'
  /** The author edited it after an editor hid it (the way to appeal): an editor decides whether it is public again. */
  | 'RESUBMITTED';

export type InfantFacility = Facility & {
  __typename?: 'InfantFacility';
  id: Scalars['ID']['output'];
  /** 별점: the average of published reviews, overall and per aspect; null only when the community subgraph is unavailable. */
  rating?: Maybe<ReviewRating>;
  /** 후기: published parent reviews, newest first (20 a page, at most 50). */
  reviews?: Maybe<ParentReviewConnection>;
};


export type InfantFacilityReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InfantProgram = Program & {
  __typename?: 'InfantProgram';
  id: Scalars['ID']['output'];
  /** 별점: the average of published reviews, overall and per aspect; null only when the community subgraph is unavailable. */
  rating?: Maybe<ReviewRating>;
  /** 후기: published parent reviews, newest first (20 a page, at most 50). */
  reviews?: Maybe<ParentReviewConnection>;
};


export type InfantProgramReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Kindergarten = Facility & {
  __typename?: 'Kindergarten';
  id: Scalars['ID']['output'];
  /** 별점: the average of published reviews, overall and per aspect; null only when the community subgraph is unavailable. */
  rating?: Maybe<ReviewRating>;
  /** 후기: published parent reviews, newest first (20 a page, at most 50). */
  reviews?: Maybe<ParentReviewConnection>;
};


export type KindergartenReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Personal data the screen masked in place (the masked text is the only text kept). */
export type MaskedData =
  /** An e-mail address. */
  | 'EMAIL'
  /** A phone number (010-1234-5678, 01012345678, 02-123-4567 …). */
  | 'PHONE'
  /** A resident registration number (주민등록번호). */
  | 'RESIDENT_NUMBER';

/** An editor's decision on a post. */
export type ModerationAction =
  /** Publish a held post, or keep a reported one public and close its reports. */
  | 'APPROVE'
  /** Hide the post; `reason` is required and shown to the author. */
  | 'HIDE'
  /** Publish a hidden post again. */
  | 'RESTORE';

/** A page of the moderation queue, oldest first. */
export type ModerationConnection = {
  __typename?: 'ModerationConnection';
  /** The items of this page. */
  edges: Array<ModerationEdge>;
  /** Whether more follow and the cursor to get them. */
  pageInfo: PageInfo;
  /** Items waiting (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One item in a page of the moderation queue. */
export type ModerationEdge = {
  __typename?: 'ModerationEdge';
  /** Pass as `after` to get the items after this one. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ModerationItem;
};

/** One item of the moderation queue: a review or a question. */
export type ModerationItem = {
  __typename?: 'ModerationItem';
  /** Why it is in the queue. */
  kind: QueueKind;
  /** The question (for question items). */
  question?: Maybe<Question>;
  /** The review (for review items). */
  review?: Maybe<ParentReview>;
  /** ISO timestamp it entered the queue. */
  since: Scalars['String']['output'];
};

/** One entry of the community audit log (community.audit_log), as editors see it; never the text or a name. */
export type ModerationLogEntry = {
  __typename?: 'ModerationLogEntry';
  /** What happened: REVIEW_WRITTEN, REVIEW_EDITED, REVIEW_REPORTED, REVIEW_REPLIED, REVIEW_APPROVE, REVIEW_HIDE, REVIEW_RESTORE, QUESTION_ASKED, QUESTION_APPROVE, QUESTION_HIDE, QUESTION_RESTORE, ANSWER_WRITTEN, ANSWER_ACCEPTED. */
  action: Scalars['String']['output'];
  /** The actor's role (PARENT, CENTER_STAFF, COUNSELLOR, EDITOR, ADMIN). */
  actorRole: Scalars['String']['output'];
  /** ISO timestamp. */
  at: Scalars['String']['output'];
  /** Entry id, in order of writing. */
  id: Scalars['ID']['output'];
  /** The reason given (hide reasons, report reasons), if any. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** Where a post (review or question) stands in moderation. */
export type ModerationState =
  /** 검토 대기: held for an editor (see holdReasons); only its author and editors see it. */
  | 'HELD'
  /** 숨김: an editor hid it (see hiddenReason); only its author and editors see it. */
  | 'HIDDEN'
  /** 게시: public. */
  | 'PUBLISHED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Accept one answer to the caller's own question (채택; accepting another replaces it). The asker only. */
  acceptAnswer?: Maybe<Question>;
  /** Answer a published question, optionally linking catalog records. COUNSELLOR, EDITOR, ADMIN; audited. */
  answerQuestion?: Maybe<Answer>;
  /** Ask a question on the board. PARENT; screened and rate-limited like reviews. */
  askQuestion?: Maybe<AskQuestionPayload>;
  /** Approve, hide or restore a question. EDITOR, ADMIN; audited. */
  moderateQuestion?: Maybe<Question>;
  /** Approve, hide or restore a review. EDITOR, ADMIN; audited. */
  moderateReview?: Maybe<ParentReview>;
  /** The centre's one reply to a published review of its facility. CENTER_STAFF of that facility; a second reply is CONFLICT. */
  replyToReview?: Maybe<ParentReview>;
  /** Report a published review (신고); it goes to the moderation queue. PARENT; once per review (CONFLICT); not one's own (FORBIDDEN). */
  reportReview?: Maybe<ParentReview>;
  /** Write or edit the caller's review of a facility or programme. PARENT with a relationship to it (else FORBIDDEN); rate-limited (RATE_LIMITED). */
  writeReview?: Maybe<WriteReviewPayload>;
};


export type MutationAcceptAnswerArgs = {
  answerId: Scalars['ID']['input'];
};


export type MutationAnswerQuestionArgs = {
  input: AnswerInput;
};


export type MutationAskQuestionArgs = {
  input: QuestionInput;
};


export type MutationModerateQuestionArgs = {
  action: ModerationAction;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationModerateReviewArgs = {
  action: ModerationAction;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationReplyToReviewArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationReportReviewArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reason: ReportReason;
};


export type MutationWriteReviewArgs = {
  input: ReviewInput;
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

/** A parent's review of a facility or programme (후기). */
export type ParentReview = {
  __typename?: 'ParentReview';
  /** Average of this review's stars (two decimals). */
  average: Scalars['Float']['output'];
  /** The text, with phone numbers, resident numbers and e-mail masked (***). */
  body: Scalars['String']['output'];
  /** ISO timestamp it was first written. */
  createdAt: Scalars['String']['output'];
  /** The editor's reason for hiding it, shown to the author (null unless HIDDEN). */
  hiddenReason?: Maybe<Scalars['String']['output']>;
  /** Why it is held (empty unless HELD). Only the author and editors see a held review. */
  holdReasons: Array<HoldReason>;
  /** Review id (r_…). */
  id: Scalars['ID']['output'];
  /** The caller wrote it. */
  mine: Scalars['Boolean']['output'];
  /** The centre's reply, if any. */
  reply?: Maybe<ReviewReply>;
  /** Open reports (신고) — only editors see them; empty for everyone else. */
  reports: Array<ReviewReport>;
  /** Who wrote it, masked: the reviewed facility's 시군구 and 학부모 (예: 강서구 학부모). Never a name or the child. */
  reviewer: Scalars['String']['output'];
  /** Stars per aspect the parent rated. */
  scores: Array<AspectScore>;
  /** Where it stands in moderation. */
  state: ModerationState;
  /** The facility or programme reviewed (its catalog record id). */
  targetId: Scalars['ID']['output'];
  /** ISO timestamp of the last edit or decision. */
  updatedAt: Scalars['String']['output'];
};

/** A page of reviews. */
export type ParentReviewConnection = {
  __typename?: 'ParentReviewConnection';
  /** The reviews of this page. */
  edges: Array<ParentReviewEdge>;
  /** Whether more follow and the cursor to get them. */
  pageInfo: PageInfo;
  /** Reviews in the list (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One review in a page. */
export type ParentReviewEdge = {
  __typename?: 'ParentReviewEdge';
  /** Pass as `after` to get the reviews after this one. */
  cursor: Scalars['String']['output'];
  /** The review. */
  node: ParentReview;
};

export type PostpartumCenter = Facility & {
  __typename?: 'PostpartumCenter';
  id: Scalars['ID']['output'];
  /** 별점: the average of published reviews, overall and per aspect; null only when the community subgraph is unavailable. */
  rating?: Maybe<ReviewRating>;
  /** 후기: published parent reviews, newest first (20 a page, at most 50). */
  reviews?: Maybe<ParentReviewConnection>;
};


export type PostpartumCenterReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PregnancyFacility = Facility & {
  __typename?: 'PregnancyFacility';
  id: Scalars['ID']['output'];
  /** 별점: the average of published reviews, overall and per aspect; null only when the community subgraph is unavailable. */
  rating?: Maybe<ReviewRating>;
  /** 후기: published parent reviews, newest first (20 a page, at most 50). */
  reviews?: Maybe<ParentReviewConnection>;
};


export type PregnancyFacilityReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PregnancyProgram = Program & {
  __typename?: 'PregnancyProgram';
  id: Scalars['ID']['output'];
  /** 별점: the average of published reviews, overall and per aspect; null only when the community subgraph is unavailable. */
  rating?: Maybe<ReviewRating>;
  /** 후기: published parent reviews, newest first (20 a page, at most 50). */
  reviews?: Maybe<ParentReviewConnection>;
};


export type PregnancyProgramReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Program = {
  id: Scalars['ID']['output'];
  /** 별점: the average of published reviews, overall and per aspect; null only when the community subgraph is unavailable. */
  rating?: Maybe<ReviewRating>;
  /** 후기: published parent reviews, newest first (20 a page, at most 50). */
  reviews?: Maybe<ParentReviewConnection>;
};


export type ProgramReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /** 감사 기록: every action on one review, question or answer, oldest first. EDITOR, ADMIN. */
  moderationLog?: Maybe<Array<ModerationLogEntry>>;
  /** 검토 대기열: held reviews and questions and reported reviews, oldest first. EDITOR, ADMIN. */
  moderationQueue?: Maybe<ModerationConnection>;
  /** The caller's own reviews, newest first, in any state. PARENT. */
  myReviews?: Maybe<ParentReviewConnection>;
  /** A question by id: published ones for anyone; held or hidden ones for their author and editors (else NOT_FOUND). */
  question?: Maybe<Question>;
  /** Published questions of the board, newest first. */
  questions?: Maybe<QuestionConnection>;
  /** A review by id: published ones for anyone; held or hidden ones for their author and editors (else NOT_FOUND). */
  review?: Maybe<ParentReview>;
  /** 미답변 질문: published questions without an answer, oldest first (see ageMinutes). COUNSELLOR, EDITOR, ADMIN. */
  unansweredQuestions?: Maybe<QuestionConnection>;
};


export type QueryModerationLogArgs = {
  subjectId: Scalars['ID']['input'];
};


export type QueryModerationQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QuestionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReviewArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUnansweredQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A question on the Q&A board (소통방). */
export type Question = {
  __typename?: 'Question';
  /** The answer the asker accepted, if any. */
  acceptedAnswer?: Maybe<Answer>;
  /** Minutes since it was asked (for the unanswered queue). */
  ageMinutes: Scalars['Int']['output'];
  /** At least one answer. */
  answered: Scalars['Boolean']['output'];
  /** Answers, oldest first. */
  answers: Array<Answer>;
  /** Who asked, masked: always 학부모. */
  author: Scalars['String']['output'];
  /** 본문 (screened the same way). */
  body: Scalars['String']['output'];
  /** 분류. */
  category: QuestionCategory;
  /** Korean label of the category (입소, 보육료·지원금, 시설, 돌봄서비스, 기타). */
  categoryLabel: Scalars['String']['output'];
  /** ISO timestamp it was asked. */
  createdAt: Scalars['String']['output'];
  /** The facility it is about, if the parent linked one. */
  facilityId?: Maybe<Scalars['ID']['output']>;
  /** The editor's reason for hiding it, shown to the author (null unless HIDDEN). */
  hiddenReason?: Maybe<Scalars['String']['output']>;
  /** Why it is held (empty unless HELD). */
  holdReasons: Array<HoldReason>;
  /** Question id (q_…). */
  id: Scalars['ID']['output'];
  /** The caller asked it. */
  mine: Scalars['Boolean']['output'];
  /** The policy it is about, if the parent linked one. */
  policyId?: Maybe<Scalars['ID']['output']>;
  /** Where it stands in moderation. */
  state: ModerationState;
  /** 제목 (screened: phone numbers, resident numbers and e-mail masked). */
  title: Scalars['String']['output'];
  /** ISO timestamp of its last change. */
  updatedAt: Scalars['String']['output'];
};

/** 질문 분류 of the Q&A board. */
export type QuestionCategory =
  /** 입소: admission and waiting lists. */
  | 'ADMISSION'
  /** 돌봄서비스: care services (시간제, 야간, 병원동행 …). */
  | 'CARE_SERVICES'
  /** 시설: facilities. */
  | 'FACILITY'
  /** 보육료·지원금: fees and subsidies. */
  | 'FEES_SUBSIDIES'
  /** 기타: anything else. */
  | 'OTHER';

/** A page of questions. */
export type QuestionConnection = {
  __typename?: 'QuestionConnection';
  /** The questions of this page. */
  edges: Array<QuestionEdge>;
  /** Whether more follow and the cursor to get them. */
  pageInfo: PageInfo;
  /** Questions in the list (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One question in a page. */
export type QuestionEdge = {
  __typename?: 'QuestionEdge';
  /** Pass as `after` to get the questions after this one. */
  cursor: Scalars['String']['output'];
  /** The question. */
  node: Question;
};

/** Which questions a list selects; all given conditions must hold. */
export type QuestionFilter = {
  /** true: with at least one answer; false: without. */
  answered?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this category. */
  category?: InputMaybe<QuestionCategory>;
  /** Only questions linked to this facility. */
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only questions linked to this policy. */
  policyId?: InputMaybe<Scalars['ID']['input']>;
};

/** A question to ask. */
export type QuestionInput = {
  /** 본문, 10–2000 characters. */
  body: Scalars['String']['input'];
  /** 분류. */
  category: QuestionCategory;
  /** A facility it is about (catalog id), optional. */
  facilityId?: InputMaybe<Scalars['ID']['input']>;
  /** A policy it is about (catalog id), optional. */
  policyId?: InputMaybe<Scalars['ID']['input']>;
  /** 제목, 2–100 characters. */
  title: Scalars['String']['input'];
};

/** What the moderation queue holds an item for. */
export type QueueKind =
  /** A held question. */
  | 'HELD_QUESTION'
  /** A held review. */
  | 'HELD_REVIEW'
  /** A published review with open reports. */
  | 'REPORTED_REVIEW';

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

/** Why a parent reports a review (신고 사유). */
export type ReportReason =
  /** Abuse, insults or hate (욕설·비방). */
  | 'ABUSIVE'
  /** Advertising or spam. */
  | 'ADVERTISING'
  /** Statements the reporter knows to be false. */
  | 'FALSE'
  /** Something else (say what in `note`). */
  | 'OTHER'
  /** It reveals personal data (a name, a phone number, an address). */
  | 'PERSONAL_DATA';

/** What a review rates (평가 항목). */
export type ReviewAspect =
  /** 소통: how the centre talks with parents. */
  | 'COMMUNICATION'
  /** 급식: meals and snacks. */
  | 'MEALS'
  /** 시설·안전: the building, equipment and safety. */
  | 'SAFETY'
  /** 선생님: the teachers and carers. */
  | 'TEACHERS';

/** A review to write or edit (one per parent and target: writing again edits it). */
export type ReviewInput = {
  /** The text, 10–1000 characters. */
  body: Scalars['String']['input'];
  /** Stars for 1–4 aspects, each at most once. */
  scores: Array<AspectScoreInput>;
  /** The facility or programme (catalog record id). */
  targetId: Scalars['ID']['input'];
};

/** 별점: the rating of a facility or programme from its published reviews. */
export type ReviewRating = {
  __typename?: 'ReviewRating';
  /** Average of every published review's own average (1–5, two decimals); null when there is none. */
  average?: Maybe<Scalars['Float']['output']>;
  /** Published reviews. */
  count: Scalars['Int']['output'];
  /** Per aspect, in the order TEACHERS, SAFETY, MEALS, COMMUNICATION. */
  perAspect: Array<AspectRating>;
};

/** The centre's reply to a review (one per review). */
export type ReviewReply = {
  __typename?: 'ReviewReply';
  /** Who replied, as shown: the centre (시설 담당자), never a name. */
  author: Scalars['String']['output'];
  /** The reply's text. */
  body: Scalars['String']['output'];
  /** ISO timestamp. */
  createdAt: Scalars['String']['output'];
};

/** One report of a review, as editors see it (the reporter is not shown). */
export type ReviewReport = {
  __typename?: 'ReviewReport';
  /** ISO timestamp. */
  createdAt: Scalars['String']['output'];
  /** The reporter's note, if any (screened like a review). */
  note?: Maybe<Scalars['String']['output']>;
  /** Why. */
  reason: ReportReason;
};

/** What the screen did to a text that was posted. */
export type ScreenResult = {
  __typename?: 'ScreenResult';
  /** Why the post is held (empty: published). */
  held: Array<HoldReason>;
  /** Kinds of personal data masked in place. */
  masked: Array<MaskedData>;
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

/** A review written or edited, and what the screen did. */
export type WriteReviewPayload = {
  __typename?: 'WriteReviewPayload';
  /** The review as stored. */
  review: ParentReview;
  /** What was masked and why it is held, if it is. */
  screen: ScreenResult;
};

export type YouthFacility = Facility & {
  __typename?: 'YouthFacility';
  id: Scalars['ID']['output'];
  /** 별점: the average of published reviews, overall and per aspect; null only when the community subgraph is unavailable. */
  rating?: Maybe<ReviewRating>;
  /** 후기: published parent reviews, newest first (20 a page, at most 50). */
  reviews?: Maybe<ParentReviewConnection>;
};


export type YouthFacilityReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type YouthProgram = Program & {
  __typename?: 'YouthProgram';
  id: Scalars['ID']['output'];
  /** 별점: the average of published reviews, overall and per aspect; null only when the community subgraph is unavailable. */
  rating?: Maybe<ReviewRating>;
  /** 후기: published parent reviews, newest first (20 a page, at most 50). */
  reviews?: Maybe<ParentReviewConnection>;
};


export type YouthProgramReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  AfterSchoolCareCenter: AfterSchoolCareCenter;
  ChildcareCenter: ChildcareCenter;
  ElementaryFacility: ElementaryFacility;
  ElementaryProgram: ElementaryProgram;
  InfantFacility: InfantFacility;
  InfantProgram: InfantProgram;
  Kindergarten: Kindergarten;
  ParentReview: ParentReview;
  PostpartumCenter: PostpartumCenter;
  PregnancyFacility: PregnancyFacility;
  PregnancyProgram: PregnancyProgram;
  Question: Question;
  YouthFacility: YouthFacility;
  YouthProgram: YouthProgram;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AfterSchoolCareCenter:
    ( { __typename: 'AfterSchoolCareCenter' }
    & GraphQLRecursivePick<FederationTypes['AfterSchoolCareCenter'], {"id":true}> );
  ChildcareCenter:
    ( { __typename: 'ChildcareCenter' }
    & GraphQLRecursivePick<FederationTypes['ChildcareCenter'], {"id":true}> );
  ElementaryFacility:
    ( { __typename: 'ElementaryFacility' }
    & GraphQLRecursivePick<FederationTypes['ElementaryFacility'], {"id":true}> );
  ElementaryProgram:
    ( { __typename: 'ElementaryProgram' }
    & GraphQLRecursivePick<FederationTypes['ElementaryProgram'], {"id":true}> );
  InfantFacility:
    ( { __typename: 'InfantFacility' }
    & GraphQLRecursivePick<FederationTypes['InfantFacility'], {"id":true}> );
  InfantProgram:
    ( { __typename: 'InfantProgram' }
    & GraphQLRecursivePick<FederationTypes['InfantProgram'], {"id":true}> );
  Kindergarten:
    ( { __typename: 'Kindergarten' }
    & GraphQLRecursivePick<FederationTypes['Kindergarten'], {"id":true}> );
  ParentReview:
    ( { __typename: 'ParentReview' }
    & GraphQLRecursivePick<FederationTypes['ParentReview'], {"id":true}> );
  PostpartumCenter:
    ( { __typename: 'PostpartumCenter' }
    & GraphQLRecursivePick<FederationTypes['PostpartumCenter'], {"id":true}> );
  PregnancyFacility:
    ( { __typename: 'PregnancyFacility' }
    & GraphQLRecursivePick<FederationTypes['PregnancyFacility'], {"id":true}> );
  PregnancyProgram:
    ( { __typename: 'PregnancyProgram' }
    & GraphQLRecursivePick<FederationTypes['PregnancyProgram'], {"id":true}> );
  Question:
    ( { __typename: 'Question' }
    & GraphQLRecursivePick<FederationTypes['Question'], {"id":true}> );
  YouthFacility:
    ( { __typename: 'YouthFacility' }
    & GraphQLRecursivePick<FederationTypes['YouthFacility'], {"id":true}> );
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
  Program:
    | ( ElementaryProgram )
    | ( InfantProgram )
    | ( PregnancyProgram )
    | ( YouthProgram )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AfterSchoolCareCenter: ResolverTypeWrapper<AfterSchoolCareCenter>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Answer: ResolverTypeWrapper<Answer>;
  AnswerInput: AnswerInput;
  AskQuestionPayload: ResolverTypeWrapper<AskQuestionPayload>;
  AspectRating: ResolverTypeWrapper<AspectRating>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AspectScore: ResolverTypeWrapper<AspectScore>;
  AspectScoreInput: AspectScoreInput;
  CatalogLink: ResolverTypeWrapper<CatalogLink>;
  ChildcareCenter: ResolverTypeWrapper<ChildcareCenter>;
  ElementaryFacility: ResolverTypeWrapper<ElementaryFacility>;
  ElementaryProgram: ResolverTypeWrapper<ElementaryProgram>;
  Facility: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Facility']>;
  FacilityKind: FacilityKind;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  HoldReason: HoldReason;
  InfantFacility: ResolverTypeWrapper<InfantFacility>;
  InfantProgram: ResolverTypeWrapper<InfantProgram>;
  Kindergarten: ResolverTypeWrapper<Kindergarten>;
  MaskedData: MaskedData;
  ModerationAction: ModerationAction;
  ModerationConnection: ResolverTypeWrapper<ModerationConnection>;
  ModerationEdge: ResolverTypeWrapper<ModerationEdge>;
  ModerationItem: ResolverTypeWrapper<ModerationItem>;
  ModerationLogEntry: ResolverTypeWrapper<ModerationLogEntry>;
  ModerationState: ModerationState;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParentReview: ResolverTypeWrapper<ParentReview>;
  ParentReviewConnection: ResolverTypeWrapper<ParentReviewConnection>;
  ParentReviewEdge: ResolverTypeWrapper<ParentReviewEdge>;
  PostpartumCenter: ResolverTypeWrapper<PostpartumCenter>;
  PregnancyFacility: ResolverTypeWrapper<PregnancyFacility>;
  PregnancyProgram: ResolverTypeWrapper<PregnancyProgram>;
  Program: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Program']>;
  ProgramStatus: ProgramStatus;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Question: ResolverTypeWrapper<Question>;
  QuestionCategory: QuestionCategory;
  QuestionConnection: ResolverTypeWrapper<QuestionConnection>;
  QuestionEdge: ResolverTypeWrapper<QuestionEdge>;
  QuestionFilter: QuestionFilter;
  QuestionInput: QuestionInput;
  QueueKind: QueueKind;
  Region: ResolverTypeWrapper<Region>;
  ReportReason: ReportReason;
  ReviewAspect: ReviewAspect;
  ReviewInput: ReviewInput;
  ReviewRating: ResolverTypeWrapper<ReviewRating>;
  ReviewReply: ResolverTypeWrapper<ReviewReply>;
  ReviewReport: ResolverTypeWrapper<ReviewReport>;
  ScreenResult: ResolverTypeWrapper<ScreenResult>;
  SpecialCare: SpecialCare;
  Stage: Stage;
  WriteReviewPayload: ResolverTypeWrapper<WriteReviewPayload>;
  YouthFacility: ResolverTypeWrapper<YouthFacility>;
  YouthProgram: ResolverTypeWrapper<YouthProgram>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AfterSchoolCareCenter: AfterSchoolCareCenter | FederationReferenceTypes['AfterSchoolCareCenter'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Answer: Answer;
  AnswerInput: AnswerInput;
  AskQuestionPayload: AskQuestionPayload;
  AspectRating: AspectRating;
  Float: Scalars['Float']['output'];
  AspectScore: AspectScore;
  AspectScoreInput: AspectScoreInput;
  CatalogLink: CatalogLink;
  ChildcareCenter: ChildcareCenter | FederationReferenceTypes['ChildcareCenter'];
  ElementaryFacility: ElementaryFacility | FederationReferenceTypes['ElementaryFacility'];
  ElementaryProgram: ElementaryProgram | FederationReferenceTypes['ElementaryProgram'];
  Facility: ResolversInterfaceTypes<ResolversParentTypes>['Facility'];
  GeoPoint: GeoPoint;
  InfantFacility: InfantFacility | FederationReferenceTypes['InfantFacility'];
  InfantProgram: InfantProgram | FederationReferenceTypes['InfantProgram'];
  Kindergarten: Kindergarten | FederationReferenceTypes['Kindergarten'];
  ModerationConnection: ModerationConnection;
  ModerationEdge: ModerationEdge;
  ModerationItem: ModerationItem;
  ModerationLogEntry: ModerationLogEntry;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  ParentReview: ParentReview | FederationReferenceTypes['ParentReview'];
  ParentReviewConnection: ParentReviewConnection;
  ParentReviewEdge: ParentReviewEdge;
  PostpartumCenter: PostpartumCenter | FederationReferenceTypes['PostpartumCenter'];
  PregnancyFacility: PregnancyFacility | FederationReferenceTypes['PregnancyFacility'];
  PregnancyProgram: PregnancyProgram | FederationReferenceTypes['PregnancyProgram'];
  Program: ResolversInterfaceTypes<ResolversParentTypes>['Program'];
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  Question: Question | FederationReferenceTypes['Question'];
  QuestionConnection: QuestionConnection;
  QuestionEdge: QuestionEdge;
  QuestionFilter: QuestionFilter;
  QuestionInput: QuestionInput;
  Region: Region;
  ReviewInput: ReviewInput;
  ReviewRating: ReviewRating;
  ReviewReply: ReviewReply;
  ReviewReport: ReviewReport;
  ScreenResult: ScreenResult;
  WriteReviewPayload: WriteReviewPayload;
  YouthFacility: YouthFacility | FederationReferenceTypes['YouthFacility'];
  YouthProgram: YouthProgram | FederationReferenceTypes['YouthProgram'];
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

export type AfterSchoolCareCenterResolvers<ContextType = any, ParentType extends ResolversParentTypes['AfterSchoolCareCenter'] = ResolversParentTypes['AfterSchoolCareCenter'], FederationReferenceType extends FederationReferenceTypes['AfterSchoolCareCenter'] = FederationReferenceTypes['AfterSchoolCareCenter']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AfterSchoolCareCenter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['ReviewRating']>, ParentType, ContextType>;
  reviews?: Resolver<Maybe<ResolversTypes['ParentReviewConnection']>, ParentType, ContextType, Partial<AfterSchoolCareCenterReviewsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AnswerResolvers<ContextType = any, ParentType extends ResolversParentTypes['Answer'] = ResolversParentTypes['Answer']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['CatalogLink']>, ParentType, ContextType>;
  questionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AskQuestionPayloadResolvers<ContextType = any, ParentType extends ResolversParentTypes['AskQuestionPayload'] = ResolversParentTypes['AskQuestionPayload']> = ResolversObject<{
  question?: Resolver<ResolversTypes['Question'], ParentType, ContextType>;
  screen?: Resolver<ResolversTypes['ScreenResult'], ParentType, ContextType>;
}>;

export type AspectRatingResolvers<ContextType = any, ParentType extends ResolversParentTypes['AspectRating'] = ResolversParentTypes['AspectRating']> = ResolversObject<{
  aspect?: Resolver<ResolversTypes['ReviewAspect'], ParentType, ContextType>;
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AspectScoreResolvers<ContextType = any, ParentType extends ResolversParentTypes['AspectScore'] = ResolversParentTypes['AspectScore']> = ResolversObject<{
  aspect?: Resolver<ResolversTypes['ReviewAspect'], ParentType, ContextType>;
  stars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CatalogLinkResolvers<ContextType = any, ParentType extends ResolversParentTypes['CatalogLink'] = ResolversParentTypes['CatalogLink']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ChildcareCenterResolvers<ContextType = any, ParentType extends ResolversParentTypes['ChildcareCenter'] = ResolversParentTypes['ChildcareCenter'], FederationReferenceType extends FederationReferenceTypes['ChildcareCenter'] = FederationReferenceTypes['ChildcareCenter']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ChildcareCenter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['ReviewRating']>, ParentType, ContextType>;
  reviews?: Resolver<Maybe<ResolversTypes['ParentReviewConnection']>, ParentType, ContextType, Partial<ChildcareCenterReviewsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ElementaryFacilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['ElementaryFacility'] = ResolversParentTypes['ElementaryFacility'], FederationReferenceType extends FederationReferenceTypes['ElementaryFacility'] = FederationReferenceTypes['ElementaryFacility']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ElementaryFacility']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['ReviewRating']>, ParentType, ContextType>;
  reviews?: Resolver<Maybe<ResolversTypes['ParentReviewConnection']>, ParentType, ContextType, Partial<ElementaryFacilityReviewsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ElementaryProgramResolvers<ContextType = any, ParentType extends ResolversParentTypes['ElementaryProgram'] = ResolversParentTypes['ElementaryProgram'], FederationReferenceType extends FederationReferenceTypes['ElementaryProgram'] = FederationReferenceTypes['ElementaryProgram']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ElementaryProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['ReviewRating']>, ParentType, ContextType>;
  reviews?: Resolver<Maybe<ResolversTypes['ParentReviewConnection']>, ParentType, ContextType, Partial<ElementaryProgramReviewsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FacilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['Facility'] = ResolversParentTypes['Facility']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AfterSchoolCareCenter' | 'ChildcareCenter' | 'ElementaryFacility' | 'InfantFacility' | 'Kindergarten' | 'PostpartumCenter' | 'PregnancyFacility' | 'YouthFacility', ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = any, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type InfantFacilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['InfantFacility'] = ResolversParentTypes['InfantFacility'], FederationReferenceType extends FederationReferenceTypes['InfantFacility'] = FederationReferenceTypes['InfantFacility']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['InfantFacility']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['ReviewRating']>, ParentType, ContextType>;
  reviews?: Resolver<Maybe<ResolversTypes['ParentReviewConnection']>, ParentType, ContextType, Partial<InfantFacilityReviewsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InfantProgramResolvers<ContextType = any, ParentType extends ResolversParentTypes['InfantProgram'] = ResolversParentTypes['InfantProgram'], FederationReferenceType extends FederationReferenceTypes['InfantProgram'] = FederationReferenceTypes['InfantProgram']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['InfantProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['ReviewRating']>, ParentType, ContextType>;
  reviews?: Resolver<Maybe<ResolversTypes['ParentReviewConnection']>, ParentType, ContextType, Partial<InfantProgramReviewsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type KindergartenResolvers<ContextType = any, ParentType extends ResolversParentTypes['Kindergarten'] = ResolversParentTypes['Kindergarten'], FederationReferenceType extends FederationReferenceTypes['Kindergarten'] = FederationReferenceTypes['Kindergarten']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Kindergarten']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['ReviewRating']>, ParentType, ContextType>;
  reviews?: Resolver<Maybe<ResolversTypes['ParentReviewConnection']>, ParentType, ContextType, Partial<KindergartenReviewsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ModerationConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['ModerationConnection'] = ResolversParentTypes['ModerationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ModerationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ModerationEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['ModerationEdge'] = ResolversParentTypes['ModerationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ModerationItem'], ParentType, ContextType>;
}>;

export type ModerationItemResolvers<ContextType = any, ParentType extends ResolversParentTypes['ModerationItem'] = ResolversParentTypes['ModerationItem']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['QueueKind'], ParentType, ContextType>;
  question?: Resolver<Maybe<ResolversTypes['Question']>, ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['ParentReview']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ModerationLogEntryResolvers<ContextType = any, ParentType extends ResolversParentTypes['ModerationLogEntry'] = ResolversParentTypes['ModerationLogEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptAnswer?: Resolver<Maybe<ResolversTypes['Question']>, ParentType, ContextType, RequireFields<MutationAcceptAnswerArgs, 'answerId'>>;
  answerQuestion?: Resolver<Maybe<ResolversTypes['Answer']>, ParentType, ContextType, RequireFields<MutationAnswerQuestionArgs, 'input'>>;
  askQuestion?: Resolver<Maybe<ResolversTypes['AskQuestionPayload']>, ParentType, ContextType, RequireFields<MutationAskQuestionArgs, 'input'>>;
  moderateQuestion?: Resolver<Maybe<ResolversTypes['Question']>, ParentType, ContextType, RequireFields<MutationModerateQuestionArgs, 'action' | 'id'>>;
  moderateReview?: Resolver<Maybe<ResolversTypes['ParentReview']>, ParentType, ContextType, RequireFields<MutationModerateReviewArgs, 'action' | 'id'>>;
  replyToReview?: Resolver<Maybe<ResolversTypes['ParentReview']>, ParentType, ContextType, RequireFields<MutationReplyToReviewArgs, 'body' | 'id'>>;
  reportReview?: Resolver<Maybe<ResolversTypes['ParentReview']>, ParentType, ContextType, RequireFields<MutationReportReviewArgs, 'id' | 'reason'>>;
  writeReview?: Resolver<Maybe<ResolversTypes['WriteReviewPayload']>, ParentType, ContextType, RequireFields<MutationWriteReviewArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = any, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ParentReviewResolvers<ContextType = any, ParentType extends ResolversParentTypes['ParentReview'] = ResolversParentTypes['ParentReview'], FederationReferenceType extends FederationReferenceTypes['ParentReview'] = FederationReferenceTypes['ParentReview']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ParentReview']> | FederationReferenceType, FederationReferenceType, ContextType>;
  average?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hiddenReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  holdReasons?: Resolver<Array<ResolversTypes['HoldReason']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reply?: Resolver<Maybe<ResolversTypes['ReviewReply']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['ReviewReport']>, ParentType, ContextType>;
  reviewer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scores?: Resolver<Array<ResolversTypes['AspectScore']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ModerationState'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ParentReviewConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['ParentReviewConnection'] = ResolversParentTypes['ParentReviewConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ParentReviewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ParentReviewEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['ParentReviewEdge'] = ResolversParentTypes['ParentReviewEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ParentReview'], ParentType, ContextType>;
}>;

export type PostpartumCenterResolvers<ContextType = any, ParentType extends ResolversParentTypes['PostpartumCenter'] = ResolversParentTypes['PostpartumCenter'], FederationReferenceType extends FederationReferenceTypes['PostpartumCenter'] = FederationReferenceTypes['PostpartumCenter']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PostpartumCenter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['ReviewRating']>, ParentType, ContextType>;
  reviews?: Resolver<Maybe<ResolversTypes['ParentReviewConnection']>, ParentType, ContextType, Partial<PostpartumCenterReviewsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PregnancyFacilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['PregnancyFacility'] = ResolversParentTypes['PregnancyFacility'], FederationReferenceType extends FederationReferenceTypes['PregnancyFacility'] = FederationReferenceTypes['PregnancyFacility']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PregnancyFacility']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['ReviewRating']>, ParentType, ContextType>;
  reviews?: Resolver<Maybe<ResolversTypes['ParentReviewConnection']>, ParentType, ContextType, Partial<PregnancyFacilityReviewsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PregnancyProgramResolvers<ContextType = any, ParentType extends ResolversParentTypes['PregnancyProgram'] = ResolversParentTypes['PregnancyProgram'], FederationReferenceType extends FederationReferenceTypes['PregnancyProgram'] = FederationReferenceTypes['PregnancyProgram']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PregnancyProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['ReviewRating']>, ParentType, ContextType>;
  reviews?: Resolver<Maybe<ResolversTypes['ParentReviewConnection']>, ParentType, ContextType, Partial<PregnancyProgramReviewsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProgramResolvers<ContextType = any, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ElementaryProgram' | 'InfantProgram' | 'PregnancyProgram' | 'YouthProgram', ParentType, ContextType>;
}>;

export type ProvenanceResolvers<ContextType = any, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = ResolversObject<{
  adapter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fetchedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  moderationLog?: Resolver<Maybe<Array<ResolversTypes['ModerationLogEntry']>>, ParentType, ContextType, RequireFields<QueryModerationLogArgs, 'subjectId'>>;
  moderationQueue?: Resolver<Maybe<ResolversTypes['ModerationConnection']>, ParentType, ContextType, Partial<QueryModerationQueueArgs>>;
  myReviews?: Resolver<Maybe<ResolversTypes['ParentReviewConnection']>, ParentType, ContextType, Partial<QueryMyReviewsArgs>>;
  question?: Resolver<Maybe<ResolversTypes['Question']>, ParentType, ContextType, RequireFields<QueryQuestionArgs, 'id'>>;
  questions?: Resolver<Maybe<ResolversTypes['QuestionConnection']>, ParentType, ContextType, Partial<QueryQuestionsArgs>>;
  review?: Resolver<Maybe<ResolversTypes['ParentReview']>, ParentType, ContextType, RequireFields<QueryReviewArgs, 'id'>>;
  unansweredQuestions?: Resolver<Maybe<ResolversTypes['QuestionConnection']>, ParentType, ContextType, Partial<QueryUnansweredQuestionsArgs>>;
}>;

export type QuestionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Question'] = ResolversParentTypes['Question'], FederationReferenceType extends FederationReferenceTypes['Question'] = FederationReferenceTypes['Question']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Question']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedAnswer?: Resolver<Maybe<ResolversTypes['Answer']>, ParentType, ContextType>;
  ageMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  answers?: Resolver<Array<ResolversTypes['Answer']>, ParentType, ContextType>;
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['QuestionCategory'], ParentType, ContextType>;
  categoryLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facilityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  hiddenReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  holdReasons?: Resolver<Array<ResolversTypes['HoldReason']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  policyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ModerationState'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QuestionConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['QuestionConnection'] = ResolversParentTypes['QuestionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['QuestionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuestionEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['QuestionEdge'] = ResolversParentTypes['QuestionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Question'], ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sido?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sigungu?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ReviewRatingResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReviewRating'] = ResolversParentTypes['ReviewRating']> = ResolversObject<{
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perAspect?: Resolver<Array<ResolversTypes['AspectRating']>, ParentType, ContextType>;
}>;

export type ReviewReplyResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReviewReply'] = ResolversParentTypes['ReviewReply']> = ResolversObject<{
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReviewReportResolvers<ContextType = any, ParentType extends ResolversParentTypes['ReviewReport'] = ResolversParentTypes['ReviewReport']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ReportReason'], ParentType, ContextType>;
}>;

export type ScreenResultResolvers<ContextType = any, ParentType extends ResolversParentTypes['ScreenResult'] = ResolversParentTypes['ScreenResult']> = ResolversObject<{
  held?: Resolver<Array<ResolversTypes['HoldReason']>, ParentType, ContextType>;
  masked?: Resolver<Array<ResolversTypes['MaskedData']>, ParentType, ContextType>;
}>;

export type WriteReviewPayloadResolvers<ContextType = any, ParentType extends ResolversParentTypes['WriteReviewPayload'] = ResolversParentTypes['WriteReviewPayload']> = ResolversObject<{
  review?: Resolver<ResolversTypes['ParentReview'], ParentType, ContextType>;
  screen?: Resolver<ResolversTypes['ScreenResult'], ParentType, ContextType>;
}>;

export type YouthFacilityResolvers<ContextType = any, ParentType extends ResolversParentTypes['YouthFacility'] = ResolversParentTypes['YouthFacility'], FederationReferenceType extends FederationReferenceTypes['YouthFacility'] = FederationReferenceTypes['YouthFacility']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['YouthFacility']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['ReviewRating']>, ParentType, ContextType>;
  reviews?: Resolver<Maybe<ResolversTypes['ParentReviewConnection']>, ParentType, ContextType, Partial<YouthFacilityReviewsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type YouthProgramResolvers<ContextType = any, ParentType extends ResolversParentTypes['YouthProgram'] = ResolversParentTypes['YouthProgram'], FederationReferenceType extends FederationReferenceTypes['YouthProgram'] = FederationReferenceTypes['YouthProgram']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['YouthProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['ReviewRating']>, ParentType, ContextType>;
  reviews?: Resolver<Maybe<ResolversTypes['ParentReviewConnection']>, ParentType, ContextType, Partial<YouthProgramReviewsArgs>>;
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
  Answer?: AnswerResolvers<ContextType>;
  AskQuestionPayload?: AskQuestionPayloadResolvers<ContextType>;
  AspectRating?: AspectRatingResolvers<ContextType>;
  AspectScore?: AspectScoreResolvers<ContextType>;
  CatalogLink?: CatalogLinkResolvers<ContextType>;
  ChildcareCenter?: ChildcareCenterResolvers<ContextType>;
  ElementaryFacility?: ElementaryFacilityResolvers<ContextType>;
  ElementaryProgram?: ElementaryProgramResolvers<ContextType>;
  Facility?: FacilityResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  InfantFacility?: InfantFacilityResolvers<ContextType>;
  InfantProgram?: InfantProgramResolvers<ContextType>;
  Kindergarten?: KindergartenResolvers<ContextType>;
  ModerationConnection?: ModerationConnectionResolvers<ContextType>;
  ModerationEdge?: ModerationEdgeResolvers<ContextType>;
  ModerationItem?: ModerationItemResolvers<ContextType>;
  ModerationLogEntry?: ModerationLogEntryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParentReview?: ParentReviewResolvers<ContextType>;
  ParentReviewConnection?: ParentReviewConnectionResolvers<ContextType>;
  ParentReviewEdge?: ParentReviewEdgeResolvers<ContextType>;
  PostpartumCenter?: PostpartumCenterResolvers<ContextType>;
  PregnancyFacility?: PregnancyFacilityResolvers<ContextType>;
  PregnancyProgram?: PregnancyProgramResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Question?: QuestionResolvers<ContextType>;
  QuestionConnection?: QuestionConnectionResolvers<ContextType>;
  QuestionEdge?: QuestionEdgeResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  ReviewRating?: ReviewRatingResolvers<ContextType>;
  ReviewReply?: ReviewReplyResolvers<ContextType>;
  ReviewReport?: ReviewReportResolvers<ContextType>;
  ScreenResult?: ScreenResultResolvers<ContextType>;
  WriteReviewPayload?: WriteReviewPayloadResolvers<ContextType>;
  YouthFacility?: YouthFacilityResolvers<ContextType>;
  YouthProgram?: YouthProgramResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = any> = ResolversObject<{
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
}>;
