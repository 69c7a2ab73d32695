import { hashServiceKey } from '../../common/access/service-key';
import { recordId } from '../../common/record-id';
import { startTestHub, type TestHub } from '../testing/hub';
import { createKey, getText, xmlParser } from './testing';

/** The REST facade over real HTTP: envelope in JSON and XML, result codes with their HTTP status. */
let hub: TestHub;
let key: string;
let base: string;

beforeAll(async () => {
  hub = await startTestHub();
  // A key with `+` and `/` in it, as 공공데이터포털 keys have: raw and URL-encoded forms must both work.
  ({ key } = await createKey(hub.store, {}, 'ab+cd/ef+gh/ij+kl/mn+op/qr+st/uv+wx/yz+AB/CD'));
  base = `${hub.hub.url}/openapi/v1`;
});
afterAll(async () => {
  await hub?.close();
});

const get = (path: string, query: string, headers: Record<string, string> = {}) => getText(`${base}${path}?${query}`, headers);
const json = async (path: string, query: string) => {
  const r = await get(path, query);
  return { status: r.status, headers: r.headers, body: JSON.parse(r.text) };
};
const xml = async (path: string, query: string) => {
  const r = await get(path, query);
  expect(r.headers.get('content-type')).toMatch(/^application\/xml/);
  return { status: r.status, body: xmlParser.parse(r.text) };
};
const withKey = (query = '') => `serviceKey=${encodeURIComponent(key)}${query ? `&${query}` : ''}`;

test('facilities in JSON and XML carry the same envelope and the same items, field by field', async () => {
  const q = withKey('sido=서울&sigungu=강서구&kind=CHILDCARE_CENTER&numOfRows=3&pageNo=1');
  const j = await json('/facilities', `${q}&type=json`);
  const x = await xml('/facilities', `${q}&_type=xml`);
  expect(j.status).toBe(200);
  expect(x.status).toBe(200);
  expect(j.body.response.header).toEqual({ resultCode: '00', resultMsg: 'NORMAL SERVICE.' });
  expect(x.body.response.header).toEqual({ resultCode: '00', resultMsg: 'NORMAL SERVICE.' });
  const jb = j.body.response.body;
  expect(jb).toMatchObject({ numOfRows: 3, pageNo: 1, totalCount: 5 });
  expect(jb.items.item.map((i: { name: string }) => i.name)).toEqual(['가양햇살어린이집', '나래어린이집', '다솜어린이집']);
  const xb = x.body.response.body;
  expect({ numOfRows: xb.numOfRows, pageNo: xb.pageNo, totalCount: xb.totalCount }).toEqual({ numOfRows: '3', pageNo: '1', totalCount: '5' });
  expect(xb.items.item).toHaveLength(3);
  jb.items.item.forEach((item: Record<string, unknown>, i: number) => {
    const other = xb.items.item[i];
    expect(Object.keys(other).sort()).toEqual(Object.keys(item).sort());
    for (const [field, value] of Object.entries(item)) expect([field, other[field]]).toEqual([field, value === null ? '' : String(value)]);
  });
  const first = jb.items.item[0];
  expect(first).toMatchObject({ id: recordId('FACILITY', 'fixture', 'c1'), kind: 'CHILDCARE_CENTER', stages: 'INFANT', sigungu: '강서구', specialCare: 'NIGHT', capacity: 20, enrolled: 15, withdrawn: false });

  const page2 = await json('/facilities', withKey('sido=서울&sigungu=강서구&kind=CHILDCARE_CENTER&numOfRows=3&pageNo=2&type=json'));
  expect(page2.body.response.body.items.item.map((i: { name: string }) => i.name)).toEqual(['라온어린이집', '마곡숲어린이집']);
});

test('one row is still an array in JSON, and the same single <item> in XML; no rows is an empty array', async () => {
  const one = await json('/facilities', withKey('kind=POSTPARTUM_CARE_CENTER&type=json'));
  expect(one.body.response.body.totalCount).toBe(1);
  expect(Array.isArray(one.body.response.body.items.item)).toBe(true);
  expect(one.body.response.body.items.item).toHaveLength(1);
  const byId = await json(`/policies/${recordId('POLICY', 'fixture', 'pol2')}`, withKey('type=json'));
  expect(byId.body.response.body.items.item).toEqual([expect.objectContaining({ name: '부모급여', stages: 'INFANT', amountKrw: 100000, applicationAlways: true })]);
  const oneXml = await xml(`/policies/${recordId('POLICY', 'fixture', 'pol2')}`, withKey('type=xml'));
  expect(oneXml.body.response.body.items.item).toHaveLength(1);
  expect(oneXml.body.response.body.items.item[0].name).toBe('부모급여');
  const none = await json('/facilities', withKey('sido=서울&sigungu=종로구&type=json'));
  expect(none.body.response).toMatchObject({ header: { resultCode: '00' }, body: { items: { item: [] }, totalCount: 0 } });
});

