import type { Stage } from '../../common/record';
import { addDays, addMonths } from './dates';
import { householdFacts, judge, quickVerdict, type Judgement, type Verdict } from './evaluate';
import type { Household } from './household';
import type { PolicyEntry } from './snapshot';

export interface BenefitRow extends Judgement {
  policy: PolicyEntry;
}

export interface BenefitFilterValues {
  stages: Stage[] | null;
  region: { sido: string; sigungu: string | null } | null;
  verdicts: Verdict[] | null;
}

const RANK: Record<Verdict, number> = { ELIGIBLE: 0, MAYBE: 1, NOT_ELIGIBLE: 2 };

/** Eligible first, then maybe; within a verdict the larger amount, then the sooner deadline, then the name. */
function compare(a: { policy: PolicyEntry; verdict: Verdict }, b: { policy: PolicyEntry; verdict: Verdict }): number {
  return (
    RANK[a.verdict] - RANK[b.verdict] ||
    (b.policy.amountKrw ?? -1) - (a.policy.amountKrw ?? -1) ||
    (a.policy.deadline ?? '9999').localeCompare(b.policy.deadline ?? '9999') ||
    a.policy.name.localeCompare(b.policy.name) ||
    a.policy.id.localeCompare(b.policy.id)
  );
}

function selected(p: PolicyEntry, filter: BenefitFilterValues): boolean {
  if (filter.stages && !p.stages.some((s) => filter.stages!.includes(s))) return false;
  if (filter.region) {
    // Policies of the region and those of the whole country (no region) or of its 시도.
    if (p.sido && p.sido !== filter.region.sido) return false;
    if (p.sigungu && filter.region.sigungu && p.sigungu !== filter.region.sigungu) return false;
  }
  return true;
}

export interface VerdictRow {
  policy: PolicyEntry;
  verdict: Verdict;
}

/**
 * Every selected policy's verdict for the household, sorted: the cheap pass
 * over the whole snapshot (no explanation built). Pure and in memory.
 */
export function verdictsAll(policies: readonly PolicyEntry[], household: Household, on: string, filter: BenefitFilterValues): VerdictRow[] {
  const facts = householdFacts(household, on);
  // Policies in amount/deadline/name order once per snapshot; a request then only buckets by verdict (no sort).
  const buckets: VerdictRow[][] = [[], [], []];
  const { sido, sigungu } = household.region;
  for (const { p, region } of presorted(policies)) {
    if (!selected(p, filter)) continue;
    // Another district's policy fails on its residence rule: no need to evaluate the rest.
    const verdict = region && (region.sido !== sido || (region.sigungu != null && sigungu != null && region.sigungu !== sigungu)) ? 'NOT_ELIGIBLE' : quickVerdict(p.criteria, facts);
    if (filter.verdicts && !filter.verdicts.includes(verdict)) continue;
    buckets[RANK[verdict]]!.push({ policy: p, verdict });
  }
  return buckets.flat();
}

export interface VerdictPage {
  rows: VerdictRow[];
  totalCount: number;
  counts: { eligible: number; maybe: number; notEligible: number };
}

/**
 * One page of `verdictsAll` without building the other rows: what benefitsFor
 * answers. Without filters, only the policies of the household's own region
 * (national ones, its 시도's and its 시군구's — a few percent of a national
 * catalogue) are judged; every other policy is NOT_ELIGIBLE by its residence
 * rule and is only counted, and listed when the page reaches it. The same
 * rows, order and counts as verdictsAll (a test checks both agree).
 */
