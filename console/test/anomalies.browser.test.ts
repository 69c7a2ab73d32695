import { createAccount } from '../../common/auth/testing';
import { crawlSite } from '../../crawlers/core/runner';
import { adapterFor, loadRegistry, withBaseUrls } from '../../crawlers/sites';
import { worldAt } from '../../simulator/world';
import { key } from '../../subgraphs/apply/testing';
import { bearer } from '../../subgraphs/curation/testing';
import { BROWSER_TEST_MS, checkA11y, screenshot, signIn, startHarness, type Harness } from './harness';
import { focusedIs, queueItems, tabTo } from './queue-page';

/**
 * Issue 20, the editors' anomaly queue: the page lists exactly the flags
 * anomalyFlags returns (inspections crawled: 보조금 환수; a 강서구 centre
 * misreporting 현원: 정원 초과; one child admitted at two centres: 중복 입소),
 * an editor dismisses one with the keyboard alone (audited with the reason,
 * gone from the queue), publishes another (publishedAnomalies shows it), is
 * refused a dismissal without a reason, and cannot publish 중복 입소.
 */
let h: Harness;
let editor: Record<string, string>;
let overId = '';
let overCode = '';
const GANGSEO = 'gangseo-ccic';
const EMAIL = 'anomaly-console@dolbom.test';
const PASSWORD = 'anomaly-console-pass-1234';
const YEAR = new Date().getFullYear();

const FLAGS = `query($filter: AnomalyFlagFilter, $after: String) { anomalyFlags(filter: $filter, first: 20, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id rule ruleLabel summary state facilityIds facilityName observedOn resolvedAt evidence { key label value } } } } }`;
interface Flag { id: string; rule: string; ruleLabel: string; summary: string; state: string; facilityIds: string[]; facilityName: string | null; observedOn: string; resolvedAt: string | null; evidence: { key: string; label: string; value: string }[] }
interface FlagPage { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Flag }[] }

async function gql<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = editor): Promise<T> {
  const res = await h.hub.gql<T>(query, variables, headers);
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data!;
}
const queue = async (filter: Record<string, unknown> = {}, after: string | null = null) => (await gql<{ anomalyFlags: FlagPage }>(FLAGS, { filter, after })).anomalyFlags;

/** A 강서구 centre of the simulated world (seed 42, tick 0) with at least `min` seats, and its catalogue id. */
async function gangseoCentre(min: number, not: string[] = []): Promise<{ code: string; id: string; capacity: number }> {
  for (const row of worldAt(42, 0).childcare) {
    const capacity = Number(row.fields['정원']);
    if (row.sigungu !== '강서구' || not.includes(row.code) || !(capacity >= min)) continue;
    const found = await h.hub.store.query<{ record_id: string }>('select record_id from catalog.source_record where site_id = $1 and source_key = $2', [GANGSEO, row.code]);
    if (found.rows[0]) return { code: row.code, id: found.rows[0].record_id, capacity };
  }
  throw new Error('no such 강서구 centre');
}

/** One child admitted at two centres for this year, as anomalies.test.ts does it: a 중복 입소 flag. */
async function admitTwice(): Promise<void> {
  const x = await gangseoCentre(1);
  const y = await gangseoCentre(1, [x.code]);
  const admin = await bearer(h.hub.store, 'ADMIN', 'anomaly-console-admin');
  const parent = await bearer(h.hub.store, 'PARENT', 'anomaly-console-parent');
  const child = await gql<any>(`mutation($input: RegisterChildInput!) { registerChild(input: $input) { id } }`, { input: { name: '김하늘', birthDate: `${YEAR - 2}-01-15`, idempotencyKey: key() } }, parent);
  const applied = await gql<any>(`mutation($input: ApplyForAdmissionInput!) { applyForAdmission(input: $input) { id facilityId } }`,
    { input: { childId: child.registerChild.id, facilityIds: [x.id, y.id], priorityClaims: [], admissionYear: YEAR, idempotencyKey: key() } }, parent);
  const [atX, atY] = [x.id, y.id].map((id) => applied.applyForAdmission.find((a: { facilityId: string }) => a.facilityId === id).id);
  const act = (name: string, applicationId: string, who: Record<string, string>) =>
    gql(`mutation($input: ApplicationActionInput!) { ${name}(input: $input) { id } }`, { input: { applicationId, idempotencyKey: key() } }, who);
  await act('offerSeat', atX, admin);
  await act('admitApplication', atX, admin);
  await act('extendApplication', atY, parent);
  await act('offerSeat', atY, admin);
  await act('admitApplication', atY, admin);
}

