import { SIDO } from '../regions';
import { EXTRACTOR_VERSION, type Criterion, type CriterionOrigin, type Evidence, type PolicyCriteria } from './criteria';
import { fromSupportConditions, fromTrgterIndvdl, type StructuredFound } from './extract-structured';
import { birthWithin, matchBirthWindow, matchField, matchResidence, type Draft, type Found } from './extract-text';

/**
 * A policy's criteria from what its sources published: structured fields
 * first (보조금24 JA codes, 복지로 가구상황), then the text of `target` and
 * `ages` (and income thresholds in `benefit` / `summary`), then the
 * policy's own district as a RESIDENCE criterion. A text criterion of a kind
 * the structured fields already state replaces it when it is more precise
 * (ages, income, pregnancy: the JA codes carry whole years and bands) and is
 * dropped when it only repeats it (a household flag).
 */
export interface PolicyTexts {
  target?: string | null;
  benefit?: string | null;
  ages?: string | null;
  summary?: string | null;
  /** 신청방법: read only for the period after a birth it states (출산일로부터 60일 이내 신청). */
  howToApply?: string | null;
  supportConditions?: unknown;
  trgterIndvdlArray?: unknown;
  /** The record's 시도 / 시군구 and whether they were guessed from the publishing site (then not a residence rule). */
  sido?: string | null;
  sigungu?: string | null;
  regionApprox?: boolean;
  sourceId?: string;
}

const SEOUL_DISTRICTS = new Set(SIDO.flatMap((s) => s.sigungu.map((g) => g.name)));

/** One criterion or an alternative group, with where it came from. */
interface Unit {
  drafts: Draft[];
  any: boolean;
  origin: CriterionOrigin;
  evidence: Evidence;
}

const AGE_LIKE = new Set(['AGE', 'INCOME', 'PREGNANCY']);

/** One phrase → one unit; a phrase stating several criteria at once (쌍둥이 이상을 임신한) → one unit each. */
function unitsFromFound(f: Found): Unit[] {
  if (f.all) return f.drafts.map((d) => ({ drafts: [d], any: false, origin: 'TEXT', evidence: { ...f.span } }));
  return [{ drafts: f.drafts, any: f.drafts.length > 1, origin: 'TEXT', evidence: { ...f.span } }];
}
function unitFromStructured(s: StructuredFound): Unit {
  return { drafts: s.drafts, any: s.drafts.length > 1, origin: 'STRUCTURED', evidence: { field: s.field, text: s.text } };
}

const AUDIENCE = new Set(['AGE', 'PREGNANCY']);
const isAudience = (u: Unit) => u.drafts.every((d) => AUDIENCE.has(d.kind));

/**
 * `A 또는 B`: the last criterion before each 또는 and the first after it are
 * alternatives. `A와 B` / `A 및 B` are too when both name who the policy is
 * for (임산부와 생후 4주 이내 영아 가정): a pregnant woman or a baby's family.
 */
function joinAlternatives(text: string, found: Found[]): Unit[] {
  const units = found.flatMap(unitsFromFound);
  const ors = [...text.matchAll(/\s또는\s/g)].map((m) => ({ at: m.index, audienceOnly: false }));
  for (const m of text.matchAll(/(?<=[가-힣])(?:와|과)\s|\s및\s/g)) ors.push({ at: m.index, audienceOnly: true });
  ors.sort((a, b) => a.at - b.at);
  for (const { at, audienceOnly } of ors) {
    const left = units.filter((u) => (u.evidence.end ?? 0) <= at).pop();
    const right = units.find((u) => (u.evidence.start ?? 0) >= at);
    if (!left || !right || left === right) continue;
    if (audienceOnly && !(isAudience(left) && isAudience(right) && left.drafts[0]!.kind !== right.drafts[0]!.kind)) continue;
    // Only within one clause: nothing but the connective and the words of the two phrases between them.
    const between = text.slice(left.evidence.end, right.evidence.start);
    if (/[,;/()]/.test(between)) continue;
    const merged: Unit = {
      drafts: [...left.drafts, ...right.drafts],
      any: true,
      origin: 'TEXT',
      evidence: { field: left.evidence.field, text: text.slice(left.evidence.start, right.evidence.end), start: left.evidence.start, end: right.evidence.end },
    };
    // 임산부와 생후 4주 이내 영아: the text's own period for the baby replaces 임산부's legal six months.
    const legalMother = (d: Draft) => isBirth(d) && d.kind === 'AGE' && d.maxMonths === 5 && !d.windowAssumed;
    if (merged.drafts.some(legalMother) && merged.drafts.some((d) => d.kind === 'AGE' && d.subject === 'CHILD' && !legalMother(d))) merged.drafts = merged.drafts.filter((d) => !legalMother(d));
    units.splice(units.indexOf(left), 1, merged);
    units.splice(units.indexOf(right), 1);
  }
  return units;
}

