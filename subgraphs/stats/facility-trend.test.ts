import { kstDate } from '../../common/kst';
import type { SourceRecord } from '../../common/record';
import type { SiteConfig } from '../../crawlers/core/adapter';
import { crawlSite } from '../../crawlers/core/runner';
import { adapterFor, loadRegistry, withBaseUrls } from '../../crawlers/sites';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { startSimulator, type Simulator } from '../../simulator/server';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { createTestStore } from '../../store/testing';
import { applyHarness, key, M } from '../apply/testing';
import { AGES, DAY } from './layout';
import { fileSnapshots } from './snapshot-writer';

/**
 * Issue 20, "a facility page shows its own trend": facilityTrend for one
 * 강서구 centre, crawled from the simulator on two days and filed again a
 * week later, equals the figures recomputed here from its raw
 * stats.facility_day rows and, for the last day, from the catalogue; a
 * waiting list of 2 (through apply) is suppressed, one of 6 shown; bad input
 * is typed.
 */
let hub: TestHub;
let sim: Simulator;
let site: SiteConfig;
const SITE = 'gangseo-ccic';
const DAYS = ['2026-03-02', '2026-03-03', '2026-03-10'];

beforeAll(async () => {
  const store = await createTestStore();
  sim = await startSimulator({ seed: 42, only: [SITE], latencyScale: 0, calm: true });
  site = withBaseUrls(loadRegistry(), { [SITE]: sim.site(SITE).baseUrl }).find((s) => s.id === SITE)!;
  hub = await startTestHub({ store });
  const crawl = (day: string) => crawlSite(hub.store, site, adapterFor(site), { politeness: false, workers: 4, snapshotDay: day });
  expect((await crawl(DAYS[0]!)).status).toBe('succeeded');
  sim.advance();
  expect((await crawl(DAYS[1]!)).status).toBe('succeeded');
  sim.advance();
  expect((await crawl(DAYS[2]!)).status).toBe('succeeded');
}, 120_000);
afterAll(async () => {
  await hub?.close();
  await sim?.close();
});

const TREND = `query($id: ID!, $range: StatsRangeInput!) {
  facilityTrend(facilityId: $id, range: $range) {
    facilityId
    points { period day status capacity enrolled { value suppressed } freeSeats { value suppressed } waiting { value suppressed }
             ageClasses { age capacity enrolled { value suppressed } freeSeats { value suppressed } waiting { value suppressed } } } } }`;

const shown = (value: number | null) => ({ value, suppressed: false });
const withheld = { value: null, suppressed: true };
/** The small-cell rule written out here, not imported: 1–4 people are withheld, and what gives them back. */
const people = (n: number) => (n > 0 && n < 5 ? withheld : shown(n));

/**
 * The facility's free seats from its raw row, as its freeSeats field counts them (issue 21), written out here: the
 * ages it publishes (either figure ≥ 0) all complete → their max(0, 정원 − 현원) summed, no more than the centre's
 * max(0, 정원 − 현원) when known; else that, unknown if 정원 or 현원 is. Withheld with 1–4 children, in all or in
 * the summed classes.
 */
function facilityFree(v: number[]) {
  const at = (i: number) => Number(v[i - 1]);
  const cap = at(DAY.capacity);
  const enr = at(DAY.enrolled);
  const total = cap >= 0 && enr >= 0 ? Math.max(0, cap - enr) : null;
  const published = AGES.map((a) => [at(DAY.capacityAge(a)), at(DAY.enrolledAge(a))] as const).filter(([c, e]) => c >= 0 || e >= 0);
  const complete = published.length > 0 && published.every(([c, e]) => c >= 0 && e >= 0);
  const inClasses = published.reduce((n, [c, e]) => n + Math.max(0, c - e), 0);
  const small = (n: number) => n > 0 && n < 5;
  if (complete && (total === null || inClasses <= total)) {
    return small(Math.max(0, enr)) || small(published.reduce((n, [, e]) => n + e, 0)) ? withheld : shown(inClasses);
  }
  return total === null ? shown(null) : small(enr) ? withheld : shown(total);
}

