import { execute, parse } from 'graphql';
import type { SourceRecord } from '../../common/record';
import { recordId } from '../../common/record-id';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { recordCrawlPresence } from '../../store/catalog/record-presence';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { createSubgraph } from '../list';
import { bearer, within } from './testing';

/**
 * The same 어린이집 published by two sites with different phones: ingest
 * cannot tell they are one place (DOMAIN: two 해님어린이집 in one 구 exist),
 * an editor can. After a merge the kept id answers for both, and no later
 * crawl brings the duplicate back.
 */
let hub: TestHub;
let editor: Record<string, string>;

function centre(siteId: string, phone: string, enrolled: number): SourceRecord {
  return {
    kind: 'FACILITY',
    sourceKey: 'HAENIM-1',
    subtype: 'CHILDCARE_CENTER',
    name: '해님어린이집',
    stages: ['INFANT'],
    primaryStage: 'INFANT',
    sido: '서울특별시',
    sigungu: '강서구',
    regionCode: '11500',
    address: '서울특별시 강서구 화곡로 100',
    phone,
    specialCare: [],
    capacity: 40,
    enrolled,
    attrs: { centerType: 'PRIVATE', ageClasses: [] },
    provenance: { siteId, url: `http://${siteId}.test/haenim`, fetchedAt: '2026-01-01T00:00:00.000Z', contentHash: 'x', adapter: `${siteId}@1` },
  };
}

const keep = recordId('FACILITY', 'district-board', 'HAENIM-1');
const dup = recordId('FACILITY', 'city-portal', 'HAENIM-1');

beforeAll(async () => {
  hub = await startTestHub();
  // The district board has the current number; the city portal an outdated one.
  await upsertRecords(hub.store, [centre('district-board', '02-2600-1111', 30)], { priority: 10 });
  await upsertRecords(hub.store, [centre('city-portal', '02-2600-2222', 30)], { priority: 20 });
  editor = await bearer(hub.store, 'EDITOR', 'editor-park');
});
afterAll(async () => hub?.close());

async function searchIds(): Promise<string[]> {
  const r = await hub.gql(`{ search(query: "해님어린이집") { edges { node { ... on Facility { id } } } } }`);
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data.search.edges.map((e: { node: { id: string } }) => e.node.id).sort();
}

const lookup = async (id: string) => (await hub.gql(`query($id: ID!) { facility(id: $id) { id ... on ChildcareCenter { phone } } }`, { id })).body.data.facility;

async function entity(id: string) {
  const infant = createSubgraph('infant', { store: hub.store });
  const r = await execute({
    schema: infant.schema,
    document: parse(`query($r: [_Any!]!) { _entities(representations: $r) { ... on ChildcareCenter { id name } } }`),
    variableValues: { r: [{ __typename: 'ChildcareCenter', id }] },
    contextValue: infant.createContext(),
  });
  return (r.data as { _entities: ({ id: string } | null)[] })._entities[0];
}

const MERGE = `mutation($keep: ID!, $ids: [ID!]!) { mergeFacilities(keepId: $keep, mergeIds: $ids, reason: "같은 어린이집 (구청 확인)") { id mergedIds phone } }`;

test('merging two duplicate centres leaves one search result, both ids resolve to the kept one, and both are in the audit log', async () => {
  await within(2000, async () => (await searchIds()).length === 2);
  expect(await searchIds()).toEqual([keep, dup].sort());

  const merged = await hub.gql(MERGE, { keep, ids: [dup] }, editor);
  expect(merged.body.errors).toBeUndefined();
  expect(merged.body.data.mergeFacilities).toMatchObject({ id: keep, mergedIds: [dup], phone: '02-2600-1111' });

  await within(1000, async () => (await searchIds()).length === 1);
  expect(await searchIds()).toEqual([keep]);
  expect(await lookup(keep)).toEqual({ id: keep, phone: '02-2600-1111' });
  expect(await lookup(dup)).toEqual({ id: keep, phone: '02-2600-1111' });
  expect(await entity(dup)).toEqual({ id: keep, name: '해님어린이집' });
  const list = await hub.gql(`{ facilities(filter: { region: { sido: "서울", sigungu: "강서구" } }, first: 100) { edges { node { id } } } }`);
  const ids = list.body.data.facilities.edges.map((e: { node: { id: string } }) => e.node.id);
  expect(ids).toContain(keep);
  expect(ids).not.toContain(dup);

  const audit = async (id: string) =>
    (await hub.gql(`query($id: ID!) { auditLog(filter: { recordId: $id, action: MERGE }) { edges { node { actor field before after reason } } } }`, { id }, editor)).body.data.auditLog.edges.map(
      (e: { node: unknown }) => e.node,
    );
  expect(await audit(keep)).toEqual([{ actor: 'editor-park', field: 'mergedIds', before: null, after: [dup], reason: '같은 어린이집 (구청 확인)' }]);
  expect(await audit(dup)).toEqual([{ actor: 'editor-park', field: 'mergedInto', before: null, after: keep, reason: '같은 어린이집 (구청 확인)' }]);
});

