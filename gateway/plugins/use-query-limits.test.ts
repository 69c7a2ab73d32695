import { createHash } from 'node:crypto';
import { getIntrospectionQuery, Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { apiSchema } from '../../bench/cost/shapes';
import { workloads } from '../../bench/gateway/workloads';
import { loadConfig } from '../../common/config';
import * as consoleDocuments from '../../console/src/gql/graphql';
import { MAX_PAGE_SIZE } from '../../subgraphs/common/validation';
import { startTestHub, type TestHub } from '../testing/hub';
import { measureOperation } from './query-measure';
import { queryLimitsFrom } from './use-query-limits';

const operationOf = (document: DocumentNode) => document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;

/** Partner GraphQL on /graphql: depth, alias, cost and body limits with typed errors; automatic persisted queries. */
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});

const post = async (body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${hub.hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
};

test('too deep, too many aliases, too costly: QUERY_TOO_COMPLEX (400, resultCode 10) before anything runs', async () => {
  const fetchesBefore = hub.fetches.length;
  // Nesting deeper than 15 through the schema itself (introspection types nest without end).
  const deep = `{ __schema { types { fields { type { ${'ofType { '.repeat(12)}name${' }'.repeat(12)} } } } } }`;
  const d = await post({ query: deep });
  expect(d.status).toBe(400);
  expect(d.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', resultCode: '10', measure: 'depth', limit: 15 });
  expect(d.body.errors[0].extensions.messageKo).toEqual(expect.any(String));

  const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
  const a = await post({ query: aliases });
  expect([a.status, a.body.errors[0].extensions.code, a.body.errors[0].extensions.measure]).toEqual([400, 'QUERY_TOO_COMPLEX', 'aliases']);

  // 100 facilities × 100 search hits each would be 10,000 entity loads: refused by cost.
  const costly = `query($n: Int) { facilities(first: $n) { edges { node { id name } } } a: search(first: 100) { edges { node { ... on Policy { id name summary target benefit howToApply agency contact url } } } }
    b: search(first: 100) { edges { node { ... on Facility { id name address phone kind kindLabel stages primaryStage } } } } }`;
  const okCost = await post({ query: costly, variables: { n: 1 } });
  expect(okCost.status).toBe(200);
  const heavy = `{ ${Array.from({ length: 12 }, (_, i) => `s${i}: search(first: 100) { edges { node { ... on Facility { id name address phone kind kindLabel stages primaryStage region { sido sigungu code } location { lat lng approximate } provenance { siteId url fetchedAt adapter } } ... on Policy { id name summary target benefit howToApply agency contact url stages primaryStage provenance { siteId url adapter } } } highlights { field fragment terms } } }`).join(' ')} }`;
  const c = await post({ query: heavy });
  expect([c.status, c.body.errors[0].extensions.code, c.body.errors[0].extensions.measure]).toEqual([400, 'QUERY_TOO_COMPLEX', 'cost']);
  expect(c.body.data).toBeUndefined();
  // Refused operations were never planned: no subgraph was called for them.
  expect(hub.fetches.length - fetchesBefore).toBeGreaterThan(0); // the one allowed query
  const afterAllowed = hub.fetches.length;
  await post({ query: heavy });
  expect(hub.fetches.length).toBe(afterAllowed);
});

test('the explorer’s introspection query and ordinary queries stay within the limits', async () => {
  const r = await post({ query: getIntrospectionQuery() });
  expect(r.status).toBe(200);
  expect(r.body.data.__schema.queryType.name).toBe('Query');
  const list = await post({ query: '{ facilities(first: 100) { totalCount edges { node { id name ... on ChildcareCenter { capacity enrolled ageClasses { age enrolled capacity } } } } } }' });
  expect(list.status).toBe(200);
});

test('a body over MAX_BODY_BYTES is refused with 413 and a typed error', async () => {
  const big = JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(1_000_100) } });
  const r = await post(big);
  expect(r.status).toBe(413);
  expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
});

test('automatic persisted queries: hash first, then register, then the hash alone works (POST and GET)', async () => {
  const query = '{ policies(first: 2) { totalCount edges { node { id name } } } }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = { persistedQuery: { version: 1, sha256Hash } };
  const miss = await post({ extensions });
  expect(miss.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  const register = await post({ query, extensions });
  expect(register.body.data.policies.totalCount).toBe(5);
  const hit = await post({ extensions });
  expect(hit.body.data).toEqual(register.body.data);
  const get = await fetch(`${hub.hub.url}/graphql?extensions=${encodeURIComponent(JSON.stringify(extensions))}`, { headers: { 'apollo-require-preflight': 'true' } });
  expect(get.status).toBe(200);
  expect(((await get.json()) as any).data).toEqual(register.body.data);
  const wrong = await post({ query: '{ __typename }', extensions });
  expect([wrong.status, wrong.body.errors[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
});

test('the default cost limit refuses the calls that took seconds and admits every console page and benchmark workload at its largest', async () => {
  // Issue 21: 30 aliases × facilities(first: 100) took 2.7–4.1 s inside the old limit; so do many small paged calls.
  const wide = `{ ${Array.from({ length: 30 }, (_, i) => `f${i}: facilities(first: 100, offset: ${i * 100}) { edges { node { id name } } }`).join(' ')} }`;
  const manyCalls = `{ ${Array.from({ length: 20 }, (_, i) => `f${i}: facilities(first: 1, offset: ${i}) { totalCount edges { node { id } } }`).join(' ')} }`;
  for (const query of [wide, manyCalls]) {
    const r = await post({ query });
    expect([r.status, r.body.errors?.[0]?.extensions?.code, r.body.errors?.[0]?.extensions?.measure]).toEqual([400, 'QUERY_TOO_COMPLEX', 'cost']);
  }
  // What the hub's own screens and the gateway benchmark send, with every page variable at its maximum (100).
  const schema = apiSchema();
  const documents = ([...Object.entries(consoleDocuments)] as [string, DocumentNode][]).filter(([, d]) => d?.kind === Kind.DOCUMENT && operationOf(d));
  expect(documents.length).toBeGreaterThan(10);
  const bench = workloads(['fac_1'], [['fac_1']]).flatMap((w) => w.bodies.map((b) => JSON.parse(b) as { query: string; variables?: Record<string, unknown> }));
  const operations = [
    ...documents.map(([name, document]) => ({ name, document, variables: Object.fromEntries((operationOf(document).variableDefinitions ?? []).map((v) => [v.variable.name.value, /first|limit/i.test(v.variable.name.value) ? MAX_PAGE_SIZE : undefined])) })),
    ...bench.map((b, i) => ({ name: `bench ${i}`, document: parse(b.query), variables: b.variables ?? {} })),
  ];
  const limits = queryLimitsFrom(loadConfig({}));
  for (const op of operations) {
    const m = measureOperation(schema, op.document, operationOf(op.document), op.variables);
    expect({ name: op.name, fits: m.cost <= limits.maxCost && m.depth <= limits.maxDepth && m.aliases <= limits.maxAliases }).toEqual({ name: op.name, fits: true });
  }
});
