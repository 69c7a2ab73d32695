import { FACILITY_KINDS, SPECIAL_CARE, CENTER_TYPES } from '../../common/record';
import { HubError } from '../../common/errors';
import type { FieldSchema, Item, ItemSchema } from './items';
import type { ParamSpec, ParamValues } from './params';
import type { RouteSpec } from './routes';

/**
 * `/openapi/v1/stats/*` (issue 20): the stats subgraph's series as flat rows,
 * one per (group, period), in the 공공데이터포털 envelope like every route.
 * A suppressed figure (fewer than 5 people) is null and named in the row's
 * `suppressed` (comma-joined field names), so XML and JSON say the same.
 */
const s = (description: string, nullable = true): FieldSchema => ({ type: 'string', description, nullable });
const int = (description: string, nullable = true): FieldSchema => ({ type: 'integer', description, nullable });
const num = (description: string): FieldSchema => ({ type: 'number', description, nullable: true });

const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const rangeParams: ParamSpec[] = [
  { name: 'from', in: 'query', required: true, kind: 'string', pattern: DATE, maxLength: 10, description: { ko: '시작일 YYYY-MM-DD (KST)', en: 'First day, YYYY-MM-DD (KST)' }, example: '2026-01-01' },
  { name: 'to', in: 'query', required: true, kind: 'string', pattern: DATE, maxLength: 10, description: { ko: '종료일 YYYY-MM-DD (최대 731일)', en: 'Last day, YYYY-MM-DD (at most 731 days)' }, example: '2026-01-31' },
  { name: 'granularity', in: 'query', kind: 'enum', values: ['DAY', 'WEEK', 'MONTH'], default: 'DAY', description: { ko: '단위 (일, 주(월요일 시작), 월)', en: 'Period: day, week (from Monday), month' }, example: 'WEEK' },
];
const facilityFilterParams: ParamSpec[] = [
  { name: 'sido', in: 'query', kind: 'string', maxLength: 40, description: { ko: '시도 (예: 서울)', en: 'Province/city (시도)' }, example: '서울특별시' },
  { name: 'sigungu', in: 'query', kind: 'string', maxLength: 40, description: { ko: '시군구 (sido와 함께)', en: 'District (시군구), with sido' }, example: '강서구' },
  { name: 'kind', in: 'query', kind: 'enumList', values: Object.keys(FACILITY_KINDS), description: { ko: '시설 종류, 쉼표로 여러 개', en: 'Facility kinds, comma-separated' } },
  { name: 'centerType', in: 'query', kind: 'enumList', values: Object.keys(CENTER_TYPES), description: { ko: '어린이집 유형, 쉼표로 여러 개', en: 'Centre types, comma-separated' } },
  { name: 'specialCare', in: 'query', kind: 'enumList', values: Object.keys(SPECIAL_CARE), description: { ko: '특수보육 (모두 제공하는 시설)', en: 'Special care (facilities offering all)' } },
];

function facilityFilter(p: ParamValues) {
  if (p.sigungu && !p.sido) throw new HubError('MISSING_PARAMETER', { ko: 'sigungu에는 sido가 필요합니다.', en: 'sigungu needs sido.' }, { field: 'sido' });
  return {
    region: p.sido ? { sido: p.sido, sigungu: p.sigungu ?? null } : null,
    kinds: p.kind ?? null,
    centerTypes: p.centerType ?? null,
    specialCare: p.specialCare ?? null,
  };
}
const range = (p: ParamValues) => ({ from: p.from, to: p.to, granularity: p.granularity ?? 'DAY' });
const offsetOf = (p: ParamValues) => ((p.pageNo as number) - 1) * (p.numOfRows as number);
const page = <T>(list: T[], p: ParamValues) => list.slice(offsetOf(p), offsetOf(p) + (p.numOfRows as number));

type Fig = { value: number | null; suppressed: boolean };
/** Flattens figures into the row, naming the suppressed ones. */
function figures(row: Item, entries: [string, Fig][]): Item {
  const suppressed: string[] = [];
  for (const [name, f] of entries) {
    row[name] = f.value;
    if (f.suppressed) suppressed.push(name);
  }
  row.suppressed = suppressed.join(',');
  return row;
}

const AGES = [0, 1, 2, 3, 4, 5];
const FIGURE = `{ value suppressed }`;
export const FACILITY_STATS_ITEM: ItemSchema = {
  period: s('기간 시작일 (period start)', false),
  day: s('수치의 기준일: 기간의 마지막 집계일 (the filed day shown)', false),
  sido: s('시도 (groupBy=SIDO)'),
  sigungu: s('시군구 (groupBy=SIGUNGU)'),
  kind: s('시설 종류 (groupBy=KIND)'),
  centerType: s('어린이집 유형 (groupBy=CENTER_TYPE)'),
  specialCare: s('특수보육 (groupBy=SPECIAL_CARE)'),
  facilities: int('시설 수 (facilities)', false),
  active: int('운영 중 (operating)', false),
  capacity: int('정원 (capacity)', false),
  enrolled: int('현원 (enrolled; null when suppressed)'),
  occupancy: num('현원÷정원 (occupancy)'),
  freeSeats: int('여석 (free seats)'),
  waiting: int('대기 아동 (waiting)'),
  applicantsPerSeat: num('여석당 대기 (applicants per free seat)'),
  ...Object.fromEntries(AGES.map((a) => [`freeSeatsAge${a}`, int(`만${a}세반 여석`)])),
  ...Object.fromEntries(AGES.map((a) => [`waitingAge${a}`, int(`만${a}세반 대기`)])),
  suppressed: s('비공개(5명 미만) 항목, 쉼표 구분 (suppressed fields)', false),
};

