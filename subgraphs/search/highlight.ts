/** Characters of context on each side of a highlighted match. */
const CONTEXT = 30;

export interface Highlight {
  field: string;
  fragment: string;
  terms: string[];
}

/**
 * Plain-text fragments around the first match of any term in each field.
 * Plain text on purpose: the caller decides how to mark it up, and nothing
 * crawled is ever handed over as HTML.
 */
export function highlights(fields: Record<string, string>, terms: readonly string[]): Highlight[] {
  const ordered = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  const out: Highlight[] = [];
  for (const [field, value] of Object.entries(fields)) {
    const lower = value.toLowerCase();
    let at = -1;
    for (const term of ordered) {
      const i = lower.indexOf(term.toLowerCase());
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
    if (at < 0) continue;
    const start = Math.max(0, at - CONTEXT);
    const end = Math.min(value.length, at + CONTEXT * 2);
    const fragment = `${start > 0 ? '…' : ''}${value.slice(start, end)}${end < value.length ? '…' : ''}`;
    const found = ordered.filter((t) => fragment.toLowerCase().includes(t.toLowerCase()));
    out.push({ field, fragment, terms: found });
  }
  return out;
}
