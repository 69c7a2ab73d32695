import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { recordId } from '../../common/record-id';
import type { SiteConfig } from '../core/adapter';
import { crawlSite } from '../core/runner';
import { declarativeAdapter } from '../declarative/engine';

/**
 * Issue 16, "normalisers that cover what sites write" and "region from the
 * registry", end to end: a 육아종합지원센터 programme board written the way the
 * issue met it (weekday dates without a year, <br> in cells, two sessions a
 * line, a booking rule where the capacity would be, ages from birth, no
 * address) crawled by a config-only adapter on loopback into a real
 * database, and read back through the gateway.
 */
let hub: TestHub;
let server: Server;
let base: string;

const PROGRAMMES = [
  // id, 프로그램명, 교육기간, 시간, 모집인원, 대상연령
  ['11', '아빠와 함께하는 오감놀이', '4/7(화)~4/14(화)', '10:00~12:00 / 14:00~16:00', '예약제<br>(회기당 1명)', '만 0~5세 자녀를 둔 부모'],
  ['12', '임산부 태교 요가', '3. 16.(월) ~ 4. 3.(금)', '11:30<br>(3월 31일 휴강)', '선착순 15가정', '임신 16주 이상'],
  ['13', '초등 독서 교실', '26.03.25(수)', '15:00~16:30', '20명 모집', '초등 1~3학년'],
] as const;

beforeAll(async () => {
  hub = await startTestHub();
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    // The page's date: spring 2026, whatever the day the test runs (the years are read against it).
    res.setHeader('last-modified', 'Mon, 02 Mar 2026 00:00:00 GMT');
    if (url.pathname === '/edu/list.do') {
      res.end(`<html><body><ul class="edu">${PROGRAMMES.map(([id, name]) => `<li><a href="/edu/view.do?no=${id}">${name}</a></li>`).join('')}</ul></body></html>`);
      return;
    }
    const p = PROGRAMMES.find(([id]) => id === url.searchParams.get('no'));
    if (url.pathname !== '/edu/view.do' || !p) {
      res.writeHead(404).end('없음');
      return;
    }
    const [, name, period, hours, seats, ages] = p;
    res.end(`<html><body><dl class="view"><dt>프로그램명</dt><dd>${name}</dd><dt>교육기간</dt><dd>${period}</dd><dt>시간</dt><dd>${hours}</dd>
      <dt>모집인원</dt><dd>${seats}</dd><dt>대상연령</dt><dd>${ages}</dd></dl></body></html>`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  server?.close();
  await hub?.close();
});

test('dates, sessions, seats, ages and region come out as the board meant them', async () => {
  const site: SiteConfig = { id: 'gangbuk-ccic-edu', name: '강북구육아종합지원센터', agency: '서울특별시 강북구', baseUrl: base, schedule: '0 */6 * * *', adapter: 'config', priority: 50, stages: ['INFANT'], params: {} };
  const adapter = declarativeAdapter({
    name: 'gangbuk-ccic-edu',
    version: '1',
    start: [{ url: '/edu/list.do', label: 'list' }],
    handlers: {
      list: { expect: 'ul.edu', follow: [{ select: 'ul.edu a', label: 'view' }] },
      view: {
        expect: 'dl.view',
        record: {
          kind: 'PROGRAM',
          subtype: 'PROGRAM',
          key: { urlParam: 'no' },
          fields: {
            name: { dt: '프로그램명' },
            capacity: { dt: '모집인원', transform: 'capacity' },
            ageMonths: { dt: '대상연령', transform: 'ageMonths' },
            'attrs.capacityUnit': { dt: '모집인원', transform: 'capacityUnit' },
            'attrs.ages': { dt: '대상연령' },
            'attrs.period': { dt: '교육기간', transform: 'period' },
            'attrs.hours': { dt: '시간', transform: 'hours' },
            'attrs.schedule': { dt: '시간' },
          },
        },
      },
    },
  });
  expect(await crawlSite(hub.store, site, adapter, { politeness: false })).toMatchObject({ status: 'succeeded', records: 3 });

  const q = `query($id: ID!) { program(id: $id) { name stages primaryStage capacity minAgeMonths maxAgeMonths schedule period { text start end } region { sido sigungu code } } }`;
  const get = async (key: string) => (await hub.gql(q, { id: recordId('PROGRAM', site.id, key) })).body.data.program;
  expect(await get('11')).toEqual({
    name: '아빠와 함께하는 오감놀이',
    // From birth into 영유아, and no word of pregnancy: INFANT.
    stages: ['INFANT'],
    primaryStage: 'INFANT',
    // 예약제 (회기당 1명) states no number of seats.
    capacity: null,
    minAgeMonths: 0,
    maxAgeMonths: 71,
    schedule: '10:00~12:00 / 14:00~16:00',
    period: { text: '4/7(화)~4/14(화)', start: '2026-04-07', end: '2026-04-14' },
    // No address: the site's district, from the registry.
    region: { sido: '서울특별시', sigungu: '강북구', code: '11305' },
  });
  expect(await get('12')).toMatchObject({ primaryStage: 'PREGNANCY', capacity: 15, schedule: '11:30 (3월 31일 휴강)', period: { start: '2026-03-16', end: '2026-04-03' } });
  // A single date is a one-day period.
  expect(await get('13')).toMatchObject({ primaryStage: 'ELEMENTARY', capacity: 20, period: { start: '2026-03-25', end: '2026-03-25' } });

  // What is stored beyond the API: the inferred year and the approximate region are marked, the unit and every session kept.
  const { rows } = await hub.store.query<{ key: string; attrs: Record<string, any> }>(
    `select source_key as key, content -> 'attrs' as attrs from catalog.source_record where site_id = $1 order by source_key`,
    [site.id],
  );
  const attrs = Object.fromEntries(rows.map((r) => [r.key, r.attrs]));
  expect(attrs['11']).toMatchObject({ regionApprox: true, period: { yearInferred: true }, hours: { open: '10:00', close: '16:00', ranges: [{ open: '10:00', close: '12:00' }, { open: '14:00', close: '16:00' }] } });
  expect(attrs['11']!.capacityUnit).toBeUndefined();
  expect(attrs['12']).toMatchObject({ capacityUnit: '가정', ageMonths: { pregnancyWeeks: { min: 16, max: null } }, period: { yearInferred: true } });
  expect(attrs['13']).toMatchObject({ capacityUnit: '명', ageMonths: { schoolGrades: { min: 1, max: 3 } } });
  expect(attrs['13']!.period).not.toHaveProperty('yearInferred');
}, 120_000);