test('the key is accepted raw, URL-encoded, double-encoded and as the X-API-Key header; the default format is XML', async () => {
  expect(key).toMatch(/[+/]/);
  for (const query of [`serviceKey=${key}`, `serviceKey=${encodeURIComponent(key)}`, `ServiceKey=${encodeURIComponent(encodeURIComponent(key))}`]) {
    const r = await get('/sources', `${query}&type=json&numOfRows=2`);
    expect([query, r.status]).toEqual([query, 200]);
  }
  const header = await get('/sources', 'numOfRows=1', { 'x-api-key': key });
  expect(header.status).toBe(200);
  expect(header.headers.get('content-type')).toMatch(/^application\/xml/);
  expect(xmlParser.parse(header.text).response.header.resultCode).toBe('00');
});

test('result codes come with their HTTP status: 11 missing key or parameter, 30 unknown key, 10 bad numOfRows or type, 03 no data', async () => {
  const cases: [string, string, number, string][] = [
    ['/facilities', 'type=json', 400, '11'],
    ['/facilities', 'serviceKey=not-a-registered-key&type=json', 401, '30'],
    ['/facilities', withKey('numOfRows=0&type=json'), 400, '10'],
    ['/facilities', withKey('numOfRows=101&type=json'), 400, '10'],
    ['/facilities', withKey('numOfRows=ten&type=json'), 400, '10'],
    ['/facilities', withKey('stage=ADULT&type=json'), 400, '10'],
    ['/facilities', withKey('sido=서울&sigungu=강서군&type=json'), 400, '10'],
    ['/facilities', withKey('sigungu=강서구&type=json'), 400, '11'],
    ['/search', withKey('type=json'), 400, '11'],
    [`/facilities/${recordId('FACILITY', 'fixture', 'c1')}/waitlist`, withKey('type=json'), 400, '11'],
    ['/facilities/fac_0123456789abcdef', withKey('type=json'), 404, '03'],
    ['/facilities/not-an-id', withKey('type=json'), 400, '10'],
    ['/nothing-here', withKey('type=json'), 404, '03'],
  ];
  for (const [path, query, status, resultCode] of cases) {
    const r = await json(path, query);
    expect([path, query, r.status, r.body.response.header.resultCode]).toEqual([path, query, status, resultCode]);
    expect(r.body.response.header.messageKo).toEqual(expect.any(String));
    expect(r.body.response.header.messageEn).toEqual(expect.any(String));
    expect(r.body.response.body).toBeUndefined();
  }
  const badType = await xml('/facilities', withKey('type=csv'));
  expect([badType.status, badType.body.response.header.resultCode, badType.body.response.header.field]).toEqual([400, '10', 'type']);
  const missingXml = await xml('/facilities', 'type=xml');
  expect(missingXml.status).toBe(400);
  expect(missingXml.body.response.header).toMatchObject({ resultCode: '11', resultMsg: 'NO_MANDATORY_REQUEST_PARAMETERS_ERROR', field: 'serviceKey' });
});

test('search, waitlist, sources and changes answer through the same GraphQL operations', async () => {
  const search = await json('/search', withKey('query=어린이집&recordKind=FACILITY&numOfRows=2&type=json'));
  expect(search.status).toBe(200);
  expect(search.body.response.body.totalCount).toBeGreaterThanOrEqual(5);
  expect(search.body.response.body.items.item[0]).toMatchObject({ recordKind: 'FACILITY', kind: 'CHILDCARE_CENTER' });
  const waitlist = await json(`/facilities/${recordId('FACILITY', 'fixture', 'c1')}/waitlist`, withKey('ageClass=1&type=json'));
  expect(waitlist.body.response).toMatchObject({ header: { resultCode: '00' }, body: { items: { item: [] }, totalCount: 0 } });
  const notCentre = await json(`/facilities/${recordId('FACILITY', 'fixture', 'p1')}/waitlist`, withKey('ageClass=1&type=json'));
  expect(notCentre.body.response.header.resultCode).toBe('03');
  const changes = await json('/changes', withKey('numOfRows=5&type=json'));
  expect(changes.body.response.body).toMatchObject({ numOfRows: 5, hasMore: true, totalCount: 14 });
  expect(changes.body.response.body.items.item).toHaveLength(5);
  expect(changes.body.response.body.items.item[0]).toMatchObject({ op: 'CREATED', cursor: expect.any(String) });
  expect(changes.body.response.body.cursor).toBe(changes.body.response.body.items.item[4].cursor);
});

test('the key is stored only as its hash', async () => {
  const { rows } = await hub.store.query<{ key_hash: string; key_prefix: string }>('select key_hash, key_prefix from access.api_key');
  const all = JSON.stringify(rows);
  expect(all).not.toContain(key);
  expect(rows.map((r) => r.key_hash)).toContain(hashServiceKey(key));
});
