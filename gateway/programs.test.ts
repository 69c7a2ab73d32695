import { recordId } from '../common/record-id';
import { startTestHub, type TestHub } from './testing/hub';

/** Programmes (프로그램) through the gateway: lookups, lists, provider, search hits and the change feed (issue 15). */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ programs: true });
});
afterAll(async () => {
  await t.close();
});
beforeEach(() => {
  t.fetches.length = 0;
});

// The yoga class is published by 강남구보건소's own board (site gangnam-health), the others by the fixture site.
const prg = (key: string) => recordId('PROGRAM', key === 'yoga' ? 'gangnam-health' : 'fixture', `program:${key}`);
const fac = (key: string, site = 'fixture') => recordId('FACILITY', site, key);

const FIELDS = `__typename id name category target ages minAgeMonths maxAgeMonths period { text start end } schedule place fee
  capacity enrolled freeSeats status statusLabel contact description url region { sido sigungu } stages primaryStage stageReasons
  provenance { siteId url } updatedAt withdrawn plainSummary provider { __typename id name }`;

describe('program(id)', () => {
  it('answers every field, served by the lifecycle subgraph of its primary stage, with its provider from the catalog', async () => {
    const { status, body } = await t.gql(`{ program(id: "${prg('intake')}") { ${FIELDS} } }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.program).toEqual({
      __typename: 'InfantProgram',
      id: prg('intake'),
      name: '어린이집 입소 상담의 날',
      category: '상담',
      target: '입소를 앞둔 부모',
      ages: '만 0~5세',
      minAgeMonths: 0,
      maxAgeMonths: 71,
      period: { text: '2026.03.02~2026.05.11', start: '2026-03-02', end: '2026-05-11' },
      schedule: '매주 목 10시00분~11시30분',
      place: '강당',
      fee: '무료',
      capacity: 20,
      enrolled: 5,
      freeSeats: 15,
      status: 'OPEN',
      statusLabel: '접수중',
      contact: '02-2600-1234',
      description: '어린이집 입소 절차와 대기 신청을 안내합니다.',
      // No page of its own: the page it was read from.
      url: 'http://fixture.test/program/intake',
      region: { sido: '서울특별시', sigungu: '강서구' },
      stages: ['INFANT'],
      primaryStage: 'INFANT',
      stageReasons: [],
      provenance: [{ siteId: 'fixture', url: 'http://fixture.test/program/intake' }],
      updatedAt: expect.any(String),
      withdrawn: false,
      plainSummary: null,
      // Named by the source; the namesake in 마포구 is not in the programme's region.
      provider: { __typename: 'InfantFacility', id: fac('ccic-gangseo'), name: '강서구육아종합지원센터' },
    });
    expect([...new Set(t.fetches)].sort()).toEqual(['catalog', 'infant']);
  });

  it('reads each status spelling, and keeps a word it cannot map as the label only', async () => {
    const { body } = await t.gql(`{
      a: program(id: "${prg('baby-massage')}") { status statusLabel capacity enrolled freeSeats minAgeMonths maxAgeMonths }
      b: program(id: "${prg('yoga')}") { status statusLabel minAgeMonths maxAgeMonths }
      c: program(id: "${prg('coding')}") { __typename status statusLabel minAgeMonths url primaryStage }
      d: program(id: "${prg('dialogue')}") { __typename status statusLabel minAgeMonths maxAgeMonths }
      e: program(id: "${prg('picnic')}") { status statusLabel period { text } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      // Over capacity: no free seats, never a negative number.
      a: { status: 'CLOSED', statusLabel: '마감', capacity: 12, enrolled: 14, freeSeats: 0, minAgeMonths: 2, maxAgeMonths: 12 },
      // 임신 16주 is not an age in months.
      b: { status: 'WAITLIST', statusLabel: '대기', minAgeMonths: null, maxAgeMonths: null },
      c: { __typename: 'ElementaryProgram', status: 'UPCOMING', statusLabel: '접수예정', minAgeMonths: null, url: 'http://fixture.test/coding-detail', primaryStage: 'ELEMENTARY' },
      d: { __typename: 'YouthProgram', status: 'OPEN', statusLabel: '접수중', minAgeMonths: 156, maxAgeMonths: 227 },
      e: { status: null, statusLabel: '진행중', period: null },
    });
  });

  it('finds the provider the source names, or the publishing site’s own facility, of any stage; null when ambiguous or unknown', async () => {
    const { body } = await t.gql(`{
      named: program(id: "${prg('baby-massage')}") { provider { id } }
      site: program(id: "${prg('yoga')}") { provider { __typename id name ... on PregnancyFacility { kind } } }
      otherStage: program(id: "${prg('dialogue')}") { __typename provider { __typename id name } }
      ambiguous: program(id: "${prg('picnic')}") { provider { id } }
      unknown: program(id: "${prg('coding')}") { provider { id } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      // `강서구 육아종합지원센터` with a space names the same centre.
      named: { provider: { id: fac('ccic-gangseo') } },
      // 강남구보건소's own board: the registry names the site 강남구보건소, and one facility has that name.
      site: { provider: { __typename: 'PregnancyFacility', id: fac('health-gangnam', 'gangnam-health'), name: '강남구보건소', kind: 'PUBLIC_HEALTH_CENTER' } },
      otherStage: { __typename: 'YouthProgram', provider: { __typename: 'InfantFacility', id: fac('family-gangseo'), name: '강서구가족센터' } },
      // Two 햇살공동육아나눔터 and the programme names no district: no guess.
      ambiguous: { provider: null },
      unknown: { provider: null },
    });
  });

  it('answers null for an unknown id, and for the id of a facility or policy', async () => {
    const { body } = await t.gql(`{
      a: program(id: "prg_0000000000000000") { id }
      b: program(id: "${fac('ccic-gangseo')}") { id }
      c: program(id: "${recordId('POLICY', 'fixture', 'pol2')}") { id }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ a: null, b: null, c: null });
  });
});

describe('programs(filter, first, after, offset)', () => {
  const LIST = `query($filter: ProgramFilter, $first: Int, $after: String, $offset: Int) {
    programs(filter: $filter, first: $first, after: $after, offset: $offset) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { __typename id name } }
    }
  }`;
  const names = (body: any) => body.data.programs.edges.map((e: any) => e.node.name);

  it('lists every programme by name, with totalCount, and pages by cursor and by offset alike', async () => {
    const all = await t.gql(LIST, { first: 100 });
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data.programs.totalCount).toBe(6);
    expect(names(all.body)).toEqual(['베이비 마사지 교실', '부모-자녀 대화 교실', '어린이집 입소 상담의 날', '임산부 요가 교실', '코딩 로봇 교실', '햇살 가족 소풍']);
    expect(new Set(all.body.data.programs.edges.map((e: any) => e.node.__typename))).toEqual(new Set(['InfantProgram', 'YouthProgram', 'PregnancyProgram', 'ElementaryProgram']));

    const first = await t.gql(LIST, { first: 4 });
    expect(first.body.data.programs.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = await t.gql(LIST, { first: 4, after: first.body.data.programs.pageInfo.endCursor });
    expect(names(next.body)).toEqual(['코딩 로봇 교실', '햇살 가족 소풍']);
    expect(next.body.data.programs.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const byOffset = await t.gql(LIST, { first: 4, offset: 4 });
    expect(names(byOffset.body)).toEqual(names(next.body));
  });

  it('filters by stages, region, categories and statuses (each status by all its spellings)', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ stages: ['YOUTH'] }, ['부모-자녀 대화 교실', '코딩 로봇 교실']],
      [{ region: { sido: '서울', sigungu: '강서구' } }, ['베이비 마사지 교실', '부모-자녀 대화 교실', '어린이집 입소 상담의 날']],
      [{ categories: ['상담'] }, ['부모-자녀 대화 교실', '어린이집 입소 상담의 날']],
      [{ categories: ['상담', '건강'], stages: ['PREGNANCY'] }, ['임산부 요가 교실']],
      // 접수중 and 모집 중 are both OPEN.
      [{ statuses: ['OPEN'] }, ['부모-자녀 대화 교실', '어린이집 입소 상담의 날']],
      [{ statuses: ['CLOSED', 'WAITLIST'] }, ['베이비 마사지 교실', '임산부 요가 교실']],
      [{ statuses: ['UPCOMING'] }, ['코딩 로봇 교실']],
      [{ categories: ['없는 분류'] }, []],
    ];
    for (const [filter, expected] of cases) {
      const { body } = await t.gql(LIST, { filter, first: 20 });
      expect([filter, body.errors, names(body), body.data.programs.totalCount]).toEqual([filter, undefined, expected, expected.length]);
    }
  });

  it('refuses a bad filter or page with typed errors', async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ filter: { region: { sido: '서울', sigungu: '강서군' } } }, 'filter.region.sigungu'],
      [{ filter: { categories: ['가'.repeat(41)] } }, 'filter.categories'],
      [{ first: 101 }, 'first'],
      [{ after: 'nonsense' }, 'after'],
    ];
    for (const [variables, field] of bad) {
      const { body } = await t.gql(LIST, variables);
      expect([variables, body.errors?.[0]?.extensions?.code, body.errors?.[0]?.extensions?.field]).toEqual([variables, 'BAD_USER_INPUT', field]);
    }
  });

  it('resolves the provider of a whole page in one SQL statement (no N+1)', async () => {
    const statements: string[] = [];
    const stop = t.store.onQuery((sql) => statements.push(sql));
    try {
      const { body } = await t.gql(`{ programs(first: 10) { edges { node { id provider { id name } } } } }`);
      expect(body.errors).toBeUndefined();
      expect(body.data.programs.edges.filter((e: any) => e.node.provider).length).toBe(4);
    } finally {
      stop();
    }
    expect(statements.filter((sql) => sql.includes('as provider')).length).toBe(1);
  });
});