/** Crawls 강서구 again, every page asked again (revisit 0), so a misreported figure is read this run. */
async function recrawlGangseo(): Promise<void> {
  const site = withBaseUrls(loadRegistry(), { [GANGSEO]: h.sim!.site(GANGSEO).baseUrl }).find((s) => s.id === GANGSEO)!;
  const summary = await crawlSite(h.hub.store, { ...site, fetch: { ...site.fetch, revisitAfterMs: 0 } }, adapterFor(site), { politeness: false, workers: 4 });
  expect(summary.status).toBe('succeeded');
}

beforeAll(async () => {
  h = await startHarness({ sites: ['seoul-childcare-inspections', GANGSEO] });
  await createAccount(h.hub.store, { email: EMAIL, role: 'EDITOR', password: PASSWORD });
  editor = await bearer(h.hub.store, 'EDITOR', 'anomaly-console-editor');
  // A centre publishing 현원 above its 정원: 정원 초과.
  const centre = await gangseoCentre(20);
  overId = centre.id;
  overCode = centre.code;
  h.sim!.misreport(centre.code, { 현원: String(centre.capacity + 7) });
  await recrawlGangseo();
  await admitTwice();
}, BROWSER_TEST_MS);
afterAll(async () => h?.close());

const { items: cards, item: card, shownIds, expectListed } = queueItems('data-flag');

