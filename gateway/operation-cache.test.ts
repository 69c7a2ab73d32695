import { createRequire } from 'node:module';
import { parse } from 'graphql';
import { recordId } from '../common/record-id';
import { installOperationCache } from './operation-cache';
import { startTestHub, type TestHub } from './testing/hub';

/**
 * The gateway reuses plan execution's Operation for a query it has seen
 * (operation-cache.ts). It must be installed on the @apollo/gateway in use
 * (an upgrade that changes the module fails here, not silently), must key on
 * the parsed document so another query never gets a stale one, and answers
 * that depend on variables must still follow the variables of each request.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => hub?.close());

const fromGateway = () => createRequire(require.resolve('@apollo/gateway'));

test('is installed on the federation-internals instance @apollo/gateway loads, and keys on the parsed document', () => {
  // The hub (beforeAll) installed it when it built its gateway; installing again changes nothing.
  const { operationFromDocument, Operation } = fromGateway()('@apollo/federation-internals/dist/operations');
  expect(operationFromDocument.memoized).toBe(true);
  expect(installOperationCache()).toBe(true);
  expect(fromGateway()('@apollo/federation-internals/dist/operations').operationFromDocument).toBe(operationFromDocument);
  const schema = fromGateway()('@apollo/federation-internals').buildSchema('type Query { facility(id: ID!): Facility } type Facility { id: ID! name: String }');
  const text = 'query($id: ID!) { facility(id: $id) { id name } }';
  const doc = parse(text);
  const a = operationFromDocument(schema, doc, { validate: false });
  expect(a).toBeInstanceOf(Operation);
  expect(operationFromDocument(schema, { ...doc }, { validate: false })).toBe(a);
  // The same text parsed again is another document: built anew, equal in content.
  const again = operationFromDocument(schema, parse(text), { validate: false });
  expect(again).not.toBe(a);
  expect(again.toString()).toBe(a.toString());
  // A different query on the same first node is not confused with it; planning (validate on) is never served from here.
  const other = parse('query($id: ID!) { facility(id: $id) { id } }');
  expect(operationFromDocument(schema, other, { validate: false }).toString()).not.toBe(a.toString());
  expect(operationFromDocument(schema, doc)).not.toBe(a);
});

test('a known query still follows each request’s variables (@include, @skip, arguments)', async () => {
  const query = `query($id: ID!, $withName: Boolean!, $noKind: Boolean!) { facility(id: $id) { id name @include(if: $withName) kind @skip(if: $noKind) } }`;
  const c1 = recordId('FACILITY', 'fixture', 'c1');
  const c2 = recordId('FACILITY', 'fixture', 'c2');
  const answers = [];
  for (const [id, withName, noKind] of [[c1, true, false], [c2, false, true], [c1, false, false], [c2, true, true]] as const) {
    const r = await hub.gql(query, { id, withName, noKind });
    expect(r.body.errors).toBeUndefined();
    answers.push(r.body.data.facility);
  }
  expect(answers).toEqual([
    { id: c1, name: '가양햇살어린이집', kind: 'CHILDCARE_CENTER' },
    { id: c2 },
    { id: c1, kind: 'CHILDCARE_CENTER' },
    { id: c2, name: '나래어린이집' },
  ]);
});
