// Test support (not loaded by the crawler): field-by-field comparison for crawlers/sites/families.test.ts.
import { canonicalJson } from '../../../store/catalog/content-hash';
import type { Expected } from './expected';

export interface FieldReport {
  /** Fields compared (every expected field of every expected record, plus the fields of records nobody expected). */
  fields: number;
  correct: number;
  accuracy: number;
  /** One line per wrong field path: how many records got it wrong and a few examples. */
  wrong: string[];
}

/** A field of a stored record by path (`attrs.period.start`). */
function at(content: Record<string, unknown>, path: string): unknown {
  let v: unknown = content;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

const show = (v: unknown): string => (v === undefined ? '∅' : canonicalJson(v)).slice(0, 120);

/**
 * Compares what a crawl stored (source key → content, ACTIVE sources only)
 * with what the site publishes, field by field. A missing record counts all
 * its fields wrong; a record nobody expected counts as many wrong fields as an
 * expected record has.
 */
export function compareFields(expected: Expected, stored: Map<string, Record<string, unknown>>): FieldReport {
  let fields = 0;
  let correct = 0;
  const wrong = new Map<string, { n: number; examples: string[] }>();
  const miss = (path: string, example: string): void => {
    const w = wrong.get(path) ?? { n: 0, examples: [] };
    w.n++;
    if (w.examples.length < 3) w.examples.push(example);
    wrong.set(path, w);
  };
  let width = 0;
  for (const [key, want] of expected) {
    const got = stored.get(key);
    const paths = Object.entries(want).filter(([, v]) => v !== undefined);
    width = Math.max(width, paths.length);
    for (const [path, value] of paths) {
      fields++;
      if (!got) {
        miss('(record missing)', key);
        continue;
      }
      const actual = at(got, path);
      if (canonicalJson(actual ?? null) === canonicalJson(value ?? null)) correct++;
      else miss(path, `${key}: expected ${show(value)}, got ${show(actual)}`);
    }
  }
  for (const key of stored.keys()) {
    if (expected.has(key)) continue;
    fields += width;
    for (let i = 0; i < width; i++) miss('(record nobody publishes)', key);
  }
  const lines = [...wrong.entries()].sort((a, b) => b[1].n - a[1].n).map(([path, w]) => `${path}: ${w.n} wrong — ${[...new Set(w.examples)].join(' | ')}`);
  return { fields, correct, accuracy: fields ? correct / fields : 0, wrong: lines };
}
