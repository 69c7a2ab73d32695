import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { bearer } from '../curation/testing';
import { admittedParent, centreIn, G, scores, seasoned, staffOf } from './testing';

/**
 * Issue 23, must show (reviews): a parent without a relationship is refused;
 * with one, the review shows after moderation; a phone number is masked and a
 * name held; a reported review reaches the queue; hide / restore are audited
 * and the hide reason is shown to the author; staff reply once; the rating.
 */
let hub: TestHub;
let centre: string;
let parent: Record<string, string>;
let editor: Record<string, string>;

beforeAll(async () => {
  hub = await startTestHub();
  centre = await centreIn(hub.store, '강서구', '까치산어린이집');
  parent = await admittedParent(hub, 'rv-parent', centre);
  editor = await bearer(hub.store, 'EDITOR', 'rv-editor');
}, 60_000);
afterAll(() => hub?.close());

const gql = async (q: string, v: Record<string, unknown>, h: Record<string, string> = {}) => (await hub.gql(q, v, h)).body;
const codeOf = (body: any) => body.errors?.[0]?.extensions?.code;

test('a parent without a relationship to the facility is refused', async () => {
  const stranger = await bearer(hub.store, 'PARENT', 'rv-stranger');
  const body = await gql(G.write, { input: { targetId: centre, scores, body: '아이가 잘 다니고 있어요. 만족합니다.' } }, stranger);
  expect(codeOf(body)).toBe('FORBIDDEN');
  expect(body.errors![0].extensions.messageKo).toContain('이용한 기록');
});

test("a new account's first review is held, shows after an editor approves it, masked as 강서구 학부모; the rating averages it", async () => {
  const written = await gql(G.write, { input: { targetId: centre, scores, body: '선생님들이 따뜻하고 급식이 좋아요. 추천합니다.' } }, parent);
  expect(written.errors).toBeUndefined();
  const review = written.data.writeReview.review;
  expect(review).toMatchObject({ state: 'HELD', holdReasons: ['NEW_ACCOUNT'], reviewer: '강서구 학부모', average: 4 });
  expect((await gql(G.facility, { id: centre })).data.facility.reviews.totalCount).toBe(0);
  expect(codeOf(await gql(G.review, { id: review.id }))).toBe('NOT_FOUND');
  const queue = (await gql(G.queue, {}, editor)).data.moderationQueue.edges.map((e: any) => e.node);
  expect(queue).toContainEqual(expect.objectContaining({ kind: 'HELD_REVIEW', review: { id: review.id } }));
  expect((await gql(G.moderate, { id: review.id, action: 'APPROVE' }, editor)).data.moderateReview.state).toBe('PUBLISHED');
  const facility = (await gql(G.facility, { id: centre })).data.facility;
  expect(facility.reviews.edges.map((e: any) => e.node)).toEqual([{ id: review.id, body: '선생님들이 따뜻하고 급식이 좋아요. 추천합니다.', reviewer: '강서구 학부모', reply: null }]);
  expect(facility.rating).toEqual({
    average: 4, count: 1,
    perAspect: [{ aspect: 'TEACHERS', average: 5, count: 1 }, { aspect: 'SAFETY', average: 4, count: 1 }, { aspect: 'MEALS', average: 4, count: 1 }, { aspect: 'COMMUNICATION', average: 3, count: 1 }],
  });
  // Nothing names the parent or the child.
  expect(JSON.stringify(facility)).not.toMatch(/rv-parent|김하늘/);
});

test('a phone number is masked in place and a name is held; editing keeps one review per parent', async () => {
  await seasoned(hub.store, 'rv-parent');
  const masked = (await gql(G.write, { input: { targetId: centre, scores: [{ aspect: 'MEALS', stars: 5 }], body: '상담은 010-1234-5678 또는 02-123-4567로 하세요' } }, parent)).data.writeReview;
  expect(masked.screen).toEqual({ masked: ['PHONE'], held: [] });
  expect(masked.review.state).toBe('PUBLISHED');
  expect(masked.review.body).toBe('상담은 (전화번호 비공개) 또는 (전화번호 비공개)로 하세요');
  const named = (await gql(G.write, { input: { targetId: centre, scores, body: '김민지 선생님이 정말 잘해주세요' } }, parent)).data.writeReview;
  expect(named.review).toMatchObject({ id: masked.review.id, state: 'HELD', holdReasons: ['NAME'] });
  expect(named.screen.held).toEqual(['NAME']);
  const { rows } = await hub.store.query(`select body from community.review where author_sub = 'rv-parent'`);
  expect(rows).toEqual([{ body: '김민지 선생님이 정말 잘해주세요' }]);
  await gql(G.write, { input: { targetId: centre, scores, body: '선생님들이 따뜻하고 급식이 좋아요. 추천합니다.' } }, parent);
});