export const WAITING_STATS_ITEM: ItemSchema = {
  period: s('기간 시작일 (period start)', false),
  applications: int('입소신청 (applications)'),
  offers: int('입소 제안 (offers)'),
  medianHoursToOffer: num('신청→제안 중앙값 시간 (median hours)'),
  p90HoursToOffer: num('신청→제안 90분위 시간 (p90 hours)'),
  offersDeclined: int('제안 거절 (declined)'),
  offersExpired: int('제안 만료 (expired)'),
  suppressed: s('비공개(5명 미만) 항목, 쉼표 구분 (suppressed fields)', false),
};

export const POLICY_STATS_ITEM: ItemSchema = {
  group: s('분류 값 (stage, agency or support type)'),
  period: s('기간 시작일 (period start)', false),
  day: s('기준일 (filed day)', false),
  policies: int('정책 수', false),
  active: int('게시 중', false),
  open: int('신청 가능', false),
  closed: int('신청 마감', false),
  unknown: int('신청기간 정보 없음', false),
};

export const PROGRAM_STATS_ITEM: ItemSchema = {
  group: s('분류 (category)'),
  period: s('기간 시작일 (period start)', false),
  day: s('기준일 (filed day)', false),
  programmes: int('프로그램 수', false),
  active: int('게시 중', false),
  open: int('접수중', false),
  closed: int('마감', false),
  waitlist: int('대기', false),
  upcoming: int('접수예정', false),
  unknown: int('접수상태 알 수 없음', false),
};

export const CRAWL_STATS_ITEM: ItemSchema = {
  period: s('기간 시작일 (period start)', false),
  runs: int('수집 실행 수 (runs)', false),
  succeeded: int('성공 (succeeded)', false),
  sitesSucceeded: int('성공한 사이트 수 (sites crawled successfully)', false),
};

