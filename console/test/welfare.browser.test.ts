import { createAccount, tokenFor } from '../../common/auth/testing';
import { alwaysResident, G, programmeInput, recommendationInput, REGISTRY_SEED, REGISTRY_SIZE, TEST_HMAC_KEY } from '../../subgraphs/welfare/testing';
import { registryPeople } from '../../simulator/registry/people';
import { startRegistrySimulator, type RegistrySimulator } from '../../simulator/registry/server';
import { BROWSER_TEST_MS, checkA11y, screenshot, signIn, startHarness, type Harness } from './harness';

/**
 * The welfare programmes page (issue 19), as ADMIN: the list with live
 * counts from the statistics, creating a programme and opening it. Names
 * never appear on the page.
 */
let h: Harness;
let registry: RegistrySimulator;
beforeAll(async () => {
  registry = await startRegistrySimulator({ seed: REGISTRY_SEED, size: REGISTRY_SIZE });
  process.env.WELFARE_REGISTRY_URL = registry.baseUrl;
  process.env.WELFARE_HMAC_KEY = TEST_HMAC_KEY;
  h = await startHarness();
  await createAccount(h.hub.store, { email: 'welfare-admin@dolbom.test', role: 'ADMIN', password: 'welfare-pass-1234' });
}, BROWSER_TEST_MS);
afterAll(async () => {
  await h?.close();
  await registry?.close();
  delete process.env.WELFARE_REGISTRY_URL;
  delete process.env.WELFARE_HMAC_KEY;
});

it('shows programmes with their counts, creates one and opens it, and shows no name', async () => {
  // A programme with two recommendations of one person (one duplicate) and one blocked registration, made through the API.
  const call = async (role: 'DISTRICT_OFFICER' | 'WELFARE_AGENCY', org: string, query: string, variables: Record<string, unknown>) => {
    const token = await tokenFor(h.hub.store, { sub: `w-${org}`, role, organisation: { id: org, kind: role === 'DISTRICT_OFFICER' ? 'DISTRICT' : 'WELFARE_AGENCY' } });
    const { body } = await h.hub.gql(query, variables, { authorization: `Bearer ${token}` });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const created = await call('DISTRICT_OFFICER', 'seongdong-welfare-policy', G.create, { input: programmeInput({ name: '2026 김장김치 나눔' }) });
  const id = created.createWelfareProgramme.id as string;
  await call('DISTRICT_OFFICER', 'seongdong-welfare-policy', G.open, { id });
  const people = registryPeople(REGISTRY_SEED, REGISTRY_SIZE);
  const person = alwaysResident(people)[0]!;
  await call('WELFARE_AGENCY', 'agency-a', G.recommend, { input: recommendationInput(id, person) });
  await call('WELFARE_AGENCY', 'agency-b', G.recommend, { input: recommendationInput(id, person) });
  await call('WELFARE_AGENCY', 'agency-a', G.recommend, { input: recommendationInput(id, people.find((p) => p.diesAt === 0)!) });

  const page = await h.newPage();
  await signIn(page, h, 'welfare-admin@dolbom.test', 'welfare-pass-1234');
  await page.getByRole('link', { name: '복지사업 사전관리' }).click();
  await page.getByRole('heading', { name: '복지사업 사전관리', level: 1 }).waitFor();
  const row = page.locator('tr[data-programme="2026 김장김치 나눔"]');
  await row.waitFor();
  expect((await row.locator('td').allTextContents()).slice(4, 9)).toEqual(['접수 중', '2', '1', '1', '0']);
  expect(await page.getByTestId('welfare-totals').textContent()).toContain('추천 2건, 중복 1건, 부적격 차단 1건');
  expect(await page.content()).not.toContain(person.name);
  await checkA11y(page, 'welfare programmes');

  await page.getByLabel('사업명').fill('사랑의 쌀');
  await page.getByLabel('자원 종류').fill('쌀');
  await page.getByLabel('후원자').fill('성동구 사회복지협의회');
  await page.getByLabel('단위').fill('포대');
  await page.getByRole('button', { name: '만들기' }).click();
  await page.getByText('사랑의 쌀 사업을 만들었습니다 (초안).').waitFor();
  await page.getByRole('button', { name: '사랑의 쌀 추천 개시' }).click();
  await page.locator('tr[data-programme="사랑의 쌀"] td', { hasText: '접수 중' }).waitFor();
  await screenshot(page, 'console-welfare');
  const { rows } = await h.hub.store.query<{ status: string }>(`select status from welfare.programme where name = '사랑의 쌀'`);
  expect(rows).toEqual([{ status: 'OPEN' }]);
  h.assertClean();
}, BROWSER_TEST_MS);