/** The point facilityTrend should answer for a raw row `v` (smallint[21], -1 unknown), recomputed from the layout. */
function expectedPoint(period: string, day: string, v: number[]) {
  const at = (i: number) => Number(v[i - 1]);
  const cap = at(DAY.capacity);
  const enr = at(DAY.enrolled);
  const waiting = AGES.reduce<number>((n, a) => n + Math.max(0, at(DAY.waitingAge(a))), 0);
  const free = (c: number, e: number) => (c < 0 || e < 0 ? shown(null) : e > 0 && e < 5 ? withheld : shown(Math.max(0, c - e)));
  return {
    period,
    day,
    status: at(DAY.status) === 1 ? 'OPERATING' : 'WITHDRAWN',
    capacity: cap < 0 ? null : cap,
    enrolled: enr < 0 ? shown(null) : people(enr),
    freeSeats: facilityFree(v),
    waiting: people(waiting),
    ageClasses: AGES.filter((a) => at(DAY.capacityAge(a)) >= 0 || at(DAY.enrolledAge(a)) >= 0 || at(DAY.waitingAge(a)) > 0).map((age) => {
      const c = at(DAY.capacityAge(age));
      const e = at(DAY.enrolledAge(age));
      return { age, capacity: c < 0 ? null : c, enrolled: e < 0 ? shown(null) : people(e), freeSeats: free(c, e), waiting: people(Math.max(0, at(DAY.waitingAge(age)))) };
    }),
  };
}

async function rawRows(facilityId: string): Promise<Map<string, number[]>> {
  const { rows } = await hub.store.query<{ day: string; v: number[] }>(
    `select to_char(d.day, 'YYYY-MM-DD') as day, d.v from stats.facility_day d join stats.facility f using (fkey) where f.facility_id = $1 order by d.day`,
    [facilityId],
  );
  return new Map(rows.map((r) => [r.day, r.v.map(Number)]));
}

