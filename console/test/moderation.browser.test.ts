import { createAccount } from '../../common/auth/testing';
import { bearer } from '../../subgraphs/curation/testing';
import { admittedParent, centreIn, G, scores, seasoned } from '../../subgraphs/community/testing';
import { BROWSER_TEST_MS, checkA11y, screenshot, signIn, startHarness, type Harness } from './harness';
import { focusedIs, queueItems, tabTo } from './queue-page';

/**
 * Issue 23, the 소통방 moderation queue: the page lists exactly what
 * moderationQueue returns (a new parent's review with a phone number, masked
 * and held; a reported review; a new parent's question), with what the screen
 * found and the reports; an editor hides the reported review with a reason by
 * keyboard alone (refused first without one) → it leaves the queue and
 * moderationLog has the reason; restores it; publishes the held question.
 */
let h: Harness;
let editor: Record<string, string>;
let centre = '';
let heldReview = '';
let reportedReview = '';
let heldQuestion = '';
const EMAIL = 'moderation-console@dolbom.test';
const PASSWORD = 'moderation-console-pass-1234';

const QUEUE = `query($after: String) { moderationQueue(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind review { id } question { id } } } } }`;
interface QueuePage { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { kind: string; review: { id: string } | null; question: { id: string } | null } }[] }

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = editor): Promise<T> {
  const res = await h.hub.gql<T>(query, variables, headers);
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data!;
}
const queue = async (after: string | null = null) => (await gql<{ moderationQueue: QueuePage }>(QUEUE, { after })).moderationQueue;
const idsOf = (p: QueuePage) => p.edges.map((e) => e.node.review?.id ?? e.node.question?.id);

beforeAll(async () => {
  h = await startHarness();
  await createAccount(h.hub.store, { email: EMAIL, role: 'EDITOR', password: PASSWORD });
  editor = await bearer(h.hub.store, 'EDITOR', 'moderation-console-editor');
  centre = await centreIn(h.hub.store, '강서구', '까치산어린이집');
  // A new parent's first review, with a phone number: masked in place, and held (NEW_ACCOUNT).
  const fresh = await admittedParent(h.hub, 'mc-new-parent', centre);
  heldReview = (await gql(G.write, { input: { targetId: centre, scores, body: '상담은 010-1234-5678로 하면 친절하게 알려 주세요.' } }, fresh)).writeReview.review.id;
  // A seasoned parent's published review, reported by another parent.
  const other = await centreIn(h.hub.store, '강서구', '화곡어린이집');
  const known = await admittedParent(h.hub, 'mc-old-parent', other);
  await seasoned(h.hub.store, 'mc-old-parent');
  reportedReview = (await gql(G.write, { input: { targetId: other, scores, body: '선생님들이 따뜻하고 급식이 좋아요.' } }, known)).writeReview.review.id;
  await gql(G.report, { id: reportedReview, reason: 'FALSE', note: '사실과 달라요' }, await bearer(h.hub.store, 'PARENT', 'mc-reporter'));
  // A new parent's first question: held.
  const asker = await bearer(h.hub.store, 'PARENT', 'mc-asker');
  heldQuestion = (await gql(G.ask, { input: { category: 'ADMISSION', title: '입소 대기 순번', body: '대기 순번은 언제 바뀌나요? 궁금합니다.', facilityId: centre } }, asker)).askQuestion.question.id;
}, BROWSER_TEST_MS);
afterAll(async () => h?.close());

const { item, expectListed } = queueItems('data-item');

