import type { Principal } from '../../common/auth';
import { badInput } from '../../common/errors';
import type { Store } from '../../store';
import type { MutationConfirmAnomalyArgs, QueryAnomalyFlagsArgs, QueryPublishedAnomaliesArgs } from './__generated__/resolvers-types';
import { ANOMALY_COLUMNS, decideAnomaly, runAnomalyChecks, toAnomalyRow, type AnomalyDecision, type AnomalyRow } from './anomalies';
import { ANOMALY_RULES, type AnomalyRule } from './anomaly-rules';
import { decodeCursor, encodeCursor } from './queues';
import { validateFirst, validateId, validateReason } from './validation';

/** Korean names of the rules, as the console and the public show them. */
export const RULE_LABELS: Record<AnomalyRule, string> = {
  ENROLMENT_OVER_CAPACITY: '정원 초과',
  ENROLMENT_JUMP: '현원 급변',
  ADMITTED_TWICE: '중복 입소',
  FREE_SEATS_ALL_CLASSES_FULL: '빈자리 불일치',
  SEATS_WITHOUT_OFFERS: '빈자리 있으나 입소 미진행',
  SUBSIDY_CLAWBACK: '보조금 환수 처분',
};

const EVIDENCE_LABELS: Record<string, string> = {
  capacity: '정원',
  enrolled: '현원',
  over: '초과 인원',
  day: '기준일',
  fromDay: '비교 시작일',
  toDay: '비교 종료일',
  fromEnrolled: '이전 현원',
  toEnrolled: '이후 현원',
  change: '변동',
  admissionYear: '입소 연도',
  admissions: '입소 내역',
  reportedFreeSeats: '게시된 빈자리 (정원 − 현원)',
  ageClasses: '연령반 (정원/현원)',
  ageClass: '연령반',
  freeSeats: '빈자리',
  waiting: '대기 신청',
  waitingSince: '가장 오래된 대기 시작일',
  windowDays: '확인 기간(일)',
  lastOffer: '마지막 입소 제안',
  inspectionDate: '점검일',
  inspectionType: '점검구분',
  findings: '지적사항',
  measures: '조치',
  status: '처리상태',
  source: '출처',
};

const num = (v: unknown) => (typeof v === 'number' ? v : Number(v));

/** One Korean sentence with the evidence (what the queue and the public list show first). */
export function anomalySummary(flag: Pick<AnomalyRow, 'rule' | 'evidence'>): string {
  const e = flag.evidence;
  switch (flag.rule) {
    case 'ENROLMENT_OVER_CAPACITY':
      return `정원 ${num(e.capacity)}명인데 현원 ${num(e.enrolled)}명 (${num(e.over)}명 초과)`;
    case 'ENROLMENT_JUMP': {
      const change = num(e.change);
      return `현원이 ${e.fromDay} ${num(e.fromEnrolled)}명에서 ${e.toDay} ${num(e.toEnrolled)}명으로 ${change > 0 ? '+' : ''}${change}명 변동 (정원 ${num(e.capacity)}명)`;
    }
    case 'ADMITTED_TWICE':
      return `같은 아동이 ${num(e.admissionYear)}년 입소로 ${Array.isArray(e.admissions) ? e.admissions.length : 2}곳에 입소 처리됨`;
    case 'FREE_SEATS_ALL_CLASSES_FULL':
      return `정원 ${num(e.capacity)}명·현원 ${num(e.enrolled)}명으로 빈자리 ${num(e.reportedFreeSeats)}석이 게시되었으나 모든 연령반이 가득 참`;
    case 'SEATS_WITHOUT_OFFERS':
      return `만${num(e.ageClass)}세반 빈자리 ${num(e.freeSeats)}석이 ${num(e.windowDays)}일 넘게 게시되었으나 대기 ${num(e.waiting)}건에 입소 제안이 없음`;
    case 'SUBSIDY_CLAWBACK':
      return `${e.inspectionDate ?? '날짜 미상'} ${String(e.inspectionType)} 점검에서 보조금 환수 조치`;
  }
}

export function anomalyEvidence(flag: Pick<AnomalyRow, 'evidence'>): { key: string; label: string; value: string }[] {
  return Object.entries(flag.evidence)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([key, v]) => ({ key, label: EVIDENCE_LABELS[key] ?? key, value: typeof v === 'string' ? v : JSON.stringify(v) }));
}