test('later crawls cannot undo the merge: the duplicate site re-publishes, a third site publishes the same centre, the duplicate site drops it', async () => {
  // The city portal re-publishes its page with a change: its source feeds the kept record, no duplicate comes back.
  await upsertRecords(hub.store, [centre('city-portal', '02-2600-2222', 33)], { priority: 20 });
  // A third site publishes the portal's (outdated) number: ingest matches it to the merged source, hence to the kept record.
  await upsertRecords(hub.store, [centre('childcare-openapi-test', '02)2600-2222', 33)], { priority: 30 });
  const { rows } = await hub.store.query<{ record_id: string }>(`select distinct record_id from catalog.source_record where source_key = 'HAENIM-1' and status = 'ACTIVE'`);
  expect(rows.map((r) => r.record_id)).toEqual([keep]);
  await within(1000, async () => (await searchIds()).join() === keep);
  expect(await lookup(dup)).toMatchObject({ id: keep });

  // The portal stops listing it (3 successful crawls): the kept record stays, still answering for the old id.
  for (let i = 0; i < 3; i++) await recordCrawlPresence(hub.store, 'city-portal', []);
  expect(await lookup(keep)).toEqual({ id: keep, phone: '02-2600-1111' });
  expect(await lookup(dup)).toMatchObject({ id: keep });
  expect(await searchIds()).toEqual([keep]);
});

test('unmerge gives the duplicate its own sources back and both show again', async () => {
  const r = await hub.gql(`mutation($id: ID!) { unmerge(id: $id, reason: "다른 어린이집이었음") { id mergedInto withdrawn } }`, { id: dup }, editor);
  expect(r.body.errors).toBeUndefined();
  // Its only source was withdrawn meanwhile (previous test), so it is back but withdrawn; re-publishing revives it.
  expect(r.body.data.unmerge).toEqual({ id: dup, mergedInto: null, withdrawn: true });
  await upsertRecords(hub.store, [centre('city-portal', '02-2600-2222', 33)], { priority: 20 });
  await within(1000, async () => (await searchIds()).length === 2);
  expect(await lookup(dup)).toEqual({ id: dup, phone: '02-2600-2222' });
  const kept = await hub.gql(`query($id: ID!) { curatedRecord(id: $id) { mergedIds } }`, { id: keep }, editor);
  expect(kept.body.data.curatedRecord.mergedIds).toEqual([]);
});

test('merge refuses what is not a merge of facilities', async () => {
  const policy = recordId('POLICY', 'fixture', 'pol1');
  const c1 = recordId('FACILITY', 'fixture', 'c1');
  const cases: [Record<string, unknown>, string][] = [
    [{ keep, ids: [keep] }, 'BAD_USER_INPUT'],
    [{ keep, ids: [] }, 'BAD_USER_INPUT'],
    [{ keep, ids: ['fac_nosuchrecord'] }, 'NOT_FOUND'],
    [{ keep, ids: [policy] }, 'CONFLICT'],
  ];
  for (const [variables, code] of cases) {
    const r = await hub.gql(MERGE, variables, editor);
    expect({ variables, code: r.body.errors?.[0]?.extensions?.code }).toEqual({ variables, code });
  }
  await hub.gql(MERGE, { keep, ids: [c1] }, editor);
  const again = await hub.gql(MERGE, { keep: dup, ids: [c1] }, editor);
  expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  const curate = await hub.gql(`mutation($id: ID!) { curateRecord(id: $id, patch: { name: "x어린이집" }, reason: "이름") { id } }`, { id: c1 }, editor);
  expect(curate.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', mergedInto: keep });
});
