import type { Criterion, EmploymentStatus, HouseholdFlag } from './criteria';

/**
 * The Korean criteria extractor over a policy's free text (`target`,
 * `ages`; `benefit` and `summary` only for income thresholds, because their
 * other numbers are amount tiers — 첫째 200만원, 둘째 이상 300만원 — and not
 * conditions). Every criterion keeps the matched span as its evidence.
 *
 * Unknown stays unknown: a phrase no rule understands produces nothing; a
 * condition we recognise but cannot structure (난임, 어린이집 이용, 저소득층
 * without a threshold …) becomes OTHER with its clause, so a judge asks
 * instead of promising.
 *
 * Conventions (also those of bench/benefits/criteria-labels.json): ages in
 * completed months, bounds inclusive. 만 N세 이하 → max 12N+11, 만 N세 미만 →
 * max 12N−1, 만 N세 이상 → min 12N, 만 A~B세 → 12A…12B+11, N개월 이하 →
 * max N, N개월 미만 / 이내 (within N months of birth) → max N−1, 생후 N년 이내 / N년 미만 → max 12N−1,
 * 생후 N일 이내 → withinDaysOfBirth N (주 ×7). School years are grades
 * (초1 = 1 … 중1 = 7 … 고3 = 12), never converted to ages.
 */

export interface TextSpan {
  field: string;
  text: string;
  start: number;
  end: number;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type Draft = DistributiveOmit<Criterion, 'id' | 'origin' | 'evidence' | 'sourceId'>;
/** One match: one criterion, or alternatives of one phrase (한부모·조손) unless `all`. */
export interface Found {
  drafts: Draft[];
  all: boolean;
  span: TextSpan;
}

const YEAR = 12;
const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));

/** A range of ages in years as the inclusive month bounds. */
function years(min?: number, max?: number, maxExclusive = false): { minMonths?: number; maxMonths?: number } {
  const out: { minMonths?: number; maxMonths?: number } = {};
  if (min !== undefined) out.minMonths = min * YEAR;
  if (max !== undefined) out.maxMonths = maxExclusive ? max * YEAR - 1 : max * YEAR + 11;
  return out;
}

/** Words after an age that make it the applicant's (parent's) age, not the child's. */
const APPLICANT_AFTER = /^\s*(?:인\s*)?(?:이상\s*|이하\s*|미만\s*)?(?:인\s*)?(?:미혼\s*)?(?:남녀|여성|남성|임산부|임신부|산모|부부|부모|청년|청소년 한부모|한부모|미혼)/;

interface Rule {
  re: RegExp;
  /** Several drafts are alternatives (ANY_OF) unless `all`. */
  build: (m: RegExpExecArray, text: string) => Draft | Draft[] | null;
  all?: true;
}

function ageSubject(text: string, m: RegExpExecArray): 'CHILD' | 'APPLICANT' {
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
  const before = text.slice(Math.max(0, m.index - 8), m.index);
  if (/부모 모두\s*$/.test(before)) return 'APPLICANT';
  return APPLICANT_AFTER.test(after) ? 'APPLICANT' : 'CHILD';
}

const age = (subject: 'CHILD' | 'APPLICANT', bounds: { minMonths?: number; maxMonths?: number; withinDaysOfBirth?: number }): Draft =>
  ({ kind: 'AGE', subject, ...bounds }) as Draft;
const grades = (minGrade: number, maxGrade: number): Draft => ({ kind: 'AGE', subject: 'CHILD', minGrade, maxGrade }) as Draft;
/** A birth (or adoption) in the household within a period after it. */
export const birthWithin = (bounds: { maxMonths?: number; withinDaysOfBirth?: number; bornOnOrAfter?: string; dueWithinDays?: number }, assumed = false): Draft =>
  ({ kind: 'AGE', subject: 'CHILD', ...bounds, birth: true, ...(assumed ? { windowAssumed: true } : {}) }) as Draft;