export const STATS_ROUTES: RouteSpec[] = [
  {
    operationId: 'facilityStats',
    path: '/stats/facilities',
    tag: 'stats',
    summary: { ko: '시설 통계 (시계열)', en: 'Facility statistics (time series)' },
    description: {
      ko: '시설 수, 정원, 현원, 여석, 대기를 기간·단위별로. 주·월은 그 기간의 마지막 집계일 값. 5명 미만 수치는 비공개(null, suppressed에 표시).',
      en: 'Facilities, capacity, enrolment, free seats and waiting per period; a week or month shows its last filed day. Figures of fewer than 5 people are null and named in `suppressed`.',
    },
    params: [...rangeParams, ...facilityFilterParams, { name: 'groupBy', in: 'query', kind: 'enumList', values: ['SIDO', 'SIGUNGU', 'KIND', 'CENTER_TYPE', 'SPECIAL_CARE'], description: { ko: '분류 기준, 쉼표로 여러 개', en: 'Grouping dimensions, comma-separated' }, example: 'SIGUNGU' }],
    paging: 'pages',
    query: `query OpenApiFacilityStats($range: StatsRangeInput!, $filter: FacilityStatsFilter, $groupBy: [FacilityStatsGroup!]) {
      facilityStats(range: $range, filter: $filter, groupBy: $groupBy) { group { sido sigungu kind centerType specialCare }
        points { period day facilities active capacity enrolled ${FIGURE} occupancy ${FIGURE} freeSeats ${FIGURE} waiting ${FIGURE} applicantsPerSeat ${FIGURE}
          ageClasses { age freeSeats ${FIGURE} waiting ${FIGURE} } } } }`,
    variables: (p) => ({ range: range(p), filter: facilityFilter(p), groupBy: p.groupBy ?? null }),
    result: (d, p) => {
      const rows: Item[] = d.facilityStats.flatMap((series: any) =>
        series.points.map((pt: any) =>
          figures(
            { period: pt.period, day: pt.day, ...series.group, facilities: pt.facilities, active: pt.active, capacity: pt.capacity },
            [
              ['enrolled', pt.enrolled],
              ['occupancy', pt.occupancy],
              ['freeSeats', pt.freeSeats],
              ['waiting', pt.waiting],
              ['applicantsPerSeat', pt.applicantsPerSeat],
              ...pt.ageClasses.flatMap((a: any): [string, Fig][] => [[`freeSeatsAge${a.age}`, a.freeSeats], [`waitingAge${a.age}`, a.waiting]]),
            ],
          ),
        ),
      );
      return { items: page(rows, p), totalCount: rows.length };
    },
    item: FACILITY_STATS_ITEM,
    itemName: 'FacilityStats',
  },
  {
    operationId: 'waitingListStats',
    path: '/stats/waiting-lists',
    tag: 'stats',
    summary: { ko: '입소대기 통계', en: 'Waiting-list statistics' },
    description: { ko: '입소신청, 제안, 신청→제안 시간(중앙값·90분위), 거절·만료를 기간별로.', en: 'Applications, offers, hours from application to offer (median, p90), declined and expired offers per period.' },
    params: [...rangeParams, ...facilityFilterParams],
    paging: 'pages',
    query: `query OpenApiWaitingStats($range: StatsRangeInput!, $filter: FacilityStatsFilter) { waitingListStats(range: $range, filter: $filter) {
      period applications ${FIGURE} offers ${FIGURE} medianHoursToOffer ${FIGURE} p90HoursToOffer ${FIGURE} offersDeclined ${FIGURE} offersExpired ${FIGURE} } }`,
    variables: (p) => ({ range: range(p), filter: facilityFilter(p) }),
    result: (d, p) => {
      const rows: Item[] = d.waitingListStats.map((pt: any) =>
        figures({ period: pt.period }, (['applications', 'offers', 'medianHoursToOffer', 'p90HoursToOffer', 'offersDeclined', 'offersExpired'] as const).map((k) => [k, pt[k]])),
      );
      return { items: page(rows, p), totalCount: rows.length };
    },
    item: WAITING_STATS_ITEM,
    itemName: 'WaitingListStats',
  },
  {
    operationId: 'policyStats',
    path: '/stats/policies',
    tag: 'stats',
    summary: { ko: '지원정책 통계', en: 'Policy statistics' },
    description: { ko: '게시·신청가능·마감 정책 수를 생애주기, 기관 또는 지원유형별로.', en: 'Policies active, open and closed per period, by stage, agency or support type.' },
    params: [...rangeParams, { name: 'groupBy', in: 'query', kind: 'enum', values: ['STAGE', 'AGENCY', 'SUPPORT_TYPE'], description: { ko: '분류 기준', en: 'Grouping' }, example: 'STAGE' }],
    paging: 'pages',
    query: `query OpenApiPolicyStats($range: StatsRangeInput!, $groupBy: PolicyStatsGroup) { policyStats(range: $range, groupBy: $groupBy) {
      group points { period day policies active open closed unknown } } }`,
    variables: (p) => ({ range: range(p), groupBy: p.groupBy ?? null }),
    result: (d, p) => {
      const rows: Item[] = d.policyStats.flatMap((series: any) => series.points.map((pt: any) => ({ group: series.group, ...pt })));
      return { items: page(rows, p), totalCount: rows.length };
    },
    item: POLICY_STATS_ITEM,
    itemName: 'PolicyStats',
  },
  {
    operationId: 'programStats',
    path: '/stats/programs',
    tag: 'stats',
    summary: { ko: '프로그램 통계', en: 'Programme statistics' },
    description: { ko: '프로그램 수와 접수상태(접수중·마감·대기·접수예정)를 기간별로, 분류별로.', en: 'Programmes and their registration status per period, by category when asked.' },
    params: [...rangeParams, { name: 'groupBy', in: 'query', kind: 'enum', values: ['CATEGORY'], description: { ko: '분류 기준', en: 'Grouping' }, example: 'CATEGORY' }],
    paging: 'pages',
    query: `query OpenApiProgramStats($range: StatsRangeInput!, $groupBy: ProgramStatsGroup) { programStats(range: $range, groupBy: $groupBy) {
      group points { period day programmes active open closed waitlist upcoming unknown } } }`,
    variables: (p) => ({ range: range(p), groupBy: p.groupBy ?? null }),
    result: (d, p) => {
      const rows: Item[] = d.programStats.flatMap((series: any) => series.points.map((pt: any) => ({ group: series.group, ...pt })));
      return { items: page(rows, p), totalCount: rows.length };
    },
    item: PROGRAM_STATS_ITEM,
    itemName: 'ProgramStats',
  },
  {
    operationId: 'crawlStats',
    path: '/stats/crawls',
    tag: 'stats',
    summary: { ko: '수집 현황 통계', en: 'Crawl statistics' },
    description: { ko: '기간별 수집 실행과 성공한 사이트 수 (사이트별 최근 수집은 /sources).', en: 'Crawl runs and sites crawled successfully per period (each site’s last crawl: /sources).' },
    params: rangeParams,
    paging: 'pages',
    query: `query OpenApiCrawlStats($range: StatsRangeInput!) { crawlFreshness(range: $range) { points { period runs succeeded sitesSucceeded } } }`,
    variables: (p) => ({ range: range(p) }),
    result: (d, p) => ({ items: page(d.crawlFreshness.points, p), totalCount: d.crawlFreshness.points.length }),
    item: CRAWL_STATS_ITEM,
    itemName: 'CrawlStats',
  },
];
