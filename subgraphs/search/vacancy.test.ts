import { FIXTURES } from '../../gateway/testing/fixtures';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import type { SourceRecord } from '../../common/record';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { createTestStore } from '../../store/testing';
import { indexAll } from './indexer';

/**
 * Search's vacancy filter and facet agree with the free seats a parent sees on
 * the centre (issue 21: one centre showed 69 free seats with 0 in every age
 * class, and search counted it as having a seat). FIXTURES hold centres that
 * are full by capacity with a free class (나래: 40/40) and over capacity (라온);
 * one more reports 69 free seats by capacity and none in its classes.
 */
let t: TestHub;
const fullClasses: SourceRecord = {
  ...FIXTURES[0]!,
  sourceKey: 'c69',
  name: '육십구어린이집',
  capacity: 100,
  enrolled: 31,
  attrs: { centerType: 'PRIVATE', ageClasses: [{ age: 2, classes: 2, enrolled: 14, capacity: 14 }, { age: 3, classes: 1, enrolled: 17, capacity: 17 }] },
};

beforeAll(async () => {
  const store = await createTestStore();
  await upsertRecords(store, [...FIXTURES, fullClasses]);
  await indexAll(store);
  t = await startTestHub({ store });
});
afterAll(() => t?.close());

const CENTRES = `query($filter: SearchFilter) { search(filter: $filter, first: 100) {
  totalCount facets { hasVacancy { value count } }
  edges { node { ... on ChildcareCenter { id name freeSeats ageClasses { age freeSeats } } } } } }`;

type Centre = { id: string; name: string; freeSeats: number | null; ageClasses: { age: number; freeSeats: number | null }[] };

async function centres(filter: Record<string, unknown>): Promise<{ nodes: Centre[]; facet: Record<string, number> }> {
  const { body } = await t.gql(CENTRES, { filter: { kinds: ['CHILDCARE_CENTER'], ...filter } });
  expect(body.errors).toBeUndefined();
  return {
    nodes: body.data.search.edges.map((e: { node: Centre }) => e.node),
    facet: Object.fromEntries(body.data.search.facets.hasVacancy.map((f: { value: string; count: number }) => [f.value, f.count])),
  };
}

test('"빈자리 있음" finds exactly the centres whose freeSeats is above 0, and the facet counts the same', async () => {
  const all = await centres({});
  expect(all.nodes.map((c) => c.name)).toContain('육십구어린이집');
  const withSeat = all.nodes.filter((c) => (c.freeSeats ?? 0) > 0).map((c) => c.name).sort();
  // The 69-seat centre shows 0 free seats (its classes are full), and so do 나래 (full) and 라온 (over capacity).
  expect(all.nodes.find((c) => c.name === '육십구어린이집')!.freeSeats).toBe(0);
  expect(withSeat).not.toEqual(expect.arrayContaining(['육십구어린이집']));
  const found = await centres({ vacancy: {} });
  expect(found.nodes.map((c) => c.name).sort()).toEqual(withSeat);
  expect(all.facet).toEqual({ true: withSeat.length, false: all.nodes.length - withSeat.length });
});

test('a free seat for an age class is found only where that class has one and the centre has a seat at all', async () => {
  const all = await centres({});
  for (const age of [0, 1, 2]) {
    const expected = all.nodes
      .filter((c) => (c.freeSeats ?? 0) > 0 && c.ageClasses.some((a) => a.age === age && (a.freeSeats ?? 0) > 0))
      .map((c) => c.name)
      .sort();
    const found = await centres({ vacancy: { ageClass: age } });
    expect({ age, names: found.nodes.map((c) => c.name).sort() }).toEqual({ age, names: expected });
  }
});