/** Several ages of the child in one text (`만 12세 이하 어린이와 만 12~17세 청소년`) are alternatives, never ANDed. */
function joinAges(units: Unit[]): Unit[] {
  // Ages in months and school grades stated side by side (만 6~12세 초등학생) both hold: only like with like is an alternative.
  for (const [subject, graded] of [['CHILD', false], ['CHILD', true], ['APPLICANT', false]] as const) {
    const ages = units.filter((u) => {
      const d = u.drafts[0]!;
      return !u.any && u.drafts.length === 1 && d.kind === 'AGE' && !d.birth && d.subject === subject && (d.minGrade !== undefined) === graded;
    });
    if (ages.length < 2) continue;
    const first = ages[0]!;
    const last = ages[ages.length - 1]!;
    const merged: Unit = {
      drafts: ages.map((u) => u.drafts[0]!),
      any: true,
      origin: first.origin,
      evidence: {
        field: first.evidence.field,
        text: ages.map((u) => u.evidence.text).join(' / '),
        ...(first.evidence.start !== undefined ? { start: first.evidence.start, end: last.evidence.end } : {}),
      },
    };
    units = units.filter((u) => !ages.includes(u));
    units.push(merged);
  }
  return units;
}

function textUnits(field: string, text: string | null | undefined, keep: (d: Draft) => boolean): Unit[] {
  if (!text || !text.trim()) return [];
  let found = matchField(field, text)
    .map((f) => ({ ...f, drafts: f.drafts.filter(keep) }))
    .filter((f) => f.drafts.length > 0);
  // 영유아 (6세 미만) stands for an age only when the text states none more precise.
  const vague = (f: Found) => f.span.text === '영유아';
  if (found.some((f) => !vague(f) && f.drafts.some((d) => d.kind === 'AGE' && !d.birth))) found = found.filter((f) => !vague(f));
  else found = found.filter((f, i) => !vague(f) || found.findIndex(vague) === i);
  return joinAges(joinAlternatives(text, found));
}

const isBirth = (d: Draft) => d.kind === 'AGE' && d.birth === true;
const isAssumedBirth = (u: Unit) => !u.any && u.drafts.length === 1 && u.drafts[0]!.kind === 'AGE' && u.drafts[0]!.windowAssumed === true;

/**
 * A birth whose period the target leaves out: the child's age the text states is the period (출생신고한 가정,
 * 생후 1년 이내); else the period the application text states (출산일로부터 60일 이내 신청), which also stands on its
 * own as the birth condition when nothing else names one (미숙아 … 퇴원일로부터 6개월 이내); else one year, marked
 * as assumed.
 */
function birthPeriod(text: Unit[], howToApply: string | null | undefined): Unit[] {
  const statedChildAge = text.some((u) => !u.any && u.drafts.length === 1 && u.drafts[0]!.kind === 'AGE' && u.drafts[0]!.subject === 'CHILD' && !u.drafts[0]!.birth && (u.drafts[0]!.maxMonths !== undefined || u.drafts[0]!.withinDaysOfBirth !== undefined));
  if (statedChildAge) return text.filter((u) => !isAssumedBirth(u));
  const window = matchBirthWindow('howToApply', howToApply);
  if (!window) return text;
  const { span, ...bounds } = window;
  if (text.some(isAssumedBirth)) {
    return text.map((u) => {
      if (!isAssumedBirth(u)) return u;
      const d = u.drafts[0] as Extract<Draft, { kind: 'AGE' }>;
      return { ...u, drafts: [birthWithin({ ...(d.bornOnOrAfter ? { bornOnOrAfter: d.bornOnOrAfter } : {}), ...bounds })], evidence: { field: u.evidence.field, text: `${u.evidence.text} (신청: ${span.text})`, ...(u.evidence.start !== undefined ? { start: u.evidence.start, end: u.evidence.end } : {}) } };
    });
  }
  const anyBirth = text.some((u) => u.drafts.some(isBirth));
  const anyChildAge = text.some((u) => u.drafts.some((d) => d.kind === 'AGE' && d.subject === 'CHILD'));
  if (anyBirth || anyChildAge) return text;
  return [...text, { drafts: [birthWithin(bounds)], any: false, origin: 'TEXT', evidence: { ...span } }];
}

const kindsOf = (u: Unit) => new Set(u.drafts.map((d) => d.kind));
const flagsOf = (u: Unit) => u.drafts.flatMap((d) => (d.kind === 'HOUSEHOLD' ? [d.flag] : d.kind === 'EMPLOYMENT' ? [d.status] : []));
const has = (units: Unit[], kind: string) => units.some((u) => kindsOf(u).has(kind as Draft['kind']));

