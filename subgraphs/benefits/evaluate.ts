import type { Criterion, Evidence } from '../../common/benefits/criteria';
import { schoolGrade, type HouseholdFacts } from './household-facts';
import { FLAG_KO, flagQuestion, otherQuestion, monthsLabel, type Question } from './wording';

/**
 * The pure benefits judge: one household × one policy's criteria → a
 * verdict with a reason per criterion. No I/O, no clock (`on` is given).
 *
 * The rule that matters most: never promise. ELIGIBLE needs every criterion
 * MET; a criterion the household did not answer, or one the extractor could
 * only keep as text (OTHER), is UNKNOWN and makes the verdict MAYBE with the
 * question that would decide it. A policy with no criteria at all is MAYBE.
 */

// The household's facts at a date (household-facts.ts) were computed here; importers keep this path.
export { householdFacts, schoolGrade, type HouseholdFacts } from './household-facts';

export type CriterionStatus = 'MET' | 'FAILED' | 'UNKNOWN';
export type Verdict = 'ELIGIBLE' | 'MAYBE' | 'NOT_ELIGIBLE';

export interface CriterionResult {
  criterionId: string;
  kind: Criterion['kind'];
  status: CriterionStatus;
  /** What the policy asks, in Korean (만 0~5세 자녀, 기준중위소득 150% 이하 …). */
  requirement: string;
  /** The household's value for it, in Korean, or null when unknown. */
  householdValue: string | null;
  evidence: Evidence;
  origin: Criterion['origin'];
  sourceId: string | null;
  /** For UNKNOWN: the question that would decide it. */
  question: Question | null;
}

export interface Judgement {
  verdict: Verdict;
  criteria: CriterionResult[];
  /** NOT_ELIGIBLE: the first failing criterion. */
  failing: CriterionResult | null;
  /** MAYBE: the deciding question (the first unknown criterion's). */
  question: Question | null;
}

/**
 * Where one lives is never a whole eligibility rule: a district's 출산지원금
 * whose text the extractor read only as "6개월 이상 거주" still needs a birth.
 * A policy whose every criterion is RESIDENCE is therefore MAYBE at best.
 */
export const RESIDENCE_ONLY_QUESTION: Question = { ko: '거주 조건 외의 자격 조건(대상)을 확인하세요', en: 'Check who the policy is for besides where you live' };
function residenceOnly(criteria: readonly Criterion[]): boolean {
  return criteria.every((c) => c.kind === 'RESIDENCE');
}

export const NO_CRITERIA_QUESTION: Question = { ko: '자격 조건을 확인하세요', en: 'Check the eligibility conditions with the agency' };
const NO_CRITERIA_EVIDENCE: Evidence = { field: 'criteria', text: '추출된 자격 조건 없음' };


function result(c: Criterion, status: CriterionStatus, requirement: string, householdValue: string | null, question: Question | null = null): CriterionResult {
  return { criterionId: c.id, kind: c.kind, status, requirement, householdValue, evidence: c.evidence, origin: c.origin, sourceId: c.sourceId ?? null, question: status === 'UNKNOWN' ? question : null };
}

function gradeName(g: number): string {
  return g <= 6 ? `초등 ${g}학년` : g <= 9 ? `중학교 ${g - 6}학년` : `고등학교 ${g - 9}학년`;
}

function gradeLabel(min?: number, max?: number): string {
  if (min != null && max != null) return min === max ? gradeName(min) : `${gradeName(min)}~${gradeName(max)}`;
  return min != null ? `${gradeName(min)} 이상` : `${gradeName(max!)} 이하`;
}

function ageLabel(months: number): string {
  return months >= 24 ? `만 ${Math.floor(months / 12)}세 (${months}개월)` : `${months}개월`;
}

/** 자녀 만 0~5세, 출생 후 60일 이내 (출산 예정일 40일 전부터), 2024-01-01 이후 출생 … */
function ageRequirement(c: Extract<Criterion, { kind: 'AGE' }>): string {
  const grades = c.minGrade != null || c.maxGrade != null;
  const within = c.withinDaysOfBirth != null ? `출생일로부터 ${c.withinDaysOfBirth}일 이내` : c.minMonths != null || c.maxMonths != null ? monthsLabel(c.minMonths, c.maxMonths) : '';
  if (c.birth) {
    const period = c.windowAssumed
      ? '출산(입양) 후 1년 이내 (신청 기간이 적혀 있지 않아 1년으로 봄)'
      : c.bornOnOrAfter
        ? `${c.bornOnOrAfter} 이후 출생`
        : c.withinDaysOfBirth != null
          ? `출산(입양) 후 ${c.withinDaysOfBirth}일 이내`
          : `출산(입양) 후 ${c.maxMonths != null ? `${c.maxMonths + 1}개월 미만` : '기간 조건'}`;
    return `${period}${c.dueWithinDays != null ? ` (출산 예정일 ${c.dueWithinDays}일 전부터)` : ''}`;
  }
  const parts = [within, c.bornOnOrAfter ? `${c.bornOnOrAfter} 이후 출생` : '', grades ? gradeLabel(c.minGrade, c.maxGrade) : ''].filter(Boolean);
  return `${c.subject === 'CHILD' ? '자녀' : '신청자'} ${parts.join(', ') || '나이 조건'}`;
}

