import { declarativeAdapter } from './engine';

/**
 * Configs that validate by shape but could never yield what they promise are
 * refused before any request, each with the JSON path of the mistake and why
 * (issue 16: a `follow` on a JSON handler used to validate and then crawl
 * "successfully" with no detail page).
 */
const record = (fields: Record<string, unknown> = { name: { dt: '프로그램명' } }, extra: Record<string, unknown> = {}) => ({ kind: 'PROGRAM', subtype: 'PROGRAM', key: { urlParam: 'id' }, fields, ...extra });
const config = (handlers: Record<string, unknown>, start: unknown[] = [{ url: '/list.json', label: 'list' }]) => ({ name: 'x-site', version: '1', start, handlers });
const jsonList = (extra: Record<string, unknown>) => ({ format: 'json', ...extra });

const REFUSED: [what: string, input: unknown, path: string, reason: RegExp][] = [
  ['a follow with a CSS selector on a JSON page', config({ list: jsonList({ follow: [{ select: 'a', label: 'detail' }] }), detail: { record: record() } }), 'handlers.list.follow.0.select', /JSON page has no elements to select: use `from`/],
  ['a JSON list that only pages (its detail link forgotten)', config({ list: jsonList({ paginate: { param: 'page', total: 'total', label: 'list' } }) }), 'handlers', /no handler reached from `start` has a `record`/],
  ['a from-template that names no field', config({ list: jsonList({ follow: [{ from: 'items', url: '/view.do', label: 'detail' }] }), detail: { record: record() } }), 'handlers.list.follow.0.url', /names no field of the item/],
  ['{1} in a from-template', config({ list: jsonList({ follow: [{ from: 'items', url: '/view.do?id={1}', label: 'detail' }] }), detail: { record: record() } }), 'handlers.list.follow.0.url', /with `from`, name the item field/],
  ['`from` on an HTML page', config({ list: { follow: [{ from: 'items', url: '/v?id={id}', label: 'detail' }] }, detail: { record: record() } }), 'handlers.list.follow.0.from', /HTML links are read with `select`/],
  ['a handler with neither record, follow nor paginate', config({ list: { follow: [{ select: 'a', label: 'detail' }] }, detail: {} }), 'handlers.detail', /yields neither records .* nor links/],
  ['a handler no start or link reaches', config({ list: { follow: [{ select: 'a', label: 'detail' }] }, detail: { record: record() }, detial: { record: record() } }), 'handlers.detial', /no start request, follow link or paginate leads to this handler/],
  ['th on a JSON item', config({ list: jsonList({ items: 'data', record: record({ name: { th: '사업명' } }, { key: { field: 'id' } }) }) }), 'handlers.list.record.fields.name', /`th` can never read a value from a JSON page/],
  ['field on an HTML page', config({ list: { record: record({ name: { field: 'title' } }) } }), 'handlers.list.record.fields.name', /`field` can never read a value from a HTML page/],
  ['column without rows', config({ list: { record: record({ name: { column: '기관명' } }) } }), 'handlers.list.record.fields.name', /reads a table row: the handler needs `items`/],
  ['a record without a name', config({ list: { record: record({ 'attrs.target': { th: '대상' } }) } }), 'handlers.list.record.fields.name', /required: a record without a name is dropped/],
  ['meta that no link carries', config({ list: { follow: [{ select: 'a', label: 'detail' }] }, detail: { record: record({ name: { meta: 'title' } }) } }), 'handlers.detail.record.fields.name', /no follow link to "detail" carries meta "title"/],
  ['a transform in a link meta', config({ list: { follow: [{ select: 'a', label: 'detail', meta: { when: { th: '기간', transform: 'period' } } }] }, detail: { record: record({ name: { meta: 'when' } }) } }), 'handlers.list.follow.0.meta.when.transform', /meta carries text/],
  ['a pattern whose group no URL uses', config({ list: { follow: [{ select: 'a', attr: 'onclick', pattern: "fn_view\\('(\\d+)'\\)", url: '/view.do', label: 'detail' }] }, detail: { record: record() } }), 'handlers.list.follow.0.url', /neither `url` nor `form` uses `\{1\}`/],
  [
    'a list storing the records its detail pages store',
    config({ list: { items: 'tr', record: record({ name: { column: '제목' } }, { key: { css: 'a', attr: 'href' } }), follow: [{ select: 'a', label: 'detail' }] }, detail: { record: record() } }),
    'handlers.list.follow.0',
    /a record whose detail page answers 404 would stay live from the list/,
  ],
  ['cursor paging without next', config({ list: jsonList({ items: 'd', record: record({ name: { field: 'n' } }, { key: { field: 'id' } }), paginate: { mode: 'cursor', param: 'cursor', label: 'list' } }) }), 'handlers.list.paginate.next', /cursor paging needs `next`/],
  ['page paging that cannot tell when to stop', config({ list: { follow: [{ select: 'a', label: 'detail' }], paginate: { param: 'page', label: 'list' } }, detail: { record: record() } }), 'handlers.list.paginate', /needs `count`/],
  ['yieldsNothing on a handler that yields', config({ list: { follow: [{ select: 'a', label: 'detail' }], yieldsNothing: true }, detail: { record: record() } }), 'handlers.list.yieldsNothing', /contradicts/],
  ['select and from on one link', config({ list: { follow: [{ select: 'a', from: 'x', url: '/v?id={id}', label: 'detail' }] }, detail: { record: record() } }), 'handlers.list.follow.0', /exactly one of select .* or from/],
];

