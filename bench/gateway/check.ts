import type { Check } from './workloads';

/** What the load generator sends: distinct bodies, the order to send them in, the answer's shape (null: any 2xx). */
export interface LoadPlan {
  bodies: string[];
  sequence: number[];
  check: Check | null;
}

/** Why an answer under HTTP 2xx is wrong, or null when it is right. */
export function checkAnswer(text: string, check: Check | null): string | null {
  if (!check) return null;
  let json: { data?: Record<string, unknown> | null; errors?: { message?: string }[] };
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    return `not JSON: ${text.slice(0, 120)}`;
  }
  if (json.errors?.length) return `GraphQL error: ${json.errors[0]?.message ?? JSON.stringify(json.errors[0])}`.slice(0, 200);
  const root = json.data?.[check.root] as Record<string, unknown> | unknown[] | null | undefined;
  if (root === null || root === undefined || typeof root !== 'object') return `data.${check.root} is ${JSON.stringify(root)}`;
  if (check.list) {
    const list = check.list === '.' ? root : (root as Record<string, unknown>)[check.list];
    if (!Array.isArray(list)) return `data.${check.root}.${check.list} is not a list`;
    if (check.nonEmpty && list.length === 0) return `data.${check.root}${check.list === '.' ? '' : `.${check.list}`} is empty`;
    if (list.some((x) => x === null)) return `data.${check.root} holds null`;
  }
  return null;
}

/** Sorts object keys recursively, so answers compare regardless of key order. */
export function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, normalise((value as Record<string, unknown>)[k])]));
  }
  return value;
}