/** Draft criteria in order, before ids: structured, then text, then the district's residence. */
function units(input: PolicyTexts): Unit[] {
  const structured = [...fromSupportConditions(input.supportConditions), ...fromTrgterIndvdl(input.trgterIndvdlArray)].map(unitFromStructured);

  let target = textUnits('target', input.target, () => true);
  const explicitAge = (u: Unit) => kindsOf(u).has('AGE') && u.evidence.text !== '영유아' && !u.drafts.every(isBirth);
  // The `ages` field repeats the target's ages in short form: read it only when the target states none, or to
  // complete the target's single age with the lower bound it leaves out (만 12세 이하 + 생후 3개월~만 12세).
  const agesField = textUnits('ages', input.ages, (d) => d.kind === 'AGE' || d.kind === 'PREGNANCY');
  let ages: Unit[] = [];
  const targetAges = target.filter(explicitAge);
  if (targetAges.length === 0) ages = agesField;
  else if (targetAges.length === 1 && agesField.length === 1) {
    const [t, a] = [targetAges[0]!.drafts, agesField[0]!.drafts];
    if (t.length === 1 && a.length === 1 && t[0]!.kind === 'AGE' && a[0]!.kind === 'AGE' && t[0]!.minMonths === undefined && a[0]!.minMonths && t[0]!.maxMonths === a[0]!.maxMonths && t[0]!.subject === a[0]!.subject) {
      t[0] = { ...t[0]!, minMonths: a[0]!.minMonths };
    }
  }
  // The `ages` field is more precise than a bare 영유아 of the target; 신생아 adds nothing to a stated age.
  if (ages.some((u) => kindsOf(u).has('AGE'))) target = target.filter((u) => u.evidence.text !== '영유아' || u.any);
  if (targetAges.length > 0 || ages.some((u) => kindsOf(u).has('AGE'))) target = target.filter((u) => !(u.drafts.length === 1 && u.drafts[0]!.kind === 'OTHER' && u.evidence.text === '신생아'));
  const text = birthPeriod([...target, ...ages], input.howToApply);
  if (!has(text, 'INCOME')) {
    for (const field of ['benefit', 'summary'] as const) {
      const income = textUnits(field, input[field], (d) => d.kind === 'INCOME');
      if (income.length) {
        text.push(...income);
        break;
      }
    }
  }

  // Structured first; a more precise text bound replaces a structured one of its kind, a repeated flag is dropped.
  const kept = structured.filter((s) => ![...kindsOf(s)].some((k) => AGE_LIKE.has(k) && has(text, k)));
  // Only a standalone flag makes the text's one redundant: next to a structured 한부모·조손, the text's 한부모 is stricter.
  const structuredFlags = new Set(kept.filter((u) => u.drafts.length === 1).flatMap(flagsOf));
  const fresh = text.filter((t) => !(t.drafts.length === 1 && flagsOf(t).length === 1 && structuredFlags.has(flagsOf(t)[0]!)));
  // 복지로's 가구상황 `저소득` is what an income threshold states precisely: with one, it adds no question.
  const out = [...kept, ...fresh].filter((u) => !(has([...kept, ...fresh], 'INCOME') && u.origin === 'STRUCTURED' && u.drafts.length === 1 && u.drafts[0]!.kind === 'OTHER' && u.drafts[0]!.text === '저소득'));

  // Residence: the text's statement, completed with the policy's own district when the policy is a district's.
  // A 시군구 guessed from the publishing site (regionApprox) still counts: a district's own board publishes its own
  // policies; the evidence says where the district came from.
  const district = input.sigungu && SEOUL_DISTRICTS.has(input.sigungu) ? input.sigungu : null;
  const stated = matchResidence('target', input.target ?? '', SEOUL_DISTRICTS, district);
  const local = stated.find((r) => r.sigungu) ?? stated[0];
  if (district) {
    const months = stated.find((r) => r.minMonths !== undefined)?.minMonths;
    out.push({
      drafts: [{ kind: 'RESIDENCE', sido: input.sido ?? '서울특별시', sigungu: district, ...(months !== undefined ? { minMonths: months } : {}), ...(stated.some((r) => r.atBirth) ? { atBirth: true } : {}) }],
      any: false,
      origin: local ? 'TEXT' : 'STRUCTURED',
      evidence: local ? { ...local.span } : { field: 'region', text: `${input.sido ?? '서울특별시'} ${district}${input.regionApprox ? ' (게시 기관 기준 / from the publishing site)' : ''}` },
    });
  } else if (local) {
    out.push({
      drafts: [{ kind: 'RESIDENCE', ...(local.sido ? { sido: local.sido } : {}), ...(local.sigungu ? { sigungu: local.sigungu } : {}), ...(local.minMonths !== undefined ? { minMonths: local.minMonths } : {}), ...(local.atBirth ? { atBirth: true } : {}) }],
      any: false,
      origin: 'TEXT',
      evidence: { ...local.span },
    });
  } else if (input.sido && SIDO.some((x) => x.name === input.sido)) {
    // A 시도's own policy (서울특별시 …) is for its residents, as a district's is for the district's.
    out.push({
      drafts: [{ kind: 'RESIDENCE', sido: input.sido }],
      any: false,
      origin: 'STRUCTURED',
      evidence: { field: 'region', text: `${input.sido}${input.regionApprox ? ' (게시 기관 기준 / from the publishing site)' : ''}` },
    });
  }
  return dedupe(out);
}

