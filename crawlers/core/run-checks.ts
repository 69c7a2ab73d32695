import type { SiteAdapter } from './adapter';

/** Requests of one run by label and final state (`ingest.request`). */
export interface LabelStateCount {
  label: string;
  state: string;
  n: number;
}

/**
 * The half-crawl check: for every handler whose pages this run fetched, the
 * detail pages its adapter says it leads to must have been reached, and at
 * least one of them must have answered. A list whose detail links all broke
 * (a changed selector, a URL template naming a field the API renamed, an
 * endpoint that now answers 404 to everything) would otherwise end
 * `succeeded` with no records, and count every record as absent. Returns one
 * message per broken handler (empty: nothing to say).
 */
export function missingDetails(adapter: SiteAdapter, counts: readonly LabelStateCount[]): string[] {
  if (!adapter.detailLabels) return [];
  const byLabel = new Map<string, Map<string, number>>();
  for (const { label, state, n } of counts) {
    const states = byLabel.get(label) ?? new Map<string, number>();
    states.set(state, (states.get(state) ?? 0) + Number(n));
    byLabel.set(label, states);
  }
  const messages: string[] = [];
  for (const [label, states] of byLabel) {
    const fetched = states.get('done') ?? 0;
    if (fetched === 0) continue;
    for (const detail of adapter.detailLabels(label)) {
      const reached = byLabel.get(detail);
      const total = reached ? [...reached.values()].reduce((a, b) => a + b, 0) : 0;
      const ok = reached?.get('done') ?? 0;
      if (total === 0) {
        messages.push(`handlers.${label}: ${fetched}개 페이지를 받았지만 상세 페이지(${detail})를 하나도 요청하지 못했습니다 / ${fetched} page(s) fetched but not one "${detail}" page was requested — its follow link found nothing to follow (selector, \`from\` path or URL template); mark the link \`optional\` if an empty list is normal`);
      } else if (ok === 0) {
        messages.push(`handlers.${label}: 상세 페이지(${detail}) ${total}개가 모두 실패했거나 404입니다 / all ${total} "${detail}" page(s) failed or answered 404 — see the error classes; a URL template that builds wrong addresses looks like this`);
      }
    }
  }
  return messages;
}
