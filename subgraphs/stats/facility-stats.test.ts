import type { SourceRecord } from '../../common/record';
import type { SiteConfig } from '../../crawlers/core/adapter';
import { crawlSite } from '../../crawlers/core/runner';
import { adapterFor, loadRegistry, withBaseUrls } from '../../crawlers/sites';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { startSimulator, type Simulator } from '../../simulator/server';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { createTestStore } from '../../store/testing';
import { DAY, SPECIAL_CARE_BITS } from './layout';
import { fileSnapshots } from './snapshot-writer';
import { facilitySums } from './store';

/**
 * Issue 20, must show: after two simulator ticks and crawls (filed as two
 * days), facilityStats for 강서구 free seats equals the sum recomputed here
 * from the raw snapshot rows; and a cell counting 1–4 children is suppressed.
 */
let hub: TestHub;
let sim: Simulator;
let site: SiteConfig;
const SITE = 'gangseo-ccic';
const DAYS = ['2026-03-02', '2026-03-03'];

beforeAll(async () => {
  const store = await createTestStore();
  sim = await startSimulator({ seed: 42, only: [SITE], latencyScale: 0, calm: true });
  site = withBaseUrls(loadRegistry(), { [SITE]: sim.site(SITE).baseUrl }).find((s) => s.id === SITE)!;
  hub = await startTestHub({ store });
});
afterAll(async () => {
  await hub?.close();
  await sim?.close();
});

const crawl = (day: string) => crawlSite(hub.store, site, adapterFor(site), { politeness: false, workers: 4, snapshotDay: day });

const FACILITY_STATS = `query($range: StatsRangeInput!, $filter: FacilityStatsFilter, $groupBy: [FacilityStatsGroup!]) {
  facilityStats(range: $range, filter: $filter, groupBy: $groupBy) {
    group { sido sigungu kind centerType }
    points { period day facilities active capacity enrolled { value suppressed } freeSeats { value suppressed } occupancy { value suppressed }
             ageClasses { age capacity enrolled { value suppressed } freeSeats { value suppressed } } } } }`;

/**
 * One operating facility's free seats from its raw row, the rule of the centre's freeSeats field written out here:
 * when every age it publishes (capacity or enrolled ≥ 0) has both figures, Σ max(0, class 정원 − 현원), but never more
 * than max(0, 정원 − 현원) when that is known; otherwise max(0, 정원 − 현원), 0 when unknown. Withdrawn: 0.
 */
function freeOf(v: number[]): number {
  const n = v.map(Number);
  if (n[DAY.status - 1] !== 1) return 0;
  const cap = n[DAY.capacity - 1]!;
  const enr = n[DAY.enrolled - 1]!;
  const byCapacity = cap >= 0 && enr >= 0 ? Math.max(0, cap - enr) : null;
  let classes: number | null = null;
  for (let age = 0; age <= 5; age++) {
    const c = n[DAY.capacityAge(age) - 1]!;
    const e = n[DAY.enrolledAge(age) - 1]!;
    if (c < 0 && e < 0) continue; // not a class of this centre
    if (c < 0 || e < 0) return byCapacity ?? 0; // a class without its figures: the classes say nothing
    classes = (classes ?? 0) + Math.max(0, c - e);
  }
  if (classes === null) return byCapacity ?? 0;
  return byCapacity === null ? classes : Math.min(classes, byCapacity);
}
const enrolledInClasses = (v: number[]) => (Number(v[DAY.status - 1]) === 1 ? [0, 1, 2, 3, 4, 5].reduce((n, a) => n + Math.max(0, Number(v[DAY.enrolledAge(a) - 1])), 0) : 0);

/** Free seats of 강서구 per day, straight from stats.facility_day (freeOf per facility, summed). */
async function rawFreeSeats(day: string): Promise<{ free: number; facilities: number; capacity: number }> {
  const { rows } = await hub.store.query<{ v: number[] }>(
    `select d.v from stats.facility_day d join stats.facility f using (fkey) where d.day = $1 and f.sigungu = '강서구'`,
    [day],
  );
  let free = 0;
  let capacity = 0;
  // (facilities counts every row, withdrawn ones too; active and the seats only operating ones)
  for (const { v } of rows) {
    if (Number(v[DAY.status - 1]) !== 1) continue; // withdrawn: counted as a facility, its seats not
    const cap = Number(v[DAY.capacity - 1]);
    free += freeOf(v);
    if (cap >= 0) capacity += cap;
  }
  return { free, facilities: rows.length, capacity };
}