export function verdictPage(policies: readonly PolicyEntry[], household: Household, on: string, filter: BenefitFilterValues, offset: number, first: number): VerdictPage {
  if (filter.stages || filter.region || filter.verdicts) {
    const all = verdictsAll(policies, household, on, filter);
    const count = (v: Verdict) => all.filter((r) => r.verdict === v).length;
    return { rows: all.slice(offset, offset + first), totalCount: all.length, counts: { eligible: count('ELIGIBLE'), maybe: count('MAYBE'), notEligible: count('NOT_ELIGIBLE') } };
  }
  const facts = householdFacts(household, on);
  const index = regionIndex(policies);
  const { sido, sigungu } = household.region;
  const candidates = mergeAscending([index.national, index.sido.get(sido) ?? [], sigungu ? (index.sigungu.get(`${sido}|${sigungu}`) ?? []) : (index.anySigungu.get(sido) ?? [])]);
  const eligible: number[] = [];
  const maybe: number[] = [];
  const listed = new Uint8Array(index.sorted.length);
  for (const i of candidates) {
    const v = quickVerdict(index.sorted[i]!.p.criteria, facts);
    if (v === 'NOT_ELIGIBLE') continue;
    (v === 'ELIGIBLE' ? eligible : maybe).push(i);
    listed[i] = 1;
  }
  const rows: VerdictRow[] = [];
  const take = (list: readonly number[], verdict: Verdict, from: number) => {
    for (let k = from; k < list.length && rows.length < first; k++) rows.push({ policy: index.sorted[list[k]!]!.p, verdict });
  };
  const head = eligible.length + maybe.length;
  if (offset < eligible.length) take(eligible, 'ELIGIBLE', offset);
  if (rows.length < first && offset + rows.length < head) take(maybe, 'MAYBE', offset + rows.length - eligible.length);
  // NOT_ELIGIBLE: every policy not listed above, in the presorted order, from the page's position among them.
  let skip = Math.max(0, offset - head);
  for (let i = 0; i < index.sorted.length && rows.length < first; i++) {
    if (listed[i]) continue;
    if (skip > 0) {
      skip--;
      continue;
    }
    rows.push({ policy: index.sorted[i]!.p, verdict: 'NOT_ELIGIBLE' });
  }
  return { rows, totalCount: index.sorted.length, counts: { eligible: eligible.length, maybe: maybe.length, notEligible: index.sorted.length - head } };
}

interface RegionIndex {
  sorted: readonly Presorted[];
  /** Positions in `sorted` (ascending) of policies without a residence region, of a 시도 only, of one 시군구, of any 시군구 of a 시도. */
  national: number[];
  sido: Map<string, number[]>;
  sigungu: Map<string, number[]>;
  anySigungu: Map<string, number[]>;
}
const INDEXES = new WeakMap<readonly PolicyEntry[], RegionIndex>();
function regionIndex(policies: readonly PolicyEntry[]): RegionIndex {
  let index = INDEXES.get(policies);
  if (index) return index;
  const sorted = presorted(policies);
  index = { sorted, national: [], sido: new Map(), sigungu: new Map(), anySigungu: new Map() };
  const push = (m: Map<string, number[]>, k: string, i: number) => (m.get(k) ?? m.set(k, []).get(k)!).push(i);
  sorted.forEach(({ region }, i) => {
    if (!region) index!.national.push(i);
    else if (region.sigungu == null) push(index!.sido, region.sido, i);
    else {
      push(index!.sigungu, `${region.sido}|${region.sigungu}`, i);
      push(index!.anySigungu, region.sido, i);
    }
  });
  INDEXES.set(policies, index);
  return index;
}

/** Ascending position lists merged into one ascending list (they are disjoint). */
function mergeAscending(lists: readonly (readonly number[])[]): number[] {
  return lists.flat().sort((a, b) => a - b);
}

interface Presorted {
  p: PolicyEntry;
  /** The top-level RESIDENCE rule's region, when it names a 시도 (a failed one makes the policy NOT_ELIGIBLE). */
  region: { sido: string; sigungu: string | null } | null;
}
const SORTED = new WeakMap<readonly PolicyEntry[], readonly Presorted[]>();
function presorted(policies: readonly PolicyEntry[]): readonly Presorted[] {
  let sorted = SORTED.get(policies);
  if (!sorted) {
    sorted = [...policies]
      .sort((a, b) => compare({ policy: a, verdict: 'ELIGIBLE' }, { policy: b, verdict: 'ELIGIBLE' }))
      .map((p) => {
        const r = p.criteria.find((c) => c.kind === 'RESIDENCE' && c.sido);
        return { p, region: r && r.kind === 'RESIDENCE' ? { sido: r.sido!, sigungu: r.sigungu ?? null } : null };
      });
    SORTED.set(policies, sorted);
  }
  return sorted;
}

/** The full judgement (reasons per criterion) of some rows: the page being returned. */
export function explain(rows: readonly VerdictRow[], household: Household, on: string): BenefitRow[] {
  const facts = householdFacts(household, on);
  return rows.map((r) => ({ policy: r.policy, ...judge(r.policy.criteria, facts) }));
}

/** Every selected policy judged with reasons, sorted (small sets: alerts, tests). */
export function judgeAll(policies: readonly PolicyEntry[], household: Household, on: string, filter: BenefitFilterValues): BenefitRow[] {
  return explain(verdictsAll(policies, household, on, filter), household, on);
}

