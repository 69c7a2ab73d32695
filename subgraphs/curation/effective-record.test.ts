import type { SourceRecord } from '../../common/record';
import { recordId } from '../../common/record-id';
import { FIXTURES } from '../../gateway/testing/fixtures';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { bearer, within } from './testing';

/**
 * Overrides are the effective record for every reader without code of its
 * own: catalog filters, lifecycle types, search (re-indexed within a second)
 * and the synonyms search expands.
 */
let hub: TestHub;
let editor: Record<string, string>;
beforeAll(async () => {
  hub = await startTestHub();
  editor = await bearer(hub.store, 'EDITOR', 'editor-jung');
});
afterAll(async () => hub?.close());

const fac = (key: string) => recordId('FACILITY', 'fixture', key);
const pol = (key: string) => recordId('POLICY', 'fixture', key);

async function ok(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const r = await hub.gql(query, variables, headers);
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data;
}

const curate = (id: string, patch: Record<string, unknown>) =>
  ok(`mutation($id: ID!, $patch: JSON!) { curateRecord(id: $id, patch: $patch, reason: "현장 확인") { id } }`, { id, patch }, editor);

const facilityIds = async (filter: string) =>
  (await ok(`{ facilities(filter: ${filter}, first: 100) { edges { node { id } } } }`)).facilities.edges.map((e: { node: { id: string } }) => e.node.id);

const searchIds = async (query: string, filter = '') =>
  (await ok(`query($q: String) { search(query: $q ${filter}) { edges { node { ... on Facility { id } ... on Policy { id } } } } }`, { q: query })).search.edges.map(
    (e: { node: { id: string } }) => e.node.id,
  );

test('a region override moves a centre between 시군구 lists and search filters', async () => {
  const id = fac('c2'); // 나래어린이집, 강서구
  expect(await facilityIds(`{ region: { sido: "서울", sigungu: "강서구" } }`)).toContain(id);
  expect(await searchIds('나래어린이집', ', filter: { region: { sido: "서울", sigungu: "마포구" } }')).not.toContain(id);
  await curate(id, { region: { sido: '서울특별시', sigungu: '마포구' } });
  expect(await facilityIds(`{ region: { sido: "서울", sigungu: "강서구" } }`)).not.toContain(id);
  expect(await facilityIds(`{ region: { sido: "서울", sigungu: "마포구" } }`)).toContain(id);
  const one = await ok(`query($id: ID!) { facility(id: $id) { region { sigungu code } } }`, { id });
  expect(one.facility.region).toEqual({ sigungu: '마포구', code: '11440' });
  await within(1000, async () => (await searchIds('나래어린이집', ', filter: { region: { sido: "서울", sigungu: "마포구" } }')).includes(id));
});

test('a special-care override is honoured by the specialCare filter', async () => {
  const id = fac('c5'); // 마곡숲어린이집: no special care crawled
  expect(await facilityIds(`{ specialCare: [HOLIDAY] }`)).not.toContain(id);
  await curate(id, { specialCare: ['HOLIDAY', 'EXTENDED_HOURS'] });
  expect(await facilityIds(`{ specialCare: [HOLIDAY] }`)).toContain(id);
  const one = await ok(`query($id: ID!) { facility(id: $id) { specialCare } }`, { id });
  expect(one.facility.specialCare).toEqual(['HOLIDAY', 'EXTENDED_HOURS']);
});

test('setStages moves a policy to the lifecycle subgraph of its new primary stage', async () => {
  const id = pol('pol2'); // 부모급여, INFANT
  await ok(`mutation($id: ID!) { setStages(id: $id, stages: [INFANT, ELEMENTARY], primary: ELEMENTARY, reason: "초등 입학 전까지 지급") { stages primaryStage } }`, { id }, editor);
  const one = await ok(`query($id: ID!) { policy(id: $id) { __typename id stages primaryStage } }`, { id });
  expect(one.policy).toEqual({ __typename: 'ElementaryPolicy', id, stages: ['INFANT', 'ELEMENTARY'], primaryStage: 'ELEMENTARY' });
  const listed = (await ok(`{ policies(filter: { stages: [ELEMENTARY] }) { edges { node { id } } } }`)).policies.edges.map((e: { node: { id: string } }) => e.node.id);
  expect(listed).toContain(id);
});

