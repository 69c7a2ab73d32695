import { recordId } from '../common/record-id';
import { startTestHub, type TestHub } from './testing/hub';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(async () => {
  await t.close();
});
beforeEach(() => {
  t.fetches.length = 0;
});

const GANGSEO = `query($first: Int, $after: String) {
  facilities(filter: { stages: [INFANT], region: { sido: "서울특별시", sigungu: "강서구" } }, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id name kind ... on ChildcareCenter { capacity enrolled freeSeats freeSeatsBasis capacityFreeSeats specialCare centerTypeLabel ageClasses { age freeSeats } } } }
  }
}`;

describe('gateway, single process', () => {
  it('lists 강서구 childcare centres with stage-specific fields resolved from the infant subgraph', async () => {
    const { status, body } = await t.gql(GANGSEO, { first: 3 });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const conn = body.data.facilities;
    expect(conn.totalCount).toBe(5);
    expect(conn.edges.map((e: any) => e.node.name)).toEqual(['가양햇살어린이집', '나래어린이집', '다솜어린이집']);
    expect(conn.edges[0].node).toMatchObject({
      kind: 'CHILDCARE_CENTER',
      capacity: 20,
      enrolled: 15,
      // The sum of the age classes (1 + 0), not 정원 − 현원 = 5 (issue 21); that stays visible as capacityFreeSeats.
      freeSeats: 1,
      freeSeatsBasis: 'AGE_CLASSES',
      capacityFreeSeats: 5,
      specialCare: ['NIGHT'],
      centerTypeLabel: '국공립',
      ageClasses: [{ age: 0, freeSeats: 1 }, { age: 1, freeSeats: 0 }],
    });
    expect(conn.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    // The plan: the catalog lists references, then one batch to the infant subgraph.
    expect(t.fetches).toEqual(['catalog', 'infant']);
  });

  it('pages with the cursor: the next page continues without overlap', async () => {
    const first = await t.gql(GANGSEO, { first: 3 });
    const after = first.body.data.facilities.pageInfo.endCursor;
    const second = await t.gql(GANGSEO, { first: 3, after });
    const names = second.body.data.facilities.edges.map((e: any) => e.node.name);
    expect(names).toEqual(['라온어린이집', '마곡숲어린이집']);
    expect(second.body.data.facilities.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('never reports negative free seats for a centre over capacity', async () => {
    const { body } = await t.gql(`{ facility(id: "${recordId('FACILITY', 'fixture', 'c4')}") { ... on ChildcareCenter { capacity enrolled freeSeats } } }`);
    expect(body.data.facility).toEqual({ capacity: 20, enrolled: 25, freeSeats: 0 });
  });

  it('resolves one query across several lifecycle subgraphs, one fetch per subgraph', async () => {
    const { body } = await t.gql(`{
      facilities(filter: { region: { sido: "서울", sigungu: "강서구" }, kinds: [POSTPARTUM_CARE_CENTER, LOCAL_CHILDREN_CENTER, YOUTH_TRAINING_CENTER] }) {
        totalCount
        edges { node { __typename name primaryStage kindLabel ... on PostpartumCenter { motherCapacity } ... on AfterSchoolCareCenter { freeSeats } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.facilities.edges.map((e: any) => e.node)).toEqual([
      { __typename: 'PostpartumCenter', name: '강서산후조리원', primaryStage: 'PREGNANCY', kindLabel: '산후조리원', motherCapacity: 15 },
      { __typename: 'AfterSchoolCareCenter', name: '강서지역아동센터', primaryStage: 'ELEMENTARY', kindLabel: '지역아동센터', freeSeats: 18 },
      { __typename: 'YouthFacility', name: '강서청소년수련관', primaryStage: 'YOUTH', kindLabel: '청소년수련관' },
    ]);
    expect([...t.fetches].sort()).toEqual(['catalog', 'elementary', 'pregnancy', 'youth']);
  });

  it('filters by special care (all flags required) and lists policies of every stage', async () => {
    const night = await t.gql(`{ facilities(filter: { specialCare: [NIGHT, HOLIDAY] }) { totalCount edges { node { name } } } }`);
    expect(night.body.data.facilities).toEqual({ totalCount: 1, edges: [{ node: { name: '다솜어린이집' } }] });
    const policies = await t.gql(`{ policies(filter: { stages: [ELEMENTARY, YOUTH] }) { totalCount edges { node { __typename name applicationPeriod { always } } } } }`);
    expect(policies.body.data.policies.edges.map((e: any) => [e.node.__typename, e.node.name])).toEqual([
      ['InfantPolicy', '아동수당'],
      ['YouthPolicy', '청소년 방과후아카데미'],
    ]);
  });

  it('answers null, not an error, for an unknown id', async () => {
    const { body } = await t.gql(`{ facility(id: "fac_0000000000000000") { id } policy(id: "nope") { id } }`);
    expect(body).toEqual({ data: { facility: null, policy: null } });
  });

  it.each([
    ['an unknown 시군구', `{ facilities(filter: { region: { sido: "서울특별시", sigungu: "강서군" } }) { totalCount } }`, '강서군'],
    ['an unknown 시도', `{ facilities(filter: { region: { sido: "서울특별도" } }) { totalCount } }`, '서울특별도'],
    ['first over 100', `{ facilities(first: 101) { totalCount } }`, '100'],
    ['a negative first', `{ policies(first: -1) { totalCount } }`, '-1'],
    ['a malformed cursor', `{ facilities(after: "not-a-cursor") { totalCount } }`, 'cursor'],
  ])('rejects %s with BAD_USER_INPUT in Korean and English', async (_label, query, mention) => {
    const { status, body } = await t.gql(query);
    // The code's HTTP status (from the registry) becomes the response status.
    expect(status).toBe(400);
    const [error] = body.errors!;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.messageKo).toMatch(/[가-힣]/);
    expect(error.extensions.messageEn).toMatch(/[a-z]/i);
    expect(error.message).toContain(mention);
    expect(JSON.stringify(body)).not.toMatch(/stack|at .*\.ts:|select /i);
  });

  it('answers malformed GraphQL and bad variables with typed bilingual errors', async () => {
    const syntax = await t.gql(`{ facilities(`);
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(syntax.body.errors![0].message).toMatch(/^쿼리 구문이 올바르지 않습니다 \/ /);
    const variables = await t.gql(GANGSEO, { first: 'three' });
    expect(variables.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a request body over the limit and invalid JSON without a stack trace', async () => {
    const big = await fetch(`${t.hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename }`, pad: 'x'.repeat(1_100_000) }) });
    expect(big.status).toBe(413);
    const broken = await fetch(`${t.hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('serves /health, /ready and an explorer that loads nothing from outside', async () => {
    expect((await fetch(`${t.hub.url}/health`)).status).toBe(200);
    expect(await (await fetch(`${t.hub.url}/ready`)).json()).toEqual({ status: 'ready' });
    const page = await fetch(`${t.hub.url}/`);
    const html = await page.text();
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('돌봄 허브');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
  });
});

describe('DataLoader batching', () => {
  it('sends one SQL statement for all entities of one subgraph in a request', async () => {
    const statements: string[] = [];
    const stop = t.store.onQuery((sql) => statements.push(sql));
    try {
      const { body } = await t.gql(`{ facilities(filter: { kinds: [CHILDCARE_CENTER] }, first: 6) { edges { node { name ... on ChildcareCenter { capacity } } } } }`);
      expect(body.data.facilities.edges).toHaveLength(6);
    } finally {
      stop();
    }
    const entityLoads = statements.filter((sql) => sql.includes('from unnest($1::text[]) as k (id)'));
    expect(entityLoads).toHaveLength(1);
  });
});
