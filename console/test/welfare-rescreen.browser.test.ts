import { readFile } from 'node:fs/promises';
import { insertAccount } from '../../common/auth/accounts';
import { tokenFor } from '../../common/auth/testing';
import { alwaysResident, G, ORGS, programmeInput, recommendationInput, REGISTRY_SEED, REGISTRY_SIZE, TEST_HMAC_KEY } from '../../subgraphs/welfare/testing';
import { registryPeople } from '../../simulator/registry/people';
import { startRegistrySimulator, type RegistrySimulator } from '../../simulator/registry/server';
import { BROWSER_TEST_MS, checkA11y, signIn, startHarness, type Harness } from './harness';

/**
 * The district's re-screening and statistics screens (issue 19), as a
 * DISTRICT_OFFICER: bulk-exclude a duplicate, catch a death with the bulk
 * registry re-check, be refused over the quantity, confirm; then the
 * statistics tables, chart and CSV against welfareStatistics.
 */
let h: Harness;
let registry: RegistrySimulator;
beforeAll(async () => {
  registry = await startRegistrySimulator({ seed: REGISTRY_SEED, size: REGISTRY_SIZE });
  registry.setTick(0);
  process.env.WELFARE_REGISTRY_URL = registry.baseUrl;
  process.env.WELFARE_HMAC_KEY = TEST_HMAC_KEY;
  h = await startHarness();
  await insertAccount(h.hub.store, { email: 'district@dolbom.test', role: 'DISTRICT_OFFICER', password: 'district-pass-1234', organisation: ORGS.district });
}, BROWSER_TEST_MS);
afterAll(async () => {
  await h?.close();
  await registry?.close();
  delete process.env.WELFARE_REGISTRY_URL;
  delete process.env.WELFARE_HMAC_KEY;
});