it('lists the flags anomalyFlags returns; an editor dismisses one by keyboard, publishes another, and cannot publish 중복 입소', async () => {
  const first = await queue();
  // What the seeding raised: 보조금 환수 from the inspections, the misreported centre's 정원 초과, one 중복 입소.
  expect((await queue({ rules: ['SUBSIDY_CLAWBACK'] })).totalCount).toBeGreaterThan(0);
  expect((await queue({ rules: ['ENROLMENT_OVER_CAPACITY'], facilityId: overId })).totalCount).toBe(1);
  expect((await queue({ rules: ['ADMITTED_TWICE'] })).totalCount).toBe(1);

  const page = await h.newPage();
  await signIn(page, h, EMAIL, PASSWORD);
  await page.getByRole('link', { name: '이상 징후' }).click();
  await page.getByRole('heading', { name: '이상 징후', level: 1 }).waitFor();
  await cards(page).first().waitFor();
  // The first page is the query's first page, in its order, with its count.
  await expectListed(page, first.edges.map((e) => e.node.id));
  await page.getByText(`${first.totalCount}건 · 1쪽`).waitFor();
  const clawback = first.edges.map((e) => e.node).find((f) => f.rule === 'SUBSIDY_CLAWBACK') ?? (await queue({ rules: ['SUBSIDY_CLAWBACK'] })).edges[0]!.node;
  const over = (await queue({ rules: ['ENROLMENT_OVER_CAPACITY'], facilityId: overId })).edges[0]!.node;
  const twice = (await queue({ rules: ['ADMITTED_TWICE'] })).edges[0]!.node;

  // One rule at a time: the over-capacity flag, its heading linking to the centre's record, its evidence behind a disclosure.
  await page.getByLabel('규칙').selectOption('ENROLMENT_OVER_CAPACITY');
  await page.getByRole('button', { name: '거르기' }).click();
  const overRule = await queue({ rules: ['ENROLMENT_OVER_CAPACITY'] });
  await expectListed(page, overRule.edges.map((e) => e.node.id));
  const overCard = card(page, over.id);
  expect(await overCard.getByRole('heading', { level: 2 }).textContent()).toBe(`정원 초과 · ${over.facilityName}`);
  expect(await overCard.getByRole('link', { name: over.facilityName! }).getAttribute('href')).toBe(`/console/records/${encodeURIComponent(overId)}`);
  await overCard.getByText(over.summary, { exact: true }).waitFor();
  expect(await overCard.locator('dl > div').first().textContent()).toBe(`근거 날짜${over.observedOn}`);
  expect(await overCard.locator('details table').isVisible()).toBe(false);
  await overCard.locator('summary').focus();
  await page.keyboard.press('Enter');
  const evidence = await overCard.locator('details tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  expect(evidence).toEqual(over.evidence.map((e) => [e.label, e.value]));
  expect(evidence).toContainEqual(['현원', String(Number(over.evidence.find((e) => e.key === 'capacity')!.value) + 7)]);
  await checkA11y(page, 'anomalies: over capacity with evidence');

  // 중복 입소: confirm or dismiss only, and the page says why.
  await page.getByLabel('규칙').selectOption('ADMITTED_TWICE');
  await page.getByRole('button', { name: '거르기' }).click();
  await expectListed(page, [twice.id]);
  const twiceCard = card(page, twice.id);
  await twiceCard.getByText(/중복 입소는 .*공개할 수 없습니다/).waitFor();
  expect(await twiceCard.getByRole('button', { name: /공개/ }).count()).toBe(0);
  expect(await twiceCard.getByRole('button', { name: /기각/ }).count()).toBe(1);
  expect(await twiceCard.textContent()).not.toContain('김하늘');
  await checkA11y(page, 'anomalies: admitted twice');
  // Confirming it (no reason: the default one) keeps it in the queue as 확인됨, audited.
  await twiceCard.getByRole('button', { name: /확인$/ }).click();
  await page.getByRole('status').getByText(`${twice.facilityName}의 중복 입소 항목을 확인했습니다.`).waitFor();
  await twiceCard.locator('.badge').getByText('확인됨', { exact: true }).waitFor();
  expect(await twiceCard.getByRole('button', { name: /확인$/ }).count()).toBe(0);
  expect((await queue({ rules: ['ADMITTED_TWICE'] })).edges.map((e) => e.node.state)).toEqual(['CONFIRMED']);
  const confirmedLog = await gql<any>(`{ auditLog(filter: { action: ANOMALY_CONFIRM }) { edges { node { reason } } } }`);
  expect(confirmedLog.auditLog.edges.map((e: any) => e.node.reason)).toEqual(['이상 징후 대기열에서 확인']);

  // Dismiss a 보조금 환수 flag by keyboard alone: first without a reason (refused on the page), then with one.
  await page.getByLabel('규칙').selectOption('SUBSIDY_CLAWBACK');
  await page.getByRole('button', { name: '거르기' }).click();
  const clawbacks = await queue({ rules: ['SUBSIDY_CLAWBACK'] });
  await expectListed(page, clawbacks.edges.map((e) => e.node.id));
  const target = card(page, clawback.id);
  const dismiss = target.getByRole('button', { name: /기각$/ });
  const reasonBox = target.getByLabel('처리 사유');
  await page.getByRole('heading', { name: '이상 징후', level: 1 }).focus();
  await tabTo(page, dismiss);
  await page.keyboard.press('Enter');
  const refusal = target.getByRole('alert');
  await refusal.getByText('기각하려면 사유를 적어 주세요.').waitFor();
  expect(await focusedIs(reasonBox)).toBe(true);
  expect(await reasonBox.getAttribute('aria-invalid')).toBe('true');
  expect((await queue({ rules: ['SUBSIDY_CLAWBACK'] })).totalCount).toBe(clawbacks.totalCount);
  await checkA11y(page, 'anomalies: dismiss refused');
  await screenshot(page, 'console-anomalies');

  const reason = '현장 확인 결과 환수 처분이 이미 취소됨';
  await page.keyboard.type(reason);
  await tabTo(page, dismiss);
  await page.keyboard.press('Enter');
  await page.getByRole('status').getByText(`${clawback.facilityName}의 보조금 환수 처분 항목을 기각했습니다.`).waitFor();
  const left = await queue({ rules: ['SUBSIDY_CLAWBACK'] });
  expect(left.totalCount).toBe(clawbacks.totalCount - 1);
  await expectListed(page, left.edges.map((e) => e.node.id));
  // Focus went on to the flag now in its place (or the page heading when none is left), not lost to the body.
  expect(await page.evaluate(() => (globalThis as any).document.activeElement.tagName)).toMatch(/^H[12]$/);
  expect((await queue()).edges.map((e) => e.node.id)).not.toContain(clawback.id);
  const audit = await gql<any>(`{ auditLog(filter: { action: ANOMALY_DISMISS }) { edges { node { action actor reason field after } } } }`);
  expect(audit.auditLog.edges.map((e: any) => e.node.reason)).toEqual([reason]);

  // The dismissed flag is under 기각됨, with the reason.
  await page.getByLabel('상태').selectOption('DISMISSED');
  await page.getByRole('button', { name: '거르기' }).click();
  await expectListed(page, [clawback.id]);
  await card(page, clawback.id).getByText(`사유: ${reason}`, { exact: false }).waitFor();
  expect(await card(page, clawback.id).getByRole('button').count()).toBe(0);

  // A reason the API refuses (HTML): its message in Korean with the English beside it.
  await page.getByLabel('상태').selectOption('pending');
  await page.getByLabel('규칙').selectOption('ENROLMENT_OVER_CAPACITY');
  await page.getByRole('button', { name: '거르기' }).click();
  await card(page, over.id).waitFor();
  await card(page, over.id).getByLabel('처리 사유').fill('<b>확인</b>');
  await card(page, over.id).getByRole('button', { name: /공개$/ }).click();
  const apiRefusal = card(page, over.id).getByRole('alert');
  await apiRefusal.getByText(/처리하지 못했습니다: .+ \(.*[A-Za-z].*\)/).waitFor();
  expect(await gql<any>(`query($id: ID!) { publishedAnomalies(facilityId: $id) { id } }`, { id: overId })).toEqual({ publishedAnomalies: [] });

  // Publish the over-capacity flag: publishedAnomalies shows it, and it leaves the queue.
  await card(page, over.id).getByLabel('처리 사유').fill('시설 게시 현원을 다시 확인함');
  await card(page, over.id).getByRole('button', { name: /공개$/ }).click();
  await page.getByRole('status').getByText(`${over.facilityName}의 정원 초과 항목을 공개했습니다.`).waitFor();
  const published = await gql<any>(`query($id: ID!) { publishedAnomalies(facilityId: $id) { id rule summary } }`, { id: overId });
  expect(published.publishedAnomalies).toEqual([{ id: over.id, rule: 'ENROLMENT_OVER_CAPACITY', summary: over.summary }]);
  await expectListed(page, (await queue({ rules: ['ENROLMENT_OVER_CAPACITY'] })).edges.map((e) => e.node.id));
  expect(await shownIds(page)).not.toContain(over.id);

  // The centre publishes its 현원 right again: after the next crawl the published flag reads 해소됨.
  h.sim!.misreport(overCode, null);
  await recrawlGangseo();
  const resolved = (await queue({ states: ['PUBLISHED'], facilityId: overId })).edges[0]!.node;
  expect(resolved.resolvedAt).not.toBeNull();
  await page.getByLabel('상태').selectOption('PUBLISHED');
  await page.getByRole('button', { name: '거르기' }).click();
  await expectListed(page, [over.id]);
  await card(page, over.id).locator('.badge').getByText('해소됨', { exact: true }).waitFor();
  expect(await card(page, over.id).locator('.badge').first().textContent()).toBe('공개됨');

  // Running the checks now announces what they found; the dismissed flag stays dismissed.
  await page.getByRole('button', { name: '지금 점검 실행' }).click();
  await page.getByRole('status').getByText(/^점검을 마쳤습니다: 찾은 것 \d+건, 새로 연 것 0건, 해소된 것 \d+건\.$/).waitFor();
  expect((await queue({ states: ['DISMISSED'] })).edges.map((e) => e.node.id)).toEqual([clawback.id]);
  await checkA11y(page, 'anomalies: after publishing');
  h.assertClean();
}, BROWSER_TEST_MS);

it('pages through the queue as anomalyFlags does', async () => {
  const all = await queue();
  const page = await h.newPage();
  await signIn(page, h, EMAIL, PASSWORD);
  await page.goto(h.url('/console/anomalies'));
  await page.getByRole('heading', { name: '이상 징후', level: 1 }).waitFor();
  await expectListed(page, all.edges.map((e) => e.node.id));
  // The inspections alone raise more than a page of flags.
  expect(all.pageInfo.hasNextPage).toBe(true);
  expect(await page.getByRole('button', { name: '이전 페이지' }).count()).toBe(0);
  const second = await queue({}, all.pageInfo.endCursor);
  await page.getByRole('button', { name: '다음 페이지' }).click();
  await expectListed(page, second.edges.map((e) => e.node.id));
  await page.getByText(`${all.totalCount}건 · 2쪽`).waitFor();
  await page.getByRole('button', { name: '이전 페이지' }).click();
  await expectListed(page, all.edges.map((e) => e.node.id));
  await checkA11y(page, 'anomalies: paging');
  h.assertClean();
}, BROWSER_TEST_MS);