test('강서구 free seats over two ticks and crawls = the sum of the raw snapshot rows', async () => {
  expect((await crawl(DAYS[0]!)).status).toBe('succeeded');
  sim.advance();
  expect((await crawl(DAYS[1]!)).status).toBe('succeeded');

  const res = await hub.gql(FACILITY_STATS, { range: { from: DAYS[0], to: DAYS[1], granularity: 'DAY' }, filter: { region: { sido: '서울', sigungu: '강서구' } } });
  expect(res.body.errors).toBeUndefined();
  const [series] = res.body.data.facilityStats;
  expect(series.points.map((p: any) => p.day)).toEqual(DAYS);
  const raw = await Promise.all(DAYS.map(rawFreeSeats));
  expect(raw[0]!.facilities).toBeGreaterThan(5);
  expect(series.points.map((p: any) => [p.facilities, p.capacity, p.freeSeats.value])).toEqual(raw.map((r) => [r.facilities, r.capacity, r.free]));
  // The two ticks differ (the simulator moves vacancies), so the series shows a change, not one day twice.
  const { rows } = await hub.store.query<{ n: string }>(
    `select count(*) as n from stats.facility_day a join stats.facility_day b on a.fkey = b.fkey and a.day = $1 and b.day = $2 where a.v <> b.v`,
    DAYS,
  );
  expect(Number(rows[0]!.n)).toBeGreaterThan(0);

  // Without 시군구 the 시도-level sums answer; they equal the 시군구 series added up.
  const city = await hub.gql(FACILITY_STATS, { range: { from: DAYS[0], to: DAYS[1] }, filter: { region: { sido: '서울' } } });
  const byDistrict = await hub.gql(FACILITY_STATS, { range: { from: DAYS[0], to: DAYS[1] }, filter: { region: { sido: '서울' } }, groupBy: ['SIGUNGU'] });
  const added = DAYS.map((_, i) => byDistrict.body.data.facilityStats.reduce((n: number, s: any) => n + s.points[i].freeSeats.value, 0));
  expect(city.body.data.facilityStats[0].points.map((p: any) => p.freeSeats.value)).toEqual(added);

  // Grouped by centre type and by special-care flag, each series equals its raw rows (a facility with two flags is in both).
  const { rows: dims } = await hub.store.query<{ v: number[]; center_type: string | null; special_care: number }>(
    `select d.v, f.center_type, f.special_care from stats.facility_day d join stats.facility f using (fkey) where d.day = $1 and f.sigungu = '강서구'`,
    [DAYS[1]],
  );
  const grouped = async (groupBy: string, key: (s: any) => string | null) => {
    const res = await hub.gql(FACILITY_STATS.replace('group { sido sigungu kind centerType }', 'group { sido sigungu kind centerType specialCare }'), {
      range: { from: DAYS[1], to: DAYS[1] }, filter: { region: { sido: '서울', sigungu: '강서구' } }, groupBy: [groupBy],
    });
    expect(res.body.errors).toBeUndefined();
    return Object.fromEntries(res.body.data.facilityStats.map((s: any) => [key(s), [s.points[0].facilities, s.points[0].freeSeats.value, s.points[0].freeSeats.suppressed]]));
  };
  const expectedBy = (keyOf: (r: (typeof dims)[number]) => (string | null)[]) => {
    const sums: Record<string, [number, number, number, number]> = {};
    for (const r of dims) for (const k of keyOf(r)) {
      const e = (sums[String(k)] ??= [0, 0, 0, 0]);
      e[0] += 1;
      e[1] += freeOf(r.v);
      if (Number(r.v[DAY.status - 1]) === 1) e[2] += Math.max(0, Number(r.v[DAY.enrolled - 1]));
      e[3] += enrolledInClasses(r.v);
    }
    // Free seats give back 1–4 enrolled children (정원 − 여석, in all or in the classes): suppressed, as the small-cell rule says.
    const small = (x: number) => x > 0 && x < 5;
    return Object.fromEntries(Object.entries(sums).map(([k, [n, free, enrolled, inClasses]]) => [k, small(enrolled) || small(inClasses) ? [n, null, true] : [n, free, false]]));
  };
  expect(await grouped('CENTER_TYPE', (s) => String(s.group.centerType))).toEqual(expectedBy((r) => [r.center_type]));
  const flags = SPECIAL_CARE_BITS;
  expect(await grouped('SPECIAL_CARE', (s) => s.group.specialCare)).toEqual(expectedBy((r) => flags.filter((_, i) => (r.special_care & (1 << i)) !== 0)));

  // A month is its last filed day; the same figure.
  const month = await hub.gql(FACILITY_STATS, { range: { from: '2026-03-01', to: '2026-03-31', granularity: 'MONTH' }, filter: { region: { sido: '서울', sigungu: '강서구' } } });
  expect(month.body.data.facilityStats[0].points).toEqual([expect.objectContaining({ period: '2026-03-01', day: DAYS[1], freeSeats: { value: raw[1]!.free, suppressed: false } })]);
});