/**
 * The same criterion stated twice (다자녀 in two phrases) is one; a bare 임산부 next to a bounded pregnancy adds
 * nothing, and 임산부's "or within 6 months of the birth" yields to a pregnancy the text states (임신 16주 이상 임산부).
 */
function dedupe(list: Unit[]): Unit[] {
  const seen = new Set<string>();
  const bounded = (d: Draft) => d.kind === 'PREGNANCY' && (d.minWeeks !== undefined || d.maxWeeks !== undefined);
  const boundedPregnancy = list.some((u) => u.drafts.some(bounded));
  const lonePregnancy = list.some((u) => !u.any && u.drafts.some((d) => d.kind === 'PREGNANCY'));
  const pregnantOrMother = (u: Unit) => u.any && u.drafts.length === 2 && u.drafts[0]!.kind === 'PREGNANCY' && !bounded(u.drafts[0]!) && isBirth(u.drafts[1]!);
  return list.filter((u) => {
    if (boundedPregnancy && !u.any && u.drafts.length === 1 && u.drafts[0]!.kind === 'PREGNANCY' && !bounded(u.drafts[0]!)) return false;
    if ((boundedPregnancy || lonePregnancy) && pregnantOrMother(u)) return false;
    const key = JSON.stringify([u.any, u.drafts]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function idPart(d: Draft): string {
  switch (d.kind) {
    case 'AGE':
      return `age-${d.subject.toLowerCase()}`;
    case 'HOUSEHOLD':
      return `household-${d.flag.toLowerCase()}`;
    case 'EMPLOYMENT':
      return `employment-${d.status.toLowerCase()}`;
    default:
      return d.kind.toLowerCase().replace(/_/g, '-');
  }
}

/** Ids stable within the policy: the kind (and subject or flag) plus a counter, in derivation order. */
function withIds(list: Unit[], sourceId: string | undefined): Criterion[] {
  const counters = new Map<string, number>();
  const next = (base: string) => {
    const n = counters.get(base) ?? 0;
    counters.set(base, n + 1);
    return `${base}-${n}`;
  };
  const extra = sourceId ? { sourceId } : {};
  return list.map((u) => {
    if (!u.any) return { ...u.drafts[0]!, id: next(idPart(u.drafts[0]!)), origin: u.origin, evidence: u.evidence, ...extra } as Criterion;
    const id = next('any-of');
    const options = u.drafts.map((d, i) => ({ ...d, id: `${id}.${i}`, origin: u.origin, evidence: u.evidence, ...extra }) as Criterion);
    return { kind: 'ANY_OF', options, id, origin: u.origin, evidence: u.evidence, ...extra } as Criterion;
  });
}

/** The criteria of one policy from its published fields (pure; the same input always gives the same list). */
export function extractCriteria(input: PolicyTexts): Criterion[] {
  return withIds(units(input), input.sourceId);
}

/** As stored on a record (`attrs.criteria` + `attrs.criteriaVersion`). */
export function extractPolicyCriteria(policyId: string, input: PolicyTexts): PolicyCriteria {
  return { policyId, criteria: extractCriteria(input), extractorVersion: EXTRACTOR_VERSION };
}

/** The extractor's input read from a record's attrs and region (the keys adapters store). */
export function policyTextsOf(record: { sido?: string | null; sigungu?: string | null; siteId?: string; attrs: Record<string, unknown> }): PolicyTexts {
  const s = (k: string) => (typeof record.attrs[k] === 'string' ? (record.attrs[k] as string) : null);
  return {
    target: s('target'),
    benefit: s('benefit'),
    ages: s('ages') ?? (record.attrs.ageMonths as { text?: string } | undefined)?.text ?? null,
    summary: s('summary'),
    howToApply: s('howToApply'),
    supportConditions: record.attrs.supportConditions,
    trgterIndvdlArray: record.attrs.trgterIndvdlArray,
    sido: record.sido ?? null,
    sigungu: record.sigungu ?? null,
    regionApprox: record.attrs.regionApprox === true,
    ...(record.siteId ? { sourceId: record.siteId } : {}),
  };
}
