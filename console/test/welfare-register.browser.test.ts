import type { Request } from 'playwright-core';
import { insertAccount } from '../../common/auth/accounts';
import { tokenFor } from '../../common/auth/testing';
import { registryPeople } from '../../simulator/registry/people';
import { startRegistrySimulator, type RegistrySimulator } from '../../simulator/registry/server';
import { alwaysResident, G, ORGS, programmeInput, recommendationInput, REGISTRY_SEED, REGISTRY_SIZE, TEST_HMAC_KEY } from '../../subgraphs/welfare/testing';
import { BROWSER_TEST_MS, checkA11y, screenshot, signIn, startHarness, type Harness } from './harness';

/**
 * The registration form (issue 19), as a welfare agency: the checks show
 * live while typing (a duplicate of another agency's recommendation, a
 * deceased person), a clean person is saved once even when the first answer
 * is lost and the officer double-clicks and retries, and the identity key
 * is never on the page, in the URL, in storage or in the console.
 */
let h: Harness;
let registry: RegistrySimulator;
beforeAll(async () => {
  registry = await startRegistrySimulator({ seed: REGISTRY_SEED, size: REGISTRY_SIZE });
  process.env.WELFARE_REGISTRY_URL = registry.baseUrl;
  process.env.WELFARE_HMAC_KEY = TEST_HMAC_KEY;
  h = await startHarness();
  // As `npm run user -- add --role WELFARE_AGENCY --org … --org-kind WELFARE_AGENCY` creates it.
  await insertAccount(h.hub.store, { email: 'bokji@dolbom.test', role: 'WELFARE_AGENCY', password: 'welfare-pass-1234', organisation: ORGS.agencyA });
}, BROWSER_TEST_MS);
afterAll(async () => {
  await h?.close();
  await registry?.close();
  delete process.env.WELFARE_REGISTRY_URL;
  delete process.env.WELFARE_HMAC_KEY;
});

const bearer = async (role: 'DISTRICT_OFFICER' | 'WELFARE_AGENCY', organisation: (typeof ORGS)[keyof typeof ORGS]) =>
  ({ authorization: `Bearer ${await tokenFor(h.hub.store, { sub: `officer-${organisation.id}`, role, organisation })}` });
const call = async (headers: Record<string, string>, query: string, variables: Record<string, unknown>) => {
  const { body } = await h.hub.gql(query, variables, headers);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};

