import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCriteria, policyTextsOf } from '../../common/benefits/extract';
import type { Criterion } from '../../common/benefits/criteria';
import { DISTRICT } from '../../simulator/world/catalogue';
import { supportConditions, trgterIndvdl } from '../../simulator/world/conditions';
import { worldAt } from '../../simulator/world';
import { householdFacts, judge, quickVerdict, type Judgement, type Verdict } from '../../subgraphs/benefits/evaluate';
import { validateHousehold, type Household } from '../../subgraphs/benefits/household';
import { explain, verdictPage } from '../../subgraphs/benefits/list';
import type { PolicyEntry } from '../../subgraphs/benefits/snapshot';
import { policies as benchPolicies } from '../search/generate';
import { machine, percentile } from '../machine';
import { extractionTable } from './extraction';
import { httpTable } from './http';

/**
 * `npm run bench -- benefits` (issue 18): the judge's verdicts on the
 * hand-judged set (bench/benefits/households.json) — accuracy, confusion
 * matrix, false promises (ELIGIBLE where the judgment says NOT_ELIGIBLE) —
 * part D's extraction precision/recall, and benefitsFor's latency over the
 * 20,000 generated policies at concurrency 8.
 *
 * Criteria come from part D's extractor on the world's texts, as ingest
 * derives them: the text fields, the 보조금24 JA codes and 복지로 target names
 * where those portals publish the policy, and the 구 of a district policy
 * as its residence rule.
 */
interface JudgedSet {
  on: string;
  households: { id: string; description: string; household: unknown }[];
  national: { title: string; expected: string }[];
  district?: { title: string; expected: string }[];
  /** 서울특별시's own policies (the held-out set). */
  seoul?: { title: string; expected: string }[];
}

const LETTER: Record<string, Verdict> = { E: 'ELIGIBLE', M: 'MAYBE', N: 'NOT_ELIGIBLE' };
const VERDICTS: Verdict[] = ['ELIGIBLE', 'MAYBE', 'NOT_ELIGIBLE'];

function nationalCriteria(title: string): Criterion[] {
  const p = worldAt(42, 0).policies.find((x) => x.title === title && x.level === '중앙');
  if (!p) throw new Error(`no national policy titled ${title} in the world`);
  const attrs: Record<string, unknown> = { target: p.target, benefit: p.benefit, ages: p.ages, howToApply: p.howToApply };
  if (p.publishers.includes('gov24-subsidy-api')) attrs.supportConditions = supportConditions(p);
  if (p.publishers.includes('bokjiro-api')) attrs.trgterIndvdlArray = trgterIndvdl(p);
  return extractCriteria(policyTextsOf({ sido: null, sigungu: null, siteId: p.publishers[0], attrs }));
}

function seoulCriteria(title: string): Criterion[] {
  const p = worldAt(42, 0).policies.find((x) => x.title === title && x.level === '광역');
  if (!p) throw new Error(`no Seoul policy titled ${title} in the world`);
  return extractCriteria(policyTextsOf({ sido: '서울특별시', sigungu: null, siteId: p.publishers[0], attrs: { target: p.target, benefit: p.benefit, ages: p.ages, howToApply: p.howToApply, regionApprox: true } }));
}

function districtCriteria(title: string, gu: string): Criterion[] {
  const t = DISTRICT.find((d) => d.title === title);
  if (!t) throw new Error(`no district template ${title}`);
  const fill = (s: string | null) => s?.replaceAll('{gu}', gu) ?? null;
  return extractCriteria(policyTextsOf({ sido: '서울특별시', sigungu: gu, siteId: 'seoul-policy-board', attrs: { target: fill(t.target), benefit: fill(t.benefit), ages: t.ages, howToApply: t.howToApply } }));
}

export interface JudgedReport {
  total: number;
  correct: number;
  matrix: Record<Verdict, Record<Verdict, number>>;
  falsePromises: { household: string; policy: string; reason: string }[];
  misses: { household: string; policy: string; expected: Verdict; got: Verdict; why: string }[];
  noReason: number;
}

