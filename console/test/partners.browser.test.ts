import { createAccount } from '../../common/auth/testing';
import { bearer } from '../../subgraphs/curation/testing';
import { BROWSER_TEST_MS, checkA11y, screenshot, signIn, startHarness, type Harness } from './harness';

/** Partner keys (ADMIN): a key made in the console works with /openapi/v1; quota change, usage chart and table, revoke. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await createAccount(h.hub.store, { email: 'keys-admin@dolbom.test', role: 'ADMIN', password: 'keys-admin-pass-1234' });
  await createAccount(h.hub.store, { email: 'keys-editor@dolbom.test', role: 'EDITOR', password: 'keys-editor-pass-1234' });
}, BROWSER_TEST_MS);
afterAll(async () => h?.close());

const openApi = (key: string) => fetch(h.url(`/openapi/v1/sources?serviceKey=${encodeURIComponent(key)}&type=json&numOfRows=1`));

it('an ADMIN creates a key that then works with /openapi/v1, sees its usage, limits and revokes it', async () => {
  const page = await h.newPage();
  await signIn(page, h, 'keys-admin@dolbom.test', 'keys-admin-pass-1234');
  await page.getByRole('link', { name: '제휴 서비스 키' }).click();
  await page.getByRole('heading', { name: '제휴 서비스 키', level: 1 }).waitFor();
  await page.getByText('발급한 키가 없습니다.').waitFor();
  await checkA11y(page, 'partners');

  await page.getByLabel('기관·서비스 이름').fill('정부24 시험');
  await page.getByLabel('일일 한도').first().fill('3');
  await page.getByRole('button', { name: '키 만들기' }).click();
  const key = (await page.getByTestId('new-key').textContent())!.trim();
  expect(key.length).toBeGreaterThan(20);
  await page.locator('tr[data-key]').waitFor();

  expect((await openApi(key)).status).toBe(200);
  expect((await openApi(key)).status).toBe(200);

  // Usage per day: the chart (uPlot, loaded on demand) and the same numbers as a table.
  await page.reload();
  await page.getByRole('heading', { name: /일별 사용량/ }).waitFor();
  await page.locator('[data-testid="usage-chart"] canvas').waitFor();
  await page.getByText('표로 보기').click();
  // Thirty days, today last: today's row holds the two requests.
  const today = page.getByTestId('usage-table').locator('tbody tr').last();
  expect(await today.locator('td').first().textContent()).toBe('2');
  expect(await page.getByTestId('usage-table').locator('tbody tr').count()).toBe(30);
  await checkA11y(page, 'partners with usage');
  await screenshot(page, 'console-partners');

  // A quota of 2 a day: the third request of the day is refused.
  await page.getByLabel('일일 한도').nth(1).fill('2');
  await page.getByRole('button', { name: '정부24 시험 한도·출처 저장' }).click();
  await page.getByText('정부24 시험: 저장했습니다.').waitFor();
  expect((await openApi(key)).status).toBe(429);

  await page.getByRole('button', { name: '정부24 시험 키 폐기' }).click();
  await page.getByText(/폐기했습니다/).waitFor();
  expect((await openApi(key)).status).toBe(401);
  await checkA11y(page, 'partners after revoke');
  h.assertClean();
}, BROWSER_TEST_MS);

it('an EDITOR has no partners page and the API refuses them', async () => {
  const page = await h.newPage();
  await signIn(page, h, 'keys-editor@dolbom.test', 'keys-editor-pass-1234');
  expect(await page.getByRole('link', { name: '제휴 서비스 키' }).count()).toBe(0);
  const editor = await bearer(h.hub.store, 'EDITOR', 'keys-editor');
  const refused = await h.hub.gql(`{ apiKeys { id } }`, {}, editor);
  expect(refused.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
  h.assertClean();
}, BROWSER_TEST_MS);