test.each(REFUSED)('refused: %s', (_what, input, path, reason) => {
  let message = '';
  try {
    declarativeAdapter(input);
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toContain(`${path}: `);
  const issue = message.split('; ').find((m) => m.includes(`${path}: `)) ?? '';
  expect(issue).toMatch(reason);
});

test('every mistake of a config is reported at once, each with its path', () => {
  const input = config({ list: jsonList({ follow: [{ select: 'a', label: 'detail' }] }), detail: { record: record({ name: { field: 'x' } }) }, orphan: { yieldsNothing: true } });
  let message = '';
  try {
    declarativeAdapter(input);
  } catch (error) {
    message = (error as Error).message;
  }
  const paths = message.replace(/^[^:]*: /, '').split('; ').map((m) => m.split(': ')[0]);
  expect(paths.sort()).toEqual(['handlers.detail.record.fields.name', 'handlers.list.follow.0.select', 'handlers.orphan']);
});

test('what the repository ships and what the guide describes is accepted', () => {
  const ok = config(
    {
      list: jsonList({
        expectValue: { path: 'resultCode', equals: 'SUCCESS' },
        follow: [{ from: 'resultList', url: '/view.do?id={progSn}', label: 'detail', meta: { state: { field: 'state' } } }],
        paginate: { param: 'pageIndex', total: 'paginationInfo.totalRecordCount', perPage: 10, label: 'list' },
      }),
      detail: { expect: 'dl', follow: [{ select: 'iframe', attr: 'src', label: 'place', meta: { key: { urlParam: 'id' }, name: { dt: '프로그램명' }, state: { meta: 'state' } } }] },
      place: { record: record({ name: { meta: 'name' }, address: { dt: '주소' }, capacity: [{ th: '정원', transform: 'int' }, { th: '현원/정원', transform: 'seats', part: 'capacity' }] }, { key: { meta: 'key' } }) },
      related: { yieldsNothing: true },
    },
    [{ url: '/list.json', method: 'POST', form: { pageIndex: '1' }, xhr: true, referer: '/list.do', label: 'list' }, { url: '/related', label: 'related' }],
  );
  const adapter = declarativeAdapter(ok);
  // The detail pages each handler is expected to reach (the runner's half-crawl check).
  expect([adapter.detailLabels!('list'), adapter.detailLabels!('detail'), adapter.detailLabels!('place')]).toEqual([['detail'], ['place'], []]);
});
