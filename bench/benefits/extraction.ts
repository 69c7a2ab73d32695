import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCriteria, type PolicyTexts } from '../../common/benefits/extract';
import { atoms, kindOf, signature } from '../../common/benefits/signature';

/**
 * Criteria extraction quality: the extractor run over the hand-labelled
 * policy texts of bench/benefits/criteria-labels.json, compared with the
 * labels per criterion kind. Scored on atoms (an ANY_OF counts as its
 * options) so a partly right alternative earns the part it got right; an
 * atom matches only when its whole signature matches (kind, subject, every
 * bound), except OTHER, which matches by kind (its note is free text).
 * Precision = matched / extracted, recall = matched / labelled.
 */
interface LabelFile {
  items: Array<{ id: string; group: string; title: string; input: Record<string, string | null>; criteria: string[] }>;
}

export interface KindScore {
  kind: string;
  labelled: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
}

export interface ExtractionReport {
  texts: number;
  kinds: KindScore[];
  total: KindScore;
  /** Texts whose extracted list equals the labels exactly (ANY_OF and OTHER notes aside). */
  exact: number;
  /** Worst texts, for reading: id, title, what was labelled and what was extracted. */
  misses: Array<{ id: string; title: string; labelled: string[]; extracted: string[] }>;
}

const KINDS = ['AGE', 'PREGNANCY', 'RESIDENCE', 'INCOME', 'HOUSEHOLD', 'CHILD_ORDER', 'EMPLOYMENT', 'OTHER'];

const key = (atom: string) => (kindOf(atom) === 'OTHER' ? 'OTHER' : atom);

/** Matched atoms of one text: a multiset intersection by key. */
function matchedAtoms(labelled: string[], extracted: string[]): string[] {
  const pool = new Map<string, number>();
  for (const a of labelled) pool.set(key(a), (pool.get(key(a)) ?? 0) + 1);
  const out: string[] = [];
  for (const a of extracted) {
    const n = pool.get(key(a)) ?? 0;
    if (n > 0) {
      pool.set(key(a), n - 1);
      out.push(a);
    }
  }
  return out;
}

export function extractionQuality(path = join(__dirname, 'criteria-labels.json')): ExtractionReport {
  const file = JSON.parse(readFileSync(path, 'utf8')) as LabelFile;
  const counts = new Map(KINDS.map((k) => [k, { labelled: 0, extracted: 0, matched: 0 }]));
  let exact = 0;
  const misses: ExtractionReport['misses'] = [];
  for (const item of file.items) {
    const input: PolicyTexts = { target: item.input.target, benefit: item.input.benefit, ages: item.input.ages, sido: item.input.sido, sigungu: item.input.sigungu };
    const extracted = extractCriteria(input).map(signature);
    const la = item.criteria.flatMap(atoms);
    const ea = extracted.flatMap(atoms);
    const matched = matchedAtoms(la, ea);
    for (const a of la) counts.get(kindOf(a))!.labelled++;
    for (const a of ea) counts.get(kindOf(a))!.extracted++;
    for (const a of matched) counts.get(kindOf(a))!.matched++;
    if (matched.length === la.length && matched.length === ea.length) exact++;
    else misses.push({ id: item.id, title: item.title, labelled: item.criteria, extracted });
  }
  const score = (kind: string, c: { labelled: number; extracted: number; matched: number }): KindScore => ({
    kind,
    ...c,
    precision: c.extracted ? c.matched / c.extracted : 1,
    recall: c.labelled ? c.matched / c.labelled : 1,
  });
  const kinds = KINDS.map((k) => score(k, counts.get(k)!));
  const sum = (f: 'labelled' | 'extracted' | 'matched') => kinds.reduce((n, k) => n + k[f], 0);
  return { texts: file.items.length, kinds, total: score('all', { labelled: sum('labelled'), extracted: sum('extracted'), matched: sum('matched') }), exact, misses };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The report as the Markdown table the benefits bench prints. */
export function extractionTable(report = extractionQuality()): string {
  const rows = [...report.kinds, report.total].map((k) => `| ${k.kind} | ${k.labelled} | ${k.extracted} | ${k.matched} | ${pct(k.precision)} | ${pct(k.recall)} |`);
  return [
    `Criteria extraction on ${report.texts} hand-labelled policy texts (bench/benefits/criteria-labels.json); ${report.exact} texts extracted exactly as labelled.`,
    '',
    '| kind | labelled | extracted | matched | precision | recall |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

if (require.main === module) {
  const report = extractionQuality();
  console.log(extractionTable(report));
  if (process.argv.includes('--misses')) for (const m of report.misses) console.log(`\n${m.id} ${m.title}\n  labelled:  ${m.labelled.join('; ')}\n  extracted: ${m.extracted.join('; ')}`);
}