export function judgedSet(path = join(__dirname, 'households.json')): JudgedReport {
  const set = JSON.parse(readFileSync(path, 'utf8')) as JudgedSet;
  const matrix = Object.fromEntries(VERDICTS.map((e) => [e, Object.fromEntries(VERDICTS.map((g) => [g, 0]))])) as JudgedReport['matrix'];
  const report: JudgedReport = { total: 0, correct: 0, matrix, falsePromises: [], misses: [], noReason: 0 };
  const households = set.households.map((h) => ({ id: h.id, household: validateHousehold(h.household, set.on) }));
  const score = (hid: string, policy: string, expected: Verdict, j: Judgement, quick: Verdict) => {
    if (quick !== j.verdict) throw new Error(`quickVerdict disagrees with judge on ${hid} × ${policy}`);
    report.total++;
    matrix[expected][j.verdict]++;
    if (j.verdict === 'NOT_ELIGIBLE' && !(j.failing?.evidence.text && j.failing.requirement)) report.noReason++;
    if (j.verdict === 'MAYBE' && !j.question?.ko) report.noReason++;
    if (expected === j.verdict) return void report.correct++;
    const why = j.failing ? `${j.failing.requirement} ≠ ${j.failing.householdValue ?? '?'}` : j.question ? j.question.ko : 'all met';
    if (expected === 'NOT_ELIGIBLE' && j.verdict === 'ELIGIBLE') report.falsePromises.push({ household: hid, policy, reason: j.criteria.map((c) => `${c.requirement}: ${c.status}`).join('; ') });
    report.misses.push({ household: hid, policy, expected, got: j.verdict, why });
  };
  const national = [...set.national.map((p) => ({ ...p, criteria: nationalCriteria(p.title) })), ...(set.seoul ?? []).map((p) => ({ ...p, criteria: seoulCriteria(p.title) }))];
  households.forEach(({ id, household }, i) => {
    const facts = householdFacts(household, set.on);
    for (const p of national) score(id, p.title, LETTER[p.expected[i]!]!, judge(p.criteria, facts), quickVerdict(p.criteria, facts));
    const own = household.region.sido === '서울특별시' && household.region.sigungu ? household.region.sigungu : '강남구';
    const other = own === '중구' ? '종로구' : '중구';
    for (const p of set.district ?? []) {
      // Own 구: the hand-written letter (H29 lives outside Seoul: its 강남구 copy is judged N in the file).
      const ownC = districtCriteria(p.title, own);
      score(id, p.title.replace('{gu}', own), LETTER[p.expected[i]!]!, judge(ownC, facts), quickVerdict(ownC, facts));
      // Another 구's copy of the same text: NOT_ELIGIBLE by the residence rule.
      const otherC = districtCriteria(p.title, other);
      score(id, p.title.replace('{gu}', other), 'NOT_ELIGIBLE', judge(otherC, facts), quickVerdict(otherC, facts));
    }
  });
  return report;
}

/** A mix of households as the latency workload (from the judged set). */
function workloadHouseholds(): Household[] {
  const set = JSON.parse(readFileSync(join(__dirname, 'households.json'), 'utf8')) as JudgedSet;
  return set.households.map((h) => validateHousehold(h.household, set.on));
}

export function benchEntries(count = 20_000): PolicyEntry[] {
  const out: PolicyEntry[] = [];
  let i = 0;
  for (const r of benchPolicies(1, count)) {
    const criteria = extractCriteria(policyTextsOf({ sido: r.sido, sigungu: r.sigungu, siteId: r.provenance.siteId, attrs: r.attrs }));
    out.push({ id: `pol_${(i++).toString(16).padStart(16, '0')}`, typename: 'InfantPolicy', name: r.name, primaryStage: r.primaryStage, stages: r.stages, sido: r.sido ?? null, sigungu: r.sigungu ?? null, amountKrw: typeof r.attrs.amountKrw === 'number' ? r.attrs.amountKrw : null, deadline: null, contentHash: String(i), criteria, timeDependent: false });
  }
  return out;
}

/** p95 of one benefitsFor evaluation (judge every policy, sort, take a page) with 8 callers in flight. */
async function latency(entries: PolicyEntry[], requests = 400, concurrency = 8): Promise<{ p50: number; p95: number; max: number; perSecond: number }> {
  const households = workloadHouseholds();
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < requests) {
      const n = next++;
      const t0 = performance.now();
      // Yield first, as a request arriving over the network would: the 8 callers interleave.
      await new Promise((r) => setImmediate(r));
      const h = households[n % households.length]!;
      explain(verdictPage(entries, h, '2026-03-01', { stages: null, region: null, verdicts: null }, 0, 20).rows, h, '2026-03-01');
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, perSecond: requests / elapsed };
}

