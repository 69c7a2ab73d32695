import { loadRegistry } from '../crawlers/sites';
import { startSimulator, type Simulator } from '../simulator/server';
import { simulatedSitesOnly } from './startup-jobs';

/**
 * The start-up crawl in simulator mode runs without politeness delays, so it
 * must never reach a real agency: a registered site the simulator does not
 * serve is skipped with a log line saying why (issue 21).
 */
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 42 });
});
afterAll(() => sim?.close());

test('a site the simulator does not serve is skipped with a clear line; every other one points at loopback', () => {
  const registry = loadRegistry();
  const unknown = { ...registry[0]!, id: 'new-agency-board', name: '새 기관 게시판', baseUrl: 'https://www.new-agency.go.kr' };
  const warnings: { site: string; message: string }[] = [];
  const log = { warn: (obj: { site: string }, message: string) => void warnings.push({ site: obj.site, message }) };
  const served = Object.fromEntries(sim.sites.map((s) => [s.id, s.baseUrl]));
  const sites = simulatedSitesOnly([...registry, unknown], served, log as never);
  expect(sites.map((s) => s.id)).not.toContain('new-agency-board');
  // Every registered site has its twin: none of them is lost.
  expect(sites.map((s) => s.id).sort()).toEqual(registry.map((s) => s.id).sort());
  for (const s of sites) expect(new URL(s.baseUrl).hostname).toBe('127.0.0.1');
  expect(warnings).toEqual([{ site: 'new-agency-board', message: expect.stringContaining('skipped by the start-up crawl') }]);
});