test("one centre's series per day, week and month equals its raw rows; the last day equals the catalogue", async () => {
  // A centre whose figures moved between the first two crawls, with enough children that nothing is withheld.
  const { rows: [pick] } = await hub.store.query<{ facility_id: string }>(
    `select f.facility_id from stats.facility f join stats.facility_day a on a.fkey = f.fkey and a.day = $1 join stats.facility_day b on b.fkey = f.fkey and b.day = $2
      where f.sigungu = '강서구' and a.v <> b.v and a.v[3] >= 5 and b.v[3] >= 5 order by f.facility_id limit 1`,
    [DAYS[0], DAYS[1]],
  );
  expect(pick).toBeDefined();
  const id = pick!.facility_id;
  const raw = await rawRows(id);
  expect([...raw.keys()]).toEqual(DAYS);

  const daily = await hub.gql(TREND, { id, range: { from: '2026-03-01', to: '2026-03-31', granularity: 'DAY' } });
  expect(daily.body.errors).toBeUndefined();
  expect(daily.body.data.facilityTrend.facilityId).toBe(id);
  expect(daily.body.data.facilityTrend.points).toEqual(DAYS.map((d) => expectedPoint(d, d, raw.get(d)!)));
  // The two crawls differ, so the trend shows a change, not one day three times.
  expect(daily.body.data.facilityTrend.points[0]).not.toEqual({ ...daily.body.data.facilityTrend.points[1], period: DAYS[0], day: DAYS[0] });

  // A week or a month shows its last filed day (stocks, not sums of days).
  const weekly = await hub.gql(TREND, { id, range: { from: '2026-03-01', to: '2026-03-31', granularity: 'WEEK' } });
  expect(weekly.body.data.facilityTrend.points).toEqual([expectedPoint('2026-03-02', DAYS[1]!, raw.get(DAYS[1]!)!), expectedPoint('2026-03-09', DAYS[2]!, raw.get(DAYS[2]!)!)]);
  const monthly = await hub.gql(TREND, { id, range: { from: '2026-03-01', to: '2026-03-31', granularity: 'MONTH' } });
  expect(monthly.body.data.facilityTrend.points).toEqual([expectedPoint('2026-03-01', DAYS[2]!, raw.get(DAYS[2]!)!)]);
  // The range cuts the period: March up to the 5th ends on the 3rd.
  const cut = await hub.gql(TREND, { id, range: { from: '2026-03-01', to: '2026-03-05', granularity: 'MONTH' } });
  expect(cut.body.data.facilityTrend.points.map((p: any) => p.day)).toEqual([DAYS[1]]);

  // The last crawl's figures are the catalogue's present ones.
  const { rows: [record] } = await hub.store.query<{ capacity: number | null; enrolled: number | null }>(`select capacity, enrolled from catalog.effective_record where id = $1`, [id]);
  const last = daily.body.data.facilityTrend.points[2];
  expect([last.capacity, last.enrolled.value]).toEqual([record!.capacity, record!.enrolled]);
  // Free seats are the centre's freeSeats field (issue 21: the age classes' free seats, capped by 정원 − 현원).
  const field = await hub.gql(`query($id: ID!) { facility(id: $id) { ... on ChildcareCenter { freeSeats } } }`, { id });
  expect(field.body.errors).toBeUndefined();
  expect(last.freeSeats).toEqual(shown(field.body.data.facility.freeSeats));

  // The series is read through the (fkey, day) index of migration 0035.
  const plan = await hub.store.transaction(async (tx) => {
    await tx.query('set local enable_seqscan = off');
    const { rows } = await tx.query<Record<string, string>>(`explain select * from stats.facility_day where fkey = 1 and day between '2026-01-01' and '2026-12-31'`);
    return rows.map((r) => Object.values(r)[0]).join('\n');
  });
  expect(plan).toContain('facility_day_by_facility');
});

test('a waiting list of 2 is suppressed and marked, one of 6 shown, per age class too', async () => {
  const today = kstDate(new Date());
  const { rows: centres } = await hub.store.query<{ id: string }>(
    `select id from catalog.effective_record where kind = 'FACILITY' and subtype = 'CHILDCARE_CENTER' and sigungu = '강서구' and published and merged_into is null order by id limit 2`,
  );
  const [small, large] = centres.map((c) => c.id);
  const apply = applyHarness(hub.store);
  const applyChildren = async (facilityId: string, n: number, prefix: string) => {
    for (let i = 0; i < n; i++) {
      const parent = { role: 'PARENT' as const, sub: `${prefix}-${i}` };
      const child = await apply.run(parent, M.registerChild, { input: { name: '홍길동', birthDate: `${new Date().getFullYear() - 1}-03-01`, idempotencyKey: key() } });
      const applied = await apply.run(parent, M.apply, { input: { childId: child.data.registerChild.id, facilityIds: [facilityId], priorityClaims: [], admissionYear: new Date().getFullYear(), idempotencyKey: key() } });
      expect(applied.errors).toBeUndefined();
    }
  };
  await applyChildren(small!, 2, 'trend-small');
  await applyChildren(large!, 6, 'trend-large');
  const ageClass = (await hub.store.query<{ age_class: number }>(`select age_class from apply.application where facility_id = $1 limit 1`, [large])).rows[0]!.age_class;

  const range = { from: today, to: today };
  const [a, b] = await Promise.all([hub.gql(TREND, { id: small, range }), hub.gql(TREND, { id: large, range })]);
  expect(a.body.errors).toBeUndefined();
  const smallPoint = a.body.data.facilityTrend.points[0];
  expect(smallPoint.day).toBe(today);
  expect(smallPoint.waiting).toEqual(withheld);
  const largePoint = b.body.data.facilityTrend.points[0];
  expect(largePoint.waiting).toEqual(shown(6));
  // Apply filed the count it ranks (WAITING and OFFERED), the same the raw row holds.
  const raw = (await rawRows(large!)).get(today)!;
  expect(largePoint).toEqual(expectedPoint(today, today, raw));
  const cls = largePoint.ageClasses.find((c: any) => c.age === Number(ageClass));
  expect(cls?.waiting).toEqual(shown(6));
  // Before anyone applied the list was empty: zero reveals nobody and is shown.
  const before = await hub.gql(TREND, { id: small, range: { from: DAYS[0], to: DAYS[0] } });
  expect(before.body.data.facilityTrend.points[0].waiting).toEqual(shown(0));
});

