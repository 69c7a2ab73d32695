import { checkAnswer, normalise } from './check';
import type { Target } from './measure';
import type { Workload } from './workloads';

/**
 * Same data, same answer: before any load, a sample of SAMPLE bodies per
 * workload (spread over its distinct bodies) goes to every contender, and
 * each answer must have the workload's shape and equal the first
 * contender's after normalising key order. A mismatch fails the bench with
 * the first difference.
 */
export const SAMPLE = 24;

function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 300)} ≠ ${JSON.stringify(b)?.slice(0, 300)}`;
}

export function sampleOf(workload: Workload, n = SAMPLE): string[] {
  // The most asked body (the sequence's first) and n more spread evenly over the distinct ones.
  const picks = new Set<number>([workload.sequence[0]!]);
  for (let k = 0; k < n; k++) picks.add(Math.floor((k * workload.bodies.length) / n));
  return [...picks].map((i) => workload.bodies[i]!);
}

async function answer(url: string, body: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, text: await res.text() };
}

/** The first answer to each sampled body, kept so contenders started later compare against it too. */
export type References = Map<string, { name: string; value: unknown }>;

/** Bodies compared at once (each to every contender): the sample costs seconds, not a minute, on PGlite. */
const PARALLEL_BODIES = 4;

/** Returns how many answers were compared; throws on the first wrong or differing answer. */
export async function compareAnswers(targets: Target[], workloads: Workload[], references: References): Promise<number> {
  let compared = 0;
  const compareBody = async (w: Workload, body: string): Promise<void> => {
    // Every contender at once (one request each), then compared in order.
    const answers = await Promise.all(targets.map((t) => answer(t.url, body)));
    for (const [i, t] of targets.entries()) {
      const { status, text } = answers[i]!;
      const problem = status < 200 || status > 299 ? `HTTP ${status}: ${text.slice(0, 200)}` : checkAnswer(text, w.check);
      if (problem) throw new Error(`${t.name} answered wrongly on ${w.name}: ${problem}\n  request: ${body.slice(0, 300)}`);
      const value = normalise((JSON.parse(text) as { data: unknown }).data);
      const reference = references.get(body);
      if (!reference) references.set(body, { name: t.name, value });
      else {
        const diff = firstDifference(reference.value, value);
        if (diff) throw new Error(`${t.name} and ${reference.name} answer ${w.name} differently:\n  request: ${body.slice(0, 300)}\n  first difference: ${diff}`);
      }
      compared++;
    }
  };
  for (const w of workloads) {
    const bodies = sampleOf(w);
    for (let i = 0; i < bodies.length; i += PARALLEL_BODIES) await Promise.all(bodies.slice(i, i + PARALLEL_BODIES).map((b) => compareBody(w, b)));
  }
  return compared;
}
