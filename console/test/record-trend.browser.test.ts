import { createAccount } from '../../common/auth/testing';
import { applyHarness, key, M } from '../../subgraphs/apply/testing';
import { fileSnapshots } from '../../subgraphs/stats/snapshot-writer';
import { BROWSER_TEST_MS, checkA11y, screenshot, signIn, startHarness, type Harness } from './harness';

/**
 * Issue 20, "a facility page shows its own trend": a 강서구 centre's record
 * page draws its trend (facilityTrend) as a chart, and the table beside it
 * holds exactly the figures of the same GraphQL query made here. History:
 * the day before yesterday filed at the simulator's first tick, then a tick,
 * today's crawl and yesterday filed at the second; two parents apply to the
 * centre today (a waiting list of 2 the page must show as 비공개, not 0).
 */
let h: Harness;
let centre: string;
const SUPPRESSED = '비공개 (5명 미만)';
const STATUS: Record<string, string> = { OPERATING: '운영', WITHDRAWN: '폐지·휴지' };
const kstDay = (back: number) => new Date(Date.now() + 9 * 3600_000 - back * 86_400_000).toISOString().slice(0, 10);

const TREND = `query($id: ID!, $range: StatsRangeInput!) {
  facilityTrend(facilityId: $id, range: $range) { points { period day status capacity enrolled { value suppressed } freeSeats { value suppressed } waiting { value suppressed } } } }`;
type Figure = { value: number | null; suppressed: boolean };
type Point = { period: string; day: string; status: string; capacity: number | null; enrolled: Figure; freeSeats: Figure; waiting: Figure };

beforeAll(async () => {
  h = await startHarness({ sites: ['gangseo-ccic'] });
  await fileSnapshots(h.hub.store, { day: kstDay(2) });
  h.sim!.advance();
  await h.crawl();
  await fileSnapshots(h.hub.store, { day: kstDay(1) });
  // A centre whose capacity or enrolment moved between the ticks, with children enough that its enrolment is shown.
  const { rows } = await h.hub.store.query<{ facility_id: string }>(
    `select f.facility_id from stats.facility f join stats.facility_day a on a.fkey = f.fkey and a.day = $1 join stats.facility_day b on b.fkey = f.fkey and b.day = $2
      where f.sigungu = '강서구' and f.kind = 'CHILDCARE_CENTER' and (a.v[2], a.v[3]) is distinct from (b.v[2], b.v[3]) and b.v[3] >= 5 order by 1 limit 1`,
    [kstDay(2), kstDay(0)],
  );
  centre = rows[0]!.facility_id;
  const apply = applyHarness(h.hub.store);
  for (let i = 0; i < 2; i++) {
    const parent = { role: 'PARENT' as const, sub: `trend-parent-${i}` };
    const child = await apply.run(parent, M.registerChild, { input: { name: '홍길동', birthDate: `${new Date().getFullYear() - 1}-03-01`, idempotencyKey: key() } });
    const applied = await apply.run(parent, M.apply, { input: { childId: child.data.registerChild.id, facilityIds: [centre], priorityClaims: [], admissionYear: new Date().getFullYear(), idempotencyKey: key() } });
    expect(applied.errors).toBeUndefined();
  }
  await createAccount(h.hub.store, { email: 'trend-editor@dolbom.test', role: 'EDITOR', password: 'trend-editor-pass-1234' });
}, BROWSER_TEST_MS);
afterAll(async () => h?.close());

const text = (f: Figure | number | null) => (f === null ? '미공개' : typeof f === 'number' ? String(f) : f.suppressed ? SUPPRESSED : f.value === null ? '미공개' : String(f.value));

/** Table rows from the GraphQL answer, computed here (not with the page's own code). */
async function expectedRows(granularity: string): Promise<string[][]> {
  const res = await h.hub.gql<{ facilityTrend: { points: Point[] } }>(TREND, { id: centre, range: { from: kstDay(89), to: kstDay(0), granularity } });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.facilityTrend.points.map((p) => [p.period, p.day, STATUS[p.status]!, text(p.capacity), text(p.enrolled), text(p.freeSeats), text(p.waiting)]);
}

it("an EDITOR sees a facility's trend as a chart and a table of the GraphQL figures", async () => {
  const daily = await expectedRows('DAY');
  expect(daily.map((r) => r[0])).toEqual([kstDay(2), kstDay(1), kstDay(0)]);
  // Today's two applicants are a suppressed cell; the days before had nobody waiting (0 is shown).
  expect(daily.map((r) => r[6])).toEqual(['0', '0', SUPPRESSED]);
  // The ticks moved its seats or children: the trend shows a change, not one day three times.
  expect(daily[0]!.slice(3, 6)).not.toEqual(daily[2]!.slice(3, 6));

  const page = await h.newPage();
  await signIn(page, h, 'trend-editor@dolbom.test', 'trend-editor-pass-1234');
  await page.goto(h.url(`/console/records/${encodeURIComponent(centre)}`));
  await page.getByRole('heading', { name: '시설 추이', level: 2 }).waitFor();
  const table = page.getByTestId('table-trend');
  await table.locator('tbody tr').nth(2).waitFor();
  await page.locator('[data-testid="chart-trend"] canvas').waitFor();
  const rows = () => table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  expect(await rows()).toEqual(daily);
  // The chart is drawn with one line per figure, named as in the table.
  const legend = await page.locator('[data-testid="chart-trend"] .u-legend').textContent();
  for (const name of ['정원', '현원', '빈자리', '대기 아동']) expect(legend).toContain(name);
  await checkA11y(page, 'record trend');
  await screenshot(page, 'console-record-trend');

  // By week: the table follows the query (a week shows its last filed day).
  await page.getByLabel('추이 단위').selectOption('WEEK');
  await page.getByRole('button', { name: '추이 조회' }).click();
  const weekly = await expectedRows('WEEK');
  // The page answers asynchronously: wait (at most 10 s) until the table changes to the weekly rows, then compare.
  for (const started = Date.now(); JSON.stringify(await rows()) !== JSON.stringify(weekly) && Date.now() - started < 10_000; ) await page.waitForTimeout(100);
  expect(await rows()).toEqual(weekly);

  // A refused range: the API's reason in Korean with the English beside it.
  await page.getByLabel('추이 시작일').fill(kstDay(0));
  await page.getByLabel('추이 종료일').fill(kstDay(3));
  await page.getByRole('button', { name: '추이 조회' }).click();
  const alert = page.getByRole('alert');
  await alert.getByText(/기간의 끝이 시작보다 앞섭니다/).waitFor();
  expect(await alert.textContent()).toContain('The range ends before it starts.');
  await checkA11y(page, 'record trend error');
  h.assertClean();
}, BROWSER_TEST_MS);