const DEFAULT_STATES = ['OPEN', 'CONFIRMED'];
type FlagKey = [string, string];
const isFlagKey = (v: unknown): v is FlagKey => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string');

async function flagPage(store: Store, args: QueryAnomalyFlagsArgs) {
  const first = validateFirst(args.first);
  const states = args.filter?.states?.length ? args.filter.states : DEFAULT_STATES;
  const rules = args.filter?.rules?.length ? args.filter.rules : [...ANOMALY_RULES];
  const facilityId = args.filter?.facilityId ? validateId(args.filter.facilityId, 'filter.facilityId') : null;
  const key = args.after ? decodeCursor(args.after, isFlagKey) : null;
  const where = `state = any($1::text[]) and rule = any($2::text[]) and ($3::text is null or facility_ids @> array[$3::text])`;
  const [{ rows }, count] = await Promise.all([
    store.query(
      `select ${ANOMALY_COLUMNS} from curation.anomaly_flag
       where ${where} and ($4::date is null or (observed_on, id) < ($4::date, $5::text))
       order by observed_on desc, id desc limit $6`,
      [states, rules, facilityId, key?.[0] ?? null, key?.[1] ?? null, first + 1],
    ),
    store.query<{ n: number }>(`select count(*)::int as n from curation.anomaly_flag where ${where}`, [states, rules, facilityId]),
  ]);
  const edges = rows.slice(0, first).map((row) => {
    const node = toAnomalyRow(row);
    return { cursor: encodeCursor([node.observedOn, node.id]), node };
  });
  return {
    totalCount: count.rows[0]?.n ?? 0,
    edges,
    pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: Boolean(args.after), startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null },
  };
}

interface Ctx {
  principal(): Promise<Principal | null>;
  /** The curation context's record loader: a page of flags names its facilities in one batched read. */
  loaders: { record: { load(id: string): Promise<{ name: string } | null> } };
}

export function anomalyResolvers<C extends Ctx>(store: Store, editor: (ctx: C) => Promise<Principal>) {
  const decide = (decision: AnomalyDecision) => async (_: unknown, args: MutationConfirmAnomalyArgs, ctx: C) => {
    const actor = await editor(ctx);
    if (!args.id.startsWith('anm_')) throw badInput('id', '이상 징후 id가 아닙니다.', 'Not an anomaly flag id.');
    return decideAnomaly(store, actor, validateId(args.id), decision, validateReason(args.reason));
  };
  return {
    AnomalyFlag: {
      ruleLabel: (f: AnomalyRow) => RULE_LABELS[f.rule],
      summary: (f: AnomalyRow) => anomalySummary(f),
      evidence: (f: AnomalyRow) => anomalyEvidence(f),
      evidenceJson: (f: AnomalyRow) => f.evidence,
      facilityName: async (f: AnomalyRow, _args: unknown, ctx: C) => (f.facilityIds[0] ? ((await ctx.loaders.record.load(f.facilityIds[0]))?.name ?? null) : null),
    },
    Query: {
      anomalyFlags: async (_: unknown, args: QueryAnomalyFlagsArgs, ctx: C) => {
        await editor(ctx);
        return flagPage(store, args);
      },
      publishedAnomalies: async (_: unknown, args: QueryPublishedAnomaliesArgs) => {
        const id = validateId(args.facilityId, 'facilityId');
        const { rows } = await store.query(
          `select ${ANOMALY_COLUMNS} from curation.anomaly_flag where state = 'PUBLISHED' and facility_ids @> array[$1::text]
           order by decided_at desc, id limit 100`,
          [id],
        );
        return rows.map(toAnomalyRow).map((f) => ({
          id: f.id,
          rule: f.rule,
          ruleLabel: RULE_LABELS[f.rule],
          summary: anomalySummary(f),
          facilityId: id,
          observedOn: f.observedOn,
          publishedAt: f.decidedAt,
        }));
      },
    },
    Mutation: {
      confirmAnomaly: decide('CONFIRM'),
      dismissAnomaly: decide('DISMISS'),
      publishAnomaly: decide('PUBLISH'),
      runAnomalyChecks: async (_: unknown, _args: unknown, ctx: C) => {
        await editor(ctx);
        return runAnomalyChecks(store);
      },
    },
  };
}
