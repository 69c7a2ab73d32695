import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { bearer } from '../curation/testing';
import { G, seasoned } from './testing';

/** Issue 23, must show (Q&A): ask → a counsellor answers with a catalog link → the asker accepts; the rate limit; the new-account hold. */
let hub: TestHub;
let policyId: string;
let facilityId: string;

beforeAll(async () => {
  hub = await startTestHub();
  policyId = (await hub.store.query<{ id: string }>(`select id from catalog.effective_record where kind = 'POLICY' and merged_into is null order by id limit 1`)).rows[0]!.id;
  facilityId = (await hub.store.query<{ id: string }>(`select id from catalog.effective_record where kind = 'FACILITY' and merged_into is null order by id limit 1`)).rows[0]!.id;
}, 60_000);
afterAll(() => hub?.close());

const gql = async (q: string, v: Record<string, unknown>, h: Record<string, string> = {}) => (await hub.gql(q, v, h)).body;
const codeOf = (body: any) => body.errors?.[0]?.extensions?.code;
const input = (title: string, extra: Record<string, unknown> = {}) => ({ category: 'FEES_SUBSIDIES', title, body: '둘째 아이 보육료 지원은 어떻게 신청하나요?', ...extra });

test('ask → a counsellor answers linking a catalog policy → the asker accepts it; the board shows it answered', async () => {
  const parent = await bearer(hub.store, 'PARENT', 'qa-parent');
  await seasoned(hub.store, 'qa-parent');
  const asked = (await gql(G.ask, { input: input('보육료 지원 신청', { policyId }) }, parent)).data.askQuestion;
  expect(asked.question).toMatchObject({ state: 'PUBLISHED', categoryLabel: '보육료·지원금' });
  const id = asked.question.id;
  const counsellor = await bearer(hub.store, 'COUNSELLOR', 'qa-counsellor');
  expect((await gql(G.unanswered, {}, counsellor)).data.unansweredQuestions.edges.map((e: any) => e.node.id)).toContain(id);
  const bad = await gql(G.answer, { input: { questionId: id, body: '이 정책을 보세요.', linkIds: ['pol_ffffffffffffffff'] } }, counsellor);
  expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  expect(bad.errors![0].extensions.missing).toEqual(['pol_ffffffffffffffff']);
  const answered = await gql(G.answer, { input: { questionId: id, body: "복지로에서 신청하시면 됩니다. 아래 정책을 보세요.", linkIds: [policyId, facilityId] } }, counsellor);
  expect(answered.errors).toBeUndefined();
  const answer = answered.data.answerQuestion;
  expect(answer).toMatchObject({ author: '보육상담사', accepted: false });
  expect(answer.links.map((l: any) => [l.id, l.kind])).toEqual([[policyId, 'POLICY'], [facilityId, 'FACILITY']]);
  expect((await gql(G.unanswered, {}, counsellor)).data.unansweredQuestions.edges.map((e: any) => e.node.id)).not.toContain(id);
  const other = await bearer(hub.store, 'PARENT', 'qa-other');
  expect(codeOf(await gql(G.accept, { id: answer.id }, other))).toBe('FORBIDDEN');
  expect((await gql(G.accept, { id: answer.id }, parent)).data.acceptAnswer).toEqual({ id, acceptedAnswer: { id: answer.id, accepted: true }, answered: true });
  expect((await gql(G.question, { id })).data.question).toMatchObject({ answered: true, acceptedAnswer: { id: answer.id }, answers: [{ id: answer.id, accepted: true, links: [{ id: policyId }, { id: facilityId }] }] });
  expect((await gql(G.questions, { filter: { policyId, answered: true } })).data.questions.edges.map((e: any) => e.node.id)).toEqual([id]);
  expect((await gql(G.questions, { filter: { category: 'ADMISSION' } })).data.questions.edges.map((e: any) => e.node.id)).not.toContain(id);
});

test("a new account's first two questions are held for an editor; the third is published", async () => {
  const parent = await bearer(hub.store, 'PARENT', 'qa-new');
  const states = [];
  for (const t of ['첫 질문', '두번째 질문', '세번째 질문']) states.push((await gql(G.ask, { input: input(t) }, parent)).data.askQuestion.question);
  expect(states.map((q) => [q.state, q.holdReasons])).toEqual([['HELD', ['NEW_ACCOUNT']], ['HELD', ['NEW_ACCOUNT']], ['PUBLISHED', []]]);
  expect(codeOf(await gql(G.question, { id: states[0].id }))).toBe('NOT_FOUND');
  const editor = await bearer(hub.store, 'EDITOR', 'qa-editor');
  const queue = (await gql(G.queue, {}, editor)).data.moderationQueue.edges.map((e: any) => e.node);
  expect(queue).toContainEqual(expect.objectContaining({ kind: 'HELD_QUESTION', question: { id: states[0].id } }));
  expect((await gql(G.moderateQuestion, { id: states[0].id, action: 'APPROVE' }, editor)).data.moderateQuestion.state).toBe('PUBLISHED');
});

test('posting is rate-limited per account (COMMUNITY_POSTS_PER_HOUR, default 5): the sixth post in an hour is RATE_LIMITED', async () => {
  const parent = await bearer(hub.store, 'PARENT', 'qa-busy');
  for (const t of ['하나', '둘둘', '셋셋', '넷넷', '다섯']) expect((await gql(G.ask, { input: input(t) }, parent)).errors).toBeUndefined();
  const refused = await gql(G.ask, { input: input('여섯') }, parent);
  expect(codeOf(refused)).toBe('RATE_LIMITED');
  expect(refused.errors![0].extensions).toMatchObject({ limitPerHour: 5, limitPerDay: 20 });
  // Another account is not limited by this one's posts.
  expect((await gql(G.ask, { input: input('다른 사람') }, await bearer(hub.store, 'PARENT', 'qa-calm'))).errors).toBeUndefined();
});

test('a phone number in a question is masked; personal data never reaches the board', async () => {
  const parent = await bearer(hub.store, 'PARENT', 'qa-phone');
  await seasoned(hub.store, 'qa-phone');
  const asked = (await gql(G.ask, { input: input('연락처 남겨요', { body: '답 주실 분 01012345678 로 문자 주세요' }) }, parent)).data.askQuestion;
  expect(asked.screen).toEqual({ masked: ['PHONE'], held: [] });
  expect(asked.question.body).toBe('답 주실 분 (전화번호 비공개) 로 문자 주세요');
});
