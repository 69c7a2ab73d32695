import { programStatusOf } from '../../common/program-status';
import type { SourceRecord } from '../../common/record';
import { createKey } from '../../gateway/openapi/testing';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { fileSnapshots } from './snapshot-writer';

/** `/openapi/v1/stats/*` (issue 20): the GraphQL series as flat rows in the 공공데이터포털 envelope, suppression named, errors as result codes. */
let hub: TestHub;
let key: string;
beforeAll(async () => {
  hub = await startTestHub({ programs: true });
  key = (await createKey(hub.store)).key;
  const provenance = { siteId: 'fixture', url: 'http://fixture.test/x', fetchedAt: '2026-03-01T00:00:00.000Z', contentHash: 'f', adapter: 'fixture@1' };
  const tiny: SourceRecord = { kind: 'FACILITY', sourceKey: 'tiny', subtype: 'CHILDCARE_CENTER', name: '작은 어린이집', stages: ['INFANT'], primaryStage: 'INFANT', sido: '부산광역시', sigungu: '기장군', capacity: 10, enrolled: 2, attrs: { centerType: 'HOME' }, provenance };
  await upsertRecords(hub.store, [tiny]);
  await fileSnapshots(hub.store, { day: '2026-03-02' });
  await fileSnapshots(hub.store, { day: '2026-03-09' });
});
afterAll(async () => hub?.close());

const get = async (path: string) => {
  const res = await fetch(`${hub.hub.url}/openapi/v1${path}${path.includes('?') ? '&' : '?'}serviceKey=${encodeURIComponent(key)}&type=json`);
  return { status: res.status, body: (await res.json()) as any };
};

test('GET /stats/facilities: one row per group and period, the same figures as GraphQL', async () => {
  const rest = await get('/stats/facilities?from=2026-03-01&to=2026-03-15&granularity=WEEK&sido=서울&groupBy=SIGUNGU&numOfRows=100');
  expect(rest.status).toBe(200);
  expect(rest.body.response.header.resultCode).toBe('00');
  const items = rest.body.response.body.items.item;
  const gql = await hub.gql(`{ facilityStats(range: { from: "2026-03-01", to: "2026-03-15", granularity: WEEK }, filter: { region: { sido: "서울" } }, groupBy: [SIGUNGU]) {
    group { sigungu } points { period day freeSeats { value } capacity } } }`);
  const expected = gql.body.data.facilityStats.flatMap((s: any) => s.points.map((p: any) => [s.group.sigungu, p.period, p.day, p.capacity, p.freeSeats.value]));
  expect(items.map((i: any) => [i.sigungu, i.period, i.day, i.capacity, i.freeSeats])).toEqual(expected);
  expect(expected.length).toBeGreaterThanOrEqual(4); // 강서구 and 마포구, two weeks
  expect(rest.body.response.body.totalCount).toBe(expected.length);
});

test('a suppressed figure is null and named in `suppressed`', async () => {
  const rest = await get('/stats/facilities?from=2026-03-02&to=2026-03-02&sido=부산&sigungu=기장군');
  const [row] = rest.body.response.body.items.item;
  expect(row).toMatchObject({ capacity: 10, enrolled: null, freeSeats: null, occupancy: null });
  expect(row.suppressed.split(',')).toEqual(expect.arrayContaining(['enrolled', 'freeSeats', 'occupancy']));
});

test('bad and missing parameters answer with the public-data result codes', async () => {
  const missing = await get('/stats/facilities?to=2026-03-02');
  expect([missing.status, missing.body.response.header.resultCode]).toEqual([400, '11']);
  const backwards = await get('/stats/policies?from=2026-03-09&to=2026-03-01');
  expect([backwards.status, backwards.body.response.header.resultCode]).toEqual([400, '10']);
  const policies = await get('/stats/policies?from=2026-03-01&to=2026-03-31&granularity=MONTH&groupBy=STAGE');
  expect(policies.body.response.header.resultCode).toBe('00');
  expect(policies.body.response.body.items.item.every((i: any) => i.period === '2026-03-01' && i.day === '2026-03-09')).toBe(true);
});