export function evaluateCriterion(c: Criterion, f: HouseholdFacts): CriterionResult {
  switch (c.kind) {
    case 'AGE': {
      const grades = c.minGrade != null || c.maxGrade != null;
      const req = ageRequirement(c);
      const inRange = (months: number, days: number | null, grade: number | null, birthDate?: string | null) =>
        (c.minMonths == null || months >= c.minMonths) &&
        (c.maxMonths == null || months <= c.maxMonths) &&
        (c.withinDaysOfBirth == null || (days != null && days <= c.withinDaysOfBirth)) &&
        (c.bornOnOrAfter == null || (birthDate != null && birthDate >= c.bornOnOrAfter)) &&
        (!grades || (grade != null && (c.minGrade == null || grade >= c.minGrade) && (c.maxGrade == null || grade <= c.maxGrade)));
      if (c.subject === 'APPLICANT') {
        if (f.applicantMonths == null) return result(c, 'UNKNOWN', req, null, { ko: `신청자(본인)의 생년월일은 언제인가요? (${req})`, en: "What is the applicant's birth date?" });
        return result(c, inRange(f.applicantMonths, null, null) ? 'MET' : 'FAILED', req, `신청자 ${ageLabel(f.applicantMonths)}`);
      }
      const known = f.children.filter((ch) => ch.months != null);
      const label = (ch: HouseholdFacts['children'][number]) => `자녀 ${ageLabel(ch.months!)}${grades && ch.grade != null ? ` (${gradeName(ch.grade)})` : ''}${c.withinDaysOfBirth != null ? `, 출생 후 ${ch.days}일` : ''}`;
      const hit = known.find((x) => inRange(x.months!, x.days, x.grade, x.birthDate));
      if (hit) return result(c, 'MET', req, label(hit));
      if (known.length < f.children.length) return result(c, 'UNKNOWN', req, null, { ko: `자녀의 생년월일은 언제인가요? (${req})`, en: "What is the child's birth date?" });
      if (c.birth && c.dueWithinDays != null && f.dueInDays != null) {
        if (f.dueInDays <= c.dueWithinDays) return result(c, 'MET', req, `출산 예정일까지 ${f.dueInDays}일`);
        return result(c, 'UNKNOWN', req, f.dueInDays != null ? `출산 예정일까지 ${f.dueInDays}일` : '임신 중', { ko: `출산 예정일 ${c.dueWithinDays}일 전부터 신청할 수 있어요. 출산 예정일이 언제인가요?`, en: `Applications open ${c.dueWithinDays} days before the due date. When is the baby due?` });
      }
      const value = f.children.length === 0 ? (f.expected > 0 ? '출산 예정 (자녀 미출생)' : '자녀 없음') : known.map(label).join(', ');
      return result(c, 'FAILED', req, value);
    }
    case 'PREGNANCY': {
      const req = `임신 중${c.minWeeks != null ? ` ${c.minWeeks}주 이상` : ''}${c.maxWeeks != null ? ` ${c.maxWeeks}주 이하` : ''}`;
      if (f.pregnancyWeeks == null) return result(c, 'FAILED', req, '임신 중인 가구원 없음');
      const ok = (c.minWeeks == null || f.pregnancyWeeks >= c.minWeeks) && (c.maxWeeks == null || f.pregnancyWeeks <= c.maxWeeks);
      return result(c, ok ? 'MET' : 'FAILED', req, `임신 ${f.pregnancyWeeks}주`);
    }
    case 'RESIDENCE': {
      const place = [c.sido, c.sigungu].filter(Boolean).join(' ');
      const req = `${place || '해당 지역'} 거주${c.minMonths != null ? ` ${c.atBirth ? '출생일 기준 ' : ''}${c.minMonths}개월 이상` : ''}`;
      const r = f.household.region;
      const here = [r.sido, r.sigungu].filter(Boolean).join(' ');
      if (c.sido && c.sido !== r.sido) return result(c, 'FAILED', req, `${here} 거주`);
      if (c.sigungu) {
        if (!r.sigungu) return result(c, 'UNKNOWN', req, `${r.sido} 거주`, { ko: `${c.sigungu}에 살고 있나요?`, en: `Do you live in ${c.sigungu}?` });
        if (c.sigungu !== r.sigungu) return result(c, 'FAILED', req, `${here} 거주`);
      }
      if (c.minMonths != null) {
        const months = r.monthsOfResidence;
        if (months == null) {
          return result(c, 'UNKNOWN', req, `${here} 거주 (기간 모름)`, { ko: `거주 기간이 ${c.minMonths}개월 이상인가요?`, en: `Have you lived there ${c.minMonths} months or more?` });
        }
        if (c.atBirth) {
          // Months lived there when the youngest child was born (a baby on the way: at least as many as today).
          const youngest = Math.min(...f.children.map((ch) => ch.months ?? Infinity));
          const atBirth = Number.isFinite(youngest) ? months - youngest : months;
          return result(c, atBirth >= c.minMonths ? 'MET' : 'FAILED', req, `${here} ${months}개월 거주 (출생일 기준 ${Math.max(0, atBirth)}개월)`);
        }
        return result(c, months >= c.minMonths ? 'MET' : 'FAILED', req, `${here} ${months}개월 거주`);
      }
      return result(c, 'MET', req, `${here} 거주`);
    }
    case 'INCOME': {
      const req = `기준중위소득 ${c.minMedianPercent != null ? `${c.minMedianPercent}% 초과 ` : ''}${c.maxMedianPercent != null ? `${c.maxMedianPercent}% 이하` : ''}`.trim();
      const p = f.incomePercent;
      const question: Question = { ko: `가구 소득이 ${req}인가요? (월 소득을 알려 주세요)`, en: `Is the household income within ${c.maxMedianPercent != null ? `${c.maxMedianPercent}%` : ''} of the median income? (give the monthly income)` };
      if (!p) return result(c, 'UNKNOWN', req, null, question);
      const value = f.incomeSource;
      const maxOk = c.maxMedianPercent == null ? true : p.max <= c.maxMedianPercent ? true : p.min > c.maxMedianPercent ? false : null;
      const minOk = c.minMedianPercent == null ? true : p.min > c.minMedianPercent ? true : p.max <= c.minMedianPercent ? false : null;
      if (maxOk === false || minOk === false) return result(c, 'FAILED', req, value);
      if (maxOk && minOk) return result(c, 'MET', req, value);
      return result(c, 'UNKNOWN', req, value, question);
    }
    case 'HOUSEHOLD': {
      if (c.flag === 'MULTI_CHILD' && c.minChildren != null) {
        const req = `자녀 ${c.minChildren}명 이상 (다자녀)`;
        const count = f.children.length + f.expected;
        return result(c, count >= c.minChildren ? 'MET' : 'FAILED', req, `자녀 ${count}명`);
      }
      const label = FLAG_KO[c.flag];
      const v = f.flags.get(c.flag) ?? null;
      if (v == null) return result(c, 'UNKNOWN', label, null, flagQuestion(c.flag));
      return result(c, v ? 'MET' : 'FAILED', label, v ? `${label} 해당` : `${label} 아님`);
    }
    case 'CHILD_ORDER': {
      const req = `${c.minOrder}째 이상 자녀`;
      const count = f.children.length + f.expected;
      return result(c, count >= c.minOrder ? 'MET' : 'FAILED', req, `자녀 ${count}명${f.expected ? ` (출산 예정 ${f.expected}명 포함)` : ''}`);
    }
    case 'EMPLOYMENT': {
      const req = { EMPLOYED: '근로자', JOB_SEEKER: '구직자', SELF_EMPLOYED: '자영업자', PARENTAL_LEAVE: '육아휴직 중' }[c.status];
      const adults = f.household.members.filter((m) => m.relationship === 'SELF' || m.relationship === 'SPOUSE');
      if (adults.some((m) => m.employment === c.status)) return result(c, 'MET', req, `${req} 해당`);
      if (adults.length > 0 && adults.every((m) => m.employment)) return result(c, 'FAILED', req, `${req} 아님`);
      return result(c, 'UNKNOWN', req, null, { ko: `부모 중 ${req}가 있나요?`, en: `Is a parent ${c.status.toLowerCase().replace('_', ' ')}?` });
    }
    case 'OTHER':
      return result(c, 'UNKNOWN', c.text, null, otherQuestion(c.text));
    case 'ANY_OF': {
      const parts = c.options.map((o) => evaluateCriterion(o, f));
      const req = parts.map((p) => p.requirement).join(' 또는 ');
      const met = parts.find((p) => p.status === 'MET');
      if (met) return result(c, 'MET', req, met.householdValue);
      if (parts.every((p) => p.status === 'FAILED')) return result(c, 'FAILED', req, parts.map((p) => p.householdValue).filter(Boolean).join(', '));
      const unknown = parts.find((p) => p.status === 'UNKNOWN')!;
      return result(c, 'UNKNOWN', req, null, { ko: `다음 중 하나에 해당하나요? ${req}`, en: `Does one of these hold: ${unknown.question?.en ?? req}` });
    }
  }
}