const provenance = { siteId: 'fixture', url: 'http://fixture.test/x', fetchedAt: '2026-03-01T00:00:00.000Z', contentHash: 'f', adapter: 'fixture@1' };
const centre = (sourceKey: string, capacity: number, enrolled: number): SourceRecord => ({
  kind: 'FACILITY', sourceKey, subtype: 'CHILDCARE_CENTER', name: `추이 테스트 어린이집 ${sourceKey}`, stages: ['INFANT'], primaryStage: 'INFANT',
  sido: '부산광역시', sigungu: '기장군', attrs: { centerType: 'HOME', ageClasses: [{ age: 0, classes: 1, enrolled, capacity: 5 }] }, capacity, enrolled, provenance,
});
const idOf = async (sourceKey: string) => (await hub.store.query<{ id: string }>(`select id from catalog.record where source_key = $1`, [sourceKey])).rows[0]!.id;

test('3 children enrolled: enrolled and free seats withheld (정원 − 여석 = 현원), capacity shown', async () => {
  await upsertRecords(hub.store, [centre('trend-s1', 20, 3)]);
  await fileSnapshots(hub.store, { day: '2026-03-11' });
  const res = await hub.gql(TREND, { id: await idOf('trend-s1'), range: { from: '2026-03-11', to: '2026-03-11' } });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data.facilityTrend.points).toEqual([{
    period: '2026-03-11', day: '2026-03-11', status: 'OPERATING', capacity: 20, enrolled: withheld, freeSeats: withheld, waiting: shown(0),
    ageClasses: [{ age: 0, capacity: 5, enrolled: withheld, freeSeats: withheld, waiting: shown(0) }],
  }]);
});

test('an unknown id is NOT_FOUND, a policy is no facility, a facility never filed has an empty trend, bad ranges are BAD_USER_INPUT', async () => {
  const range = { from: '2026-03-01', to: '2026-03-31' };
  const unknown = await hub.gql(TREND, { id: 'no-such-facility', range });
  expect(unknown.body.data?.facilityTrend).toBeNull();
  expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'facilityId' });

  await upsertRecords(hub.store, [
    { kind: 'POLICY', sourceKey: 'trend-policy', subtype: 'POLICY', name: '추이 테스트 정책', stages: ['INFANT'], primaryStage: 'INFANT', attrs: {}, provenance },
    centre('trend-new', 30, 10),
  ]);
  const policy = await hub.gql(TREND, { id: await idOf('trend-policy'), range });
  expect(policy.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  const fresh = await hub.gql(TREND, { id: await idOf('trend-new'), range });
  expect(fresh.body.errors).toBeUndefined();
  expect(fresh.body.data.facilityTrend.points).toEqual([]);

  const { rows: [any] } = await hub.store.query<{ facility_id: string }>(`select facility_id from stats.facility order by fkey limit 1`);
  for (const [bad, field] of [
    [{ from: '2026-02-30', to: '2026-03-01' }, 'range.from'],
    [{ from: '2026-03-02', to: '2026-03-01' }, 'range.to'],
    [{ from: '2020-01-01', to: '2026-03-01' }, 'range.to'],
  ] as const) {
    const res = await hub.gql(TREND, { id: any!.facility_id, range: bad });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
  const empty = await hub.gql(TREND, { id: ' ', range });
  expect(empty.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'facilityId' });
});
