import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startCrawledHub, type CrawledHub } from '../../gateway/testing/crawled-hub';
import { createKey, getText } from '../../gateway/openapi/testing';
import { inspectedCentres, type SimInspectedCentre } from '../../simulator/sites/inspections';
import { worldAt } from '../../simulator/world';

/**
 * Issue 20, must show: `facility(id) { inspections { date type findings
 * measures } }` answers, for a kindergarten of the bundled safety.json, the
 * records of the simulated 보육포털 점검내역 and of safety.json (CP949,
 * decoded exactly); the 점검 records attach to the facilities the other
 * sites publish (no duplicates); the listing's inspectedSince / hasViolations
 * filters agree with the simulator's own data; a tick adds inspections and
 * moves their status; the Open API serves the same.
 */
let hub: CrawledHub;
const SITES = ['kinder-openapi', 'kinder-safety', 'seoul-childcare-inspections', 'gangseo-ccic'];
const KINDERGARTEN = '강남유정유치원';

beforeAll(async () => {
  hub = await startCrawledHub(SITES);
}, 180_000);
afterAll(async () => hub?.close());

const INSPECTIONS = 'inspections { date type category findings measures result status violation source }';

async function facilityId(sigungu: string, name: string, subtype: string): Promise<string[]> {
  const { rows } = await hub.store.query<{ id: string }>(
    `select id from catalog.effective_record where kind = 'FACILITY' and status = 'ACTIVE' and subtype = $1 and sigungu = $2 and name = $3`,
    [subtype, sigungu, name],
  );
  return rows.map((r) => r.id);
}

/** What the 점검 source should yield for a centre, recomputed from the simulator's list (not through the adapter). */
function expectedGuidance(centre: SimInspectedCentre) {
  return centre.inspList.map((i) => {
    const findings = i.inspCn === '지적사항 없음' ? null : i.inspCn;
    const measures = i.dspsCn ? i.dspsCn.split(', ') : [];
    return { date: i.inspDt, type: i.inspSe, category: 'GUIDANCE', findings, measures, result: null, status: i.prcsSttus, violation: findings !== null || measures.length > 0, source: 'seoul-childcare-inspections' };
  });
}

const centreAt = (tick: number, stcode: string) => inspectedCentres(worldAt(42, tick)).find((c) => c.stcode === stcode)!;

test('must show: a safety.json kindergarten answers the 점검내역 records and its safety inspections, CP949 decoded exactly', async () => {
  // The bundled file is CP949, not UTF-8: read as UTF-8 its Korean is lost, so the names below come from a real decode.
  const raw = readFileSync(join(__dirname, '..', '..', 'simulator', 'data', 'safety.json'));
  expect(raw.toString('utf8')).not.toContain(KINDERGARTEN);

  const ids = await facilityId('강남구', KINDERGARTEN, 'KINDERGARTEN');
  expect(ids).toHaveLength(1);
  const data = await hub.ok(`query($id: ID!) { facility(id: $id) { __typename name region { sido sigungu } ... on Kindergarten { establishment } ${INSPECTIONS} } }`, { id: ids[0] });
  const f = data.facility;
  expect(f).toMatchObject({ __typename: 'Kindergarten', name: KINDERGARTEN, region: { sido: '서울특별시', sigungu: '강남구' }, establishment: '사립(사인)' });

  const safety = f.inspections.filter((i: { source: string }) => i.source === 'kinder-safety');
  const s = (date: string | null, type: string, result: string) => ({ date, type, category: 'SAFETY', findings: null, measures: [], result, status: null, violation: false, source: 'kinder-safety' });
  // safety.json item 1, field by field: plyg_ck_dt 20190401 적합, fire_avd_dt 20190328, elect_ck_dt 20181002,
  // gas_ck_dt 20180409, fire_safe_dt 20171011, CCTV 59 (54 in, 5 out) — newest first, the undated CCTV last.
  expect(safety).toEqual([
    s('2019-04-01', '놀이시설 안전검사', '적합'),
    s('2019-03-28', '소방대피훈련', '점검 실시'),
    s('2018-10-02', '전기점검', '점검 실시'),
    s('2018-04-09', '가스점검', '점검 실시'),
    s('2017-10-11', '소방안전점검', '점검 실시'),
    s(null, 'CCTV 설치', '59대 설치 (실내 54, 실외 5)'),
  ]);

  const guidance = f.inspections.filter((i: { source: string }) => i.source === 'seoul-childcare-inspections');
  const expected = expectedGuidance(centreAt(0, `유치원:강남구:${KINDERGARTEN}`));
  expect(expected.length).toBeGreaterThan(0);
  expect(guidance).toEqual(expected);
  // Both sources, one list, newest first (undated last).
  expect(f.inspections).toHaveLength(safety.length + guidance.length);
  const dates = f.inspections.map((i: { date: string | null }) => i.date ?? '');
  expect(dates.filter((d: string) => d !== '')).toEqual([...dates.filter((d: string) => d !== '')].sort().reverse());
  expect(dates[dates.length - 1]).toBe('');
});

