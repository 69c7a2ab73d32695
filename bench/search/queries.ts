import { ALL_TYPENAMES } from '../../common/typenames';
import { encodeOffset } from '../../subgraphs/search/arguments';

/**
 * The fixed mix of 20 searches (issue 5): particles, 초성, typos, synonyms,
 * filters, geo near with distance sort, facets and a second page. Each runs
 * through the gateway with entity fields resolved by the owning lifecycle
 * subgraphs, and at the search subgraph alone as the gateway's query plan
 * sends it there (entity references only).
 */
export interface BenchSearch {
  type: string;
  args: string;
  variables: Record<string, unknown>;
  facets?: boolean;
}

const GANGNAM_STATION = { lat: 37.4979, lng: 127.0276 };
const HAEUNDAE = { lat: 35.1631, lng: 129.1636 };

export const SEARCHES: BenchSearch[] = [
  { type: 'word', args: '$q', variables: { q: '어린이집' }, facets: true },
  { type: 'particle', args: '$q', variables: { q: '어린이집에서' } },
  { type: 'particle', args: '$q', variables: { q: '강남구의 유치원' } },
  { type: 'words', args: '$q', variables: { q: '마포 국공립 어린이집' } },
  { type: 'words', args: '$q', variables: { q: '집 근처 야간 어린이집' } },
  { type: '초성', args: '$q', variables: { q: 'ㅎㅅㅇㄹㅇㅈ' } },
  { type: '초성', args: '$q', variables: { q: 'ㅅㅎㅈㄹㅇ' } },
  { type: 'typo', args: '$q', variables: { q: '해운대청소년수련괸' } },
  { type: 'typo', args: '$q', variables: { q: '강남구육아종합지원샌터' } },
  { type: 'synonym', args: '$q', variables: { q: '보육시설' }, facets: true },
  { type: 'synonym', args: '$q', variables: { q: '방과후' } },
  { type: 'synonym', args: '$q, filter: { recordKinds: [POLICY] }', variables: { q: '난임 지원' } },
  { type: 'filter', args: '$q, filter: $f', variables: { q: '출산지원금', f: { region: { sido: '부산' } } } },
  { type: 'filter', args: 'filter: $f', variables: { f: { kinds: ['CHILDCARE_CENTER'], region: { sido: '서울', sigungu: '마포구' }, vacancy: { ageClass: 1 } } }, facets: true },
  { type: 'filter', args: 'filter: $f', variables: { f: { specialCare: ['NIGHT'], openAt: '21:00', region: { sido: '경기' } } } },
  { type: 'filter', args: '$q, filter: $f', variables: { q: '양육', f: { recordKinds: ['POLICY'], applicationOpen: true } } },
  { type: 'geo', args: 'filter: $f, near: $near, sort: DISTANCE', variables: { f: { kinds: ['CHILDCARE_CENTER'] }, near: { ...GANGNAM_STATION, radiusKm: 2 } } },
  { type: 'geo', args: '$q, near: $near, sort: DISTANCE', variables: { q: '유치원', near: { ...HAEUNDAE, radiusKm: 5 } } },
  { type: 'facets', args: '$q', variables: { q: '청소년' }, facets: true },
  { type: 'page 2', args: '$q, after: $after', variables: { q: '지역아동센터', after: encodeOffset(20) } },
];

const FACETS = 'facets { stages { value count } kinds { value count } sigungu { value count } specialCare { value count } hasVacancy { value count } }';

/** Every concrete type a hit can be: what the gateway's plan asks the search subgraph for. */
const HIT_TYPES = [...new Set(ALL_TYPENAMES.map((t) => t.typename))];

function operation(s: BenchSearch, node: string): string {
  const declared = Object.keys(s.variables).map((k) => `$${k}: ${({ q: 'String', f: 'SearchFilter', near: 'GeoPointInput', after: 'String' } as Record<string, string>)[k]}`);
  return `query(${declared.join(', ')}) { search(${s.args.replace(/\$q\b/, 'query: $q')}, first: 20) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { score distanceKm highlights { field fragment } node { ${node} } }${s.facets ? ` ${FACETS}` : ''} } }`;
}

/** The search as a client sends it to the gateway: hits with fields from their owning subgraphs. */
export function gatewayBody(s: BenchSearch): string {
  const node = '__typename ... on Facility { id name address kindLabel } ... on Policy { id name target } ... on Program { id name category } ... on ChildcareCenter { capacity enrolled freeSeats }';
  return JSON.stringify({ query: operation(s, node), variables: s.variables });
}

/** The same search as the gateway forwards it to the search subgraph: entity references only. */
export function subgraphBody(s: BenchSearch): string {
  return JSON.stringify({ query: operation(s, `__typename ${HIT_TYPES.map((t) => `... on ${t} { __typename id }`).join(' ')}`), variables: s.variables });
}
