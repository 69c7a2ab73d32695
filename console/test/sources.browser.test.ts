import { createAccount } from '../../common/auth/testing';
import { BROWSER_TEST_MS, checkA11y, screenshot, signIn, startHarness, type Harness } from './harness';

/**
 * The sources page against a crawled simulator: multicultural-center links a
 * redirect loop, so its crawl reports a REDIRECT_LOOP with the URL that
 * looped; an ADMIN queues a re-crawl, an EDITOR sees no button.
 */
let h: Harness;
const SITE = 'multicultural-center';
beforeAll(async () => {
  h = await startHarness({ sites: [SITE] });
  await createAccount(h.hub.store, { email: 'ops-admin@dolbom.test', role: 'ADMIN', password: 'ops-admin-pass-1234' });
  await createAccount(h.hub.store, { email: 'ops-editor@dolbom.test', role: 'EDITOR', password: 'ops-editor-pass-1234' });
}, BROWSER_TEST_MS);
afterAll(async () => h?.close());

it('shows the failing site with its error class and sample URL; an ADMIN re-crawls it', async () => {
  const page = await h.newPage();
  await signIn(page, h, 'ops-admin@dolbom.test', 'ops-admin-pass-1234');
  await page.getByRole('link', { name: '수집 현황' }).click();
  const row = page.locator(`tr[data-source="${SITE}"]`);
  await row.waitFor();
  const error = row.locator('[data-error-class="REDIRECT_LOOP"]');
  expect(await error.textContent()).toMatch(/REDIRECT_LOOP × 1.*예: .*\/program\/(archive\/)?old\.do/s);
  expect(await row.textContent()).toContain('정상');
  await checkA11y(page, 'sources');
  await screenshot(page, 'console-sources');

  await row.getByRole('button', { name: /다시 수집/ }).click();
  await page.getByText(/수집을 대기열에 넣었습니다/).waitFor();
  await row.getByText(/대기 중/).waitFor();
  const { rows } = await h.hub.store.query(`select reason from ingest.crawl_job where site_id = $1 and state = 'pending'`, [SITE]);
  expect(rows).toHaveLength(1);
  await checkA11y(page, 'sources after re-crawl');

  const editorPage = await h.newPage();
  await signIn(editorPage, h, 'ops-editor@dolbom.test', 'ops-editor-pass-1234');
  await editorPage.getByRole('link', { name: '수집 현황' }).click();
  await editorPage.locator(`tr[data-source="${SITE}"]`).waitFor();
  expect(await editorPage.getByRole('button', { name: /다시 수집/ }).count()).toBe(0);
  await editorPage.getByText('다시 수집은 관리자(ADMIN)만 할 수 있습니다.').waitFor();
  h.assertClean();
}, BROWSER_TEST_MS);