type Org = keyof typeof ORGS;
const ROLE = { district: 'DISTRICT_OFFICER', agencyA: 'WELFARE_AGENCY', agencyB: 'WELFARE_AGENCY' } as const;
async function call(who: 'district' | 'agencyA' | 'agencyB', query: string, variables: Record<string, unknown> = {}) {
  const org = ORGS[who as Org];
  const token = await tokenFor(h.hub.store, { sub: `w-${org.id}`, role: ROLE[who], organisation: org });
  const { body } = await h.hub.gql(query, variables, { authorization: `Bearer ${token}` });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const STATS = `query($filter: WelfareStatisticsFilter) { welfareProgrammes { id name } welfareStatistics(filter: $filter) {
  totals { recommendations clean duplicatesFlagged ineligibleBlocked concentrationWarnings finalList }
  ${['byProgramme', 'byDong', 'bySponsor', 'byOrganisation', 'byResourceType', 'byMonth'].map((s) => `${s} { key counts { recommendations clean duplicatesFlagged ineligibleBlocked concentrationWarnings finalList } }`).join(' ')} } }`;
const FIELDS = ['recommendations', 'clean', 'duplicatesFlagged', 'ineligibleBlocked', 'concentrationWarnings', 'finalList'];
const SECTION_KO: Record<string, string> = { byProgramme: '사업별', byDong: '동별', bySponsor: '후원자별', byOrganisation: '추천 기관별', byResourceType: '자원 종류별', byMonth: '월별' };

it('re-screens, re-checks, confirms, and shows statistics that match the API and its CSV', async () => {
  // Quantity 1: two clean inclusions are over it, so the refusal shows before the successful confirmation.
  const id = (await call('district', G.create, { input: programmeInput({ name: '2026 난방비 지원', quantity: 1 }) })).createWelfareProgramme.id as string;
  await call('district', G.open, { id });
  const people = registryPeople(REGISTRY_SEED, REGISTRY_SIZE);
  const [stays, other] = alwaysResident(people).slice(20, 22);
  const dies = people.find((p) => p.diesAt !== undefined && p.diesAt >= 1 && p.movesOutAt === undefined)!;
  const rec = async (who: 'agencyA' | 'agencyB', p: typeof stays) =>
    (await call(who, G.recommend, { input: recommendationInput(id, p!, { householdKey: `solo-${p!.ref}` }) })).recommendWelfare;
  const first = await rec('agencyA', stays);
  const duplicate = await rec('agencyB', stays);
  const dying = await rec('agencyA', dies);
  const second = await rec('agencyB', other);
  expect([first.outcome, duplicate.outcome, dying.outcome, second.outcome]).toEqual(['SAVED', 'FLAGGED', 'SAVED', 'SAVED']);
  await call('district', G.close, { id });
  const [idFirst, idDup, idDies, idSecond] = [first, duplicate, dying, second].map((r) => r.recommendation.id as string) as [string, string, string, string];

  const page = await h.newPage();
  await signIn(page, h, 'district@dolbom.test', 'district-pass-1234');
  await page.getByRole('link', { name: '재확인 및 확정' }).click();
  await page.getByRole('heading', { name: '재확인 및 확정', level: 1 }).waitFor();
  await page.getByLabel('복지사업').selectOption(id);
  await page.locator(`tr[data-recommendation="${idSecond}"]`).waitFor();
  expect(await page.content()).not.toContain(stays!.name);

  // The duplicate, found through the flag filter and "select all" (keyboard: Space on the focused box).
  await page.getByLabel('중복 추천만 보기').check();
  await page.locator(`tr[data-recommendation="${idFirst}"]`).waitFor({ state: 'detached' });
  expect(await page.locator('tbody tr[data-recommendation]').count()).toBe(1);
  await page.getByRole('checkbox', { name: '전체 선택' }).focus();
  await page.keyboard.press('Space');
  await page.getByLabel('결정 사유 (필수)').fill('중복 추천 (agency-a가 먼저 추천)');
  await page.getByRole('button', { name: '선택 항목 제외' }).click();
  await page.getByText('1건을 제외(으)로 결정했습니다.').waitFor();
  await checkA11y(page, 'welfare rescreen');

  await page.getByLabel('중복 추천만 보기').uncheck();
  for (const rid of [idFirst, idDies, idSecond]) await page.locator(`tr[data-recommendation="${rid}"]`).getByRole('checkbox').check();
  await page.getByLabel('결정 사유 (필수)').fill('적격');
  await page.getByRole('button', { name: '선택 항목 포함' }).click();
  await page.getByText('3건을 포함(으)로 결정했습니다.').waitFor();

  // The person dies after registration: the bulk re-check catches it.
  registry.setTick(dies.diesAt!);
  await page.getByRole('button', { name: '주민정보 일괄 재확인' }).click();
  await page.getByText(/\d+건을 재확인했습니다\. 바뀐 건: 1건/).waitFor();
  expect(await page.getByTestId('recheck-changed').locator('tbody tr').allTextContents()).toEqual([expect.stringContaining('사망')]);
  await page.locator(`tr[data-recommendation="${idDies}"] td`, { hasText: '사망' }).waitFor();
  await page.locator(`tr[data-recommendation="${idDies}"]`).getByRole('checkbox').check();
  await page.getByLabel('결정 사유 (필수)').fill('사망 확인 (주민정보 재확인)');
  await page.getByRole('button', { name: '선택 항목 제외' }).click();
  await page.getByText('1건을 제외(으)로 결정했습니다.').waitFor();

  // Two included, quantity 1: refused in Korean with the English alongside.
  await page.getByLabel('확정 사유 (필수)').fill('최종 확정');
  await page.getByRole('button', { name: '최종 명단 확정' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: '확정하지 못했습니다' });
  await refusal.waitFor();
  expect(await refusal.textContent()).toMatch(/수량 1.*넘습니다.*English: 2 included exceed the quantity of 1/);
  await page.locator(`tr[data-recommendation="${idSecond}"]`).getByRole('checkbox').check();
  await page.getByLabel('결정 사유 (필수)').fill('수량 초과, 다음 사업으로');
  await page.getByRole('button', { name: '선택 항목 제외' }).click();
  await page.getByText('1건을 제외(으)로 결정했습니다.').waitFor();
  await page.getByRole('button', { name: '최종 명단 확정' }).click();
  await page.getByText(/최종 명단을 확정했습니다/).waitFor();

  const list = (await call('district', G.list, { id })).welfareRecommendations.edges.map((e: any) => e.node);
  const byId = new Map(list.map((n: any) => [n.id, { decision: n.decision, inFinalList: n.inFinalList }]));
  expect(Object.fromEntries([idFirst, idDup, idDies, idSecond].map((r) => [r, byId.get(r)]))).toEqual({
    [idFirst]: { decision: 'INCLUDE', inFinalList: true },
    // A flagged duplicate never enters the list's entries, so it has no final-list state at all.
    [idDup]: { decision: 'EXCLUDE', inFinalList: null },
    [idDies]: { decision: 'EXCLUDE', inFinalList: false },
    [idSecond]: { decision: 'EXCLUDE', inFinalList: false },
  });
  expect((await call('district', `query($id: ID!) { welfareProgramme(id: $id) { status confirmedAt } }`, { id })).welfareProgramme.status).toBe('CONFIRMED');

  // Statistics: tables, the chart, and the CSV equal to welfareStatistics.
  await page.getByRole('link', { name: '복지사업 통계' }).click();
  await page.getByRole('heading', { name: '복지사업 통계', level: 1 }).waitFor();
  await page.getByTestId('stats-chart').locator('canvas').waitFor();
  await page.getByTestId('stats-byOrganisation').locator('tbody tr').first().waitFor();
  await checkA11y(page, 'welfare statistics');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV 내려받기' }).click()]);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trim().split(/\r\n/).map((l) => l.split(','));
  const api = await call('district', STATS, { filter: null });
  const names = new Map<string, string>(api.welfareProgrammes.map((p: any) => [p.id, p.name]));
  const expected = [
    ['전체', '전체', ...FIELDS.map((f) => String(api.welfareStatistics.totals[f]))],
    ...Object.keys(SECTION_KO).flatMap((s) => api.welfareStatistics[s].map((b: any) => [SECTION_KO[s], s === 'byProgramme' ? names.get(b.key) : b.key, ...FIELDS.map((f) => String(b.counts[f]))])),
  ];
  expect(lines[0]).toEqual(['표', '구분', '추천', '정상', '중복 방지', '부적격 차단', '편중 경고', '최종 명단']);
  expect(lines.slice(1)).toEqual(expected);
  expect(api.welfareStatistics.totals).toMatchObject({ recommendations: 4, duplicatesFlagged: 1, finalList: 1 });
  // The table on the page shows the same totals.
  expect((await page.getByTestId('stats-totals').locator('tbody td').allTextContents())).toEqual(FIELDS.map((f) => String(api.welfareStatistics.totals[f])));
  h.assertClean();
}, BROWSER_TEST_MS);