test('another kindergarten of safety.json: 놀이시설 not inspected (-) and 가스 NA are kept as published', async () => {
  const [pohi] = await facilityId('강남구', '서울포이초등학교병설유치원', 'KINDERGARTEN');
  const [nambu] = await facilityId('강남구', '남부유치원', 'KINDERGARTEN');
  const pick = async (id: string, type: string) =>
    (await hub.ok(`query($id: ID!) { facility(id: $id) { ${INSPECTIONS} } }`, { id })).facility.inspections.find((i: { type: string; source: string }) => i.type === type && i.source === 'kinder-safety');
  expect(await pick(pohi!, '가스점검')).toMatchObject({ date: null, result: '해당 없음' });
  expect(await pick(nambu!, '놀이시설 안전검사')).toMatchObject({ date: null, result: '미실시', violation: false });
});

test('점검 records attach to the facilities other sites publish: one 동대문구 kindergarten each, 강서구 centres not duplicated', async () => {
  const { rows: kg } = await hub.store.query<{ name: string; n: number; sites: string[] }>(
    `select e.name, count(*)::int as n, array_agg(distinct s.site_id order by s.site_id) as sites
     from catalog.effective_record e join catalog.source_record s on s.record_id = e.id and s.status = 'ACTIVE'
     where e.kind = 'FACILITY' and e.status = 'ACTIVE' and e.subtype = 'KINDERGARTEN' and e.sigungu = '동대문구'
     group by e.id, e.name`,
  );
  expect(kg).toHaveLength(34);
  for (const k of kg) expect(k.sites).toEqual(['kinder-openapi', 'seoul-childcare-inspections']);

  const world = worldAt(42, 0);
  const gangseo = inspectedCentres(world).filter((c) => c.sigunname === '강서구' && c.crtypename === '어린이집');
  expect(gangseo.length).toBeGreaterThan(5);
  const { rows } = await hub.store.query<{ name: string; sites: string[] }>(
    `select e.name, array_agg(distinct s.site_id order by s.site_id) as sites
     from catalog.effective_record e join catalog.source_record s on s.record_id = e.id and s.status = 'ACTIVE'
     where e.kind = 'FACILITY' and e.status = 'ACTIVE' and e.subtype = 'CHILDCARE_CENTER' and e.sigungu = '강서구'
     group by e.id, e.name`,
  );
  const withInspections = rows.filter((r) => r.sites.includes('seoul-childcare-inspections'));
  // Every inspected 강서구 centre joined the record the district site publishes; none is a record of its own.
  expect(withInspections).toHaveLength(gangseo.length);
  for (const r of withInspections) expect(r.sites).toEqual(['gangseo-ccic', 'seoul-childcare-inspections']);
});

const LIST = `query($filter: FacilityFilter, $after: String) { facilities(filter: $filter, first: 100, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id ... on Facility { name ${INSPECTIONS} } } } } }`;

interface Listed {
  name: string;
  inspections: { date: string | null; violation: boolean }[];
}

