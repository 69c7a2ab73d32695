import { readFileSync } from 'node:fs';
import { createAccount } from '../../common/auth/testing';
import { bearer } from '../../subgraphs/curation/testing';
import { applyHarness, key, M } from '../../subgraphs/apply/testing';
import { fileSnapshots } from '../../subgraphs/stats/snapshot-writer';
import { STATS_QUERY, type Figure, type StatsData } from '../src/pages/stats-table';
import { BROWSER_TEST_MS, checkA11y, screenshot, signIn, startHarness, type Harness } from './harness';

/**
 * Issue 20, must show: the statistics page (보육 통계) draws its charts with
 * data, its tables hold the figures of the same GraphQL query, and the CSV it
 * offers holds exactly those figures. History: the harness's crawl files
 * today; the snapshot writer files the two days before, as the stats tests do;
 * two parents apply to a 강서구 centre today (through apply, as
 * waiting-stats.test.ts does), a count of 2 the page must show as 비공개.
 */
let h: Harness;
const SUPPRESSED = '비공개 (5명 미만)';
const kstDay = (back: number) => new Date(Date.now() + 9 * 3600_000 - back * 86_400_000).toISOString().slice(0, 10);
const FROM = kstDay(2);
const TO = kstDay(0);

beforeAll(async () => {
  h = await startHarness({ sites: ['gangseo-ccic', 'gangnam-policy'] });
  for (const day of [kstDay(2), kstDay(1)]) await fileSnapshots(h.hub.store, { day });
  const apply = applyHarness(h.hub.store);
  const { rows: [centre] } = await h.hub.store.query<{ facility_id: string }>(`select facility_id from stats.facility where sigungu = '강서구' order by 1 limit 1`);
  for (let i = 0; i < 2; i++) {
    const parent = { role: 'PARENT' as const, sub: `stats-parent-${i}` };
    const child = await apply.run(parent, M.registerChild, { input: { name: '홍길동', birthDate: `${new Date().getFullYear() - 1}-03-01`, idempotencyKey: key() } });
    const applied = await apply.run(parent, M.apply, { input: { childId: child.data.registerChild.id, facilityIds: [centre!.facility_id], priorityClaims: [], admissionYear: new Date().getFullYear(), idempotencyKey: key() } });
    expect(applied.errors).toBeUndefined();
  }
  await createAccount(h.hub.store, { email: 'stats-editor@dolbom.test', role: 'EDITOR', password: 'stats-editor-pass-1234' });
}, BROWSER_TEST_MS);
afterAll(async () => h?.close());

const text = (f: Figure | number) => (typeof f === 'number' ? String(f) : f.suppressed ? SUPPRESSED : String(f.value));

/** Table rows from the GraphQL answer, computed here (not with the page's own code). */
function expectedRows(data: StatsData) {
  return {
    facilities: (data.facilityStats[0]?.points ?? []).map((p) => [p.period, text(p.facilities), text(p.capacity), text(p.enrolled), text(p.freeSeats)]),
    waiting: data.waitingListStats.map((p) => [p.period, text(p.applications), text(p.offers), text(p.offersDeclined), text(p.offersExpired)]),
    policies: (data.policyStats[0]?.points ?? []).map((p) => [p.period, text(p.policies), text(p.open), text(p.closed)]),
  };
}

it('an EDITOR sees charts and tables of the GraphQL figures and downloads them as CSV', async () => {
  const { rows: [region] } = await h.hub.store.query<{ sido: string; sigungu: string }>(`select sido, sigungu from stats.facility where sigungu = '강서구' limit 1`);
  expect(region).toBeDefined();
  const editor = await bearer(h.hub.store, 'EDITOR', 'stats-editor');
  const variables = { range: { from: FROM, to: TO, granularity: 'DAY' }, filter: { region: { sido: region!.sido, sigungu: region!.sigungu } } };
  const answer = await h.hub.gql<StatsData>(STATS_QUERY, variables, editor);
  expect(answer.body.errors).toBeUndefined();
  const expected = expectedRows(answer.body.data!);
  // The seeded history gives three days of facilities and policies: the page has something to draw.
  expect(expected.facilities).toHaveLength(3);
  expect(expected.policies.length).toBeGreaterThan(0);
  // Today's two applications are a suppressed cell: the page must say 비공개, not 0.
  expect(expected.waiting.flat()).toContain(SUPPRESSED);

  const page = await h.newPage();
  await signIn(page, h, 'stats-editor@dolbom.test', 'stats-editor-pass-1234');
  await page.getByRole('link', { name: '보육 통계' }).click();
  await page.getByRole('heading', { name: '보육 통계', level: 1 }).waitFor();
  await page.getByLabel('시도').fill(region!.sido);
  await page.getByLabel('시군구').fill(region!.sigungu);
  await page.getByLabel('시작일').fill(FROM);
  await page.getByLabel('종료일').fill(TO);
  await page.getByLabel('단위').selectOption('DAY');
  await page.getByRole('button', { name: '조회' }).click();

  const facilities = page.getByTestId('table-facilities');
  await facilities.locator('tbody tr').nth(2).waitFor();
  await page.locator('[data-testid="chart-facilities"] canvas').waitFor();
  await page.locator('[data-testid="chart-policies"] canvas').waitFor();
  await page.locator('[data-testid="chart-waiting"] canvas').waitFor();
  const rowsOf = async (id: string) => {
    const table = page.getByTestId(`table-${id}`);
    if ((await table.count()) === 0) return [];
    return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  };
  expect({ facilities: await rowsOf('facilities'), waiting: await rowsOf('waiting'), policies: await rowsOf('policies') }).toEqual(expected);
  await checkA11y(page, 'stats');
  await screenshot(page, 'console-stats');

  // The CSV: BOM, then (table, period, measure, value) for every cell of the tables.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /CSV 내려받기/ }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trim().split('\r\n').map((l) => l.split(','));
  expect(lines[0]).toEqual(['표', '기간', '항목', '값']);
  const fromCsv = { facilities: [] as string[][], waiting: [] as string[][], policies: [] as string[][] };
  const captions: Record<string, keyof typeof fromCsv> = { '시설·정원·현원·빈자리': 'facilities', 입소대기: 'waiting', '지원정책 신청 가능 여부': 'policies' };
  for (const [table, period, , value] of lines.slice(1)) {
    const rows = fromCsv[captions[table!]!];
    const last = rows[rows.length - 1];
    if (last && last[0] === period) last.push(value!);
    else rows.push([period!, value!]);
  }
  expect(fromCsv).toEqual(expected);

  // A refused query: the API's reason in Korean with the English beside it, announced as an alert.
  await page.getByLabel('시작일').fill(TO);
  await page.getByLabel('종료일').fill(FROM);
  await page.getByRole('button', { name: '조회' }).click();
  const alert = page.getByRole('alert');
  await alert.getByText(/기간의 끝이 시작보다 앞섭니다/).waitFor();
  expect(await alert.textContent()).toContain('The range ends before it starts.');
  await checkA11y(page, 'stats error');
  h.assertClean();
}, BROWSER_TEST_MS);