export function judge(criteria: readonly Criterion[], facts: HouseholdFacts): Judgement {
  if (criteria.length === 0) {
    return {
      verdict: 'MAYBE',
      criteria: [{ criterionId: 'none', kind: 'OTHER', status: 'UNKNOWN', requirement: '자격 조건 정보 없음', householdValue: null, evidence: NO_CRITERIA_EVIDENCE, origin: 'TEXT', sourceId: null, question: NO_CRITERIA_QUESTION }],
      failing: null,
      question: NO_CRITERIA_QUESTION,
    };
  }
  const results = criteria.map((c) => evaluateCriterion(c, facts));
  const failing = results.find((r) => r.status === 'FAILED') ?? null;
  if (failing) return { verdict: 'NOT_ELIGIBLE', criteria: results, failing, question: null };
  const unknown = results.find((r) => r.status === 'UNKNOWN');
  if (unknown) return { verdict: 'MAYBE', criteria: results, failing: null, question: unknown.question ?? otherQuestion(unknown.requirement) };
  if (residenceOnly(criteria)) return { verdict: 'MAYBE', criteria: results, failing: null, question: RESIDENCE_ONLY_QUESTION };
  return { verdict: 'ELIGIBLE', criteria: results, failing: null, question: null };
}

/**
 * The verdict alone, without building the explanation: what benefitsFor
 * sorts 20,000 policies by before it explains the page it returns. Mirrors
 * evaluateCriterion's statuses (the bench checks both agree on every pair).
 */