async function listAll(filter: Record<string, unknown>): Promise<Listed[]> {
  const out: Listed[] = [];
  let after: string | null = null;
  for (;;) {
    const d: { edges: { node: Listed }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = (await hub.ok(LIST, { filter, after })).facilities;
    out.push(...d.edges.map((e) => e.node));
    if (!d.pageInfo.hasNextPage) return out;
    after = d.pageInfo.endCursor;
  }
}

test('inspectedSince and hasViolations select what the simulator published', async () => {
  const world = worldAt(42, 0);
  const gangnam = inspectedCentres(world).filter((c) => c.sigunname === '강남구');
  const region = { sido: '서울', sigungu: '강남구' };
  const violating = (c: SimInspectedCentre, since = '') => c.inspList.some((i) => i.inspDt >= since && (i.dspsCn !== '' || i.inspCn !== '지적사항 없음'));

  const withViolations = await listAll({ region, hasViolations: true });
  expect(withViolations.map((f) => f.name).sort()).toEqual(gangnam.filter((c) => violating(c)).map((c) => c.crname).sort());
  expect(withViolations.length).toBeGreaterThan(0);
  const without = await listAll({ region, hasViolations: false });
  expect(without.length + withViolations.length).toBe((await hub.ok(LIST, { filter: { region } })).facilities.totalCount);

  // safety.json's dates are 2015–2019; the simulated 점검 history starts in 2023.
  const since = '2024-01-01';
  const recent = await listAll({ region, inspectedSince: since });
  expect(recent.map((f) => f.name).sort()).toEqual(gangnam.filter((c) => c.inspList.some((i) => i.inspDt >= since)).map((c) => c.crname).sort());
  for (const f of recent) expect(f.inspections.some((i) => i.date !== null && i.date >= since)).toBe(true);
  const recentViolations = await listAll({ region, inspectedSince: since, hasViolations: true });
  expect(recentViolations.map((f) => f.name).sort()).toEqual(gangnam.filter((c) => violating(c, since)).map((c) => c.crname).sort());

  const bad = await hub.gql(LIST, { filter: { inspectedSince: '2024-02-30' } });
  expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('a simulator tick adds inspections to the 점검 source and moves their status; a crawl shows both', async () => {
  // The first centre that gets a new inspection with measures within 20 ticks.
  let found: { stcode: string; tick: number; date: string } | null = null;
  for (let t = 1; t <= 20 && !found; t++) {
    const c = inspectedCentres(worldAt(42, t)).find((x) => x.sigunname === '동대문구' && x.inspList.some((i) => i.prcsSttus === '조치중'));
    if (c) found = { stcode: c.stcode, tick: t, date: c.inspList.find((i) => i.prcsSttus === '조치중')!.inspDt };
  }
  expect(found).not.toBeNull();
  const centre = centreAt(found!.tick, found!.stcode);
  const [id] = await facilityId('동대문구', centre.crname, 'KINDERGARTEN');
  const guidance = async () =>
    (await hub.ok(`query($id: ID!) { facility(id: $id) { ${INSPECTIONS} } }`, { id })).facility.inspections.filter((i: { source: string }) => i.source === 'seoul-childcare-inspections');

  expect((await guidance()).some((i: { date: string }) => i.date === found!.date)).toBe(false);
  hub.sim.setTick(found!.tick);
  expect((await hub.crawl('seoul-childcare-inspections')).status).toBe('succeeded');
  const now = await guidance();
  expect(now).toEqual(expectedGuidance(centre));
  expect(now.find((i: { date: string }) => i.date === found!.date)).toMatchObject({ status: '조치중', violation: true });
  expect((await listAll({ region: { sido: '서울', sigungu: '동대문구' }, inspectedSince: found!.date, hasViolations: true })).map((f) => f.name)).toContain(centre.crname);

  hub.sim.setTick(found!.tick + 3);
  expect((await hub.crawl('seoul-childcare-inspections')).status).toBe('succeeded');
  const later = await guidance();
  expect(later).toEqual(expectedGuidance(centreAt(found!.tick + 3, found!.stcode)));
  expect(later.find((i: { date: string }) => i.date === found!.date)).toMatchObject({ status: '조치완료' });
  hub.sim.setTick(0);
  expect((await hub.crawl('seoul-childcare-inspections')).status).toBe('succeeded');
});

test('Open API: /facilities/{id}/inspections answers the GraphQL list; /facilities filters by inspectedSince and hasViolations', async () => {
  const { key } = await createKey(hub.store);
  const base = `${hub.hub.url}/openapi/v1`;
  const [id] = await facilityId('강남구', KINDERGARTEN, 'KINDERGARTEN');
  const gql = (await hub.ok(`query($id: ID!) { facility(id: $id) { ${INSPECTIONS} } }`, { id })).facility.inspections;
  const r = await getText(`${base}/facilities/${id}/inspections?serviceKey=${encodeURIComponent(key)}&type=json&numOfRows=100`);
  expect(r.status).toBe(200);
  const body = JSON.parse(r.text).response.body;
  expect(body.totalCount).toBe(gql.length);
  expect(body.items.item).toEqual(gql.map((i: Record<string, unknown>) => ({ ...i, measures: (i.measures as string[]).join(',') })));
  expect(body.items.item.find((i: { type: string }) => i.type === 'CCTV 설치').result).toBe('59대 설치 (실내 54, 실외 5)');

  const list = await getText(`${base}/facilities?serviceKey=${encodeURIComponent(key)}&type=json&sido=서울&sigungu=강남구&inspectedSince=2024-01-01&hasViolations=true&numOfRows=100`);
  expect(list.status).toBe(200);
  const names = JSON.parse(list.text).response.body.items.item.map((i: { name: string }) => i.name).sort();
  expect(names).toEqual((await listAll({ region: { sido: '서울', sigungu: '강남구' }, inspectedSince: '2024-01-01', hasViolations: true })).map((f) => f.name).sort());
});
