import { PROGRAM_STATUSES } from '../../common/program-status';
import { FACILITY_KINDS, SPECIAL_CARE, STAGES } from '../../common/record';
import { HubError, type Bilingual } from '../../common/errors';
import { encodeOffset } from '../../subgraphs/search/arguments';
import {
  CHANGE_FIELDS,
  CHANGE_ITEM,
  changeItem,
  FACILITY_FIELDS,
  FACILITY_ITEM,
  facilityItem,
  INSPECTION_FIELDS,
  INSPECTION_ITEM,
  inspectionItem,
  POLICY_FIELDS,
  POLICY_ITEM,
  policyItem,
  PROGRAM_FIELDS,
  PROGRAM_ITEM,
  programItem,
  SEARCH_FIELDS,
  SEARCH_ITEM,
  searchItem,
  SOURCE_ITEM,
  sourceItem,
  WAITLIST_ITEM,
  type Item,
  type ItemSchema,
} from './items';
import { PAGE_PARAMS, type ParamSpec, type ParamValues } from './params';
import { COMMUNITY_ROUTES } from './community-routes';
import { STATS_ROUTES } from './stats-routes';
import { WELFARE_STATS_ROUTE } from './stats-welfare-route';

/**
 * The REST facade `/openapi/v1/…`, declared once: each route is a GraphQL
 * operation of the public schema plus how its parameters become variables
 * and its answer becomes rows. The router serves this table and the OpenAPI
 * document is printed from it (issue 7: one source, a thin layer, not a
 * second implementation of any query).
 */
export interface RouteResult {
  items: Item[];
  totalCount: number;
  /** Body fields besides the 공공데이터포털 ones (the change feed's cursor). */
  extra?: Record<string, string | number | boolean | null>;
}

export interface RouteSpec {
  operationId: string;
  path: string;
  tag: string;
  summary: Bilingual;
  description: Bilingual;
  params: ParamSpec[];
  /** pageNo/numOfRows select a page (else numOfRows alone, or nothing). */
  paging: 'pages' | 'rows' | 'none';
  query: string;
  variables(p: ParamValues): Record<string, unknown>;
  /** Rows from the GraphQL data; null = no such resource (03). */
  result(data: any, p: ParamValues): RouteResult | null;
  item: ItemSchema;
  itemName: string;
  extraBody?: Record<string, { type: 'string' | 'boolean'; nullable?: boolean; description: string }>;
}

const ID_PATTERN = '^[a-z]{3}_[0-9a-f]{16}$';
const idParam = (what: string, example: string): ParamSpec => ({
  name: 'id',
  in: 'path',
  required: true,
  kind: 'string',
  pattern: ID_PATTERN,
  description: { ko: `${what} ID`, en: `${what} id` },
  example,
});