export function quickStatus(c: Criterion, f: HouseholdFacts): CriterionStatus {
  switch (c.kind) {
    case 'AGE': {
      if (c.subject === 'APPLICANT' || c.birth || c.bornOnOrAfter != null) return evaluateCriterion(c, f).status;
      const grades = c.minGrade != null || c.maxGrade != null;
      let missing = false;
      for (const ch of f.children) {
        if (ch.months == null) {
          missing = true;
          continue;
        }
        if (
          (c.minMonths == null || ch.months >= c.minMonths) &&
          (c.maxMonths == null || ch.months <= c.maxMonths) &&
          (c.withinDaysOfBirth == null || (ch.days != null && ch.days <= c.withinDaysOfBirth)) &&
          (!grades || (ch.grade != null && (c.minGrade == null || ch.grade >= c.minGrade) && (c.maxGrade == null || ch.grade <= c.maxGrade)))
        )
          return 'MET';
      }
      return missing ? 'UNKNOWN' : 'FAILED';
    }
    case 'EMPLOYMENT':
    case 'INCOME':
    case 'HOUSEHOLD':
    case 'ANY_OF':
      return evaluateCriterion(c, f).status;
    case 'PREGNANCY':
      if (f.pregnancyWeeks == null) return 'FAILED';
      return (c.minWeeks == null || f.pregnancyWeeks >= c.minWeeks) && (c.maxWeeks == null || f.pregnancyWeeks <= c.maxWeeks) ? 'MET' : 'FAILED';
    case 'RESIDENCE': {
      const r = f.household.region;
      if (c.sido && c.sido !== r.sido) return 'FAILED';
      if (c.sigungu) {
        if (!r.sigungu) return 'UNKNOWN';
        if (c.sigungu !== r.sigungu) return 'FAILED';
      }
      if (c.minMonths != null) {
        if (c.atBirth) return evaluateCriterion(c, f).status;
        return r.monthsOfResidence == null ? 'UNKNOWN' : r.monthsOfResidence >= c.minMonths ? 'MET' : 'FAILED';
      }
      return 'MET';
    }
    case 'CHILD_ORDER':
      return f.children.length + f.expected >= c.minOrder ? 'MET' : 'FAILED';
    case 'OTHER':
      return 'UNKNOWN';
  }
}

export function quickVerdict(criteria: readonly Criterion[], f: HouseholdFacts): Verdict {
  if (criteria.length === 0) return 'MAYBE';
  let unknown = false;
  // Region first: over a national catalogue most policies are another district's and fail there.
  for (const c of criteria) {
    if (c.kind !== 'RESIDENCE') continue;
    const s = quickStatus(c, f);
    if (s === 'FAILED') return 'NOT_ELIGIBLE';
    if (s === 'UNKNOWN') unknown = true;
  }
  for (const c of criteria) {
    if (c.kind === 'RESIDENCE') continue;
    const s = quickStatus(c, f);
    if (s === 'FAILED') return 'NOT_ELIGIBLE';
    if (s === 'UNKNOWN') unknown = true;
  }
  if (unknown || residenceOnly(criteria)) return 'MAYBE';
  return 'ELIGIBLE';
}