const provenance = { siteId: 'fixture', url: 'http://fixture.test/x', fetchedAt: '2026-03-01T00:00:00.000Z', contentHash: 'f', adapter: 'fixture@1' };
const centre = (key: string, sigungu: string, capacity: number, enrolled: number, age0: number): SourceRecord => ({
  kind: 'FACILITY',
  sourceKey: key,
  subtype: 'CHILDCARE_CENTER',
  name: `통계 테스트 어린이집 ${key}`,
  stages: ['INFANT'],
  primaryStage: 'INFANT',
  sido: '부산광역시',
  sigungu,
  attrs: { centerType: 'HOME', ageClasses: [{ age: 0, classes: 1, enrolled: age0, capacity: 5 }] },
  capacity,
  enrolled,
  provenance,
});

test('a cell of 1–4 children is suppressed and marked; capacity and zero are shown', async () => {
  await upsertRecords(hub.store, [centre('s1', '기장군', 20, 3, 3), centre('s2', '중구', 20, 0, 0), centre('s3', '동래구', 20, 12, 4)]);
  await fileSnapshots(hub.store, { day: '2026-03-04' });
  const query = (sigungu: string) => hub.gql(FACILITY_STATS, { range: { from: '2026-03-04', to: '2026-03-04' }, filter: { region: { sido: '부산', sigungu } } });

  const small = (await query('기장군')).body.data.facilityStats[0].points[0];
  expect(small.capacity).toBe(20);
  expect(small.enrolled).toEqual({ value: null, suppressed: true });
  // 정원 − 여석 would give the 3 children back: free seats and occupancy go too.
  expect(small.freeSeats).toEqual({ value: null, suppressed: true });
  expect(small.occupancy).toEqual({ value: null, suppressed: true });
  expect(small.ageClasses[0]).toMatchObject({ age: 0, capacity: 5, enrolled: { value: null, suppressed: true }, freeSeats: { value: null, suppressed: true } });

  // Its one class (만0세, 정원 5) is empty: 5 free seats, the centre's freeSeats, not 20 − 0.
  const none = (await query('중구')).body.data.facilityStats[0].points[0];
  expect([none.enrolled, none.freeSeats]).toEqual([{ value: 0, suppressed: false }, { value: 5, suppressed: false }]);

  // 12 children in total are shown; the age class of 4 is not, nor the free seats summed from it (5 − 1 would give the 4 back).
  const mixed = (await query('동래구')).body.data.facilityStats[0].points[0];
  expect([mixed.enrolled, mixed.freeSeats]).toEqual([{ value: 12, suppressed: false }, { value: null, suppressed: true }]);
  expect(mixed.ageClasses[0].enrolled).toEqual({ value: null, suppressed: true });
});

