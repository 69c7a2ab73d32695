import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { createKey, getText } from '../../gateway/openapi/testing';
import { bearer } from '../curation/testing';
import { recordId } from '../../common/record-id';
import { addCentre } from '../apply/testing';
import { admittedParent, G, scores, seasoned } from './testing';

/**
 * Issue 23, Open API: partners read a facility's published reviews and the
 * answered questions of the board, the same content GraphQL shows, in the
 * data.go.kr envelope; held content and unanswered questions never appear.
 */
let hub: TestHub;
let key: string;
let facilityId: string;
let reviewId: string;
let answeredId: string;
let openId: string;

beforeAll(async () => {
  hub = await startTestHub();
  key = (await createKey(hub.store)).key;
  // An id of the catalogue's own form (the route's path pattern), in 강서구.
  facilityId = await addCentre(hub.store, { id: recordId('FACILITY', 'test', 'openapi-centre'), name: '햇살어린이집' });
  await hub.store.query(`update catalog.record set sido = '서울특별시', sigungu = '강서구' where id = $1`, [facilityId]);
  const parent = await admittedParent(hub, 'oa-parent', facilityId);
  await seasoned(hub.store, 'oa-parent');
  const written = await hub.gql(G.write, { input: { targetId: facilityId, scores, body: '선생님들이 친절하고 급식이 좋아요. 연락은 010-1234-5678로 주세요.' } }, parent);
  expect(written.body.errors).toBeUndefined();
  reviewId = written.body.data.writeReview.review.id;
  const editor = await bearer(hub.store, 'EDITOR', 'oa-editor');
  if (written.body.data.writeReview.review.state !== 'PUBLISHED') await hub.gql(G.moderate, { id: reviewId, action: 'APPROVE' }, editor);
  const asker = await bearer(hub.store, 'PARENT', 'oa-asker');
  await seasoned(hub.store, 'oa-asker');
  const ask = async (title: string) => (await hub.gql(G.ask, { input: { category: 'ADMISSION', title, body: '입소 대기 순번은 어디서 확인하나요?' } }, asker)).body.data.askQuestion.question.id as string;
  answeredId = await ask('입소 대기 순번 확인');
  openId = await ask('아직 답이 없는 질문');
  const counsellor = await bearer(hub.store, 'COUNSELLOR', 'oa-counsellor');
  const answered = await hub.gql(G.answer, { input: { questionId: answeredId, body: '보육포털에서 확인할 수 있습니다.', linkIds: [facilityId] } }, counsellor);
  expect(answered.body.errors).toBeUndefined();
}, 120_000);
afterAll(() => hub?.close());

const rest = async (path: string, query: Record<string, string> = {}) => {
  const answer = await getText(`${hub.hub.url}/openapi/v1${path}?${new URLSearchParams({ serviceKey: key, type: 'json', ...query })}`);
  return { status: answer.status, body: JSON.parse(answer.text) };
};

test('/facilities/{id}/reviews: the published review, masked as GraphQL shows it, with its stars', async () => {
  const { status, body } = await rest(`/facilities/${facilityId}/reviews`);
  expect(status).toBe(200);
  expect(body.response.header.resultCode).toBe('00');
  const items = body.response.body.items.item;
  expect(body.response.body.totalCount).toBe(1);
  const graph = (await hub.gql(G.facility, { id: facilityId })).body.data.facility.reviews.edges[0].node;
  expect(items).toEqual([expect.objectContaining({ id: reviewId, facilityId, reviewer: graph.reviewer, body: graph.body, starsTeachers: 5, starsSafety: 4, starsMeals: 4, starsCommunication: 3, reply: null })]);
  expect(items[0].body).not.toContain('1234-5678');
  expect(items[0].reviewer).toBe('강서구 학부모');
});

test('/qna: answered questions only, with the answer and its catalog links; the window is bounded', async () => {
  const { status, body } = await rest('/qna');
  expect(status).toBe(200);
  const ids = body.response.body.items.item.map((i: { id: string }) => i.id);
  expect(ids).toContain(answeredId);
  expect(ids).not.toContain(openId);
  const item = body.response.body.items.item.find((i: { id: string }) => i.id === answeredId);
  expect(item).toMatchObject({ category: 'ADMISSION', categoryLabel: '입소', answer: '보육포털에서 확인할 수 있습니다.', answerAccepted: false, answerLinks: facilityId });
  const beyond = await rest('/qna', { pageNo: '6', numOfRows: '10' });
  expect(beyond.status).toBe(400);
  expect(beyond.body.response.header.resultCode).not.toBe('00');
});