it('lists what moderationQueue returns; an editor hides a reported review by keyboard with a reason (audited), restores it, publishes a held question', async () => {
  const first = await queue();
  expect(first.edges.map((e) => e.node.kind)).toEqual(['HELD_REVIEW', 'REPORTED_REVIEW', 'HELD_QUESTION']);
  expect(idsOf(first)).toEqual([heldReview, reportedReview, heldQuestion]);

  const page = await h.newPage();
  await signIn(page, h, EMAIL, PASSWORD);
  await page.getByRole('link', { name: '소통방 검토 대기열' }).click();
  await page.getByRole('heading', { name: '소통방 검토 대기열', level: 1 }).waitFor();
  await expectListed(page, idsOf(first));
  await page.getByText(`${first.totalCount}건 · 1쪽`).waitFor();

  // The held review: its target by name linking to the record, the author masked, the masked phone number marked, why it is held.
  const held = item(page, heldReview);
  await held.getByRole('link', { name: '까치산어린이집' }).first().waitFor();
  expect(await held.getByRole('heading', { level: 2 }).textContent()).toBe('보류된 후기 · 까치산어린이집');
  expect(await held.getByRole('link', { name: '까치산어린이집' }).getAttribute('href')).toBe(`/console/records/${encodeURIComponent(centre)}`);
  await held.getByText('강서구 학부모', { exact: true }).waitFor();
  expect(await held.locator('mark').allTextContents()).toEqual(['(전화번호 비공개)']);
  await held.getByText('가려진 개인정보: 전화번호 1곳').waitFor();
  await held.locator('.badge').getByText('새 계정의 첫 글', { exact: true }).waitFor();
  expect(await held.textContent()).not.toContain('010-1234-5678');
  // The reported review: the report's reason and note; the held question with its facility.
  const reported = item(page, reportedReview);
  await reported.getByText('신고 1건').waitFor();
  await reported.getByText('사실과 다름 — 사실과 달라요', { exact: false }).waitFor();
  await item(page, heldQuestion).getByRole('link', { name: '까치산어린이집' }).waitFor();
  await checkA11y(page, 'moderation: queue');

  // Hide the reported review by keyboard: refused without a reason (focus to the reason), then with one.
  const hide = reported.getByRole('button', { name: /숨기기$/ });
  const reasonBox = reported.getByLabel('숨김 사유 (작성자에게 보입니다)');
  await page.getByRole('heading', { name: '소통방 검토 대기열', level: 1 }).focus();
  await tabTo(page, hide);
  await page.keyboard.press('Enter');
  await reported.getByRole('alert').getByText('숨기려면 작성자에게 보일 사유를 적어 주세요.').waitFor();
  expect(await focusedIs(reasonBox)).toBe(true);
  expect(await reasonBox.getAttribute('aria-invalid')).toBe('true');
  expect(idsOf(await queue())).toContain(reportedReview);
  await checkA11y(page, 'moderation: hide refused');
  await screenshot(page, 'console-moderation');

  const reason = '사실 확인이 필요한 내용이라 잠시 숨깁니다.';
  await page.keyboard.type(reason);
  await tabTo(page, hide);
  await page.keyboard.press('Enter');
  await page.getByRole('status').getByText(`화곡어린이집 후기을(를) 숨겼습니다. 사유: ${reason}`).waitFor();
  await expectListed(page, [heldReview, heldQuestion]);
  expect(idsOf(await queue())).toEqual([heldReview, heldQuestion]);
  // Focus went to the item now in its place, not lost to the body.
  expect(await page.evaluate(() => (globalThis as any).document.activeElement.id)).toBe(`mod-${heldQuestion}-heading`);
  const hiddenNow = await gql(G.review, { id: reportedReview });
  expect(hiddenNow.review).toMatchObject({ state: 'HIDDEN', hiddenReason: reason });
  const log = (await gql(G.log, { id: reportedReview })).moderationLog;
  expect(log.filter((e: any) => e.action === 'REVIEW_HIDE')).toEqual([{ action: 'REVIEW_HIDE', actorRole: 'EDITOR', reason }]);
  await checkA11y(page, 'moderation: after hiding');

  // Restore it from 방금 숨긴 글: public again, audited.
  const restore = page.locator(`li[data-hidden="${reportedReview}"]`).getByRole('button', { name: /다시 게시$/ });
  await restore.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').getByText('화곡어린이집 후기을(를) 다시 게시했습니다.').waitFor();
  expect((await gql(G.review, { id: reportedReview })).review.state).toBe('PUBLISHED');
  expect((await gql(G.log, { id: reportedReview })).moderationLog.map((e: any) => e.action)).toContain('REVIEW_RESTORE');
  expect(await page.locator('li[data-hidden]').count()).toBe(0);

  // Publish the held question: it leaves the queue and is on the board.
  await item(page, heldQuestion).getByRole('button', { name: /게시$/ }).click();
  await page.getByRole('status').getByText('질문 「입소 대기 순번」을(를) 게시했습니다.').waitFor();
  await expectListed(page, [heldReview]);
  expect((await gql(G.question, { id: heldQuestion })).question.state).toBe('PUBLISHED');
  await checkA11y(page, 'moderation: after publishing');
  h.assertClean();
}, BROWSER_TEST_MS);

it('pages through the queue as moderationQueue does; English alongside', async () => {
  // 21 new parents' first questions: held, more than one page.
  for (let i = 0; i < 21; i++) {
    const parent = await bearer(h.hub.store, 'PARENT', `mc-pager-${i}`);
    await gql(G.ask, { input: { category: 'OTHER', title: `질문 ${i + 1}번`, body: '어린이집 생활이 궁금합니다. 알려 주세요.' } }, parent);
  }
  const all = await queue();
  expect(all.pageInfo.hasNextPage).toBe(true);
  const page = await h.newPage();
  await signIn(page, h, EMAIL, PASSWORD);
  await page.goto(h.url('/console/community/moderation'));
  await page.getByRole('heading', { name: '소통방 검토 대기열', level: 1 }).waitFor();
  await expectListed(page, idsOf(all));
  expect(await page.getByRole('button', { name: '이전 페이지' }).count()).toBe(0);
  const second = await queue(all.pageInfo.endCursor);
  await page.getByRole('button', { name: '다음 페이지' }).click();
  await expectListed(page, idsOf(second));
  await page.getByText(`${all.totalCount}건 · 2쪽`).waitFor();
  await page.getByRole('button', { name: '이전 페이지' }).click();
  await expectListed(page, idsOf(all));
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Moderation queue', level: 1 }).waitFor();
  await checkA11y(page, 'moderation: paging, English');
  h.assertClean();
}, BROWSER_TEST_MS);