it('shows the duplicate and the deceased live before submitting, saves a clean person once, and never shows the identity key', async () => {
  const district = await bearer('DISTRICT_OFFICER', ORGS.district);
  const programmeName = '2026 사랑의 쌀';
  const id = (await call(district, G.create, { input: programmeInput({ name: programmeName, resourceType: '쌀' }) })).createWelfareProgramme.id as string;
  await call(district, G.open, { id });
  const people = registryPeople(REGISTRY_SEED, REGISTRY_SIZE);
  const [duplicate, clean] = alwaysResident(people).filter((p, i, all) => all.findIndex((q) => q.householdKey === p.householdKey) === i);
  const deceased = people.find((p) => p.diesAt === 0)!;
  // Another agency recommended `duplicate` first.
  const first = await call(await bearer('WELFARE_AGENCY', ORGS.agencyB), G.recommend, { input: recommendationInput(id, duplicate!) });
  expect(first.recommendWelfare.outcome).toBe('SAVED');

  const page = await h.newPage();
  const logged: string[] = [];
  page.on('console', (m) => logged.push(m.text()));
  const recommends: { key: string; identityKey: string }[] = [];
  const prechecks: string[] = [];
  page.on('request', (req: Request) => {
    let body: { query?: string; variables?: { input?: { idempotencyKey?: string; identityKey?: string } } } | null = null;
    try {
      body = req.postDataJSON();
    } catch {
      return; // not a JSON body: not a GraphQL call
    }
    if (body?.query?.includes('recommendWelfare')) recommends.push({ key: body.variables!.input!.idempotencyKey!, identityKey: body.variables!.input!.identityKey! });
    if (body?.query?.includes('welfarePrecheck')) prechecks.push(body.variables!.input!.identityKey!);
  });
  await signIn(page, h, 'bokji@dolbom.test', 'welfare-pass-1234');
  // A welfare agency lands on the programme list; the open programme's link opens the form with it chosen.
  await page.getByRole('link', { name: `${programmeName} 대상자 추천` }).click();
  await page.getByRole('heading', { name: '대상자 추천 등록', level: 1 }).waitFor();
  expect(await page.getByRole('link', { name: '대상자 추천 등록' }).getAttribute('href')).toBe('/console/welfare/register');

  const checks = page.getByTestId('welfare-checks');
  const settled = page.locator('[data-testid="welfare-checks"][aria-busy="false"]');
  const fillPerson = async (p: typeof deceased) => {
    await page.getByLabel('이름').fill(p.name);
    await page.getByLabel('생년월일').fill(p.birthDate);
    await page.getByLabel('주민등록번호 (13자리)').fill(p.identityKey);
    await page.getByLabel('세대 번호').fill(p.householdKey);
    await page.getByLabel('행정동').selectOption(p.dong);
  };
  await page.getByLabel('복지사업 (접수 중)').locator(`option[value="${id}"]`).waitFor({ state: 'attached' });
  expect(await page.getByLabel('복지사업 (접수 중)').inputValue()).toBe(id);
  expect(await page.getByLabel('복지사업 (접수 중)').locator('option:checked').textContent()).toContain(programmeName);
  await page.getByLabel('주민등록번호', { exact: true }).check();
  await page.getByLabel('추천 사유').fill('독거, 난방비 체납');
  expect(await page.getByLabel('주민등록번호 (13자리)').getAttribute('type')).toBe('password');
  expect(await page.getByLabel('주민등록번호 (13자리)').getAttribute('autocomplete')).toBe('off');

  // 1. Already recommended by agency B: flagged live, with who and when, before any submit.
  await fillPerson(duplicate!);
  await settled.locator('[data-check="duplicate"][data-severity="FLAG"]', { hasText: ORGS.agencyB.id }).waitFor();
  expect(await checks.locator('[data-check="duplicate"]').textContent()).toMatch(/2\d{3}\. ?\d{1,2}\. ?\d{1,2}\./);
  expect(await checks.locator('[data-check="registry"]').getAttribute('data-severity')).toBe('PASS');
  expect(recommends).toEqual([]);
  // The page shows neither the key nor the person's whole name (the name is only in the input's value).
  expect(await page.locator('main').innerText()).not.toContain(duplicate!.name);
  await checkA11y(page, 'welfare register: duplicate');

  // 2. Deceased: blocked live; submitted anyway, the hub blocks it (counted, not saved) and the key field is cleared.
  await fillPerson(deceased);
  await settled.locator('[data-check="registry"][data-severity="BLOCK"]', { hasText: '사망(말소)' }).waitFor();
  await page.getByRole('button', { name: '추천 등록' }).click();
  await page.locator('[data-outcome="BLOCKED"]', { hasText: '주민정보상 사망(말소)자입니다' }).waitFor();
  expect(await page.getByLabel('주민등록번호 (13자리)').inputValue()).toBe('');

  // 3. Clean: the first answer is lost on the way back; a double click sends one request, the retry resends the same key.
  let dropped = 0;
  await page.route('**/graphql', async (route) => {
    if (dropped === 0 && route.request().postData()?.includes('recommendWelfare')) {
      dropped++;
      await route.fetch(); // the hub registers it…
      return route.abort('connectionreset'); // …and the answer never arrives
    }
    return route.continue();
  });
  await fillPerson(clean!);
  await settled.locator('[data-check="duplicate"][data-severity="PASS"]').waitFor();
  expect(await checks.locator('[data-check="registry"]').getAttribute('data-severity')).toBe('PASS');
  await page.getByRole('button', { name: '추천 등록' }).dblclick();
  await page.getByRole('button', { name: '같은 제출 다시 보내기' }).click();
  await page.locator('[data-outcome="SAVED"]').waitFor();
  expect(await page.getByLabel('주민등록번호 (13자리)').inputValue()).toBe('');
  expect(await page.getByLabel('이름').inputValue()).toBe('');
  await checkA11y(page, 'welfare register: saved');
  await screenshot(page, 'console-welfare-register');

  // One key per attempt: the blocked submit had its own; the lost one and its retry share one; nothing more was sent.
  expect(recommends.map((r) => r.identityKey)).toEqual([deceased.identityKey, clean!.identityKey, clean!.identityKey]);
  expect(recommends[1]!.key).toBe(recommends[2]!.key);
  expect(recommends[0]!.key).not.toBe(recommends[1]!.key);
  expect(recommends.every((r) => /^[0-9a-f-]{32,36}$/.test(r.key))).toBe(true);
  expect(prechecks).toEqual(expect.arrayContaining([duplicate!.identityKey, deceased.identityKey, clean!.identityKey]));

  // Through the API: agency A saved exactly one recommendation (the clean person, not flagged); the district sees two in all.
  const own = await call(await bearer('WELFARE_AGENCY', ORGS.agencyA), G.list, { id });
  expect(own.welfareRecommendations.totalCount).toBe(1);
  expect(own.welfareRecommendations.edges.map((e: any) => ({ flagged: e.node.flagged, dong: e.node.dong }))).toEqual([{ flagged: false, dong: clean!.dong }]);
  const all = await call(district, G.list, { id });
  expect(all.welfareRecommendations.totalCount).toBe(2);
  const stats = await call(district, `query($id: ID!) { welfareStatistics(filter: {programmeId: $id}) { totals { recommendations duplicatesFlagged ineligibleBlocked } } }`, { id });
  expect(stats.welfareStatistics.totals).toEqual({ recommendations: 2, duplicatesFlagged: 0, ineligibleBlocked: 1 });

  // The identity keys never reached the page's text, its address, its storage or its console.
  const html = await page.content();
  // Node's types have no DOM (the function runs in the page).
  const storage = await page.evaluate(() => {
    const g = globalThis as unknown as { localStorage: object; sessionStorage: object };
    return JSON.stringify({ local: { ...g.localStorage }, session: { ...g.sessionStorage } });
  });
  for (const p of [duplicate!, deceased, clean!]) {
    for (const form of [p.identityKey, p.identityKey.replace('-', '')]) {
      expect({ html: html.includes(form), url: page.url().includes(form), storage: storage.includes(form), console: logged.some((l) => l.includes(form)) })
        .toEqual({ html: false, url: false, storage: false, console: false });
    }
  }
  expect(page.url()).not.toContain('identityKey');
  expect(await page.locator('main').innerText()).not.toContain(duplicate!.name);
  h.assertClean();
}, BROWSER_TEST_MS);