describe('programmes in search and the change feed', () => {
  it('answers the query that used to fail with HTTP 500 with Program hits', async () => {
    const { status, body } = await t.gql(`{ search(query: "입소 상담의 날", first: 3) { edges { node { __typename } } } }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.search.edges[0].node.__typename).toBe('InfantProgram');
  });

  it('filters search by recordKinds: [PROGRAM] and resolves Program fields on the hits', async () => {
    const { body } = await t.gql(`{ search(filter: { recordKinds: [PROGRAM] }, first: 20) { totalCount edges { node { __typename ... on Program { id name status provider { name } } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.search.totalCount).toBe(6);
    expect(body.data.search.edges.every((e: any) => /Program$/.test(e.node.__typename) && e.node.id)).toBe(true);
    // A programme's body carries its category and description: 대기 신청 is in the description only.
    const byBody = await t.gql(`{ search(query: "대기 신청 안내", filter: { recordKinds: [PROGRAM] }, first: 5) { edges { node { ... on Program { id } } } } }`);
    expect(byBody.body.data.search.edges.map((e: any) => e.node.id)).toContain(prg('intake'));
  });

  it('suggests programme titles with ids that program(id) answers', async () => {
    const { body } = await t.gql(`{ suggest(prefix: "임산부") { text id } }`);
    expect(body.data.suggest).toEqual([{ text: '임산부 요가 교실', id: prg('yoga') }]);
    const lookup = await t.gql(`{ program(id: "${body.data.suggest[0].id}") { __typename } }`);
    expect(lookup.body.data.program).toEqual({ __typename: 'PregnancyProgram' });
  });

  it('lists programmes in the change feed with the programme as it is now', async () => {
    const { body } = await t.gql(`{ changes(first: 1000) { changes { id recordKind facility { id } policy { id } program { __typename name } } } }`);
    expect(body.errors).toBeUndefined();
    const programs = body.data.changes.changes.filter((c: any) => c.recordKind === 'PROGRAM');
    expect(programs).toHaveLength(6);
    expect(programs.find((c: any) => c.id === prg('coding'))).toEqual({
      id: prg('coding'),
      recordKind: 'PROGRAM',
      facility: null,
      policy: null,
      program: { __typename: 'ElementaryProgram', name: '코딩 로봇 교실' },
    });
  });
});
