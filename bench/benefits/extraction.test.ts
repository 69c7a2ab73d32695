import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractionQuality, extractionTable } from './extraction';

/** The labelled sample is what the issue asks (≥ 100 distinct texts, every family) and the extractor does not regress. */
const file = JSON.parse(readFileSync(join(__dirname, 'criteria-labels.json'), 'utf8')) as { items: Array<{ group: string; input: { target: string; ages: string | null }; criteria: string[] }> };
const SIG = /^(any\(.+\)|AGE:(CHILD|APPLICANT):.+|PREGNANCY:\d*-\d*|RESIDENCE:[^:]+(:\d+m(@birth)?)?|INCOME:\d*-\d*|HOUSEHOLD:[A-Z_]+(:\d+)?|CHILD_ORDER:\d+|EMPLOYMENT:[A-Z_]+|OTHER:.+)$/;

test('≥ 100 distinct labelled texts covering every template family, in the notation the scorer reads', () => {
  expect(file.items.length).toBeGreaterThanOrEqual(100);
  expect(new Set(file.items.map((i) => i.group))).toEqual(new Set(['NATIONAL', 'SEOUL', 'DISTRICT', 'NEW_POLICIES', 'GANGNAM_EXTRA']));
  expect(new Set(file.items.map((i) => `${i.input.target}|${i.input.ages}`)).size).toBe(file.items.length);
  for (const item of file.items) for (const c of item.criteria) expect(c).toMatch(SIG);
});

test('precision and recall per kind, printed as a table; overall floors guard against regressions', () => {
  const report = extractionQuality();
  expect(report.texts).toBe(file.items.length);
  expect(report.total.precision).toBeGreaterThanOrEqual(0.95);
  expect(report.total.recall).toBeGreaterThanOrEqual(0.85);
  expect(extractionTable(report)).toMatch(/\| AGE \| \d+ \| \d+ \| \d+ \| [\d.]+ % \| [\d.]+ % \|/);
});
