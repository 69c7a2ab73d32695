import type { FieldSchema, Item, ItemSchema } from './items';
import type { ParamSpec, ParamValues } from './params';
import type { RouteSpec } from './routes';

/**
 * `/openapi/v1/stats/welfare` (issue 20 × #14): the stats subgraph's
 * welfareStats as flat rows, one per (group, period), like the other
 * stats routes (stats-routes.ts). These figures count people: a figure of
 * 1–4 is null and named in `suppressed`.
 */
const s = (description: string, nullable = true): FieldSchema => ({ type: 'string', description, nullable });
const int = (description: string): FieldSchema => ({ type: 'integer', description, nullable: true });

const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const params: ParamSpec[] = [
  { name: 'from', in: 'query', required: true, kind: 'string', pattern: DATE, maxLength: 10, description: { ko: '시작일 YYYY-MM-DD (KST)', en: 'First day, YYYY-MM-DD (KST)' }, example: '2026-01-01' },
  { name: 'to', in: 'query', required: true, kind: 'string', pattern: DATE, maxLength: 10, description: { ko: '종료일 YYYY-MM-DD (최대 731일)', en: 'Last day, YYYY-MM-DD (at most 731 days)' }, example: '2026-12-31' },
  { name: 'granularity', in: 'query', kind: 'enum', values: ['DAY', 'WEEK', 'MONTH'], default: 'DAY', description: { ko: '단위 (일, 주(월요일 시작), 월)', en: 'Period: day, week (from Monday), month' }, example: 'MONTH' },
  { name: 'groupBy', in: 'query', kind: 'enum', values: ['RESOURCE_TYPE', 'DONG'], description: { ko: '분류 기준 (자원 종류, 행정동)', en: 'Grouping: resource type or 동' }, example: 'RESOURCE_TYPE' },
];

const FIGURES = ['recommendations', 'duplicatesPrevented', 'ineligibleBlocked', 'concentrationWarnings', 'confirmedRecipients'] as const;

export const WELFARE_STATS_ITEM: ItemSchema = {
  group: s('분류 값 (resource type or 동)'),
  period: s('기간 시작일 (period start)', false),
  recommendations: int('추천 건수 (recommendations)'),
  duplicatesPrevented: int('중복 추천 방지 (duplicates prevented)'),
  ineligibleBlocked: int('부적격 차단 (ineligible registrations blocked)'),
  concentrationWarnings: int('편중 경고 (concentration warnings)'),
  confirmedRecipients: int('최종 확정 대상자 (confirmed recipients)'),
  suppressed: s('비공개(5명 미만) 항목, 쉼표 구분 (suppressed fields)', false),
};

const offsetOf = (p: ParamValues) => ((p.pageNo as number) - 1) * (p.numOfRows as number);

export const WELFARE_STATS_ROUTE: RouteSpec = {
  operationId: 'welfareStats',
  path: '/stats/welfare',
  tag: 'stats',
  summary: { ko: '복지 통계', en: 'Welfare statistics' },
  description: {
    ko: '복지사업 사전관리의 추천·중복 방지·부적격 차단·편중 경고·최종 확정 대상자 수를 기간별로, 자원 종류 또는 행정동별로. 5명 미만은 비공개.',
    en: 'Welfare pre-screening counts per period (recommendations, duplicates prevented, ineligible blocked, concentration warnings, confirmed recipients), by resource type or 동; fewer than 5 people suppressed.',
  },
  params,
  paging: 'pages',
  query: `query OpenApiWelfareStats($range: StatsRangeInput!, $groupBy: WelfareStatsGroup) { welfareStats(range: $range, groupBy: $groupBy) {
    group points { period ${FIGURES.map((f) => `${f} { value suppressed }`).join(' ')} } } }`,
  variables: (p) => ({ range: { from: p.from, to: p.to, granularity: p.granularity ?? 'DAY' }, groupBy: p.groupBy ?? null }),
  result: (d, p) => {
    const rows: Item[] = d.welfareStats.flatMap((series: any) =>
      series.points.map((pt: any) => {
        const row: Item = { group: series.group, period: pt.period };
        const suppressed: string[] = [];
        for (const f of FIGURES) {
          row[f] = pt[f].value;
          if (pt[f].suppressed) suppressed.push(f);
        }
        row.suppressed = suppressed.join(',');
        return row;
      }),
    );
    return { items: rows.slice(offsetOf(p), offsetOf(p) + (p.numOfRows as number)), totalCount: rows.length };
  },
  item: WELFARE_STATS_ITEM,
  itemName: 'WelfareStats',
};