test("issue 21: a facility's free seats in facilityStats and facilityTrend are the centre's freeSeats", async () => {
  const seeded = (key: string, sigungu: string, capacity: number, enrolled: number, ageClasses: { age: number; enrolled: number; capacity: number | null }[]): SourceRecord => ({
    ...centre(key, sigungu, capacity, enrolled, 0),
    attrs: { centerType: 'HOME', ageClasses: ageClasses.map((c) => ({ ...c, classes: 1 })) },
  });
  const cases = [
    // The centre: 정원 100, 현원 31, every class full — 0, not 69.
    { key: 'f69', sigungu: '금정구', expected: 0, record: seeded('f69', '금정구', 100, 31, [3, 5, 5, 5, 5, 8].map((n, age) => ({ age, enrolled: n, capacity: n }))) },
    // Classes with 2 free seats (one over its capacity counts 0, not −5) where 정원 − 현원 is 20.
    { key: 'f2', sigungu: '연제구', expected: 2, record: seeded('f2', '연제구', 60, 40, [{ age: 1, enrolled: 8, capacity: 10 }, { age: 2, enrolled: 7, capacity: 7 }, { age: 3, enrolled: 20, capacity: 15 }]) },
    // A class with room in a centre whose licence is full (현원 over 정원): 0.
    { key: 'fcap', sigungu: '수영구', expected: 0, record: seeded('fcap', '수영구', 20, 25, [{ age: 0, enrolled: 6, capacity: 8 }, { age: 1, enrolled: 19, capacity: 19 }]) },
    // A class without its capacity: the classes say nothing, 정원 − 현원 = 5.
    { key: 'fnull', sigungu: '사하구', expected: 5, record: seeded('fnull', '사하구', 50, 45, [{ age: 1, enrolled: 5, capacity: null }, { age: 2, enrolled: 7, capacity: 7 }]) },
  ];
  await upsertRecords(hub.store, cases.map((c) => c.record));
  const day = '2026-03-07';
  await fileSnapshots(hub.store, { day });
  const range = { from: day, to: day };
  for (const c of cases) {
    const id = (await hub.store.query<{ id: string }>(`select id from catalog.record where source_key = $1`, [c.key])).rows[0]!.id;
    const stats = await hub.gql(FACILITY_STATS, { range, filter: { region: { sido: '부산', sigungu: c.sigungu } } });
    const trend = await hub.gql(`query($id: ID!, $range: StatsRangeInput!) { facilityTrend(facilityId: $id, range: $range) { points { freeSeats { value suppressed } } } }`, { id, range });
    const field = await hub.gql(`query($id: ID!) { facility(id: $id) { ... on ChildcareCenter { freeSeats } } }`, { id });
    for (const res of [stats, trend, field]) expect(res.body.errors).toBeUndefined();
    expect({
      key: c.key,
      stats: stats.body.data.facilityStats[0].points[0].freeSeats,
      trend: trend.body.data.facilityTrend.points[0].freeSeats,
      field: field.body.data.facility.freeSeats,
    }).toEqual({ key: c.key, stats: { value: c.expected, suppressed: false }, trend: { value: c.expected, suppressed: false }, field: c.expected });
  }
});

test('a withdrawn facility counts as a facility, not as seats', async () => {
  await upsertRecords(hub.store, [centre('w1', '해운대구', 30, 10, 0)]);
  await hub.store.query(`update catalog.record set status = 'WITHDRAWN', withdrawn_at = now() where source_key = 'w1'`);
  await fileSnapshots(hub.store, { day: '2026-03-06' });
  const res = await hub.gql(FACILITY_STATS, { range: { from: '2026-03-06', to: '2026-03-06' }, filter: { region: { sido: '부산', sigungu: '해운대구' } } });
  expect(res.body.data.facilityStats[0].points[0]).toMatchObject({ facilities: 1, active: 0, capacity: 0, freeSeats: { value: 0, suppressed: false } });
});

test('an answer past the bound on points is refused, not truncated', async () => {
  const filter = { sido: null, sigungu: null, kinds: null, centerTypes: null, specialCareMask: 0 };
  const range = { from: DAYS[0]!, to: DAYS[1]!, granularity: 'day' as const };
  expect((await facilitySums(hub.store, range, filter, [], 2)).length).toBe(2);
  await expect(facilitySums(hub.store, range, filter, [], 1)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'groupBy' } });
});

