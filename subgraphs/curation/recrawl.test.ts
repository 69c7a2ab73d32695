import { recordId } from '../../common/record-id';
import type { SiteConfig } from '../../crawlers/core/adapter';
import { crawlSite } from '../../crawlers/core/runner';
import { adapterFor, loadRegistry, withBaseUrls } from '../../crawlers/sites';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { startSimulator, type Simulator } from '../../simulator/server';
import { worldAt } from '../../simulator/world';
import { bearer } from './testing';

/**
 * DESIGN contract 8 end to end: an editor's override survives a re-crawl of
 * the simulated site, the crawl still updates every other field, and the
 * field whose base changed under the override waits in the review queue.
 */
let hub: TestHub;
let sim: Simulator;
let site: SiteConfig;
const SITE = 'seoul-dahamkke';

beforeAll(async () => {
  hub = await startTestHub();
  sim = await startSimulator({ seed: 42, only: [SITE], latencyScale: 0 });
  site = withBaseUrls(loadRegistry(), { [SITE]: sim.site(SITE).baseUrl }).find((s) => s.id === SITE)!;
});
afterAll(async () => {
  await hub?.close();
  await sim?.close();
});

const crawl = () => crawlSite(hub.store, site, adapterFor(site), { politeness: false, workers: 4 });
const digits = (phone: string | null | undefined) => (phone ?? '').replace(/\D/g, '');

/** The first tick at which one of the site's centres moved (new phone and address). */
function relocation(): { tick: number; key: string; phone: string; address: string } {
  const before = new Map(worldAt(42, 0).facilities.map((f) => [f.key, f]));
  for (let tick = 1; tick <= 20; tick++) {
    const moved = worldAt(42, tick).facilities.find((f) => f.publisher === SITE && before.get(f.key) && before.get(f.key)!.phone !== f.phone);
    if (moved) return { tick, key: moved.key, phone: moved.phone, address: moved.address };
  }
  throw new Error('the simulator relocated no centre in 20 ticks');
}

const FACILITY = `query($id: ID!) { facility(id: $id) { id phone address } }`;
const CURATE = `mutation($id: ID!, $patch: JSON!, $reason: String!) { curateRecord(id: $id, patch: $patch, reason: $reason) { id phone } }`;
const REVIEW = `{ reviewQueue(first: 100) { totalCount edges { node { recordId field overrideValue oldBase newBase since } } } }`;
const REVERT = `mutation($id: ID!) { revertOverride(id: $id, field: "phone", reason: "새 번호가 맞음 (센터 확인)") { id phone overrides { field } } }`;

test('an overridden phone survives a re-crawl that changed it and the address: the address updates, the phone waits in reviewQueue, and revert shows the new base', async () => {
  expect((await crawl()).status).toBe('succeeded');
  const move = relocation();
  const id = recordId('FACILITY', SITE, move.key);
  const editor = await bearer(hub.store, 'EDITOR', 'editor-kim');

  const crawled = (await hub.gql(FACILITY, { id })).body.data.facility;
  expect(digits(crawled.phone)).not.toBe(digits(move.phone));

  const curated = await hub.gql(CURATE, { id, patch: { phone: '02-555-0100' }, reason: '센터에 전화해 확인한 대표번호' }, editor);
  expect(curated.body.errors).toBeUndefined();
  expect(curated.body.data.curateRecord.phone).toBe('02-555-0100');
  expect((await hub.gql(FACILITY, { id })).body.data.facility.phone).toBe('02-555-0100');

  // The site moves the centre: new phone and new address on its page.
  sim.setTick(move.tick);
  try {
    expect((await crawl()).status).toBe('succeeded');
  } finally {
    sim.setTick(0);
  }

  const after = (await hub.gql(FACILITY, { id })).body.data.facility;
  expect(after.phone).toBe('02-555-0100');
  expect(after.address).not.toBe(crawled.address);
  // The new street, as the site now publishes it (the normaliser may tidy the form).
  expect(after.address).toContain(move.address.split(' ').slice(2, 4).join(' ').replace(/,.*$/, ''));

  const queue = (await hub.gql(REVIEW, {}, editor)).body.data.reviewQueue;
  const items = queue.edges.map((e: { node: { recordId: string } }) => e.node).filter((n: { recordId: string }) => n.recordId === id);
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({ field: 'phone', overrideValue: '02-555-0100', oldBase: crawled.phone });
  expect(digits(items[0].newBase)).toBe(digits(move.phone));
  expect(Date.parse(items[0].since)).not.toBeNaN();

  const reverted = await hub.gql(REVERT, { id }, editor);
  expect(reverted.body.errors).toBeUndefined();
  expect(reverted.body.data.revertOverride.overrides).toEqual([]);
  const shown = (await hub.gql(FACILITY, { id })).body.data.facility;
  expect(shown.phone).toBe(items[0].newBase);
  const left = (await hub.gql(REVIEW, {}, editor)).body.data.reviewQueue.edges.filter((e: { node: { recordId: string } }) => e.node.recordId === id);
  expect(left).toEqual([]);
}, 120_000);