test('a plain summary reaches parents on the public type and in search within 1 s', async () => {
  const id = pol('pol3'); // 아동수당
  const text = '여덟 살이 되기 전까지 아이 한 명에 매달 10만원을 드려요.';
  expect(await searchIds('매달')).not.toContain(id);
  await ok(`mutation($id: ID!, $t: String!) { setPlainSummary(id: $id, text: $t, reason: "쉬운 말") { plainSummary } }`, { id, t: text }, editor);
  const one = await ok(`query($id: ID!) { policy(id: $id) { ... on InfantPolicy { plainSummary } } }`, { id });
  expect(one.policy.plainSummary).toBe(text);
  const ms = await within(1000, async () => (await searchIds('매달')).includes(id));
  expect(ms).toBeLessThanOrEqual(1000);
});

test('an edited name is re-indexed within 1 s: a word only the new name has finds it', async () => {
  const id = fac('c4'); // 라온어린이집
  expect(await searchIds('누리')).not.toContain(id);
  await curate(id, { name: '라온누리어린이집' });
  const ms = await within(1000, async () => (await searchIds('누리')).includes(id));
  expect(ms).toBeLessThanOrEqual(1000);
  const hit = await ok(`{ search(query: "누리") { edges { highlights { field fragment } node { ... on Facility { id name } } } } }`);
  expect(hit.search.edges[0]).toMatchObject({ node: { id, name: '라온누리어린이집' }, highlights: expect.arrayContaining([expect.objectContaining({ fragment: expect.stringContaining('라온누리어린이집') })]) });
});

test('synonyms editors add take effect within 1 s, and stop when removed', async () => {
  const id = fac('c1'); // 가양햇살어린이집
  expect(await searchIds('해돋이')).not.toContain(id);
  const added = await ok(`mutation { addSynonym(term: "해돋이", synonyms: ["햇살"], reason: "주민 표현") { term synonyms updatedBy } }`, {}, editor);
  expect(added.addSynonym).toEqual({ term: '해돋이', synonyms: ['햇살'], updatedBy: 'editor-jung' });
  // Search processes cache results per index generation, which a synonym edit bumps; they read it at most every 50 ms.
  expect(await within(1000, async () => (await searchIds('해돋이')).includes(id))).toBeLessThanOrEqual(1000);
  await ok(`mutation { removeSynonym(term: "해돋이", reason: "오해 소지") { term } }`, {}, editor);
  expect(await within(1000, async () => !(await searchIds('해돋이')).includes(id))).toBeLessThanOrEqual(1000);
});

describe('the review queue follows the base, never the override', () => {
  const base: SourceRecord = { ...FIXTURES.find((r) => r.sourceKey === 'm1')! }; // 망원어린이집
  const id = fac('m1');
  const crawl = (changes: Partial<SourceRecord>) => upsertRecords(hub.store, [{ ...base, ...changes }]);
  const review = async () =>
    (await ok(`{ reviewQueue(first: 100) { edges { node { recordId field oldBase newBase } } } }`, {}, editor)).reviewQueue.edges
      .map((e: { node: { recordId: string } }) => e.node)
      .filter((n: { recordId: string }) => n.recordId === id);
  const shown = async () => (await ok(`query($id: ID!) { facility(id: $id) { ... on ChildcareCenter { phone capacity } } }`, { id })).facility;

  test('a crawl changing only fields nobody overrode flags nothing', async () => {
    await curate(id, { phone: '02-333-4444' });
    await crawl({ capacity: 25 });
    expect(await shown()).toEqual({ phone: '02-333-4444', capacity: 25 });
    expect(await review()).toEqual([]);
  });

  test('a crawl changing an overridden field flags it; a later crawl bringing the old base back clears it', async () => {
    await crawl({ capacity: 25, phone: '02-2600-9999' });
    expect(await review()).toEqual([{ recordId: id, field: 'phone', oldBase: '02-2600-0000', newBase: '02-2600-9999' }]);
    await crawl({ capacity: 25, phone: '02-2600-0000' });
    expect(await review()).toEqual([]);
    expect((await shown()).phone).toBe('02-333-4444');
  });

  test('keepOverride keeps the value and takes the new base as the one it overrides', async () => {
    await crawl({ capacity: 25, phone: '02-2600-7777' });
    expect(await review()).toHaveLength(1);
    const kept = await ok(`mutation($id: ID!) { keepOverride(id: $id, field: "phone", reason: "사이트 번호가 틀림") { phone overrides { field value baseValue overriddenBase needsReview } } }`, { id }, editor);
    expect(kept.keepOverride).toEqual({
      phone: '02-333-4444',
      overrides: [{ field: 'phone', value: '02-333-4444', baseValue: '02-2600-7777', overriddenBase: '02-2600-7777', needsReview: false }],
    });
    expect(await review()).toEqual([]);
    await crawl({ capacity: 26, phone: '02-2600-7777' });
    expect(await review()).toEqual([]);
  });
});
