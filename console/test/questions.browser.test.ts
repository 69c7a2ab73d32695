import { createAccount } from '../../common/auth/testing';
import { bearer } from '../../subgraphs/curation/testing';
import { centreIn, G, seasoned } from '../../subgraphs/community/testing';
import { BROWSER_TEST_MS, checkA11y, screenshot, signIn, startHarness, type Harness } from './harness';
import { focusedIs, queueItems, tabTo } from './queue-page';

/**
 * Issue 23, the unanswered-questions queue: the page lists exactly what
 * unansweredQuestions returns, oldest first, with each question's age (3일 전,
 * 5시간 전) and its linked facility or policy; a counsellor (a COUNSELLOR
 * account, who sees this screen only) answers one by keyboard, linking a
 * policy found through the page's search (and unlinking a facility) → the
 * question leaves the queue and question(id) shows the answer with the link.
 */
let h: Harness;
let counsellor: Record<string, string>;
let centre = '';
let policyId = '';
let oldQuestion = '';
let newQuestion = '';
const EMAIL = 'counsellor-console@dolbom.test';
const PASSWORD = 'counsellor-console-pass-1234';
const POLICY_NAME = '부모급여';
const EDITOR_EMAIL = 'questions-editor@dolbom.test';

const QUEUE = `query { unansweredQuestions(first: 20) { totalCount edges { node { id title ageMinutes } } } }`;

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = counsellor): Promise<T> {
  const res = await h.hub.gql<T>(query, variables, headers);
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data!;
}
const queue = async () => (await gql<{ unansweredQuestions: { totalCount: number; edges: { node: { id: string; title: string; ageMinutes: number } }[] } }>(QUEUE)).unansweredQuestions;

beforeAll(async () => {
  h = await startHarness();
  await createAccount(h.hub.store, { email: EMAIL, role: 'COUNSELLOR', password: PASSWORD });
  await createAccount(h.hub.store, { email: EDITOR_EMAIL, role: 'EDITOR', password: PASSWORD });
  counsellor = await bearer(h.hub.store, 'COUNSELLOR', 'questions-console-counsellor');
  centre = await centreIn(h.hub.store, '강서구', '까치산어린이집');
  policyId = (await h.hub.store.query<{ id: string }>(`select id from catalog.effective_record where kind = 'POLICY' and name = $1`, [POLICY_NAME])).rows[0]!.id;
  const parent = await bearer(h.hub.store, 'PARENT', 'qc-parent');
  await seasoned(h.hub.store, 'qc-parent');
  const ask = async (input: Record<string, unknown>) => (await gql(G.ask, { input }, parent)).askQuestion.question;
  const q1 = await ask({ category: 'FEES_SUBSIDIES', title: '부모급여 신청 방법', body: '둘째 아이 부모급여는 어디서 신청하나요?', policyId });
  const q2 = await ask({ category: 'ADMISSION', title: '입소 대기 순번', body: '대기 순번은 언제 바뀌나요? 궁금합니다.', facilityId: centre });
  expect([q1.state, q2.state]).toEqual(['PUBLISHED', 'PUBLISHED']);
  // Asked 3 days and 5 hours ago (the queue's age is from created_at).
  await h.hub.store.query(`update community.question set created_at = now() - interval '3 days 2 hours' where id = $1`, [q1.id]);
  await h.hub.store.query(`update community.question set created_at = now() - interval '5 hours 10 minutes' where id = $1`, [q2.id]);
  oldQuestion = q1.id;
  newQuestion = q2.id;
}, BROWSER_TEST_MS);
afterAll(async () => h?.close());

const { item: card, expectListed } = queueItems('data-question');

