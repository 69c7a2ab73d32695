import { kstDate } from '../../common/kst';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { applyHarness, key, M } from '../apply/testing';

/**
 * Waiting lists in the statistics (issue 20): apply files the day's
 * waiting-list lengths per age class as applications come in (the first one
 * of a day files the whole day), and waitingListStats reads offers, hours to
 * offer (median, p90), declined and expired offers — with fewer than 5
 * people suppressed.
 */
let hub: TestHub;
let h: ReturnType<typeof applyHarness>;
const today = kstDate(new Date());
const yesterday = kstDate(new Date(Date.now() - 86_400_000));

beforeAll(async () => {
  hub = await startTestHub();
  h = applyHarness(hub.store);
});
afterAll(async () => hub?.close());

const idOf = async (sourceKey: string) => (await hub.store.query<{ id: string }>(`select id from catalog.record where source_key = $1`, [sourceKey])).rows[0]!.id;

async function applyChildren(facilityId: string, n: number, prefix: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const parent = { role: 'PARENT' as const, sub: `${prefix}-${i}` };
    const c = await h.run(parent, M.registerChild, { input: { name: '홍길동', birthDate: `${new Date().getFullYear() - 1}-03-01`, idempotencyKey: key() } });
    const r = await h.run(parent, M.apply, { input: { childId: c.data.registerChild.id, facilityIds: [facilityId], priorityClaims: [], admissionYear: new Date().getFullYear(), idempotencyKey: key() } });
    expect(r.errors).toBeUndefined();
    ids.push(r.data.applyForAdmission[0].id);
  }
  return ids;
}

const STATS = `query($range: StatsRangeInput!, $filter: FacilityStatsFilter) {
  facilityStats(range: $range, filter: $filter) { points { day facilities waiting { value suppressed } ageClasses { age waiting { value suppressed } } } } }`;
const WAITING = `query($range: StatsRangeInput!) { waitingListStats(range: $range) {
  period applications { value suppressed } offers { value suppressed } medianHoursToOffer { value suppressed } p90HoursToOffer { value suppressed }
  offersDeclined { value suppressed } offersExpired { value suppressed } } }`;

test('waiting-list lengths per age class come from apply, filed for today; a list of 2 is suppressed', async () => {
  const gangseo = await idOf('c1');
  const mapo = await idOf('m1');
  await applyChildren(gangseo, 6, 'gs');
  await applyChildren(mapo, 2, 'mp');
  const ageClass = Number((await hub.store.query<{ age_class: number }>(`select age_class from apply.application limit 1`)).rows[0]!.age_class);

  const gs = await hub.gql(STATS, { range: { from: today, to: today }, filter: { region: { sido: '서울', sigungu: '강서구' } } });
  expect(gs.body.errors).toBeUndefined();
  const point = gs.body.data.facilityStats[0].points[0];
  // The whole day is filed (every 강서구 fixture facility), not only the centre applied to.
  const { rows } = await hub.store.query<{ n: number }>(`select count(*)::int as n from catalog.effective_record where kind = 'FACILITY' and sigungu = '강서구' and published and merged_into is null`);
  expect(point.facilities).toBe(Number(rows[0]!.n));
  expect(point.facilities).toBeGreaterThan(1);
  expect(point.waiting).toEqual({ value: 6, suppressed: false });
  expect(point.ageClasses[ageClass].waiting).toEqual({ value: 6, suppressed: false });

  const mp = await hub.gql(STATS, { range: { from: today, to: today }, filter: { region: { sido: '서울', sigungu: '마포구' } } });
  expect(mp.body.data.facilityStats[0].points[0].waiting).toEqual({ value: null, suppressed: true });
});

test('offers: median and p90 hours from application to offer; 1 declined is suppressed, 0 expired shown', async () => {
  const centre = await idOf('c5');
  const apps = await applyChildren(centre, 5, 'off');
  const staff = { role: 'CENTER_STAFF' as const, sub: 'staff-stats', facilities: [centre] };
  for (const id of apps) {
    const r = await h.run(staff, `mutation($i: ApplicationActionInput!) { offerSeat(input: $i) { status } }`, { i: { applicationId: id, idempotencyKey: key() } });
    expect(r.errors).toBeUndefined();
  }
  // Applied 1…5 hours before their offers (the test cannot wait hours).
  await hub.store.query(
    `update apply.application a set applied_at = n.created_at - (x.k * interval '1 hour')
     from unnest($1::text[]) with ordinality as x(id, k), apply.notification n
     where a.id = x.id and n.application_id = a.id and n.kind = 'OFFERED'`,
    [apps],
  );
  const parent = { role: 'PARENT' as const, sub: 'off-0' };
  expect((await h.run(parent, `mutation($i: ApplicationActionInput!) { withdrawApplication(input: $i) { status } }`, { i: { applicationId: apps[0], idempotencyKey: key() } })).errors).toBeUndefined();

  // The day was filed by the first test's read: these changes rebuild only 강서구's cells (stale marks), and the
  // list now holds c1's 6 and c5's 4 (offered ones stay on the list; the withdrawn one left it).
  const { rows: stale } = await hub.store.query<{ sigungu: string }>(`select sigungu from stats.dirty_region`);
  expect(stale.map((r) => r.sigungu)).toEqual(['강서구']);
  const gs = await hub.gql(STATS, { range: { from: today, to: today }, filter: { region: { sido: '서울', sigungu: '강서구' } } });
  expect(gs.body.data.facilityStats[0].points[0].waiting).toEqual({ value: 10, suppressed: false });
  expect((await hub.store.query(`select 1 from stats.dirty_region`)).rows).toEqual([]);

  const res = await hub.gql(WAITING, { range: { from: yesterday, to: today, granularity: 'MONTH' } });
  expect(res.body.errors).toBeUndefined();
  const points = res.body.data.waitingListStats;
  const offers = points.reduce((n: number, p: any) => n + (p.offers.value ?? 0), 0);
  expect(offers).toBe(5);
  const point = points.find((p: any) => p.offers.value === 5);
  expect(point.medianHoursToOffer).toEqual({ value: 3, suppressed: false });
  expect(point.p90HoursToOffer).toEqual({ value: 4.6, suppressed: false });
  expect(point.offersDeclined).toEqual({ value: null, suppressed: true });
  expect(point.offersExpired).toEqual({ value: 0, suppressed: false });
});
