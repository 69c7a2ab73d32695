import { facilityHours } from '../../../common/opening-hours';
import { startSimulator, type Simulator } from '../../../simulator/server';
import { worldAt } from '../../../simulator/world';
import { SiteFetcher } from '../../core/fetch';
import { parseHours } from '../../normalise';
import { adapterFor, loadRegistry, withBaseUrls } from '../index';

/**
 * The 육아종합지원센터 describes itself on /intro.do; its 운영시간 is kept
 * parsed as attrs.openingHours (served as SOURCE hours, docs/opening-hours.md),
 * the same shape every other adapter stores.
 */
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 42 });
});
afterAll(async () => sim?.close());

const CCIC_SITES = loadRegistry().filter((s) => s.adapter === 'code:ccic').map((s) => s.id);

test.each(CCIC_SITES)('%s: the centre’s own 운영시간 is stored as openingHours', async (id) => {
  const site = withBaseUrls(loadRegistry(), Object.fromEntries(sim.sites.map((s) => [s.id, s.baseUrl]))).find((s) => s.id === id)!;
  const adapter = adapterFor(site);
  const request = adapter.start(site).find((r) => r.label === 'intro')!;
  const fetcher = new SiteFetcher({ siteId: site.id, baseUrl: site.baseUrl, politeness: false, concurrency: 1, backoffBaseMs: 20, retries: 5 });
  try {
    const [centre] = adapter.parse(await fetcher.fetch(request), request, site).records;
    const published = worldAt(42, 0).facilities.find((f) => f.publisher === id)!.hours;
    expect(centre!.attrs.openingHours).toEqual(parseHours(published));
    expect((centre!.attrs.openingHours as { open: string | null }).open).toMatch(/^\d\d:\d\d$/);
    expect(facilityHours({ subtype: centre!.subtype, specialCare: [], attrs: centre!.attrs }).source).toBe('SOURCE');
  } finally {
    await fetcher.close();
  }
});