const stageParam: ParamSpec = { name: 'stage', in: 'query', kind: 'enumList', values: STAGES, description: { ko: '생애주기, 쉼표로 여러 개', en: 'Lifecycle stages, comma-separated' }, example: 'INFANT' };
const sidoParam: ParamSpec = { name: 'sido', in: 'query', kind: 'string', maxLength: 40, description: { ko: '시도 (예: 서울특별시, 서울)', en: 'Province/city (시도)' }, example: '서울특별시' };
const sigunguParam: ParamSpec = { name: 'sigungu', in: 'query', kind: 'string', maxLength: 40, description: { ko: '시군구 (sido와 함께)', en: 'District (시군구), with sido' }, example: '강서구' };
const kindParam: ParamSpec = { name: 'kind', in: 'query', kind: 'enumList', values: Object.keys(FACILITY_KINDS), description: { ko: '시설 종류, 쉼표로 여러 개', en: 'Facility kinds, comma-separated' }, example: 'CHILDCARE_CENTER' };
const categoryParam: ParamSpec = { name: 'category', in: 'query', kind: 'string', maxLength: 200, description: { ko: '프로그램 분류 (부모교육, 체험, 상담 …), 쉼표로 여러 개', en: 'Programme categories as published, comma-separated' }, example: '상담' };
const statusParam: ParamSpec = { name: 'status', in: 'query', kind: 'enumList', values: Object.keys(PROGRAM_STATUSES), description: { ko: '접수상태 (OPEN 접수중, CLOSED 마감, WAITLIST 대기, UPCOMING 접수예정), 쉼표로 여러 개', en: 'Registration statuses, comma-separated' }, example: 'OPEN' };
const inspectedSinceParam: ParamSpec = { name: 'inspectedSince', in: 'query', kind: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: { ko: '이 날(YYYY-MM-DD) 이후 점검받은 시설', en: 'Facilities inspected on or after this day (YYYY-MM-DD)' }, example: '2024-01-01' };
const hasViolationsParam: ParamSpec = { name: 'hasViolations', in: 'query', kind: 'boolean', description: { ko: 'true: 위반(지적사항·조치) 점검이 있는 시설, false: 없는 시설 (inspectedSince와 함께면 그 날 이후)', en: 'true: facilities with an inspection that found a violation; false: without (since inspectedSince when given)' }, example: 'true' };
const specialCareParam: ParamSpec = { name: 'specialCare', in: 'query', kind: 'enumList', values: Object.keys(SPECIAL_CARE), description: { ko: '특수보육 (모두 제공하는 시설)', en: 'Special care (facilities offering all)' } };

/** Rows skipped for a page: the GraphQL `offset` of the catalog lists. */
const offsetOf = (p: ParamValues) => ((p.pageNo as number) - 1) * (p.numOfRows as number);

function region(p: ParamValues) {
  if (p.sigungu && !p.sido) {
    throw new HubError('MISSING_PARAMETER', { ko: 'sigungu에는 sido가 필요합니다.', en: 'sigungu needs sido.' }, { field: 'sido' });
  }
  return p.sido ? { sido: p.sido, sigungu: p.sigungu ?? null } : null;
}

const commaList = (value: unknown): string[] | null => {
  const list = typeof value === 'string' ? value.split(',').map((v) => v.trim()).filter(Boolean) : [];
  return list.length ? list : null;
};

const page = <T>(list: T[], p: ParamValues) => list.slice(offsetOf(p), offsetOf(p) + (p.numOfRows as number));