test('bad ranges are BAD_USER_INPUT naming the argument', async () => {
  for (const [range, field] of [
    [{ from: '2026-02-30', to: '2026-03-01' }, 'range.from'],
    [{ from: '2026-03-02', to: '2026-03-01' }, 'range.to'],
    [{ from: '2020-01-01', to: '2026-03-01' }, 'range.to'],
  ] as const) {
    const res = await hub.gql(FACILITY_STATS, { range });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
});

test('crawl freshness: the two runs of today and the site last crawled successfully', async () => {
  const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
  const res = await hub.gql(`query($r: StatsRangeInput!) { crawlFreshness(range: $r) { points { period runs succeeded sitesSucceeded } sites { siteId lastStatus lastSucceededAt ageHours } } }`, { r: { from: today, to: today } });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data.crawlFreshness.points).toEqual([{ period: today, runs: 2, succeeded: 2, sitesSucceeded: 1 }]);
  expect(res.body.data.crawlFreshness.sites).toEqual([{ siteId: SITE, lastStatus: 'succeeded', lastSucceededAt: expect.any(String), ageHours: expect.any(Number) }]);
});

test('policies by stage: active / open / closed / unknown per filed day, as the catalogue says', async () => {
  await upsertRecords(hub.store, [
    { kind: 'POLICY', sourceKey: 'p-open', subtype: 'POLICY', name: '통계 상시 정책', stages: ['INFANT'], primaryStage: 'INFANT', attrs: { applicationPeriod: { always: true } }, provenance },
    { kind: 'POLICY', sourceKey: 'p-closed', subtype: 'POLICY', name: '통계 마감 정책', stages: ['INFANT'], primaryStage: 'INFANT', attrs: { applicationPeriod: { start: '2026-01-01', end: '2026-02-01' } }, provenance },
    { kind: 'POLICY', sourceKey: 'p-none', subtype: 'POLICY', name: '통계 기간 없는 정책', stages: ['YOUTH'], primaryStage: 'YOUTH', attrs: {}, provenance },
  ]);
  await fileSnapshots(hub.store, { day: '2026-03-05' });
  const res = await hub.gql(`query($r: StatsRangeInput!) { policyStats(range: $r, groupBy: STAGE) { group points { day policies active open closed unknown } } }`, { r: { from: '2026-03-05', to: '2026-03-05' } });
  expect(res.body.errors).toBeUndefined();
  const byStage = Object.fromEntries(res.body.data.policyStats.map((s: any) => [s.group, s.points[0]]));
  expect(byStage.INFANT).toEqual({ day: '2026-03-05', policies: 2, active: 2, open: 1, closed: 1, unknown: 0 });
  expect(byStage.YOUTH).toEqual({ day: '2026-03-05', policies: 1, active: 1, open: 0, closed: 0, unknown: 1 });
});

test('a second crawl on a day already filed refiles what it changed, and the day is what a full filing makes', async () => {
  const day = '2026-03-20';
  const filedAt = async () => (await hub.store.query<{ at: string }>(`select filed_at::text as at from stats.filed_day where day = $1`, [day])).rows[0]?.at;
  const rows = async () => (await hub.store.query<{ fkey: number; v: number[] }>(`select fkey, v from stats.facility_day where day = $1 order by fkey`, [day])).rows.map((r) => [Number(r.fkey), r.v.map(Number)]);
  const cells = async () => ({
    sigungu: (await hub.store.query(`select sido, sigungu, kind, center_type, special_care, s from stats.cell_day where day = $1 order by 1, 2, 3, 4, 5`, [day])).rows,
    sido: (await hub.store.query(`select sido, kind, center_type, special_care, s from stats.sido_day where day = $1 order by 1, 2, 3, 4`, [day])).rows,
  });
  // The day's first crawl files every facility.
  expect((await crawl(day)).status).toBe('succeeded');
  const full = await filedAt();
  expect(full).toBeDefined();
  const before = await rows();
  sim.advance();
  const again = await crawl(day);
  expect(again.recordsWritten).toBeGreaterThan(0);
  // The second files only what changed: the day's full-filing mark is not rewritten, yet its figures moved.
  expect(await filedAt()).toBe(full);
  const after = await rows();
  expect(after).toHaveLength(before.length);
  expect(after).not.toEqual(before);
  const afterCells = await cells();
  // A full filing of the same day now changes nothing: rows and sums were already right.
  await fileSnapshots(hub.store, { day });
  expect(await filedAt()).not.toBe(full);
  expect(await rows()).toEqual(after);
  expect(await cells()).toEqual(afterCells);
});
