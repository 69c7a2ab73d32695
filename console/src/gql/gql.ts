/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ConsoleRecord on CuratedRecord {\n    id recordKind subtype name stages primaryStage region { sido sigungu } address phone location { lat lng }\n    specialCare capacity enrolled plainSummary attrs published withdrawn mergedInto mergedIds updatedAt\n    overrides { field value baseValue overriddenBase needsReview setBy setAt reason }\n    sources { siteId sourceKey url fetchedAt priority status }\n  }": typeof types.ConsoleRecordFragmentDoc,
    "query ConsoleAnomalyFlags($filter: AnomalyFlagFilter, $after: String) {\n  anomalyFlags(filter: $filter, first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }\n    edges { node { id rule ruleLabel summary state facilityIds facilityName evidence { key label value } observedOn firstSeenAt lastSeenAt resolvedAt decidedBy decidedAt reason } } } }": typeof types.ConsoleAnomalyFlagsDocument,
    "mutation ConsoleConfirmAnomaly($id: ID!, $reason: String!) { confirmAnomaly(id: $id, reason: $reason) { id state } }": typeof types.ConsoleConfirmAnomalyDocument,
    "mutation ConsoleDismissAnomaly($id: ID!, $reason: String!) { dismissAnomaly(id: $id, reason: $reason) { id state } }": typeof types.ConsoleDismissAnomalyDocument,
    "mutation ConsolePublishAnomaly($id: ID!, $reason: String!) { publishAnomaly(id: $id, reason: $reason) { id state } }": typeof types.ConsolePublishAnomalyDocument,
    "mutation ConsoleRunAnomalyChecks { runAnomalyChecks { found opened resolved } }": typeof types.ConsoleRunAnomalyChecksDocument,
    "query ConsoleMergePair($keep: ID!, $merge: ID!) { keep: curatedRecord(id: $keep) { ...ConsoleRecord } merge: curatedRecord(id: $merge) { ...ConsoleRecord } }": typeof types.ConsoleMergePairDocument,
    "mutation ConsoleMergeFacilities($keepId: ID!, $mergeIds: [ID!]!, $reason: String!) { mergeFacilities(keepId: $keepId, mergeIds: $mergeIds, reason: $reason) { ...ConsoleRecord } }": typeof types.ConsoleMergeFacilitiesDocument,
    "mutation ConsoleMergePolicies($keepId: ID!, $mergeIds: [ID!]!, $reason: String!) { mergePolicies(keepId: $keepId, mergeIds: $mergeIds, reason: $reason) { ...ConsoleRecord } }": typeof types.ConsoleMergePoliciesDocument,
    "query ConsoleModerationQueue($after: String) {\n  moderationQueue(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }\n    edges { node { kind since\n      review { id targetId reviewer body average holdReasons createdAt reports { reason note createdAt } }\n      question { id title body categoryLabel author facilityId policyId holdReasons createdAt } } } } }": typeof types.ConsoleModerationQueueDocument,
    "query ConsoleModerationTarget($id: ID!) { curatedRecord(id: $id) { id name } }": typeof types.ConsoleModerationTargetDocument,
    "mutation ConsoleModerate($id: ID!, $action: ModerationAction!, $reason: String, $review: Boolean!) {\n  moderateReview(id: $id, action: $action, reason: $reason) @include(if: $review) { id }\n  moderateQuestion(id: $id, action: $action, reason: $reason) @skip(if: $review) { id } }": typeof types.ConsoleModerateDocument,
    "query ConsoleUnansweredQuestions($after: String) {\n  unansweredQuestions(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }\n    edges { node { id title body categoryLabel author facilityId policyId ageMinutes createdAt } } } }": typeof types.ConsoleUnansweredQuestionsDocument,
    "query ConsoleQuestionRecord($id: ID!, $facility: Boolean!) {\n  facility(id: $id) @include(if: $facility) { id name } policy(id: $id) @skip(if: $facility) { id name } }": typeof types.ConsoleQuestionRecordDocument,
    "query ConsoleAnswerSearch($q: String!) {\n  search(query: $q, filter: { recordKinds: [POLICY, FACILITY] }, first: 8) { totalCount\n    edges { node { __typename ... on Facility { id name } ... on Policy { id name } } } } }": typeof types.ConsoleAnswerSearchDocument,
    "mutation ConsoleAnswerQuestion($input: AnswerInput!) { answerQuestion(input: $input) { id links { id kind name } } }": typeof types.ConsoleAnswerQuestionDocument,
    "query ConsoleRecord($id: ID!) { curatedRecord(id: $id) { ...ConsoleRecord } }": typeof types.ConsoleRecordDocument,
    "mutation ConsoleCurate($id: ID!, $patch: JSON!, $reason: String!) { curateRecord(id: $id, patch: $patch, reason: $reason) { ...ConsoleRecord } }": typeof types.ConsoleCurateDocument,
    "mutation ConsoleRevert($id: ID!, $field: String!, $reason: String!) { revertOverride(id: $id, field: $field, reason: $reason) { ...ConsoleRecord } }": typeof types.ConsoleRevertDocument,
    "mutation ConsoleSummary($id: ID!, $text: String!, $reason: String!) { setPlainSummary(id: $id, text: $text, reason: $reason) { ...ConsoleRecord } }": typeof types.ConsoleSummaryDocument,
    "mutation ConsoleStages($id: ID!, $stages: [Stage!]!, $primary: Stage!, $reason: String!) { setStages(id: $id, stages: $stages, primary: $primary, reason: $reason) { ...ConsoleRecord } }": typeof types.ConsoleStagesDocument,
    "mutation ConsolePublish($id: ID!, $reason: String!) { publish(id: $id, reason: $reason) { ...ConsoleRecord } }": typeof types.ConsolePublishDocument,
    "mutation ConsoleUnpublish($id: ID!, $reason: String!) { unpublish(id: $id, reason: $reason) { ...ConsoleRecord } }": typeof types.ConsoleUnpublishDocument,
    "mutation ConsoleUnmerge($id: ID!, $reason: String!) { unmerge(id: $id, reason: $reason) { ...ConsoleRecord } }": typeof types.ConsoleUnmergeDocument,
    "query ConsoleFacilityTrend($id: ID!, $range: StatsRangeInput!) {\n  facilityTrend(facilityId: $id, range: $range) {\n    points { period day status capacity enrolled { value suppressed } freeSeats { value suppressed } waiting { value suppressed } }\n  }\n}": typeof types.ConsoleFacilityTrendDocument,
    "\n  query ConsoleRecords($filter: CuratedRecordFilter, $first: Int, $after: String) {\n    curatedRecords(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id recordKind subtype name region { sido sigungu } phone published withdrawn mergedInto updatedAt overrides { field } } }\n    }\n    sources { id name }\n  }": typeof types.ConsoleRecordsDocument,
    "query ConsoleReview { reviewQueue(first: 100) { totalCount edges { node { recordId field overrideValue oldBase newBase since record { id name } } } } }": typeof types.ConsoleReviewDocument,
    "mutation ConsoleKeep($id: ID!, $field: String!, $reason: String!) { keepOverride(id: $id, field: $field, reason: $reason) { id } }": typeof types.ConsoleKeepDocument,
    "mutation ConsoleRevertReview($id: ID!, $field: String!, $reason: String!) { revertOverride(id: $id, field: $field, reason: $reason) { id } }": typeof types.ConsoleRevertReviewDocument,
};
const documents: Documents = {
    "\n  fragment ConsoleRecord on CuratedRecord {\n    id recordKind subtype name stages primaryStage region { sido sigungu } address phone location { lat lng }\n    specialCare capacity enrolled plainSummary attrs published withdrawn mergedInto mergedIds updatedAt\n    overrides { field value baseValue overriddenBase needsReview setBy setAt reason }\n    sources { siteId sourceKey url fetchedAt priority status }\n  }": types.ConsoleRecordFragmentDoc,
    "query ConsoleAnomalyFlags($filter: AnomalyFlagFilter, $after: String) {\n  anomalyFlags(filter: $filter, first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }\n    edges { node { id rule ruleLabel summary state facilityIds facilityName evidence { key label value } observedOn firstSeenAt lastSeenAt resolvedAt decidedBy decidedAt reason } } } }": types.ConsoleAnomalyFlagsDocument,
    "mutation ConsoleConfirmAnomaly($id: ID!, $reason: String!) { confirmAnomaly(id: $id, reason: $reason) { id state } }": types.ConsoleConfirmAnomalyDocument,
    "mutation ConsoleDismissAnomaly($id: ID!, $reason: String!) { dismissAnomaly(id: $id, reason: $reason) { id state } }": types.ConsoleDismissAnomalyDocument,
    "mutation ConsolePublishAnomaly($id: ID!, $reason: String!) { publishAnomaly(id: $id, reason: $reason) { id state } }": types.ConsolePublishAnomalyDocument,
    "mutation ConsoleRunAnomalyChecks { runAnomalyChecks { found opened resolved } }": types.ConsoleRunAnomalyChecksDocument,
    "query ConsoleMergePair($keep: ID!, $merge: ID!) { keep: curatedRecord(id: $keep) { ...ConsoleRecord } merge: curatedRecord(id: $merge) { ...ConsoleRecord } }": types.ConsoleMergePairDocument,
    "mutation ConsoleMergeFacilities($keepId: ID!, $mergeIds: [ID!]!, $reason: String!) { mergeFacilities(keepId: $keepId, mergeIds: $mergeIds, reason: $reason) { ...ConsoleRecord } }": types.ConsoleMergeFacilitiesDocument,
    "mutation ConsoleMergePolicies($keepId: ID!, $mergeIds: [ID!]!, $reason: String!) { mergePolicies(keepId: $keepId, mergeIds: $mergeIds, reason: $reason) { ...ConsoleRecord } }": types.ConsoleMergePoliciesDocument,
    "query ConsoleModerationQueue($after: String) {\n  moderationQueue(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }\n    edges { node { kind since\n      review { id targetId reviewer body average holdReasons createdAt reports { reason note createdAt } }\n      question { id title body categoryLabel author facilityId policyId holdReasons createdAt } } } } }": types.ConsoleModerationQueueDocument,
    "query ConsoleModerationTarget($id: ID!) { curatedRecord(id: $id) { id name } }": types.ConsoleModerationTargetDocument,
    "mutation ConsoleModerate($id: ID!, $action: ModerationAction!, $reason: String, $review: Boolean!) {\n  moderateReview(id: $id, action: $action, reason: $reason) @include(if: $review) { id }\n  moderateQuestion(id: $id, action: $action, reason: $reason) @skip(if: $review) { id } }": types.ConsoleModerateDocument,
    "query ConsoleUnansweredQuestions($after: String) {\n  unansweredQuestions(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }\n    edges { node { id title body categoryLabel author facilityId policyId ageMinutes createdAt } } } }": types.ConsoleUnansweredQuestionsDocument,
    "query ConsoleQuestionRecord($id: ID!, $facility: Boolean!) {\n  facility(id: $id) @include(if: $facility) { id name } policy(id: $id) @skip(if: $facility) { id name } }": types.ConsoleQuestionRecordDocument,
    "query ConsoleAnswerSearch($q: String!) {\n  search(query: $q, filter: { recordKinds: [POLICY, FACILITY] }, first: 8) { totalCount\n    edges { node { __typename ... on Facility { id name } ... on Policy { id name } } } } }": types.ConsoleAnswerSearchDocument,
    "mutation ConsoleAnswerQuestion($input: AnswerInput!) { answerQuestion(input: $input) { id links { id kind name } } }": types.ConsoleAnswerQuestionDocument,
    "query ConsoleRecord($id: ID!) { curatedRecord(id: $id) { ...ConsoleRecord } }": types.ConsoleRecordDocument,
    "mutation ConsoleCurate($id: ID!, $patch: JSON!, $reason: String!) { curateRecord(id: $id, patch: $patch, reason: $reason) { ...ConsoleRecord } }": types.ConsoleCurateDocument,
    "mutation ConsoleRevert($id: ID!, $field: String!, $reason: String!) { revertOverride(id: $id, field: $field, reason: $reason) { ...ConsoleRecord } }": types.ConsoleRevertDocument,
    "mutation ConsoleSummary($id: ID!, $text: String!, $reason: String!) { setPlainSummary(id: $id, text: $text, reason: $reason) { ...ConsoleRecord } }": types.ConsoleSummaryDocument,
    "mutation ConsoleStages($id: ID!, $stages: [Stage!]!, $primary: Stage!, $reason: String!) { setStages(id: $id, stages: $stages, primary: $primary, reason: $reason) { ...ConsoleRecord } }": types.ConsoleStagesDocument,
    "mutation ConsolePublish($id: ID!, $reason: String!) { publish(id: $id, reason: $reason) { ...ConsoleRecord } }": types.ConsolePublishDocument,
    "mutation ConsoleUnpublish($id: ID!, $reason: String!) { unpublish(id: $id, reason: $reason) { ...ConsoleRecord } }": types.ConsoleUnpublishDocument,
    "mutation ConsoleUnmerge($id: ID!, $reason: String!) { unmerge(id: $id, reason: $reason) { ...ConsoleRecord } }": types.ConsoleUnmergeDocument,
    "query ConsoleFacilityTrend($id: ID!, $range: StatsRangeInput!) {\n  facilityTrend(facilityId: $id, range: $range) {\n    points { period day status capacity enrolled { value suppressed } freeSeats { value suppressed } waiting { value suppressed } }\n  }\n}": types.ConsoleFacilityTrendDocument,
    "\n  query ConsoleRecords($filter: CuratedRecordFilter, $first: Int, $after: String) {\n    curatedRecords(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id recordKind subtype name region { sido sigungu } phone published withdrawn mergedInto updatedAt overrides { field } } }\n    }\n    sources { id name }\n  }": types.ConsoleRecordsDocument,
    "query ConsoleReview { reviewQueue(first: 100) { totalCount edges { node { recordId field overrideValue oldBase newBase since record { id name } } } } }": types.ConsoleReviewDocument,
    "mutation ConsoleKeep($id: ID!, $field: String!, $reason: String!) { keepOverride(id: $id, field: $field, reason: $reason) { id } }": types.ConsoleKeepDocument,
    "mutation ConsoleRevertReview($id: ID!, $field: String!, $reason: String!) { revertOverride(id: $id, field: $field, reason: $reason) { id } }": types.ConsoleRevertReviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleRecord on CuratedRecord {\n    id recordKind subtype name stages primaryStage region { sido sigungu } address phone location { lat lng }\n    specialCare capacity enrolled plainSummary attrs published withdrawn mergedInto mergedIds updatedAt\n    overrides { field value baseValue overriddenBase needsReview setBy setAt reason }\n    sources { siteId sourceKey url fetchedAt priority status }\n  }"): (typeof documents)["\n  fragment ConsoleRecord on CuratedRecord {\n    id recordKind subtype name stages primaryStage region { sido sigungu } address phone location { lat lng }\n    specialCare capacity enrolled plainSummary attrs published withdrawn mergedInto mergedIds updatedAt\n    overrides { field value baseValue overriddenBase needsReview setBy setAt reason }\n    sources { siteId sourceKey url fetchedAt priority status }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleAnomalyFlags($filter: AnomalyFlagFilter, $after: String) {\n  anomalyFlags(filter: $filter, first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }\n    edges { node { id rule ruleLabel summary state facilityIds facilityName evidence { key label value } observedOn firstSeenAt lastSeenAt resolvedAt decidedBy decidedAt reason } } } }"): (typeof documents)["query ConsoleAnomalyFlags($filter: AnomalyFlagFilter, $after: String) {\n  anomalyFlags(filter: $filter, first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }\n    edges { node { id rule ruleLabel summary state facilityIds facilityName evidence { key label value } observedOn firstSeenAt lastSeenAt resolvedAt decidedBy decidedAt reason } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleConfirmAnomaly($id: ID!, $reason: String!) { confirmAnomaly(id: $id, reason: $reason) { id state } }"): (typeof documents)["mutation ConsoleConfirmAnomaly($id: ID!, $reason: String!) { confirmAnomaly(id: $id, reason: $reason) { id state } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleDismissAnomaly($id: ID!, $reason: String!) { dismissAnomaly(id: $id, reason: $reason) { id state } }"): (typeof documents)["mutation ConsoleDismissAnomaly($id: ID!, $reason: String!) { dismissAnomaly(id: $id, reason: $reason) { id state } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsolePublishAnomaly($id: ID!, $reason: String!) { publishAnomaly(id: $id, reason: $reason) { id state } }"): (typeof documents)["mutation ConsolePublishAnomaly($id: ID!, $reason: String!) { publishAnomaly(id: $id, reason: $reason) { id state } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleRunAnomalyChecks { runAnomalyChecks { found opened resolved } }"): (typeof documents)["mutation ConsoleRunAnomalyChecks { runAnomalyChecks { found opened resolved } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleMergePair($keep: ID!, $merge: ID!) { keep: curatedRecord(id: $keep) { ...ConsoleRecord } merge: curatedRecord(id: $merge) { ...ConsoleRecord } }"): (typeof documents)["query ConsoleMergePair($keep: ID!, $merge: ID!) { keep: curatedRecord(id: $keep) { ...ConsoleRecord } merge: curatedRecord(id: $merge) { ...ConsoleRecord } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleMergeFacilities($keepId: ID!, $mergeIds: [ID!]!, $reason: String!) { mergeFacilities(keepId: $keepId, mergeIds: $mergeIds, reason: $reason) { ...ConsoleRecord } }"): (typeof documents)["mutation ConsoleMergeFacilities($keepId: ID!, $mergeIds: [ID!]!, $reason: String!) { mergeFacilities(keepId: $keepId, mergeIds: $mergeIds, reason: $reason) { ...ConsoleRecord } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleMergePolicies($keepId: ID!, $mergeIds: [ID!]!, $reason: String!) { mergePolicies(keepId: $keepId, mergeIds: $mergeIds, reason: $reason) { ...ConsoleRecord } }"): (typeof documents)["mutation ConsoleMergePolicies($keepId: ID!, $mergeIds: [ID!]!, $reason: String!) { mergePolicies(keepId: $keepId, mergeIds: $mergeIds, reason: $reason) { ...ConsoleRecord } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleModerationQueue($after: String) {\n  moderationQueue(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }\n    edges { node { kind since\n      review { id targetId reviewer body average holdReasons createdAt reports { reason note createdAt } }\n      question { id title body categoryLabel author facilityId policyId holdReasons createdAt } } } } }"): (typeof documents)["query ConsoleModerationQueue($after: String) {\n  moderationQueue(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }\n    edges { node { kind since\n      review { id targetId reviewer body average holdReasons createdAt reports { reason note createdAt } }\n      question { id title body categoryLabel author facilityId policyId holdReasons createdAt } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleModerationTarget($id: ID!) { curatedRecord(id: $id) { id name } }"): (typeof documents)["query ConsoleModerationTarget($id: ID!) { curatedRecord(id: $id) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleModerate($id: ID!, $action: ModerationAction!, $reason: String, $review: Boolean!) {\n  moderateReview(id: $id, action: $action, reason: $reason) @include(if: $review) { id }\n  moderateQuestion(id: $id, action: $action, reason: $reason) @skip(if: $review) { id } }"): (typeof documents)["mutation ConsoleModerate($id: ID!, $action: ModerationAction!, $reason: String, $review: Boolean!) {\n  moderateReview(id: $id, action: $action, reason: $reason) @include(if: $review) { id }\n  moderateQuestion(id: $id, action: $action, reason: $reason) @skip(if: $review) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleUnansweredQuestions($after: String) {\n  unansweredQuestions(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }\n    edges { node { id title body categoryLabel author facilityId policyId ageMinutes createdAt } } } }"): (typeof documents)["query ConsoleUnansweredQuestions($after: String) {\n  unansweredQuestions(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }\n    edges { node { id title body categoryLabel author facilityId policyId ageMinutes createdAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleQuestionRecord($id: ID!, $facility: Boolean!) {\n  facility(id: $id) @include(if: $facility) { id name } policy(id: $id) @skip(if: $facility) { id name } }"): (typeof documents)["query ConsoleQuestionRecord($id: ID!, $facility: Boolean!) {\n  facility(id: $id) @include(if: $facility) { id name } policy(id: $id) @skip(if: $facility) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleAnswerSearch($q: String!) {\n  search(query: $q, filter: { recordKinds: [POLICY, FACILITY] }, first: 8) { totalCount\n    edges { node { __typename ... on Facility { id name } ... on Policy { id name } } } } }"): (typeof documents)["query ConsoleAnswerSearch($q: String!) {\n  search(query: $q, filter: { recordKinds: [POLICY, FACILITY] }, first: 8) { totalCount\n    edges { node { __typename ... on Facility { id name } ... on Policy { id name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleAnswerQuestion($input: AnswerInput!) { answerQuestion(input: $input) { id links { id kind name } } }"): (typeof documents)["mutation ConsoleAnswerQuestion($input: AnswerInput!) { answerQuestion(input: $input) { id links { id kind name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleRecord($id: ID!) { curatedRecord(id: $id) { ...ConsoleRecord } }"): (typeof documents)["query ConsoleRecord($id: ID!) { curatedRecord(id: $id) { ...ConsoleRecord } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleCurate($id: ID!, $patch: JSON!, $reason: String!) { curateRecord(id: $id, patch: $patch, reason: $reason) { ...ConsoleRecord } }"): (typeof documents)["mutation ConsoleCurate($id: ID!, $patch: JSON!, $reason: String!) { curateRecord(id: $id, patch: $patch, reason: $reason) { ...ConsoleRecord } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleRevert($id: ID!, $field: String!, $reason: String!) { revertOverride(id: $id, field: $field, reason: $reason) { ...ConsoleRecord } }"): (typeof documents)["mutation ConsoleRevert($id: ID!, $field: String!, $reason: String!) { revertOverride(id: $id, field: $field, reason: $reason) { ...ConsoleRecord } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleSummary($id: ID!, $text: String!, $reason: String!) { setPlainSummary(id: $id, text: $text, reason: $reason) { ...ConsoleRecord } }"): (typeof documents)["mutation ConsoleSummary($id: ID!, $text: String!, $reason: String!) { setPlainSummary(id: $id, text: $text, reason: $reason) { ...ConsoleRecord } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleStages($id: ID!, $stages: [Stage!]!, $primary: Stage!, $reason: String!) { setStages(id: $id, stages: $stages, primary: $primary, reason: $reason) { ...ConsoleRecord } }"): (typeof documents)["mutation ConsoleStages($id: ID!, $stages: [Stage!]!, $primary: Stage!, $reason: String!) { setStages(id: $id, stages: $stages, primary: $primary, reason: $reason) { ...ConsoleRecord } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsolePublish($id: ID!, $reason: String!) { publish(id: $id, reason: $reason) { ...ConsoleRecord } }"): (typeof documents)["mutation ConsolePublish($id: ID!, $reason: String!) { publish(id: $id, reason: $reason) { ...ConsoleRecord } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleUnpublish($id: ID!, $reason: String!) { unpublish(id: $id, reason: $reason) { ...ConsoleRecord } }"): (typeof documents)["mutation ConsoleUnpublish($id: ID!, $reason: String!) { unpublish(id: $id, reason: $reason) { ...ConsoleRecord } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleUnmerge($id: ID!, $reason: String!) { unmerge(id: $id, reason: $reason) { ...ConsoleRecord } }"): (typeof documents)["mutation ConsoleUnmerge($id: ID!, $reason: String!) { unmerge(id: $id, reason: $reason) { ...ConsoleRecord } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleFacilityTrend($id: ID!, $range: StatsRangeInput!) {\n  facilityTrend(facilityId: $id, range: $range) {\n    points { period day status capacity enrolled { value suppressed } freeSeats { value suppressed } waiting { value suppressed } }\n  }\n}"): (typeof documents)["query ConsoleFacilityTrend($id: ID!, $range: StatsRangeInput!) {\n  facilityTrend(facilityId: $id, range: $range) {\n    points { period day status capacity enrolled { value suppressed } freeSeats { value suppressed } waiting { value suppressed } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRecords($filter: CuratedRecordFilter, $first: Int, $after: String) {\n    curatedRecords(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id recordKind subtype name region { sido sigungu } phone published withdrawn mergedInto updatedAt overrides { field } } }\n    }\n    sources { id name }\n  }"): (typeof documents)["\n  query ConsoleRecords($filter: CuratedRecordFilter, $first: Int, $after: String) {\n    curatedRecords(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id recordKind subtype name region { sido sigungu } phone published withdrawn mergedInto updatedAt overrides { field } } }\n    }\n    sources { id name }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleReview { reviewQueue(first: 100) { totalCount edges { node { recordId field overrideValue oldBase newBase since record { id name } } } } }"): (typeof documents)["query ConsoleReview { reviewQueue(first: 100) { totalCount edges { node { recordId field overrideValue oldBase newBase since record { id name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleKeep($id: ID!, $field: String!, $reason: String!) { keepOverride(id: $id, field: $field, reason: $reason) { id } }"): (typeof documents)["mutation ConsoleKeep($id: ID!, $field: String!, $reason: String!) { keepOverride(id: $id, field: $field, reason: $reason) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleRevertReview($id: ID!, $field: String!, $reason: String!) { revertOverride(id: $id, field: $field, reason: $reason) { id } }"): (typeof documents)["mutation ConsoleRevertReview($id: ID!, $field: String!, $reason: String!) { revertOverride(id: $id, field: $field, reason: $reason) { id } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;