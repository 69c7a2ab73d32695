import { createAccount } from '../../common/auth/testing';
import { BROWSER_TEST_MS, checkA11y, screenshot, signIn, startHarness, type Harness } from './harness';

/** The synonyms page: try a synonym without saving, add it, see public search change, remove it. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await createAccount(h.hub.store, { email: 'synonyms@dolbom.test', role: 'EDITOR', password: 'synonyms-pass-1234' });
}, BROWSER_TEST_MS);
afterAll(async () => h?.close());

async function publicSearch(query: string): Promise<string[]> {
  const { body } = await h.hub.gql(`query($q: String!) { search(query: $q) { edges { node { ... on Facility { name } } } } }`, { q: query });
  return body.data.search.edges.map((e: { node: { name?: string } }) => e.node.name);
}

async function within(ms: number, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

it('tries a synonym, adds it, and public search finds the record by it', async () => {
  expect(await publicSearch('꿈나래')).toEqual([]);
  const page = await h.newPage();
  await signIn(page, h, 'synonyms@dolbom.test', 'synonyms-pass-1234');
  await page.getByRole('link', { name: '검색 동의어' }).click();
  await page.getByRole('heading', { name: '검색 동의어', level: 1 }).waitFor();
  await page.locator('tr[data-term]').first().waitFor();
  await checkA11y(page, 'synonyms');

  await page.getByLabel('표제어').fill('꿈나래');
  await page.getByLabel('동의어 (쉼표로 구분)').fill('나래어린이집');
  await page.getByLabel('검색어').fill('꿈나래');
  await page.getByRole('button', { name: '미리 보기' }).click();
  const after = page.getByRole('region', { name: /변경 후: [1-9]/ });
  await after.waitFor();
  expect(await page.getByRole('region', { name: '지금 (변경 전): 0건' }).textContent()).toContain('결과 없음');
  expect(await after.textContent()).toContain('나래어린이집');
  await checkA11y(page, 'synonyms try-it');
  await screenshot(page, 'console-synonyms');
  // Trying saved nothing.
  expect(await publicSearch('꿈나래')).toEqual([]);

  await page.getByLabel('사유 (필수)').fill('지역 주민이 부르는 이름');
  await page.getByRole('button', { name: '추가', exact: true }).click();
  await page.getByText('꿈나래에 동의어를 추가했습니다.').waitFor();
  await page.locator('tr[data-term="꿈나래"]').waitFor();
  await within(5000, async () => (await publicSearch('꿈나래')).includes('나래어린이집'));

  await page.getByRole('button', { name: '꿈나래 전체 삭제' }).click();
  await page.locator('tr[data-term="꿈나래"]').waitFor({ state: 'detached' });
  await within(5000, async () => (await publicSearch('꿈나래')).length === 0);
  await checkA11y(page, 'synonyms after removal');
  h.assertClean();
}, BROWSER_TEST_MS);