export const ROUTES: RouteSpec[] = [
  {
    operationId: 'listFacilities',
    path: '/facilities',
    tag: 'facilities',
    summary: { ko: '시설 목록', en: 'Facilities' },
    description: { ko: '모든 생애주기의 시설을 이름순으로 조회합니다.', en: 'Facilities of every stage, by name.' },
    params: [stageParam, kindParam, sidoParam, sigunguParam, specialCareParam, inspectedSinceParam, hasViolationsParam],
    paging: 'pages',
    query: `query OpenApiFacilities($filter: FacilityFilter, $first: Int, $offset: Int) {
      facilities(filter: $filter, first: $first, offset: $offset) { totalCount edges { node { ${FACILITY_FIELDS} } } } }`,
    variables: (p) => ({
      filter: {
        stages: p.stage ?? null,
        kinds: p.kind ?? null,
        region: region(p),
        specialCare: p.specialCare ?? null,
        inspectedSince: p.inspectedSince ?? null,
        hasViolations: p.hasViolations ?? null,
      },
      first: p.numOfRows,
      offset: offsetOf(p),
    }),
    result: (d) => ({ items: d.facilities.edges.map((e: any) => facilityItem(e.node)), totalCount: d.facilities.totalCount }),
    item: FACILITY_ITEM,
    itemName: 'Facility',
  },
  {
    operationId: 'getFacility',
    path: '/facilities/{id}',
    tag: 'facilities',
    summary: { ko: '시설 상세', en: 'One facility' },
    description: { ko: 'ID로 시설 하나를 조회합니다 (폐지된 시설도 응답, item은 한 건짜리 배열).', en: 'One facility by id (withdrawn ones too); `item` is an array of one.' },
    params: [idParam('시설', 'fac_0000000000000000')],
    paging: 'none',
    query: `query OpenApiFacility($id: ID!) { facility(id: $id) { ${FACILITY_FIELDS} } }`,
    variables: (p) => ({ id: p.id }),
    result: (d) => (d.facility ? { items: [facilityItem(d.facility)], totalCount: 1 } : null),
    item: FACILITY_ITEM,
    itemName: 'Facility',
  },
  {
    operationId: 'getFacilityInspections',
    path: '/facilities/{id}/inspections',
    tag: 'facilities',
    summary: { ko: '시설 점검 이력', en: 'Inspection history of a facility' },
    description: {
      ko: '시설 한 곳의 점검 이력 (보육포털 점검내역의 지도점검, 유치원알리미 안전점검), 최근 순.',
      en: 'Inspections of one facility (보육포털 점검내역 guidance inspections, 유치원알리미 safety inspections), newest first.',
    },
    params: [idParam('시설', 'fac_0000000000000000')],
    paging: 'pages',
    query: `query OpenApiFacilityInspections($id: ID!) { facility(id: $id) { id inspections { ${INSPECTION_FIELDS} } } }`,
    variables: (p) => ({ id: p.id }),
    result: (d, p) => {
      const list = d.facility?.inspections;
      if (!Array.isArray(list)) return null;
      return { items: page(list, p).map(inspectionItem), totalCount: list.length };
    },
    item: INSPECTION_ITEM,
    itemName: 'Inspection',
  },
  {
    operationId: 'getFacilityWaitlist',
    path: '/facilities/{id}/waitlist',
    tag: 'facilities',
    summary: { ko: '어린이집 입소대기 순번', en: 'Waiting list of a childcare centre' },
    description: { ko: '어린이집 한 곳, 한 연령반의 공개 대기순번 (이름 없음).', en: 'The public, anonymised waiting list of one centre and age class.' },
    params: [idParam('어린이집', 'fac_0000000000000000'), { name: 'ageClass', in: 'query', required: true, kind: 'integer', minimum: 0, maximum: 5, description: { ko: '연령반 (만0세반=0 … 만5세반=5)', en: 'Age class (만N세반), 0–5' }, example: '1' }],
    paging: 'pages',
    query: `query OpenApiWaitlist($id: ID!, $ageClass: Int!) { facility(id: $id) { id ... on ChildcareCenter { waitlist(ageClass: $ageClass) { position rank points appliedOn offered } } } }`,
    variables: (p) => ({ id: p.id, ageClass: p.ageClass }),
    result: (d, p) => {
      const list = d.facility?.waitlist;
      if (!Array.isArray(list)) return null;
      return { items: page(list, p), totalCount: list.length };
    },
    item: WAITLIST_ITEM,
    itemName: 'WaitlistEntry',
  },
  {
    operationId: 'listPolicies',
    path: '/policies',
    tag: 'policies',
    summary: { ko: '지원정책 목록', en: 'Support policies' },
    description: { ko: '모든 생애주기의 지원정책을 이름순으로 조회합니다.', en: 'Support policies of every stage, by name.' },
    params: [stageParam, sidoParam, sigunguParam],
    paging: 'pages',
    query: `query OpenApiPolicies($filter: PolicyFilter, $first: Int, $offset: Int) {
      policies(filter: $filter, first: $first, offset: $offset) { totalCount edges { node { ${POLICY_FIELDS} } } } }`,
    variables: (p) => ({ filter: { stages: p.stage ?? null, region: region(p) }, first: p.numOfRows, offset: offsetOf(p) }),
    result: (d) => ({ items: d.policies.edges.map((e: any) => policyItem(e.node)), totalCount: d.policies.totalCount }),
    item: POLICY_ITEM,
    itemName: 'Policy',
  },
  {
    operationId: 'getPolicy',
    path: '/policies/{id}',
    tag: 'policies',
    summary: { ko: '지원정책 상세', en: 'One support policy' },
    description: { ko: 'ID로 지원정책 하나를 조회합니다 (item은 한 건짜리 배열).', en: 'One policy by id; `item` is an array of one.' },
    params: [idParam('정책', 'pol_0000000000000000')],
    paging: 'none',
    query: `query OpenApiPolicy($id: ID!) { policy(id: $id) { ${POLICY_FIELDS} } }`,
    variables: (p) => ({ id: p.id }),
    result: (d) => (d.policy ? { items: [policyItem(d.policy)], totalCount: 1 } : null),
    item: POLICY_ITEM,
    itemName: 'Policy',
  },
  {
    operationId: 'listPrograms',
    path: '/programs',
    tag: 'programs',
    summary: { ko: '프로그램 목록', en: 'Programmes' },
    description: {
      ko: '모든 생애주기의 프로그램(부모교육, 체험, 상담, 강좌 …)을 이름순으로 조회합니다. 운영기관(provider)은 알 수 있을 때만 채웁니다.',
      en: 'Programmes (courses, classes, counselling groups, events) of every stage, by name; providerId/providerName only when the running facility is known.',
    },
    params: [stageParam, categoryParam, statusParam, sidoParam, sigunguParam],
    paging: 'pages',
    query: `query OpenApiPrograms($filter: ProgramFilter, $first: Int, $offset: Int) {
      programs(filter: $filter, first: $first, offset: $offset) { totalCount edges { node { ${PROGRAM_FIELDS} } } } }`,
    variables: (p) => ({
      filter: { stages: p.stage ?? null, categories: commaList(p.category), statuses: p.status ?? null, region: region(p) },
      first: p.numOfRows,
      offset: offsetOf(p),
    }),
    result: (d) => ({ items: d.programs.edges.map((e: any) => programItem(e.node)), totalCount: d.programs.totalCount }),
    item: PROGRAM_ITEM,
    itemName: 'Program',
  },
  {
    operationId: 'getProgram',
    path: '/programs/{id}',
    tag: 'programs',
    summary: { ko: '프로그램 상세', en: 'One programme' },
    description: { ko: 'ID로 프로그램 하나를 조회합니다 (폐지된 것도 응답, item은 한 건짜리 배열).', en: 'One programme by id (withdrawn ones too); `item` is an array of one.' },
    params: [idParam('프로그램', 'prg_0000000000000000')],
    paging: 'none',
    query: `query OpenApiProgram($id: ID!) { program(id: $id) { ${PROGRAM_FIELDS} } }`,
    variables: (p) => ({ id: p.id }),
    result: (d) => (d.program ? { items: [programItem(d.program)], totalCount: 1 } : null),
    item: PROGRAM_ITEM,
    itemName: 'Program',
  },
  {
    operationId: 'search',
    path: '/search',
    tag: 'search',
    summary: { ko: '통합검색', en: 'Search' },
    description: {
      ko: '시설, 지원정책과 프로그램을 한국어로 검색합니다 (조사 무시, 초성, 오타, 동의어). 1,000번째 결과까지 볼 수 있습니다.',
      en: 'Korean full-text search over facilities, policies and programmes (particles, 초성, typos, synonyms); results up to the 1,000th.',
    },
    params: [
      { name: 'query', in: 'query', required: true, kind: 'string', maxLength: 100, description: { ko: '검색어', en: 'Search text' }, example: '어린이집' },
      { name: 'recordKind', in: 'query', kind: 'enumList', values: ['FACILITY', 'POLICY', 'PROGRAM'], description: { ko: '시설, 정책, 프로그램 (쉼표로 여러 개, 없으면 모두)', en: 'Facilities, policies, programmes (comma-separated; default all)' } },
      stageParam,
      kindParam,
      sidoParam,
      sigunguParam,
      specialCareParam,
      inspectedSinceParam,
      hasViolationsParam,
    ],
    paging: 'pages',
    query: `query OpenApiSearch($query: String, $filter: SearchFilter, $first: Int, $after: String) {
      search(query: $query, filter: $filter, first: $first, after: $after) { totalCount edges { ${SEARCH_FIELDS} } } }`,
    variables: (p) => ({
      query: p.query,
      filter: { stages: p.stage ?? null, recordKinds: p.recordKind ?? null, kinds: p.kind ?? null, region: region(p), specialCare: p.specialCare ?? null,
        inspectedSince: p.inspectedSince ?? null, hasViolations: p.hasViolations ?? null },
      first: p.numOfRows,
      after: offsetOf(p) > 0 ? encodeOffset(offsetOf(p)) : null,
    }),
    result: (d) => ({ items: d.search.edges.map(searchItem), totalCount: d.search.totalCount }),
    item: SEARCH_ITEM,
    itemName: 'SearchHit',
  },
  {
    operationId: 'listSources',
    path: '/sources',
    tag: 'sources',
    summary: { ko: '출처 사이트', en: 'Source sites' },
    description: { ko: '수집 대상 기관 사이트와 최근 수집 결과.', en: 'The crawled agency sites and their last crawls.' },
    params: [],
    paging: 'pages',
    query: `query OpenApiSources { sources { id name agency url stages records lastCrawl { status startedAt } lastSuccess { startedAt finishedAt } } }`,
    variables: () => ({}),
    result: (d, p) => ({ items: page(d.sources, p).map(sourceItem), totalCount: d.sources.length }),
    item: SOURCE_ITEM,
    itemName: 'Source',
  },
  {
    operationId: 'listChanges',
    path: '/changes',
    tag: 'changes',
    summary: { ko: '변경분 (동기화)', en: 'Change feed (sync)' },
    description: {
      ko: 'since 커서 이후 생성·변경·폐지된 시설, 정책과 프로그램, 오래된 순. since 없이 부르면 처음부터(모든 자료 한 번씩). 응답의 cursor를 다음 요청의 since로 넘기고, hasMore가 false가 될 때까지 반복합니다.',
      en: 'Facilities, policies and programmes created, updated or withdrawn after the `since` cursor, oldest first. Without `since`, from the beginning (every record once). Pass the answer’s `cursor` as the next `since` until `hasMore` is false.',
    },
    params: [{ name: 'since', in: 'query', kind: 'string', maxLength: 80, pattern: '^[A-Za-z0-9_-]+$', description: { ko: '이전 응답의 cursor', en: 'The cursor of an earlier answer' } }],
    paging: 'rows',
    query: `query OpenApiChanges($since: String, $first: Int) { changes(since: $since, first: $first) { cursor hasMore totalCount changes { ${CHANGE_FIELDS} } } }`,
    variables: (p) => ({ since: p.since ?? null, first: p.numOfRows }),
    result: (d) => ({ items: d.changes.changes.map(changeItem), totalCount: d.changes.totalCount, extra: { cursor: d.changes.cursor, hasMore: d.changes.hasMore } }),
    item: CHANGE_ITEM,
    itemName: 'Change',
    extraBody: {
      cursor: { type: 'string', nullable: true, description: '다음 요청의 since (pass as the next since)' },
      hasMore: { type: 'boolean', description: '더 받을 변경이 있음 (more changes wait)' },
    },
  },
  // 보육통계 (issue 20): gateway/openapi/stats-routes.ts.
  ...STATS_ROUTES,
  WELFARE_STATS_ROUTE,
  // 소통방 (issue 23): gateway/openapi/community-routes.ts.
  ...COMMUNITY_ROUTES,
];

/** Every parameter of a route, paging included (the order the docs print). */
export function allParams(route: RouteSpec): ParamSpec[] {
  const paging = route.paging === 'pages' ? PAGE_PARAMS : route.paging === 'rows' ? PAGE_PARAMS.filter((p) => p.name === 'numOfRows') : [];
  return [...route.params, ...paging];
}

/** Matches a path (below /openapi/v1) to a route and its path parameters. */
export function matchRoute(path: string): { route: RouteSpec; params: Record<string, string> } | null {
  const parts = path.split('/').filter(Boolean);
  for (const route of ROUTES) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((seg, i) => {
      if (seg.startsWith('{')) {
        try {
          params[seg.slice(1, -1)] = decodeURIComponent(parts[i]!);
        } catch {
          return false;
        }
        return true;
      }
      return seg === parts[i];
    });
    if (ok) return { route, params };
  }
  return null;
}