const household = (flag: HouseholdFlag, extra: Record<string, number> = {}): Draft => ({ kind: 'HOUSEHOLD', flag, ...extra }) as Draft;
const employment = (status: EmploymentStatus): Draft => ({ kind: 'EMPLOYMENT', status }) as Draft;
const other = (text: string): Draft => ({ kind: 'OTHER', text }) as Draft;

const KOREAN_COUNT: Record<string, number> = { 두: 2, 세: 3, 네: 4, 둘: 2, 셋: 3, 넷: 4, 둘째: 2, 셋째: 3, 넷째: 4 };
const count = (s: string) => KOREAN_COUNT[s] ?? Number(s);

/** The grade of `초등 N학년` (1–6), `중학교 N학년` (7–9), `고등학교 N학년` (10–12). */
function grade(school: string, n: number): number {
  if (school.startsWith('중')) return 6 + n;
  if (school.startsWith('고')) return 9 + n;
  return n;
}

/**
 * Rules in priority order: when two matches overlap, the earlier rule (the
 * more specific phrase) wins.
 */
const RULES: Rule[] = [
  // ---- pregnancy with bounds
  { re: /임신\s*(\d{1,2})\s*주\s*(?:이내|이하|미만)\s*또는\s*(\d{1,2})\s*주\s*(?:이후|이상)/g, build: (m) => [{ kind: 'PREGNANCY', maxWeeks: num(m[1]) } as Draft, { kind: 'PREGNANCY', minWeeks: num(m[2]) } as Draft] },
  { re: /임신\s*(\d{1,2})\s*주\s*(?:~|부터)\s*출산\s*후\s*(\d{1,2})\s*개월/g, build: (m) => [{ kind: 'PREGNANCY', minWeeks: num(m[1]) } as Draft, age('CHILD', { maxMonths: Number(m[2]) - 1 })] },
  { re: /임신\s*(\d{1,2})\s*주\s*(?:이상|이후|부터)/g, build: (m) => ({ kind: 'PREGNANCY', minWeeks: num(m[1]) }) as Draft },
  { re: /임신\s*(\d{1,2})\s*주\s*(?:이내|이하|까지)/g, build: (m) => ({ kind: 'PREGNANCY', maxWeeks: num(m[1]) }) as Draft },
  { re: /임신\s*(\d{1,2})\s*주\s*미만/g, build: (m) => ({ kind: 'PREGNANCY', maxWeeks: Number(m[1]) - 1 }) as Draft },
  { re: /쌍둥이 이상을 임신한|다태아를 임신한/g, build: () => [household('TWINS'), { kind: 'PREGNANCY' } as Draft], all: true },
  // 임산부 = 임신 중이거나 분만 후 6개월 미만인 여성 (모자보건법 제2조); 임신부 is the pregnant woman only.
  { re: /임산부/g, build: () => [{ kind: 'PREGNANCY' } as Draft, birthWithin({ maxMonths: 5 })] },
  { re: /임신\s*주수와 관계없이 모든 임신부|임신부|임신 중인|임신 중|출산을 앞둔|출산\s*예정(?!일)/g, build: () => ({ kind: 'PREGNANCY' }) as Draft },

  // ---- birth-relative ages
  { re: /(?:출생일로부터|출생 후|생후)\s*(\d{1,3})\s*일\s*이내/g, build: (m) => age('CHILD', { withinDaysOfBirth: Number(m[1]) }) },
  { re: /생후\s*(\d{1,2})\s*주\s*이내/g, build: (m) => age('CHILD', { withinDaysOfBirth: Number(m[1]) * 7 }) },
  { re: /(?:출생일로부터|생후)\s*(\d{1,2})\s*년\s*(?:미만|이내)/g, build: (m) => age('CHILD', { maxMonths: Number(m[1]) * YEAR - 1 }) },
  { re: /^(\d{1,2})\s*년\s*미만$/g, build: (m) => age('CHILD', { maxMonths: Number(m[1]) * YEAR - 1 }) },
  { re: /출산\s*후\s*(\d{1,2})\s*년\s*이내/g, build: (m) => age('CHILD', { maxMonths: Number(m[1]) * YEAR - 1 }) },
  { re: /출산\s*후\s*(\d{1,2})\s*개월\s*이내/g, build: (m) => age('CHILD', { maxMonths: Number(m[1]) - 1 }) },
  { re: /(\d{1,2})\s*년\s*내\s*출산한/g, build: (m) => age('CHILD', { maxMonths: Number(m[1]) * YEAR - 1 }) },
  { re: /출산\s*1년\s*이내/g, build: () => age('CHILD', { maxMonths: 11 }) },

  // ---- a birth in the household, with no period stated (bounded at one year, marked as assumed)
  { re: /임신·출산이 확인된|임신\s*또는\s*출산한/g, build: () => [{ kind: 'PREGNANCY' } as Draft, birthWithin({ maxMonths: 11 }, true)] },
  { re: /(\d{4})\s*년\s*(?:이후|부터)\s*출생/g, build: (m) => birthWithin({ bornOnOrAfter: `${m[1]}-01-01` }) },
  { re: /출산(?:·입양)?(?:한|\s*가정|\s*가구|\s*산모)|출생신고한|출생아\s*가정|입양(?:한|\s*가정)|출생일\s*기준/g, build: () => birthWithin({ maxMonths: 11 }, true) },

  // ---- months, with a year upper bound (생후 3개월~만 12세)
  { re: /(?:생후\s*)?(\d{1,3})\s*개월\s*~\s*(?:만\s*)?(\d{1,2})\s*세/g, build: (m) => age('CHILD', { minMonths: Number(m[1]), maxMonths: Number(m[2]) * YEAR + 11 }) },
  { re: /(?:생후\s*)?(\d{1,3})\s*일\s*~\s*(\d{1,3})\s*개월/g, build: (m) => age('CHILD', { maxMonths: Number(m[2]) }) },
  { re: /(?:만\s*)?(?:생후\s*)?(\d{1,3})\s*~\s*(\d{1,3})\s*개월/g, build: (m) => age('CHILD', { minMonths: Number(m[1]), maxMonths: Number(m[2]) }) },
  { re: /(?:생후\s*)?(\d{1,3})\s*개월\s*이하/g, build: (m) => age('CHILD', { maxMonths: Number(m[1]) }) },
  { re: /(?:생후\s*)?(\d{1,3})\s*개월\s*(?:미만|이내)/g, build: (m) => age('CHILD', { maxMonths: Number(m[1]) - 1 }) },

  // ---- years
  { re: /만?\s*(\d{1,2})\s*~\s*(\d{1,2})\s*세/g, build: (m, t) => age(ageSubject(t, m), years(Number(m[1]), Number(m[2]))) },
  { re: /만?\s*(\d{1,2})\s*세\s*(?:이하|까지)/g, build: (m, t) => age(ageSubject(t, m), years(undefined, Number(m[1]))) },
  { re: /만?\s*(\d{1,2})\s*세\s*미만/g, build: (m, t) => age(ageSubject(t, m), years(undefined, Number(m[1]), true)) },
  { re: /만?\s*(\d{1,2})\s*세\s*(?:이상|부터)/g, build: (m, t) => age(ageSubject(t, m), years(Number(m[1]))) },
  { re: /만\s*(\d{1,2})\s*세(?![가-힣]*반)/g, build: (m, t) => age(ageSubject(t, m), years(Number(m[1]), Number(m[1]))) },
  { re: /(\d)\s*세반/g, build: (m) => age('CHILD', years(Number(m[1]), Number(m[1]))) },
  { re: /첫돌을 맞은/g, build: () => age('CHILD', { minMonths: 12, maxMonths: 23 }) },

  // ---- school years
  { re: /(초등|중|고등)(?:학교)?\s*(\d)\s*학년\s*~\s*(초등|중|고등)(?:학교)?\s*(\d)\s*학년/g, build: (m) => grades(grade(m[1]!, Number(m[2])), grade(m[3]!, Number(m[4]))) },
  { re: /(초등|중|고등)(?:학교)?\s*(\d)\s*~\s*(\d)\s*학년/g, build: (m) => grades(grade(m[1]!, Number(m[2])), grade(m[1]!, Number(m[3]))) },
  { re: /(초등|중|고등)(?:학교)?\s*(\d)\s*학년\s*이하/g, build: (m) => grades(1, grade(m[1]!, Number(m[2]))) },
  { re: /(초등|중|고등)(?:학교)?\s*(\d)\s*학년/g, build: (m) => grades(grade(m[1]!, Number(m[2])), grade(m[1]!, Number(m[2]))) },
  { re: /초등학교 신입생/g, build: () => grades(1, 1) },
  { re: /초·중·고(?:등학생|\s*학생)?/g, build: () => grades(1, 12) },
  { re: /초·중학생/g, build: () => grades(1, 9) },
  { re: /중·고등학생/g, build: () => grades(7, 12) },
  { re: /초등학생/g, build: () => grades(1, 6) },
  { re: /중학생/g, build: () => grades(7, 9) },
  { re: /고등학생/g, build: () => grades(10, 12) },

  // ---- income
  { re: /(?:기준\s*)?중위소득\s*(\d{1,3})\s*%\s*(?:이하|이내)/g, build: (m) => ({ kind: 'INCOME', maxMedianPercent: Number(m[1]) }) as Draft },
  { re: /(?:기준\s*)?중위소득\s*(\d{1,3})\s*%\s*(?:초과|이상)/g, build: (m) => ({ kind: 'INCOME', minMedianPercent: Number(m[1]) }) as Draft },

  // ---- child order and number of children
  { re: /(둘째|셋째|넷째|(\d)\s*째)\s*(?:아\s*)?(?:이상|부터)|(둘째|셋째|넷째)아/g, build: (m) => ({ kind: 'CHILD_ORDER', minOrder: m[2] ? Number(m[2]) : count((m[1] ?? m[3])!) }) as Draft },
  { re: /(?:(두|세|네)\s*자녀|자녀\s*(\d|둘|셋|넷)\s*(?:명|인)?|(\d)\s*자녀)\s*이상/g, build: (m) => household('MULTI_CHILD', { minChildren: count((m[1] ?? m[2] ?? m[3])!) }) },
  { re: /다자녀|다둥이/g, build: () => household('MULTI_CHILD') },

  // ---- household
  { re: /한부모\s*[·ㆍ,]\s*조손/g, build: () => [household('SINGLE_PARENT'), household('GRANDPARENT')] },
  { re: /기초생활\s*수급\s*[·ㆍ,]\s*차상위/g, build: () => [household('BASIC_LIVELIHOOD'), household('NEAR_POVERTY')] },
  { re: /한부모|미혼모/g, build: () => household('SINGLE_PARENT') },
  { re: /조손/g, build: () => household('GRANDPARENT') },
  { re: /쌍둥이|다태아/g, build: () => household('TWINS') },
  { re: /다문화|결혼이민자/g, build: () => household('MULTICULTURAL') },
  { re: /맞벌이/g, build: () => household('DUAL_INCOME') },
  { re: /부부/g, build: () => household('COUPLE') },
  { re: /1인\s*가구/g, build: () => household('ONE_PERSON') },
  { re: /무주택/g, build: () => household('NO_HOUSE') },
  { re: /장애(?:아동|아|인|가 있는)/g, build: () => household('DISABILITY') },
  { re: /기초생활\s*수급(?:자|가구)?|수급자/g, build: () => household('BASIC_LIVELIHOOD') },
  { re: /차상위/g, build: () => household('NEAR_POVERTY') },
  { re: /북한이탈주민|탈북민/g, build: () => household('NORTH_KOREAN_DEFECTOR') },
  { re: /신규\s*전입/g, build: () => household('NEW_RESIDENT') },

  // ---- employment
  { re: /육아휴직\s*(?:중인|아빠|중)/g, build: () => employment('PARENTAL_LEAVE') },
  { re: /근로자|재직/g, build: () => employment('EMPLOYED') },
  { re: /구직자|미취업자/g, build: () => employment('JOB_SEEKER') },
  { re: /자영업자/g, build: () => employment('SELF_EMPLOYED') },

  // ---- recognised, not structured: asked, never assumed
  {
    re: /난임(?:\s*(?:진단|시술)(?:을\s*받은)?)?|보건소에\s*등록한|출산전후휴가를\s*사용한|입국\s*\d{1,2}\s*년\s*(?:이하|이내)|임신을\s*준비하는|모유수유가\s*어려운|[가-힣·]+(?:이|가)\s*돌보는|가족을\s*돌보는|어린이집[·ㆍ]유치원을 이용하지 않는|어린이집(?:\s*[0-9가-힣]{1,4}반)?(?:을)?\s*이용(?:하는)?|유치원(?:에 다니는| 방과후과정을 이용하는)|가정양육 중인|(?:법정)?저소득(?:층)?|취약계층|결식 우려|입원\s*(?:중인|한|치료를 받은)|돌봄이 필요한|보육이 필요한|건강보험 가입자|학교 밖|위기(?:\s*청소년|에 처한|임신)?|신생아|미숙아|혼인 \d+년 이내|보호(?:대상아동| 종료)|가정위탁|농어촌 지역에 거주|사업주|중소기업/g,
    build: (m) => other(m[0]),
  },
  { re: /미혼(?!모)|아빠|아버지|(?<!임신 중인 )여성|(?<![가-힣])남성/g, build: (m) => other(m[0]) },
  // 영유아 = 6세 미만 (영유아보육법 제2조): used only when neither the target nor `ages` states an age (see extract.ts).
  { re: /영유아/g, build: () => age('CHILD', { maxMonths: 71 }) },
];

