import { recordId } from '../../common/record-id';
import { startTestHub, type TestHub } from '../testing/hub';
import { createKey, getText, xmlParser } from './testing';

/** `/openapi/v1/programs` and programmes in the other routes (issue 15): the same envelope, JSON and XML, as every route. */
let hub: TestHub;
let key: string;
let base: string;

beforeAll(async () => {
  hub = await startTestHub({ programs: true });
  ({ key } = await createKey(hub.store));
  base = `${hub.hub.url}/openapi/v1`;
});
afterAll(async () => {
  await hub?.close();
});

const withKey = (query: string) => `serviceKey=${encodeURIComponent(key)}&${query}`;
const json = async (path: string, query: string) => {
  const r = await getText(`${base}${path}?${withKey(query)}&type=json`);
  return { status: r.status, body: JSON.parse(r.text) };
};
const xml = async (path: string, query: string) => {
  const r = await getText(`${base}${path}?${withKey(query)}&type=xml`);
  expect(r.headers.get('content-type')).toMatch(/^application\/xml/);
  return { status: r.status, body: xmlParser.parse(r.text) };
};
const intake = recordId('PROGRAM', 'fixture', 'program:intake');

test('programs in JSON and XML: the same envelope and the same items, field by field, filtered like the GraphQL list', async () => {
  const query = 'sido=서울&sigungu=강서구&category=상담,부모교육&numOfRows=2&pageNo=1';
  const j = await json('/programs', query);
  const x = await xml('/programs', query);
  expect([j.status, x.status]).toEqual([200, 200]);
  expect(j.body.response.header).toEqual({ resultCode: '00', resultMsg: 'NORMAL SERVICE.' });
  expect(x.body.response.header).toEqual({ resultCode: '00', resultMsg: 'NORMAL SERVICE.' });
  const jb = j.body.response.body;
  expect(jb).toMatchObject({ numOfRows: 2, pageNo: 1, totalCount: 3 });
  expect(jb.items.item.map((i: { name: string }) => i.name)).toEqual(['베이비 마사지 교실', '부모-자녀 대화 교실']);
  const xb = x.body.response.body;
  expect(xb.totalCount).toBe('3');
  jb.items.item.forEach((item: Record<string, unknown>, i: number) => {
    const other = xb.items.item[i];
    expect(Object.keys(other).sort()).toEqual(Object.keys(item).sort());
    for (const [field, value] of Object.entries(item)) expect([field, other[field]]).toEqual([field, value === null ? '' : String(value)]);
  });
  expect(jb.items.item[0]).toMatchObject({ category: '부모교육', status: 'CLOSED', statusLabel: '마감', capacity: 12, enrolled: 14, freeSeats: 0, providerName: '강서구육아종합지원센터' });

  const page2 = await json('/programs', 'sido=서울&sigungu=강서구&category=상담,부모교육&numOfRows=2&pageNo=2');
  expect(page2.body.response.body.items.item.map((i: { name: string }) => i.name)).toEqual(['어린이집 입소 상담의 날']);
  const byStatus = await json('/programs', 'status=WAITLIST,UPCOMING&stage=PREGNANCY,ELEMENTARY');
  expect(byStatus.body.response.body.items.item.map((i: { name: string }) => i.name)).toEqual(['임산부 요가 교실', '코딩 로봇 교실']);
});

test('one programme by id, every field flattened; unknown ids 03, bad ids and statuses 10', async () => {
  const one = await json(`/programs/${intake}`, '');
  expect(one.status).toBe(200);
  expect(one.body.response.body.items.item).toEqual([
    {
      id: intake,
      name: '어린이집 입소 상담의 날',
      category: '상담',
      target: '입소를 앞둔 부모',
      ages: '만 0~5세',
      minAgeMonths: 0,
      maxAgeMonths: 71,
      period: '2026.03.02~2026.05.11',
      periodStart: '2026-03-02',
      periodEnd: '2026-05-11',
      schedule: '매주 목 10시00분~11시30분',
      place: '강당',
      fee: '무료',
      capacity: 20,
      enrolled: 5,
      freeSeats: 15,
      status: 'OPEN',
      statusLabel: '접수중',
      contact: '02-2600-1234',
      description: '어린이집 입소 절차와 대기 신청을 안내합니다.',
      url: 'http://fixture.test/program/intake',
      stages: 'INFANT',
      primaryStage: 'INFANT',
      sido: '서울특별시',
      sigungu: '강서구',
      regionCode: null,
      providerId: recordId('FACILITY', 'fixture', 'ccic-gangseo'),
      providerName: '강서구육아종합지원센터',
      updatedAt: expect.any(String),
      withdrawn: false,
    },
  ]);
  const cases: [string, string, number, string][] = [
    ['/programs/prg_0123456789abcdef', '', 404, '03'],
    [`/programs/${recordId('FACILITY', 'fixture', 'c1')}`, '', 404, '03'],
    ['/programs/not-an-id', '', 400, '10'],
    ['/programs', 'status=FULL', 400, '10'],
    ['/programs', 'sigungu=강서구', 400, '11'],
  ];
  for (const [path, query, status, resultCode] of cases) {
    const r = await json(path, query);
    expect([path, query, r.status, r.body.response.header.resultCode]).toEqual([path, query, status, resultCode]);
  }
});

test('search with programme hits answers resultCode 00, each hit classified as PROGRAM; recordKind=PROGRAM filters', async () => {
  const search = await json('/search', `query=${encodeURIComponent('입소 상담의 날')}&numOfRows=3`);
  expect(search.status).toBe(200);
  expect(search.body.response.header.resultCode).toBe('00');
  expect(search.body.response.body.items.item[0]).toMatchObject({ id: intake, recordKind: 'PROGRAM', kind: 'PROGRAM', name: '어린이집 입소 상담의 날', summary: '상담', sigungu: '강서구' });
  const onlyPrograms = await json('/search', 'query=교실&recordKind=PROGRAM&numOfRows=10');
  const items = onlyPrograms.body.response.body.items.item;
  expect(items.length).toBeGreaterThanOrEqual(3);
  expect(items.every((i: { recordKind: string }) => i.recordKind === 'PROGRAM')).toBe(true);
  const asXml = await xml('/search', `query=${encodeURIComponent('임산부 요가')}`);
  expect(asXml.body.response.header.resultCode).toBe('00');
  expect(asXml.body.response.body.items.item[0]).toMatchObject({ recordKind: 'PROGRAM', name: '임산부 요가 교실' });
});

test('the change feed lists programmes with their name now', async () => {
  const changes = await json('/changes', 'numOfRows=100');
  const programs = changes.body.response.body.items.item.filter((i: { recordKind: string }) => i.recordKind === 'PROGRAM');
  expect(programs).toHaveLength(6);
  expect(programs.find((i: { id: string }) => i.id === intake)).toMatchObject({ op: 'CREATED', kind: 'PROGRAM', name: '어린이집 입소 상담의 날', withdrawn: false });
});
