import type { TestHub } from '../../gateway/testing/hub';
import { addCentre, key } from '../apply/testing';
import { bearer } from '../curation/testing';
import { tokenFor } from '../../common/auth/testing';
import type { Store } from '../../store';

/** Test helpers: centres with a 시군구, parents with an admitted child (through apply's own mutations), staff tokens. */

export async function centreIn(store: Store, sigungu: string, name: string): Promise<string> {
  const id = await addCentre(store, { name });
  await store.query(`update catalog.record set sido = '서울특별시', sigungu = $2 where id = $1`, [id, sigungu]);
  return id;
}

const YEAR = new Date().getFullYear();
const ACTION = (name: string) => `mutation($input: ApplicationActionInput!) { ${name}(input: $input) { id status } }`;

async function ok(hub: TestHub, query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const { body } = await hub.gql(query, variables, headers);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A parent whose child was admitted at `facilityId` (apply: registerChild, applyForAdmission, offerSeat and admitApplication as ADMIN). */
export async function admittedParent(hub: TestHub, sub: string, facilityId: string): Promise<Record<string, string>> {
  const headers = await bearer(hub.store, 'PARENT', sub);
  const admin = await bearer(hub.store, 'ADMIN', 'community-admin');
  const child = await ok(hub, `mutation($input: RegisterChildInput!) { registerChild(input: $input) { id } }`, { input: { name: '김하늘', birthDate: `${YEAR - 2}-01-15`, idempotencyKey: key() } }, headers);
  const applied = await ok(
    hub,
    `mutation($input: ApplyForAdmissionInput!) { applyForAdmission(input: $input) { id } }`,
    { input: { childId: child.registerChild.id, facilityIds: [facilityId], priorityClaims: [], admissionYear: YEAR, idempotencyKey: key() } },
    headers,
  );
  const applicationId = applied.applyForAdmission[0].id;
  await ok(hub, ACTION('offerSeat'), { input: { applicationId, idempotencyKey: key() } }, admin);
  await ok(hub, ACTION('admitApplication'), { input: { applicationId, idempotencyKey: key() } }, admin);
  return headers;
}

/** A CENTER_STAFF token for these facilities. */
export async function staffOf(store: Store, sub: string, facilities: string[]): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenFor(store, { role: 'CENTER_STAFF', sub, facilities })}` };
}

/** Lets an account post without the new-account hold (as if it had posted before). */
export async function seasoned(store: Store, sub: string, posts = 2): Promise<void> {
  for (let i = 0; i < posts; i++) await store.query(`insert into community.post_event (author_sub, kind, at) values ($1, 'QUESTION', now() - interval '2 days')`, [sub]);
}

export const G = {
  write: `mutation($input: ReviewInput!) { writeReview(input: $input) { review { id state body reviewer holdReasons average scores { aspect stars } } screen { masked held } } }`,
  review: `query($id: ID!) { review(id: $id) { id state body hiddenReason holdReasons mine reviewer reports { reason } reply { body author } } }`,
  facility: `query($id: ID!) { facility(id: $id) { id ... on ChildcareCenter { reviews(first: 10) { totalCount edges { node { id body reviewer reply { body } } } } rating { average count perAspect { aspect average count } } } } }`,
  report: `mutation($id: ID!, $reason: ReportReason!, $note: String) { reportReview(id: $id, reason: $reason, note: $note) { id } }`,
  reply: `mutation($id: ID!, $body: String!) { replyToReview(id: $id, body: $body) { id reply { body author } } }`,
  moderate: `mutation($id: ID!, $action: ModerationAction!, $reason: String) { moderateReview(id: $id, action: $action, reason: $reason) { id state hiddenReason } }`,
  queue: `query { moderationQueue(first: 50) { totalCount edges { node { kind since review { id } question { id } } } } }`,
  log: `query($id: ID!) { moderationLog(subjectId: $id) { action actorRole reason } }`,
  ask: `mutation($input: QuestionInput!) { askQuestion(input: $input) { question { id state title body holdReasons categoryLabel } screen { masked held } } }`,
  answer: `mutation($input: AnswerInput!) { answerQuestion(input: $input) { id author links { id kind name } accepted } }`,
  accept: `mutation($id: ID!) { acceptAnswer(answerId: $id) { id acceptedAnswer { id accepted } answered } }`,
  question: `query($id: ID!) { question(id: $id) { id state answered acceptedAnswer { id } answers { id accepted links { id } } } }`,
  questions: `query($filter: QuestionFilter) { questions(filter: $filter, first: 50) { totalCount edges { node { id } } } }`,
  unanswered: `query { unansweredQuestions(first: 50) { totalCount edges { node { id ageMinutes } } } }`,
  moderateQuestion: `mutation($id: ID!, $action: ModerationAction!, $reason: String) { moderateQuestion(id: $id, action: $action, reason: $reason) { id state hiddenReason } }`,
  myReviews: `query { myReviews(first: 10) { totalCount edges { node { id } } } }`,
};

export const scores = [
  { aspect: 'TEACHERS', stars: 5 },
  { aspect: 'SAFETY', stars: 4 },
  { aspect: 'MEALS', stars: 4 },
  { aspect: 'COMMUNICATION', stars: 3 },
];