export interface UpcomingRow {
  policy: PolicyEntry;
  change: 'OPENS' | 'ENDS';
  date: string;
  verdict: Verdict;
  reason: string;
}

/**
 * The household as it will be at `date`: babies due by then are born on their
 * due date, a pregnancy given in weeks advances. Ages follow from the dates.
 */
function householdAt(h: Household, on: string, date: string): Household {
  return {
    ...h,
    members: h.members.map((m) => {
      if (!m.birthDate && m.dueDate && m.dueDate <= date) return { ...m, birthDate: m.dueDate, dueDate: null };
      if (m.pregnancyWeeks != null) {
        const weeks = m.pregnancyWeeks + Math.floor((Date.parse(date) - Date.parse(on)) / (7 * 86_400_000));
        return { ...m, pregnancyWeeks: weeks > 41 ? null : weeks };
      }
      return m;
    }),
  };
}

/**
 * The days on which a verdict can change within the window: a child reaching
 * each age bound of the policies, the day after a bound is passed, a due date.
 */
function changeDates(h: Household, policies: readonly PolicyEntry[], on: string, until: string): Map<string, string> {
  const reasons = new Map<string, string>();
  const bounds = new Set<number>();
  const days = new Set<number>();
  const dueDays = new Set<number>();
  let grades = false;
  const walk = (c: PolicyEntry['criteria'][number]) => {
    if (c.kind === 'AGE' && (c.minGrade != null || c.maxGrade != null)) grades = true;
    if (c.kind === 'AGE' && c.subject === 'CHILD') {
      if (c.minMonths != null) bounds.add(c.minMonths);
      if (c.maxMonths != null) bounds.add(c.maxMonths + 1);
      if (c.withinDaysOfBirth != null) days.add(c.withinDaysOfBirth + 1);
      if (c.dueWithinDays != null) dueDays.add(c.dueWithinDays);
    }
    if (c.kind === 'ANY_OF') c.options.forEach(walk);
  };
  for (const p of policies) if (p.timeDependent) p.criteria.forEach(walk);
  const add = (date: string, reason: string) => {
    if (date > on && date <= until && !reasons.has(date)) reasons.set(date, reason);
  };
  // School grades move on 1 March.
  if (grades) for (let y = Number(on.slice(0, 4)); y <= Number(until.slice(0, 4)); y++) add(`${y}-03-01`, '새 학년 시작 (3월)');
  h.members.forEach((m) => {
    const birth = m.birthDate ?? m.dueDate;
    if (!birth || !['CHILD', 'GRANDCHILD'].includes(m.relationship)) return;
    if (!m.birthDate && m.dueDate) {
      add(m.dueDate, '출산 예정일');
      for (const d of dueDays) add(addDays(m.dueDate, -d), `출산 예정일 ${d}일 전`);
    }
    for (const months of bounds) add(addMonths(birth, months), months % 12 === 0 ? `자녀 만 ${months / 12}세 도달` : `자녀 생후 ${months}개월 도달`);
    for (const d of days) add(addDays(birth, d), `출생 후 ${d - 1}일 경과`);
  });
  return reasons;
}

/** Policies whose verdict for the household changes within `months`: first opening or ending, by date. */
export function upcoming(policies: readonly PolicyEntry[], household: Household, on: string, months: number): UpcomingRow[] {
  const until = addMonths(on, months);
  const candidates = policies.filter((p) => p.timeDependent);
  const dates = [...changeDates(household, candidates, on, until).entries()].sort(([a], [b]) => a.localeCompare(b));
  const nowFacts = householdFacts(household, on);
  const state = new Map(candidates.map((p) => [p.id, judge(p.criteria, nowFacts).verdict]));
  const rows: UpcomingRow[] = [];
  // Every change in the window, not only the first: a benefit can open and end again (부모급여 at birth, then 만 2세).
  for (const [date, reason] of dates) {
    const facts = householdFacts(householdAt(household, on, date), date);
    for (const p of candidates) {
      const before = state.get(p.id)!;
      const after = judge(p.criteria, facts).verdict;
      const opens = before === 'NOT_ELIGIBLE' && after !== 'NOT_ELIGIBLE';
      const ends = before !== 'NOT_ELIGIBLE' && after === 'NOT_ELIGIBLE';
      if (opens || ends) rows.push({ policy: p, change: opens ? 'OPENS' : 'ENDS', date, verdict: after, reason });
      state.set(p.id, after);
    }
  }
  return rows;
}
