import { execute, parse } from 'graphql';
import { recordId } from '../../common/record-id';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { createSubgraph } from '../list';
import { createKey } from '../../gateway/openapi/testing';
import { bearer, within } from './testing';

/**
 * Unpublish hides a record from every public read path within a second, and
 * publish brings it back: lists (`facilities`), lookups (`facility`), search,
 * entity resolution in the lifecycle subgraph that serves it, and the
 * partners' Open API (REST facade and change feed).
 */
let hub: TestHub;
let serviceKey: string;
beforeAll(async () => {
  hub = await startTestHub();
  serviceKey = (await createKey(hub.store)).key;
});
afterAll(async () => hub?.close());

const id = recordId('FACILITY', 'fixture', 'c3'); // 다솜어린이집, 강서구

async function visibility() {
  const list = await hub.gql(`{ facilities(filter: { region: { sido: "서울", sigungu: "강서구" } }, first: 100) { totalCount edges { node { id } } } }`);
  const lookup = await hub.gql(`query($id: ID!) { facility(id: $id) { id name } }`, { id });
  const found = await hub.gql(`{ search(query: "다솜어린이집") { edges { node { ... on Facility { id } } } } }`);
  const infant = createSubgraph('infant', { store: hub.store });
  const entity = await execute({
    schema: infant.schema,
    document: parse(`query($r: [_Any!]!) { _entities(representations: $r) { ... on ChildcareCenter { id } } }`),
    variableValues: { r: [{ __typename: 'ChildcareCenter', id }] },
    contextValue: infant.createContext(),
  });
  for (const r of [list, lookup, found]) if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  const rest = async (path: string) => {
    const url = new URL(`${hub.hub.url}/openapi/v1${path}`);
    url.searchParams.set('serviceKey', serviceKey);
    url.searchParams.set('type', 'json');
    return ((await (await fetch(url)).json()) as any).response;
  };
  const restOne = await rest(`/facilities/${id}`);
  const restList = await rest(`/facilities?sido=${encodeURIComponent('서울')}&sigungu=${encodeURIComponent('강서구')}&numOfRows=100`);
  return {
    inOpenApi: restOne.header.resultCode === '00' && restOne.body.items.item[0].id === id,
    inOpenApiList: restList.body.items.item.some((i: { id: string }) => i.id === id),
    inList: list.body.data.facilities.edges.some((e: { node: { id: string } }) => e.node.id === id),
    total: list.body.data.facilities.totalCount as number,
    byId: lookup.body.data.facility !== null,
    inSearch: found.body.data.search.edges.some((e: { node: { id: string } }) => e.node.id === id),
    asEntity: (entity.data as { _entities: unknown[] })._entities[0] !== null,
  };
}

const shown = { inList: true, byId: true, inSearch: true, asEntity: true, inOpenApi: true, inOpenApiList: true };
const hidden = { inList: false, byId: false, inSearch: false, asEntity: false, inOpenApi: false, inOpenApiList: false };

test('unpublish hides a centre from facilities, facility, search, entity resolution and the Open API within 1 s; publish restores it', async () => {
  const editor = await bearer(hub.store, 'EDITOR', 'editor-lee');
  const feed = await hub.gql(`{ changes(first: 1000) { cursor hasMore } }`);
  let cursor = feed.body.data.changes.cursor as string;
  await within(2000, async () => (await visibility()).inSearch); // the first index pass after start-up
  const before = await visibility();
  expect(before).toMatchObject(shown);

  const off = await hub.gql(`mutation($id: ID!) { unpublish(id: $id, reason: "폐원 확인 (구청 공문)") { id published } }`, { id }, editor);
  expect(off.body.errors).toBeUndefined();
  expect(off.body.data.unpublish.published).toBe(false);
  const hideMs = await within(1000, async () => {
    const v = await visibility();
    return !v.inList && !v.byId && !v.inSearch && !v.asEntity && !v.inOpenApi && !v.inOpenApiList;
  });
  const gone = await visibility();
  expect(gone).toMatchObject(hidden);
  expect(gone.total).toBe(before.total - 1);
  // Partners following the change feed are told to drop it, then to take it back. The feed serves a change
  // once no older transaction runs anywhere on the server (other test files share it), so it is polled.
  const changesSince = async () => {
    const ops: string[] = [];
    await within(5000, async () => {
      const page = await hub.gql(`query($since: String) { changes(since: $since, first: 100) { cursor changes { id op } } }`, { since: cursor });
      cursor = page.body.data.changes.cursor;
      ops.push(...page.body.data.changes.changes.filter((c: { id: string }) => c.id === id).map((c: { op: string }) => c.op));
      return ops.length > 0;
    });
    return ops;
  };
  expect(await changesSince()).toEqual(['WITHDRAWN']);

  const on = await hub.gql(`mutation($id: ID!) { publish(id: $id, reason: "휴원 종료") { id published } }`, { id }, editor);
  expect(on.body.data.publish.published).toBe(true);
  const showMs = await within(1000, async () => {
    const v = await visibility();
    return v.inList && v.byId && v.inSearch && v.asEntity && v.inOpenApi && v.inOpenApiList;
  });
  expect(await visibility()).toMatchObject({ ...shown, total: before.total });
  expect(await changesSince()).toEqual(['UPDATED']);
  expect(hideMs).toBeLessThanOrEqual(1000);
  expect(showMs).toBeLessThanOrEqual(1000);

  // Editors still see the record while it is hidden, and every change is audited.
  const audit = await hub.gql(`query($id: ID!) { auditLog(filter: { recordId: $id }) { edges { node { action field before after actor reason } } } }`, { id }, editor);
  expect(audit.body.data.auditLog.edges.map((e: { node: unknown }) => e.node)).toEqual([
    { action: 'PUBLISH', field: 'published', before: false, after: true, actor: 'editor-lee', reason: '휴원 종료' },
    { action: 'UNPUBLISH', field: 'published', before: true, after: false, actor: 'editor-lee', reason: '폐원 확인 (구청 공문)' },
  ]);
}, 60_000);

test('an unpublished record is still one editors can read and curate', async () => {
  const editor = await bearer(hub.store, 'ADMIN', 'admin-1');
  const other = recordId('FACILITY', 'fixture', 'c5');
  await hub.gql(`mutation($id: ID!) { unpublish(id: $id, reason: "확인 중") { id } }`, { id: other }, editor);
  const r = await hub.gql(`mutation($id: ID!) { setPlainSummary(id: $id, text: "숲 체험을 많이 하는 어린이집이에요.", reason: "쉬운 말") { published plainSummary } }`, { id: other }, editor);
  expect(r.body.data.setPlainSummary).toEqual({ published: false, plainSummary: '숲 체험을 많이 하는 어린이집이에요.' });
  expect((await hub.gql(`query($id: ID!) { facility(id: $id) { id } }`, { id: other })).body.data.facility).toBeNull();
  await hub.gql(`mutation($id: ID!) { publish(id: $id, reason: "확인 끝") { id } }`, { id: other }, editor);
  const pub = await hub.gql(`query($id: ID!) { facility(id: $id) { ... on ChildcareCenter { plainSummary } } }`, { id: other });
  expect(pub.body.data.facility.plainSummary).toBe('숲 체험을 많이 하는 어린이집이에요.');
});
