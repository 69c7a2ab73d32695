import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { bearer } from '../curation/testing';
import { admittedParent, centreIn, G, scores, seasoned, staffOf } from './testing';

/**
 * Issue 23: every community operation × role × own vs another person's
 * content, with the exact code (or OK) of each cell. Fixtures: a published
 * review and a published question by PARENT ("own" for PARENT, "another's"
 * for OTHER_PARENT), a centre whose staff is STAFF (STAFF_OTHER works elsewhere).
 */
let hub: TestHub;
let centre: string;
let reviewId: string;
let questionId: string;
const who: Record<string, Record<string, string>> = {};
const ROLES = ['ANON', 'PARENT', 'OTHER_PARENT', 'STAFF', 'STAFF_OTHER', 'COUNSELLOR', 'EDITOR', 'ADMIN'] as const;

beforeAll(async () => {
  hub = await startTestHub();
  centre = await centreIn(hub.store, '도봉구', '방학어린이집');
  who.ANON = {};
  who.PARENT = await admittedParent(hub, 'az-parent', centre);
  who.OTHER_PARENT = await bearer(hub.store, 'PARENT', 'az-other');
  who.STAFF = await staffOf(hub.store, 'az-staff', [centre]);
  who.STAFF_OTHER = await staffOf(hub.store, 'az-staff-other', ['fac_0000000000000000']);
  who.COUNSELLOR = await bearer(hub.store, 'COUNSELLOR', 'az-counsellor');
  who.EDITOR = await bearer(hub.store, 'EDITOR', 'az-editor');
  who.ADMIN = await bearer(hub.store, 'ADMIN', 'az-admin');
  for (const sub of ['az-parent', 'az-other']) await seasoned(hub.store, sub, 2);
  reviewId = (await hub.gql(G.write, { input: { targetId: centre, scores, body: '시설이 깨끗하고 선생님들이 친절해요.' } }, who.PARENT)).body.data.writeReview.review.id;
  questionId = (await hub.gql(G.ask, { input: { category: 'ADMISSION', title: '입소 순번', body: '대기 순번은 언제 바뀌나요? 궁금합니다.' } }, who.PARENT)).body.data.askQuestion.question.id;
}, 60_000);
afterAll(() => hub?.close());

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
type Row = [name: string, run: (h: Record<string, string>) => Promise<any>, expected: Record<(typeof ROLES)[number], string>];
const call = (q: string, v: () => Record<string, unknown>) => async (h: Record<string, string>) => (await hub.gql(q, v(), h)).body;
const all = (code: string, over: Partial<Record<(typeof ROLES)[number], string>> = {}) => ({ ...Object.fromEntries(ROLES.map((r) => [r, code])), ...over }) as Record<(typeof ROLES)[number], string>;

// Reads first, then writes that leave the fixtures usable (reports and replies last).
const MATRIX: Row[] = [
  ['review (published)', call(G.review, () => ({ id: reviewId })), all('OK')],
  ['facility reviews and rating', call(G.facility, () => ({ id: centre })), all('OK')],
  ['questions', call(G.questions, () => ({})), all('OK')],
  ['question (published)', call(G.question, () => ({ id: questionId })), all('OK')],
  ['myReviews', call(G.myReviews, () => ({})), all('OK', { ANON: U })],
  ['moderationQueue', call(G.queue, () => ({})), all(F, { ANON: U, EDITOR: 'OK', ADMIN: 'OK' })],
  ['moderationLog', call(G.log, () => ({ id: reviewId })), all(F, { ANON: U, EDITOR: 'OK', ADMIN: 'OK' })],
  ['unansweredQuestions', call(G.unanswered, () => ({})), all(F, { ANON: U, COUNSELLOR: 'OK', EDITOR: 'OK', ADMIN: 'OK' })],
  // Only PARENT has a relationship to the centre; OTHER_PARENT is a parent without one.
  ['writeReview (edit own / without a relationship)', call(G.write, () => ({ input: { targetId: centre, scores, body: '시설이 깨끗하고 선생님들이 친절해요.' } })), all(F, { ANON: U, PARENT: 'OK' })],
  ['askQuestion', call(G.ask, () => ({ input: { category: 'OTHER', title: '질문입니다', body: '주말에도 돌봄이 되는 곳이 있나요?' } })), all(F, { ANON: U, PARENT: 'OK', OTHER_PARENT: 'OK' })],
  ['answerQuestion', call(G.answer, () => ({ input: { questionId, body: '입소 순번은 매일 갱신됩니다.' } })), all(F, { ANON: U, COUNSELLOR: 'OK', EDITOR: 'OK', ADMIN: 'OK' })],
  ["acceptAnswer (own question / another's)", async (h) => {
    const answerId = (await hub.store.query<{ id: string }>(`select id from community.answer where question_id = $1 order by created_at limit 1`, [questionId])).rows[0]!.id;
    return (await hub.gql(G.accept, { id: answerId }, h)).body;
  }, all(F, { ANON: U, PARENT: 'OK' })],
  ['moderateReview APPROVE (not held: CONFLICT once allowed)', call(G.moderate, () => ({ id: reviewId, action: 'APPROVE' })), all(F, { ANON: U, EDITOR: 'CONFLICT', ADMIN: 'CONFLICT' })],
  ['moderateQuestion APPROVE (not held: CONFLICT once allowed)', call(G.moderateQuestion, () => ({ id: questionId, action: 'APPROVE' })), all(F, { ANON: U, EDITOR: 'CONFLICT', ADMIN: 'CONFLICT' })],
  // Reporting: one's own review is FORBIDDEN; another parent reports once.
  ["reportReview (own / another's)", call(G.report, () => ({ id: reviewId, reason: 'OTHER' })), all(F, { ANON: U, OTHER_PARENT: 'OK' })],
  // Replying: only the centre's staff, once (STAFF runs first among the allowed).
  ['replyToReview', call(G.reply, () => ({ id: reviewId, body: '감사합니다.' })), all(F, { ANON: U, STAFF: 'OK' })],
];

describe.each(MATRIX)('%s', (_name, run, expected) => {
  test.each(ROLES.map((r) => [r, expected[r]]))('%s → %s', async (role, code) => {
    const body = await run(who[role]!);
    expect(body.errors?.[0]?.extensions?.code ?? 'OK').toBe(code);
  });
});

test('held and hidden content: only its author and editors see it', async () => {
  await hub.gql(G.moderate, { id: reviewId, action: 'HIDE', reason: '확인 중' }, who.EDITOR);
  const seen = async (role: (typeof ROLES)[number]) => (await hub.gql(G.review, { id: reviewId }, who[role])).body.errors?.[0]?.extensions?.code ?? 'OK';
  expect(Object.fromEntries(await Promise.all(ROLES.map(async (r) => [r, await seen(r)])))).toEqual(all('NOT_FOUND', { PARENT: 'OK', EDITOR: 'OK', ADMIN: 'OK' }));
  expect((await hub.gql(G.moderate, { id: reviewId, action: 'RESTORE' }, who.ADMIN)).body.data.moderateReview.state).toBe('PUBLISHED');
});