test('a reported review reaches the queue; hide and restore are audited and the hide reason is shown to the author only', async () => {
  const id = (await gql(G.review, { id: (await hub.store.query<{ id: string }>(`select id from community.review where author_sub = 'rv-parent'`)).rows[0]!.id }, parent)).data.review.id;
  const reporter = await bearer(hub.store, 'PARENT', 'rv-reporter');
  expect((await gql(G.report, { id, reason: 'FALSE', note: '사실과 달라요' }, reporter)).errors).toBeUndefined();
  expect(codeOf(await gql(G.report, { id, reason: 'FALSE' }, reporter))).toBe('CONFLICT');
  const queue = (await gql(G.queue, {}, editor)).data.moderationQueue.edges.map((e: any) => e.node);
  expect(queue).toContainEqual(expect.objectContaining({ kind: 'REPORTED_REVIEW', review: { id } }));
  expect((await gql(G.review, { id }, editor)).data.review.reports).toEqual([{ reason: 'FALSE' }]);
  expect((await gql(G.review, { id }, reporter)).data.review.reports).toEqual([]);

  expect(codeOf(await gql(G.moderate, { id, action: 'HIDE' }, editor))).toBe('BAD_USER_INPUT');
  const hidden = (await gql(G.moderate, { id, action: 'HIDE', reason: '사실 확인이 필요한 내용입니다.' }, editor)).data.moderateReview;
  expect(hidden).toMatchObject({ state: 'HIDDEN', hiddenReason: '사실 확인이 필요한 내용입니다.' });
  expect((await gql(G.review, { id }, parent)).data.review).toMatchObject({ state: 'HIDDEN', hiddenReason: '사실 확인이 필요한 내용입니다.', mine: true });
  expect(codeOf(await gql(G.review, { id }, reporter))).toBe('NOT_FOUND');
  expect((await gql(G.facility, { id: centre })).data.facility.rating.count).toBe(0);
  expect((await gql(G.moderate, { id, action: 'RESTORE' }, editor)).data.moderateReview).toEqual({ id, state: 'PUBLISHED', hiddenReason: null });
  expect(codeOf(await gql(G.moderate, { id, action: 'RESTORE' }, editor))).toBe('CONFLICT');
  const log = (await gql(G.log, { id }, editor)).data.moderationLog;
  expect(log.filter((e: any) => e.actorRole === 'EDITOR')).toEqual([
    { action: 'REVIEW_APPROVE', actorRole: 'EDITOR', reason: null },
    { action: 'REVIEW_HIDE', actorRole: 'EDITOR', reason: '사실 확인이 필요한 내용입니다.' },
    { action: 'REVIEW_RESTORE', actorRole: 'EDITOR', reason: null },
  ]);
  expect(log.map((e: any) => e.action)).toContain('REVIEW_REPORTED');
  await expect(hub.store.query(`delete from community.audit_log`)).rejects.toThrow(/append-only/);
});

test("the centre's staff reply once; a second reply is CONFLICT; staff of another centre are FORBIDDEN", async () => {
  const id = (await hub.store.query<{ id: string }>(`select id from community.review where author_sub = 'rv-parent'`)).rows[0]!.id;
  const other = await staffOf(hub.store, 'rv-other-staff', ['fac_0000000000000000']);
  expect(codeOf(await gql(G.reply, { id, body: '감사합니다.' }, other))).toBe('FORBIDDEN');
  const staff = await staffOf(hub.store, 'rv-staff', [centre]);
  const replied = await gql(G.reply, { id, body: '소중한 후기 감사합니다.' }, staff);
  expect(replied.data.replyToReview.reply).toEqual({ body: '소중한 후기 감사합니다.', author: '시설 담당자' });
  expect(codeOf(await gql(G.reply, { id, body: '한 번 더' }, staff))).toBe('CONFLICT');
  expect((await gql(G.facility, { id: centre })).data.facility.reviews.edges[0].node.reply).toEqual({ body: '소중한 후기 감사합니다.' });
  expect((await gql(G.log, { id }, editor)).data.moderationLog.map((e: any) => e.action)).toContain('REVIEW_REPLIED');
});
