import { execute, parse } from 'graphql';
import { recordId } from '../../common/record-id';
import { FIXTURES } from '../../gateway/testing/fixtures';
import { upsertRecords } from '../../store/catalog/upsert-records';
import { createTestStore, type TestStore } from '../../store/testing';
import { createSubgraph } from '../list';

let store: TestStore;
beforeAll(async () => {
  store = await createTestStore();
  await upsertRecords(store, FIXTURES);
});
afterAll(async () => {
  await store.close();
});

const id = (key: string, kind: 'FACILITY' | 'POLICY' = 'FACILITY') => recordId(kind, 'fixture', key);

const SELECTIONS: Record<string, string> = {
  infant: '... on ChildcareCenter { id name freeSeats } ... on InfantPolicy { id name amountKrw minAgeMonths }',
  pregnancy: '... on PostpartumCenter { id name }',
};

async function entities(subgraphName: string, representations: { __typename: string; id: string }[]) {
  const subgraph = createSubgraph(subgraphName, { store });
  const statements: string[] = [];
  const stop = store.onQuery((sql) => statements.push(sql));
  try {
    const result = await execute({
      schema: subgraph.schema,
      document: parse(`query($r: [_Any!]!) { _entities(representations: $r) { ${SELECTIONS[subgraphName]} } }`),
      variableValues: { r: representations },
      contextValue: subgraph.createContext(),
    });
    return { result, statements };
  } finally {
    stop();
  }
}

describe('lifecycle subgraph _entities', () => {
  it('resolves a batch of representations with one SQL statement, in order', async () => {
    const { result, statements } = await entities('infant', [
      { __typename: 'ChildcareCenter', id: id('c3') },
      { __typename: 'InfantPolicy', id: id('pol2', 'POLICY') },
      { __typename: 'ChildcareCenter', id: id('c1') },
    ]);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      // freeSeats: the sum of the age classes' free seats, capped by capacity − enrolled (issue 21).
      { id: id('c3'), name: '다솜어린이집', freeSeats: 1 },
      { id: id('pol2', 'POLICY'), name: '부모급여', amountKrw: 100000, minAgeMonths: 0 },
      { id: id('c1'), name: '가양햇살어린이집', freeSeats: 1 },
    ]);
    expect(statements).toHaveLength(1);
  });

  it('answers null for ids of another stage or another type, never the wrong record', async () => {
    const { result } = await entities('infant', [
      { __typename: 'ChildcareCenter', id: id('p1') }, // a pregnancy-stage facility
      { __typename: 'ChildcareCenter', id: id('pol2', 'POLICY') }, // an infant policy asked as a centre
      { __typename: 'ChildcareCenter', id: 'fac_0000000000000000' },
    ]);
    expect(result.data!._entities).toEqual([null, null, null]);
  });

  it('serves its own stage in the pregnancy subgraph', async () => {
    const { result } = await entities('pregnancy', [{ __typename: 'PostpartumCenter', id: id('p1') }]);
    expect(result.data!._entities).toEqual([{ id: id('p1'), name: '강서산후조리원' }]);
  });
});