it('lists unanswered questions oldest first with their age; a counsellor answers one with a policy found by the search', async () => {
  const before = await queue();
  expect(before.edges.map((e) => e.node.id)).toEqual([oldQuestion, newQuestion]);

  const page = await h.newPage();
  await signIn(page, h, EMAIL, PASSWORD);
  // A counsellor sees this screen only, and lands on it.
  expect(await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link').allTextContents()).toEqual(['답변 대기 질문']);
  await page.getByRole('heading', { name: '답변 대기 질문', level: 1 }).waitFor();
  await expectListed(page, [oldQuestion, newQuestion]);
  await page.getByText(`${before.totalCount}건 · 1쪽`).waitFor();
  const old = card(page, oldQuestion);
  expect(await old.locator('[data-age]').textContent()).toBe('3일 전');
  expect(await card(page, newQuestion).locator('[data-age]').textContent()).toBe('5시간 전');
  await old.locator('.badge').getByText('보육료·지원금', { exact: true }).waitFor();
  // The linked policy and facility by name (as text: a counsellor has no record pages).
  await old.locator('dd').getByText(POLICY_NAME, { exact: true }).waitFor();
  expect(await old.getByRole('link').count()).toBe(0);
  await card(page, newQuestion).locator('dd').getByText('까치산어린이집', { exact: true }).waitFor();
  await checkA11y(page, 'questions: queue');

  // Open the editor by keyboard, write the answer, find the policy and link it, link and unlink the centre.
  const open = old.getByRole('button', { name: '「부모급여 신청 방법」에 답변 쓰기' });
  await page.getByRole('heading', { name: '답변 대기 질문', level: 1 }).focus();
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  const editor = old.getByRole('form', { name: '「부모급여 신청 방법」 답변' });
  const body = editor.getByLabel('답변 (일반 텍스트, 2–4000자)');
  await tabTo(page, body);
  const answer = '복지로 또는 주민센터에서 신청하시면 됩니다. 아래 정책을 보세요.';
  await page.keyboard.type(answer);
  await editor.getByText(`${answer.length}/4000자`, { exact: false }).waitFor();
  const search = editor.getByRole('searchbox', { name: '정책·시설 찾기' });
  await tabTo(page, search);
  await page.keyboard.type(POLICY_NAME);
  await page.keyboard.press('Enter');
  const linkPolicy = editor.locator(`li[data-hit="${policyId}"]`).getByRole('button', { name: `${POLICY_NAME} 연결` });
  await linkPolicy.waitFor();
  await editor.getByRole('status').getByText(/건을 찾았습니다\.$/).waitFor();
  await tabTo(page, linkPolicy);
  await page.keyboard.press('Enter');
  await editor.getByRole('status').getByText(`${POLICY_NAME}을(를) 연결했습니다.`).waitFor();
  await editor.locator(`li[data-link="${policyId}"]`).waitFor();
  await editor.getByText('연결한 정책·시설 (1/10)').waitFor();

  await search.fill('까치산어린이집');
  await editor.getByRole('button', { name: '찾기' }).click();
  const linkCentre = editor.locator(`li[data-hit="${centre}"]`).getByRole('button', { name: '까치산어린이집 연결' });
  await linkCentre.click();
  await editor.locator(`li[data-link="${centre}"]`).waitFor();
  await checkA11y(page, 'questions: answer editor with links');
  await screenshot(page, 'console-questions');
  const unlink = editor.getByRole('button', { name: '까치산어린이집 연결 빼기' });
  await unlink.focus();
  await page.keyboard.press('Enter');
  await editor.getByRole('status').getByText('까치산어린이집 연결을 뺐습니다.').waitFor();
  expect(await editor.locator('li[data-link]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-link')))).toEqual([policyId]);
  expect(await focusedIs(search)).toBe(true);

  // Submit by keyboard: the question leaves the queue, the result is announced, focus moves on.
  await tabTo(page, editor.getByRole('button', { name: '답변 등록' }));
  await page.keyboard.press('Enter');
  await page.getByRole('status').getByText('「부모급여 신청 방법」에 답변했습니다 (연결 1건). 질문이 목록에서 빠졌습니다.').waitFor();
  await expectListed(page, [newQuestion]);
  expect((await queue()).edges.map((e) => e.node.id)).toEqual([newQuestion]);
  expect(await page.evaluate(() => (globalThis as any).document.activeElement.id)).toBe(`question-${newQuestion}-heading`);
  const shown = (await gql(`query($id: ID!) { question(id: $id) { answered answers { body author links { id kind name } } } }`, { id: oldQuestion }, {})).question;
  expect(shown).toEqual({ answered: true, answers: [{ body: answer, author: '보육상담사', links: [{ id: policyId, kind: 'POLICY', name: POLICY_NAME }] }] });
  await checkA11y(page, 'questions: after answering');

  // An answer too short is refused on the page, before the API is asked.
  await card(page, newQuestion).getByRole('button', { name: /답변 쓰기$/ }).click();
  await card(page, newQuestion).getByRole('button', { name: '답변 등록' }).click();
  await card(page, newQuestion).getByRole('alert').getByText('답변을 2자 이상 적어 주세요.').waitFor();
  expect((await queue()).edges.map((e) => e.node.id)).toEqual([newQuestion]);
  await checkA11y(page, 'questions: answer refused');
  h.assertClean();
}, BROWSER_TEST_MS);

it('an editor sees the queue too, the linked facility as a link to its record; English alongside', async () => {
  const page = await h.newPage();
  await signIn(page, h, EDITOR_EMAIL, PASSWORD);
  await page.getByRole('link', { name: '답변 대기 질문' }).click();
  await page.getByRole('heading', { name: '답변 대기 질문', level: 1 }).waitFor();
  await expectListed(page, (await queue()).edges.map((e) => e.node.id));
  const link = card(page, newQuestion).getByRole('link', { name: '까치산어린이집' });
  await link.waitFor();
  expect(await link.getAttribute('href')).toBe(`/console/records/${encodeURIComponent(centre)}`);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Unanswered questions', level: 1 }).waitFor();
  expect(await card(page, newQuestion).locator('[data-age]').textContent()).toBe('5 h ago');
  await checkA11y(page, 'questions: editor, English');
  h.assertClean();
}, BROWSER_TEST_MS);
