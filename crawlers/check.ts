import type { SiteConfig } from './core/adapter';
import { adapterFor } from './sites';

export interface CheckResult {
  siteId: string;
  ok: boolean;
  /** `name@version`, or the whole validation message (every path and reason). */
  detail: string;
}

/**
 * `npm run crawl -- --check <id>`: loads each site's adapter as a crawl would
 * (registry entry, config and family, validation) without making a request.
 * A config mistake comes back with every path and reason, in full.
 */
export function checkSites(sites: readonly SiteConfig[], configDir?: string): CheckResult[] {
  return sites.map((site) => {
    try {
      const adapter = adapterFor(site, configDir);
      const starts = adapter.start(site);
      if (starts.length === 0) return { siteId: site.id, ok: false, detail: '시작 요청이 없습니다 / the adapter makes no start request' };
      return { siteId: site.id, ok: true, detail: `${adapter.name}@${adapter.version}: ${starts.length} start request(s), first ${starts[0]!.method ?? 'GET'} ${starts[0]!.url}` };
    } catch (error) {
      return { siteId: site.id, ok: false, detail: (error as Error).message };
    }
  });
}

export function checkReport(results: readonly CheckResult[]): string {
  return results.map((r) => `${r.ok ? '✓' : '✗'} ${r.siteId}: ${r.detail}`).join('\n');
}
