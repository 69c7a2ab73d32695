import type { Store } from '../store/types';
import type { SiteConfig } from './core/adapter';
import { ParsePool } from './core/parse-pool';
import { crawlSite, type CrawlOptions, type CrawlSummary } from './core/runner';
import { adapterFor } from './sites';

/**
 * Crawls several sites, a few at a time (each site keeps its own politeness).
 * A site that throws is reported as failed; the others go on.
 */
export async function crawlSites(
  db: Store,
  sites: SiteConfig[],
  options: CrawlOptions & { parallelSites?: number; onSiteDone?: (s: CrawlSummary) => void } = {},
): Promise<CrawlSummary[]> {
  const queue = [...sites];
  const results: CrawlSummary[] = [];
  const parallel = Math.max(1, Math.min(16, options.parallelSites ?? 6));
  // Politeness off (loopback, benchmarks, npm start's simulated sites): a big site's pages are parsed in worker
  // threads too, so its crawl uses every core (parse-pool.ts). With politeness on, the delays bound a crawl, not the CPU.
  const parsePool = options.parsePool ?? (options.politeness === false ? new ParsePool() : undefined);
  const worker = async (): Promise<void> => {
    for (let site = queue.shift(); site; site = queue.shift()) {
      let summary: CrawlSummary;
      try {
        summary = await crawlSite(db, site, adapterFor(site, options.configDir), { ...options, parsePool });
      } catch (error) {
        summary = failedSummary(site.id, (error as Error).message);
      }
      results.push(summary);
      options.onSiteDone?.(summary);
    }
  };
  try {
    await Promise.all(Array.from({ length: parallel }, () => worker()));
  } finally {
    if (parsePool && parsePool !== options.parsePool) await parsePool.close();
  }
  return sites.map((s) => results.find((r) => r.siteId === s.id)!);
}

function failedSummary(siteId: string, message: string): CrawlSummary {
  return { runId: 0, siteId, status: 'failed', resumed: false, pages: 0, bytes: 0, notModified: 0, unchanged: 0, trusted: 0, parsed: 0, records: 0, recordsWritten: 0, gone: 0, withdrawn: 0, failedRequests: 0, errors: {}, durationMs: 0, message, errorSamples: {} };
}

/**
 * The summary printed by `npm run crawl`: one Markdown row per site, then,
 * for every site that did not simply succeed or met errors, its whole
 * message (a config refused at validation names every path and reason) and
 * each error class with a sample request, so nothing is cut to fit a cell.
 */
export function summaryTable(results: CrawlSummary[]): string {
  const lines = [
    '| site | 상태 status | pages | 304 | unchanged | trusted | parsed | records | written | gone | withdrawn | errors | ms |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|',
  ];
  for (const r of results) {
    const errors = Object.entries(r.errors).map(([k, v]) => `${k}×${v}`).join(' ') || '-';
    lines.push(`| ${r.siteId} | ${r.status} | ${r.pages} | ${r.notModified} | ${r.unchanged} | ${r.trusted} | ${r.parsed} | ${r.records} | ${r.recordsWritten} | ${r.gone} | ${r.withdrawn} | ${errors} | ${r.durationMs} |`);
  }
  const total = (k: keyof CrawlSummary) => results.reduce((n, r) => n + (Number(r[k]) || 0), 0);
  lines.push(`| **total** | ${results.filter((r) => r.status === 'succeeded').length}/${results.length} ok | ${total('pages')} | ${total('notModified')} | ${total('unchanged')} | ${total('trusted')} | ${total('parsed')} | ${total('records')} | ${total('recordsWritten')} | ${total('gone')} | ${total('withdrawn')} | | |`);
  for (const r of results) {
    const classes = Object.entries(r.errors);
    if (r.status === 'succeeded' && !r.message && classes.length === 0) continue;
    lines.push('', `### ${r.siteId}: ${r.status}`);
    if (r.message) lines.push(`- 메시지 / message: ${r.message}`);
    for (const [errorClass, count] of classes) {
      const sample = r.errorSamples?.[errorClass];
      lines.push(`- ${errorClass} ×${count}${sample ? ` — 예 / e.g. ${sample.url}${sample.error ? ` — ${sample.error}` : ''}` : ''}`);
    }
  }
  return lines.join('\n');
}