export async function run(progress: (message: string) => void): Promise<string> {
  progress('judged set: 30 households × 31 texts (+ other-district copies)');
  const r = judgedSet();
  const accuracy = (100 * r.correct) / r.total;
  const lines = [
    '### Benefits judge: verdicts on the hand-judged set (bench/benefits/households.json)',
    '',
    '| judgments | correct | accuracy (goal ≥ 95 %) | ELIGIBLE where judged NOT_ELIGIBLE (goal 0) | verdicts without reason/question |',
    '|---:|---:|---:|---:|---:|',
    `| ${r.total} | ${r.correct} | ${accuracy.toFixed(1)} % | ${r.falsePromises.length} | ${r.noReason} |`,
    '',
    'Confusion matrix (rows: judged by hand, columns: engine):',
    '',
    '| judged \\ engine | ELIGIBLE | MAYBE | NOT_ELIGIBLE |',
    '|---|---:|---:|---:|',
    ...VERDICTS.map((e) => `| ${e} | ${VERDICTS.map((g) => r.matrix[e][g]).join(' | ')} |`),
  ];
  if (r.falsePromises.length) lines.push('', 'False promises:', '', ...r.falsePromises.slice(0, 20).map((f) => `- ${f.household} × ${f.policy}: ${f.reason}`));
  const h = judgedSet(join(__dirname, 'households-holdout.json'));
  lines.push(
    '',
    `Held-out set (bench/benefits/households-holdout.json): ${h.total / 30} other households × 30 other texts (20 national, 10 of 서울특별시), judged by a person who did not read or run the engine, and scored after the rules were written — not used to tune them:`,
    '',
    '| judgments | correct | accuracy (goal ≥ 95 %) | ELIGIBLE where judged NOT_ELIGIBLE (goal 0) | verdicts without reason/question |',
    '|---:|---:|---:|---:|---:|',
    `| ${h.total} | ${h.correct} | ${((100 * h.correct) / h.total).toFixed(1)} % | ${h.falsePromises.length} | ${h.noReason} |`,
    '',
    '| judged \\ engine | ELIGIBLE | MAYBE | NOT_ELIGIBLE |',
    '|---|---:|---:|---:|',
    ...VERDICTS.map((e) => `| ${e} | ${VERDICTS.map((g) => h.matrix[e][g]).join(' | ')} |`),
  );
  if (h.falsePromises.length) lines.push('', 'False promises (held-out):', '', ...h.falsePromises.slice(0, 20).map((f) => `- ${f.household} × ${f.policy}: ${f.reason}`));
  const byPolicy = new Map<string, number>();
  for (const m of r.misses) byPolicy.set(`${m.policy.replace(/^\S+구 /, '{구} ')} (${m.expected}→${m.got}: ${m.why})`, (byPolicy.get(`${m.policy.replace(/^\S+구 /, '{구} ')} (${m.expected}→${m.got}: ${m.why})`) ?? 0) + 1);
  lines.push('', 'Disagreements, grouped (count × policy (judged→engine: engine\'s reason)):', '', ...[...byPolicy.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, n]) => `- ${n} × ${k}`));
  lines.push('', extractionTable());
  progress('latency: generating 20,000 policies (bench/search/generate.ts) and extracting their criteria');
  const entries = benchEntries();
  await latency(entries, 200); // warm-up (JIT)
  const l = await latency(entries);
  lines.push(
    '',
    '### benefitsFor latency over 20,000 policies (uncached)',
    '',
    '| workload | policies | concurrency | requests | p50 ms | p95 ms (goal ≤ 100) | max ms | req/s | machine |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
    `| judge the household's region + count the rest + page of 20 explained (as benefitsFor), 30 households of the judged set in turn, in-process over the loaded snapshot (no result cache; the per-request version check query not included) | ${entries.length} | 8 | 400 | ${l.p50.toFixed(1)} | ${l.p95.toFixed(1)} | ${l.max.toFixed(1)} | ${l.perSecond.toFixed(0)} | ${machine()} |`,
  );
  lines.push('', await httpTable(progress));
  return lines.join('\n');
}
