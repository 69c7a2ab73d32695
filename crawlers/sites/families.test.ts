import { join } from 'node:path';
import { startSimulator, type Simulator } from '../../simulator/server';
import { worldAt } from '../../simulator/world';
import type { World } from '../../simulator/world/types';
import { createTestStore, type TestStore } from '../../store/testing';
import type { SiteConfig } from '../core/adapter';
import { crawlSite, type CrawlSummary } from '../core/runner';
import { compareFields, type FieldReport } from '../testing/families/compare';
import * as x from '../testing/families/expected';
import { adapterFor, loadRegistry, SITES_DIR, withBaseUrls } from './index';

/**
 * Issue 16: every family of legacy site the simulator has, crawled by a
 * config-only adapter through the real crawler (loopback, a real database),
 * and what it stored compared field by field with what the simulated site
 * publishes (its world, not a snapshot of the adapter's output). Each family
 * must get at least 98 % of its fields right; a failure names the wrong
 * fields with examples. Sites onboarded by code are crawled with their
 * config twins (crawlers/sites/_config-twins).
 */
const TWINS = join(SITES_DIR, '_config-twins');
const THRESHOLD = 0.98;

interface Family {
  family: string;
  site: string;
  /** Where the config lives when it is not the registry's (the twins of code-adapter sites). */
  configDir?: string;
  expected: (w: World) => x.Expected;
}

const FAMILIES: Family[] = [
  { family: 'board: GET page links, href details, CP949', site: 'gangnam-policy', expected: x.boardPolicies('gangnam-policy') },
  { family: 'eGovFrame board: POST pageIndex paging', site: 'seoul-policy-board', expected: x.boardPolicies('seoul-policy-board') },
  { family: 'directory: onclick details, 현원/정원 seats', site: 'seoul-dahamkke', expected: x.directoryFacilities('seoul-dahamkke', true) },
  { family: 'directory: rowspan table grouped by 자치구, CP949', site: 'seoul-local-children', expected: x.directoryFacilities('seoul-local-children') },
  { family: 'frameset', site: 'sen-elementary-care', expected: x.directoryFacilities('sen-elementary-care') },
  { family: 'AJAX fragment with X-Requested-With', site: 'youth-academy', expected: x.directoryFacilities('youth-academy') },
  { family: 'pagerOffset paging, programme board', site: 'seoul-youth-center', expected: x.merge(x.directoryFacilities('seoul-youth-center'), x.boardPrograms('seoul-youth-center')) },
  { family: 'nowPageNum paging, programme board', site: 'youth-culture-house', expected: x.merge(x.directoryFacilities('youth-culture-house'), x.boardPrograms('youth-culture-house')) },
  { family: 'records from list rows (columns), robots Crawl-delay', site: 'youth-counsel', expected: x.counselRows },
  { family: 'XML open API, pages by total', site: 'childcare-openapi', expected: x.openApiCentres },
  { family: 'XML API list + a detail request per item', site: 'bokjiro-api', expected: x.bokjiroPolicies },
  { family: 'JSON API, pages by total', site: 'gov24-subsidy-api', expected: x.gov24Policies },
  { family: 'JSON in CP949 per district (twin of a code adapter)', site: 'kinder-openapi', configDir: TWINS, expected: x.kindergartens },
  { family: 'CSV download in CP949 beside an error page (twin)', site: 'postpartum-localdata', configDir: TWINS, expected: x.postpartum },
  { family: 'ccic CMS: directory in an iframe, rowspan/colspan (twin)', site: 'mapo-ccic', configDir: TWINS, expected: x.mapoCcic },
  { family: 'XHR JSON list + <dl> detail + venue iframe, session', site: 'gangbuk-ccic', expected: x.xhrCentre },
];

let sim: Simulator;
let db: TestStore;
const crawled = new Map<string, CrawlSummary>();
const reports = new Map<string, FieldReport>();

beforeAll(async () => {
  // Calm: no intermittent 500s or 429s — this measures what the configs read, the fetch tests measure resilience.
  sim = await startSimulator({ seed: 42, only: FAMILIES.map((f) => f.site), calm: true, latencyScale: 0 });
  db = await createTestStore();
  const registry = withBaseUrls(loadRegistry(), Object.fromEntries(sim.sites.map((s) => [s.id, s.baseUrl])));
  const queue = [...FAMILIES];
  const worker = async (): Promise<void> => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const registered = registry.find((s) => s.id === f!.site)!;
      const site: SiteConfig = { ...registered, adapter: 'config' };
      crawled.set(f.site, await crawlSite(db, site, adapterFor(site, f.configDir), { politeness: false, workers: 4 }));
    }
  };
  await Promise.all([worker(), worker(), worker()]);
}, 240_000);

afterAll(async () => {
  if (reports.size) {
    const rows = FAMILIES.filter((f) => reports.has(f.site)).map((f) => {
      const r = reports.get(f.site)!;
      return `| ${f.family} | ${f.site} | ${r.fields} | ${r.correct} | ${(Math.floor(r.accuracy * 1000) / 10).toFixed(1)} % | ${r.wrong.map((w) => w.split(' — ')[0]).join('; ') || '-'} |`;
    });
    console.log(['| family | site | fields | correct | accuracy | wrong fields |', '|---|---|---:|---:|---:|---|', ...rows].join('\n'));
    for (const [site, r] of reports) if (r.wrong.length) console.log(`${site}:\n  ${r.wrong.join('\n  ')}`);
  }
  await db?.close();
  await sim?.close();
});

describe.each(FAMILIES.map((f) => [f.family, f] as const))('%s', (_name, f) => {
  test(`${f.site}: crawled by config alone, ≥ 98 % of the fields as the site publishes them`, async () => {
    const summary = crawled.get(f.site)!;
    expect({ site: f.site, status: summary.status, message: summary.message }).toEqual({ site: f.site, status: 'succeeded', message: null });
    const { rows } = await db.query<{ source_key: string; content: Record<string, unknown> }>(`select source_key, content from catalog.source_record where site_id = $1 and status = 'ACTIVE'`, [f.site]);
    const report = compareFields(f.expected(worldAt(42, 0)), new Map(rows.map((r) => [r.source_key, r.content])));
    reports.set(f.site, report);
    expect(report.fields).toBeGreaterThan(0);
    // On failure the diff lists each wrong field with how often and examples (key: expected …, got …).
    expect({ site: f.site, accuracy: report.accuracy >= THRESHOLD ? `≥ ${THRESHOLD}` : report.accuracy.toFixed(4), wrong: report.accuracy >= THRESHOLD ? [] : report.wrong }).toEqual({
      site: f.site,
      accuracy: `≥ ${THRESHOLD}`,
      wrong: [],
    });
  });
});
