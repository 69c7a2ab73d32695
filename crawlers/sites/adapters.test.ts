import { startSimulator, type Simulator } from '../../simulator/server';
import type { CrawlRequest, DraftRecord, SiteConfig } from '../core/adapter';
import { CrawlError, SiteFetcher } from '../core/fetch';
import { adapterFor, loadDeclarativeConfig, loadRegistry, withBaseUrls } from './index';
import { declarativeAdapter } from '../declarative/engine';

/**
 * Pinned output of every site adapter against its simulated twin (seed 42,
 * tick 0): the first pages of a breadth-first crawl, and the first records
 * they yield, compared with the committed snapshot
 * (crawlers/sites/__snapshots__). A change in an adapter or a site that moves
 * these shows up here as a diff to review (`npm test -- -u` accepts it).
 */
let sim: Simulator;
let sites: SiteConfig[];
const MAX_PAGES = 40;

beforeAll(async () => {
  sim = await startSimulator({ seed: 42 });
  sites = withBaseUrls(loadRegistry(), Object.fromEntries(sim.sites.map((s) => [s.id, s.baseUrl])));
});
afterAll(async () => {
  await sim.close();
});

async function sample(site: SiteConfig): Promise<{ pages: number; records: number; first: DraftRecord[] }> {
  const adapter = adapterFor(site);
  const fetcher = new SiteFetcher({ siteId: site.id, baseUrl: site.baseUrl, politeness: false, concurrency: 1, backoffBaseMs: 20, retries: 5 });
  const queue: CrawlRequest[] = adapter.start(site);
  const seen = new Set<string>();
  const records: DraftRecord[] = [];
  let pages = 0;
  try {
    for (const path of site.warmup ?? []) await fetcher.fetch({ url: new URL(path, site.baseUrl).toString() });
    while (queue.length && pages < MAX_PAGES) {
      const req = queue.shift()!;
      const key = `${req.method ?? 'GET'} ${req.url} ${JSON.stringify(req.form ?? {})}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let page;
      try {
        page = await fetcher.fetch(req);
      } catch (error) {
        if (error instanceof CrawlError) continue;
        throw error;
      }
      pages++;
      const parsed = adapter.parse(page, req, site);
      records.push(...parsed.records);
      queue.push(...parsed.follow.map((f) => ({ ...f, referer: f.referer ?? page.finalUrl })));
    }
  } finally {
    await fetcher.close();
  }
  const first = [...records].sort((a, b) => (a.sourceKey < b.sourceKey ? -1 : a.sourceKey > b.sourceKey ? 1 : 0)).slice(0, 2);
  return { pages, records: records.length, first };
}

test('every config adapter in the registry is a valid declarative config', () => {
  for (const site of loadRegistry().filter((s) => s.adapter === 'config')) {
    expect(() => declarativeAdapter(loadDeclarativeConfig(site.id))).not.toThrow();
  }
});

test('a config with an unknown handler or field is refused with the path of the mistake', () => {
  expect(() => declarativeAdapter({ name: 'x-site', version: '1', start: [{ url: '/', label: 'nope' }], handlers: { list: {} } })).toThrow(/start\.0\.label: no handler named "nope"/);
  expect(() =>
    declarativeAdapter({ name: 'x-site', version: '1', start: [{ url: '/', label: 'list' }], handlers: { list: { record: { kind: 'POLICY', subtype: 'POLICY', key: { urlParam: 'id' }, fields: { colour: { th: '색' } } } } } }),
  ).toThrow(/handlers\.list\.record\.fields\.colour/);
});

describe.each(loadRegistry().map((s) => [s.id]))('%s', (id) => {
  test('pinned output against its simulated site', async () => {
    const site = sites.find((s) => s.id === id)!;
    const result = await sample(site);
    expect(result.records).toBeGreaterThan(0);
    expect(result).toMatchSnapshot();
  });
});