test('programmes by category: counts per registration status equal the catalogue read with the same status words; GET /stats/programs the same rows', async () => {
  const { rows } = await hub.store.query<{ status: string; attrs: any }>(`select status, attrs from catalog.effective_record where kind = 'PROGRAM' and published and merged_into is null`);
  const expected: Record<string, Record<string, number>> = {};
  for (const r of rows) {
    const e = (expected[String(r.attrs.category || null)] ??= { programmes: 0, active: 0, open: 0, closed: 0, waitlist: 0, upcoming: 0, unknown: 0 });
    e.programmes! += 1;
    if (r.status !== 'ACTIVE') continue;
    e.active! += 1;
    const st = programStatusOf(r.attrs.status);
    e[st ? st.toLowerCase() : 'unknown']! += 1;
  }
  expect(rows.length).toBeGreaterThan(3);
  const res = await hub.gql(`{ programStats(range: { from: "2026-03-09", to: "2026-03-09" }, groupBy: CATEGORY) { group points { day programmes active open closed waitlist upcoming unknown } } }`);
  expect(res.body.errors).toBeUndefined();
  const got = Object.fromEntries(res.body.data.programStats.map((s: any) => { const { day, ...counts } = s.points[0]; expect(day).toBe('2026-03-09'); return [String(s.group), counts]; }));
  expect(got).toEqual(expected);
  const rest = await get('/stats/programs?from=2026-03-09&to=2026-03-09&groupBy=CATEGORY&numOfRows=100');
  expect(rest.body.response.body.items.item.map((i: any) => [String(i.group), i.programmes, i.open])).toEqual(res.body.data.programStats.map((s: any) => [String(s.group), s.points[0].programmes, s.points[0].open]));
});

test('GET /stats/welfare: the welfareStats rows, a small cell null and named in `suppressed`', async () => {
  await hub.store.query(
    `insert into welfare.programme (id, name, resource_type, sponsor, quantity, unit, recommend_from, recommend_until, concentration_months, household_limit, status, owner_sub, owner_org)
     values ('wp-oa', '김치 나눔', '김치', '후원처', 100, '개', '2026-03-01', '2026-03-31', 6, 2, 'OPEN', 'officer', 'district')`,
  );
  // 6 recommendations in 역삼1동 (shown), 2 in 개포2동 (suppressed).
  const dongs = ['역삼1동', '역삼1동', '역삼1동', '역삼1동', '역삼1동', '역삼1동', '개포2동', '개포2동'];
  for (const [i, dong] of dongs.entries()) {
    await hub.store.query(
      `insert into welfare.recommendation (id, programme_id, identity_hash, household_hash, registry_ref, person_name, birth_date, dong, reason, org_id, org_kind, recommended_by, created_at, registry_status)
       values ($1, 'wp-oa', $1, $1, $1, '홍길동', '1950-01-01', $2, '사유', 'org-1', 'COMMUNITY_CENTER', 'u1', '2026-03-05T10:00:00+09:00', 'RESIDENT')`,
      [`oa-${i}`, dong],
    );
  }
  const rest = await get('/stats/welfare?from=2026-03-01&to=2026-03-31&granularity=MONTH&groupBy=DONG');
  expect([rest.status, rest.body.response.header.resultCode]).toEqual([200, '00']);
  const gql = await hub.gql(`{ welfareStats(range: { from: "2026-03-01", to: "2026-03-31", granularity: MONTH }, groupBy: DONG) { group points { period recommendations { value } } } }`);
  const expected = gql.body.data.welfareStats.flatMap((s: any) => s.points.map((p: any) => [s.group, p.period, p.recommendations.value]));
  expect(expected).toEqual([['개포2동', '2026-03-01', null], ['역삼1동', '2026-03-01', 6]]);
  expect(rest.body.response.body.items.item.map((i: any) => [i.group, i.period, i.recommendations])).toEqual(expected);
  expect(rest.body.response.body.items.item[0].suppressed.split(',')).toContain('recommendations');
});
