import { readFileSync } from 'node:fs';
import { createAccount } from '../../common/auth/testing';
import { recordId } from '../../common/record-id';
import { bearer } from '../../subgraphs/curation/testing';
import { BROWSER_TEST_MS, checkA11y, screenshot, signIn, startHarness, type Harness } from './harness';

/** The audit log page: filters by record and action, and a CSV download Excel reads (BOM, formula cells defused). */
let h: Harness;
const centre = recordId('FACILITY', 'fixture', 'c2');
const policy = recordId('POLICY', 'fixture', 'pol1');

beforeAll(async () => {
  h = await startHarness();
  await createAccount(h.hub.store, { email: 'audit@dolbom.test', role: 'EDITOR', password: 'audit-pass-1234' });
  const editor = await bearer(h.hub.store, 'EDITOR', 'editor-kim');
  for (const [id, patch, reason] of [
    [centre, { phone: '02-555-0101' }, '=원장 전화 확인'],
    [policy, { summary: '출생 아동 1명당 200만원' }, '요약 보완'],
  ] as const) {
    const r = await h.hub.gql(`mutation($id: ID!, $patch: JSON!, $reason: String!) { curateRecord(id: $id, patch: $patch, reason: $reason) { id } }`, { id, patch, reason }, editor);
    if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  }
}, BROWSER_TEST_MS);
afterAll(async () => h?.close());

it('filters the audit log and downloads it as CSV', async () => {
  const page = await h.newPage();
  await signIn(page, h, 'audit@dolbom.test', 'audit-pass-1234');
  await page.getByRole('link', { name: '감사 기록' }).click();
  await page.getByRole('heading', { name: '감사 기록' }).waitFor();
  await page.locator('tr[data-audit]').nth(1).waitFor();
  expect(await page.locator('tr[data-audit]').count()).toBe(2);
  await checkA11y(page, 'audit');

  await page.getByLabel('기록 ID').fill(centre);
  await page.getByLabel('작업').selectOption('CURATE');
  await page.getByRole('button', { name: '거르기' }).click();
  await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('tr[data-audit]').length === 1);
  expect(await page.locator('tr[data-audit]').first().textContent()).toContain('=원장 전화 확인');
  await screenshot(page, 'console-audit');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV 내려받기' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(centre);
  expect(lines[1]).toContain("'=원장 전화 확인");
  await page.getByText('CSV 파일을 만들었습니다 (1건).').waitFor();
  await checkA11y(page, 'audit filtered');
  h.assertClean();
}, BROWSER_TEST_MS);