/** Not conditions: `소득 기준 없음`, `소득·연령 무관`, and a priority (`(취약계층 우선)`). */
const NEGATED = /(?:소득|연령|소득·연령)\s*(?:기준\s*)?(?:없음|무관)|\([^)]*우선\)/g;

/** Every rule match of one field, overlaps resolved in favour of the earlier rule and then the longer span. */
export function matchField(field: string, text: string): Found[] {
  const taken: Array<[number, number]> = [];
  const blocked: Array<[number, number]> = [];
  for (const m of text.matchAll(NEGATED)) blocked.push([m.index, m.index + m[0].length]);
  const found: Found[] = [];
  const overlaps = (s: number, e: number, ranges: Array<[number, number]>) => ranges.some(([a, b]) => s < b && a < e);
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      // Leading spaces of the match are not part of the evidence.
      const lead = m[0].length - m[0].trimStart().length;
      const start = m.index + lead;
      const end = m.index + m[0].trimEnd().length;
      if (overlaps(start, end, taken) || overlaps(start, end, blocked)) continue;
      const built = rule.build(m, text);
      if (!built) continue;
      taken.push([start, end]);
      found.push({ drafts: Array.isArray(built) ? built : [built], all: rule.all ?? false, span: { field, text: text.slice(start, end), start, end } });
    }
  }
  // `맞벌이 가정 등`: the flag is an example, not the rule — a household without it may still qualify.
  for (const f of found) {
    if (f.drafts.length !== 1 || f.drafts[0]!.kind !== 'HOUSEHOLD') continue;
    const etc = /^\s*(?:가정|가구|세대|가족)?\s*등(?![가-힣])/.exec(text.slice(f.span.end));
    if (!etc) continue;
    f.drafts = [f.drafts[0]!, other(`${f.span.text}${etc[0]}`)];
    f.all = false;
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The period after a birth that a policy's application text states
 * (`출산일로부터 60일 이내 신청`, `분만일로부터 6개월 이내`, `출산 예정일 40일 전부터 출산 후 60일까지`).
 * `퇴원일로부터` is read from the birth: a discharge is at or after the birth, so this errs towards
 * NOT_ELIGIBLE for a long hospital stay, never towards a promise.
 */
export function matchBirthWindow(field: string, text: string | null | undefined): { maxMonths?: number; withinDaysOfBirth?: number; dueWithinDays?: number; span: TextSpan } | null {
  if (!text) return null;
  const m = /(?:출산일|분만일|출생일|퇴원일)\s*(?:로부터|으로부터|부터)\s*(\d{1,3})\s*(일|개월)\s*(?:이내|까지)|(?:출산|분만|출생)\s*후\s*(\d{1,3})\s*(일|개월)\s*(?:이내|까지)/.exec(text);
  if (!m) return null;
  const n = Number(m[1] ?? m[3]);
  const unit = m[2] ?? m[4];
  const due = /출산\s*예정일\s*(\d{1,3})\s*일\s*전부터/.exec(text);
  const start = due && due.index < m.index ? due.index : m.index;
  const end = m.index + m[0].length;
  return {
    ...(unit === '일' ? { withinDaysOfBirth: n } : { maxMonths: n - 1 }),
    ...(due ? { dueWithinDays: Number(due[1]) } : {}),
    span: { field, text: text.slice(start, end), start, end },
  };
}

/** Seoul's districts, as policy texts name them (`강남구에 거주`, `강남구 관내`). */
const RESIDENCE_RE = /(?:(\d{1,2})\s*개월\s*이상\s*)?(서울시|서울특별시|[가-힣]{1,4}구|관내)(?:에)?\s*(?:(\d{1,2})\s*개월\s*이상\s*)?(거주|주민등록|출생신고)/g;
const MONTHS_BEFORE = /(\d{1,2})\s*개월\s*이상\s*$/;

export interface ResidenceFound {
  sido?: string;
  sigungu?: string;
  minMonths?: number;
  /** `출생일 기준 6개월 이상 거주`: the months count at the birth. */
  atBirth?: boolean;
  span: TextSpan;
}

/** Residence stated in the text (`서울시 거주`, `강남구에 주민등록된`, `6개월 이상 강남구에 거주한`). */
export function matchResidence(field: string, text: string, sigunguNames: ReadonlySet<string>, policySigungu: string | null): ResidenceFound[] {
  const out: ResidenceFound[] = [];
  for (const m of text.matchAll(RESIDENCE_RE)) {
    const place = m[2]!;
    let sido: string | undefined;
    let sigungu: string | undefined;
    if (place === '서울시' || place === '서울특별시') sido = '서울특별시';
    else if (place === '관내') {
      if (!policySigungu) continue;
      sido = '서울특별시';
      sigungu = policySigungu;
    } else if (sigunguNames.has(place)) {
      sido = '서울특별시';
      sigungu = place;
    } else continue;
    const before = MONTHS_BEFORE.exec(text.slice(Math.max(0, m.index - 20), m.index));
    const months = m[1] ?? m[3] ?? before?.[1];
    const start = before ? m.index - before[0].length : m.index;
    const atBirth = months !== undefined && /출생일\s*기준\s*$/.test(text.slice(Math.max(0, start - 12), start));
    out.push({ sido, sigungu, minMonths: months ? Number(months) : undefined, ...(atBirth ? { atBirth } : {}), span: { field, text: text.slice(start, m.index + m[0].length), start, end: m.index + m[0].length } });
  }
  return out;
}
