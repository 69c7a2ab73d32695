import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestStore, type TestStore } from '../../store/testing';
import type { SiteConfig } from '../core/adapter';
import { crawlSite } from '../core/runner';
import { declarativeAdapter } from './engine';

/**
 * The config families of issue 16 through the real crawler and a real
 * database, against a small site on loopback: API paging by offset (with and
 * without a total) and by cursor, links from XML items, `th` and `dt` on one
 * page, `<br>` as a space, field alternatives, and one record built from a
 * page and the iframe it shares with another page.
 */
let db: TestStore;
let server: Server;
let base: string;
const hits: string[] = [];

const ITEMS = Array.from({ length: 11 }, (_, i) => ({ id: `A${String(i + 1).padStart(2, '0')}`, title: `항목 ${i + 1}` }));

beforeAll(async () => {
  db = await createTestStore();
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    hits.push(`${url.pathname}${url.search}`);
    const json = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
    const html = (body: string, status = 200) => res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><body>${body}</body></html>`);
    const q = url.searchParams;
    switch (url.pathname) {
      case '/robots.txt':
        return void res.writeHead(200).end('User-agent: *\nDisallow:\n');
      case '/offset': {
        const start = Number(q.get('start') ?? 0);
        return json({ total: q.get('withTotal') ? ITEMS.length : undefined, rows: ITEMS.slice(start, start + 4) });
      }
      case '/cursor': {
        const at = q.get('cursor') ? Number(q.get('cursor')!.slice(1)) : 0;
        return json({ data: { items: ITEMS.slice(at, at + 3), next: at + 3 < ITEMS.length ? `c${at + 3}` : '' } });
      }
      case '/xml/list':
        return void res.writeHead(200, { 'content-type': 'application/xml' }).end(`<?xml version="1.0"?><response><items>${ITEMS.slice(0, 3).map((it) => `<item><servId>${it.id}</servId></item>`).join('')}</items></response>`);
      case '/xml/detail': {
        const it = ITEMS.find((x) => x.id === q.get('id'));
        return void res.writeHead(200, { 'content-type': 'application/xml' }).end(`<?xml version="1.0"?><detail><servId>${it!.id}</servId><servNm>${it!.title}</servNm></detail>`);
      }
      case '/view': {
        const id = q.get('id');
        // Both layouts on one page: th reads the table, dt the list; the venue is in an iframe two programmes share.
        return html(`<table><tr><th>대상</th><td>표의 대상</td></tr><tr><th>정원</th><td>-</td></tr><tr><th>현원/정원</th><td>3/12</td></tr></table>
<dl class="view"><dt>프로그램명</dt><dd>프로그램 ${id}</dd><dt>대상</dt><dd>목록의 대상</dd><dt>교육시간</dt><dd>10:00~11:30<br>(3월 31일 휴강)</dd><dt>빈칸</dt><dt>다음</dt><dd>다음 값</dd></dl>
<iframe src="/place?placeSn=P1"></iframe>`);
      }
      case '/place':
        return html(`<div class="place"><dl><dt>주소</dt><dd>서울특별시 강북구 도봉로 1</dd></dl></div>`);
      default:
        return html('없음', 404);
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.close();
  await db?.close();
});

const site = (id: string): SiteConfig => ({ id, name: id, agency: '서울특별시 강북구', baseUrl: base, adapter: 'config', priority: 50, schedule: '0 * * * *', stages: ['INFANT'], params: {} });
const crawl = (id: string, config: Record<string, unknown>) => crawlSite(db, site(id), declarativeAdapter({ name: id, version: '1', ...config }), { politeness: false });
const stored = async (id: string) =>
  (await db.query<{ source_key: string; content: Record<string, any> }>(`select source_key, content from catalog.source_record where site_id = $1 order by source_key`, [id])).rows;
const apiRecord = { kind: 'PROGRAM', subtype: 'PROGRAM', key: { field: 'id' }, fields: { name: { field: 'title' } } };

test.each([
  ['offset paging, one page after another while they come back full', 'offset-seq', '/offset?start=0', { mode: 'offset', param: 'start', perPage: 4, label: 'list' }, ['/offset?start=0', '/offset?start=4', '/offset?start=8']],
  ['offset paging from a total, all pages at once', 'offset-total', '/offset?start=0&withTotal=1', { mode: 'offset', param: 'start', total: 'total', perPage: 4, label: 'list' }, ['/offset?start=0&withTotal=1', '/offset?start=4&withTotal=1', '/offset?start=8&withTotal=1']],
])('%s', async (_what, id, url, paginate, requested) => {
  hits.length = 0;
  const r = await crawl(id, { start: [{ url, label: 'list' }], handlers: { list: { format: 'json', items: 'rows', record: apiRecord, paginate } } });
  expect(r).toMatchObject({ status: 'succeeded', records: ITEMS.length });
  expect(hits.filter((h) => h !== '/robots.txt').sort()).toEqual(requested);
  expect((await stored(id)).map((s) => s.content.name)).toEqual(ITEMS.map((it) => it.title));
});

test('cursor paging follows the chain to its end, and maxPages bounds it', async () => {
  const config = (maxPages: number) => ({
    start: [{ url: '/cursor', label: 'list' }],
    handlers: { list: { format: 'json', items: 'data.items', record: apiRecord, paginate: { mode: 'cursor', param: 'cursor', next: 'data.next', maxPages, label: 'list' } } },
  });
  expect(await crawl('cursor-all', config(100))).toMatchObject({ status: 'succeeded', records: 11, pages: 4 });
  expect(await crawl('cursor-two', config(2))).toMatchObject({ status: 'succeeded', records: 6, pages: 2 });
});

test('links from XML items through a {field} URL template', async () => {
  const r = await crawl('xml-from', {
    start: [{ url: '/xml/list', label: 'list' }],
    handlers: {
      list: { format: 'xml', follow: [{ from: 'items > item', url: '/xml/detail?id={servId}', label: 'detail' }] },
      detail: { format: 'xml', items: 'detail', record: { kind: 'POLICY', subtype: 'POLICY', key: { field: 'servId' }, fields: { name: { field: 'servNm' } } } },
    },
  });
  expect(r).toMatchObject({ status: 'succeeded', records: 3 });
  expect((await stored('xml-from')).map((s) => [s.source_key, s.content.name])).toEqual(ITEMS.slice(0, 3).map((it) => [it.id, it.title]));
});

test('th reads the table and dt the list; <br> is a space; alternatives; one record from a page and the iframe it shares with another', async () => {
  const r = await crawl('two-pages', {
    start: [{ url: '/view?id=1', label: 'detail', role: 'detail' }, { url: '/view?id=2', label: 'detail', role: 'detail' }],
    handlers: {
      detail: {
        expect: 'dl.view',
        follow: [
          {
            select: 'iframe',
            attr: 'src',
            label: 'place',
            meta: { key: { urlParam: 'id' }, name: { dt: '프로그램명' }, tableTarget: { th: '대상' }, listTarget: { dt: '대상' }, times: { dt: '교육시간' }, empty: { dt: '빈칸' }, next: { dt: '다음' }, seats: { th: '현원/정원' }, none: { th: '정원' } },
          },
        ],
      },
      place: {
        record: {
          kind: 'PROGRAM',
          subtype: 'PROGRAM',
          key: { meta: 'key' },
          fields: {
            name: { meta: 'name' },
            address: { dt: '주소' },
            capacity: [{ meta: 'none', transform: 'int' }, { meta: 'seats', transform: 'seats', part: 'capacity' }],
            'attrs.tableTarget': { meta: 'tableTarget' },
            'attrs.listTarget': { meta: 'listTarget' },
            'attrs.schedule': { meta: 'times' },
            'attrs.hours': { meta: 'times', transform: 'hours' },
            'attrs.empty': { meta: 'empty' },
            'attrs.next': { meta: 'next' },
          },
        },
      },
    },
  });
  expect(r).toMatchObject({ status: 'succeeded', records: 2 });
  const rows = await stored('two-pages');
  expect(rows.map((x) => x.source_key)).toEqual(['1', '2']);
  expect(rows[0]!.content).toMatchObject({
    name: '프로그램 1',
    address: '서울특별시 강북구 도봉로 1',
    sigungu: '강북구',
    capacity: 12,
    attrs: { tableTarget: '표의 대상', listTarget: '목록의 대상', schedule: '10:00~11:30 (3월 31일 휴강)', hours: { open: '10:00', close: '11:30' }, next: '다음 값' },
  });
  // A <dt> followed by another <dt> has no value (it used to take the next label's value).
  expect(rows[0]!.content.attrs.empty).toBeUndefined();
  expect(rows[1]!.content.name).toBe('프로그램 2');
});
