import { createKey } from './testing';
import { startTestHub, type TestHub } from '../testing/hub';

/**
 * The per-second quota never admits more than its limit in any one-second
 * interval (issue 21). Two bursts of 100 concurrent requests 0.45 s apart,
 * the first just before a wall-clock second turns over: a fixed window would
 * let the limit through in each (2 × 30), the sliding window only 30 in all.
 * After a full second the key is admitted again.
 */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
}, 120_000);
afterAll(() => t?.close());

const LIMIT = 30;

async function burst(url: string, n = 100): Promise<{ ok: number; limited: number; other: number[] }> {
  const statuses = await Promise.all(Array.from({ length: n }, () => fetch(url).then(async (r) => (await r.arrayBuffer(), r.status))));
  return { ok: statuses.filter((s) => s === 200).length, limited: statuses.filter((s) => s === 429).length, other: statuses.filter((s) => s !== 200 && s !== 429) };
}

test('100 concurrent requests twice across a second boundary: at most the limit in any second', async () => {
  const { key } = await createKey(t.store, { perSecond: LIMIT });
  const url = `${t.hub.url}/openapi/v1/policies?serviceKey=${encodeURIComponent(key)}&type=json&numOfRows=1`;
  await fetch(url); // warm the route (plans, caches) so the bursts are quick
  await new Promise((r) => setTimeout(r, 1_100));
  // Start the first burst ~0.7 s into a wall-clock second so the second burst falls into the next one.
  await new Promise((r) => setTimeout(r, (1_700 - (Date.now() % 1_000)) % 1_000));
  const started = Date.now();
  const a = await burst(url);
  await new Promise((r) => setTimeout(r, Math.max(0, started + 450 - Date.now())));
  const b = await burst(url);
  const elapsed = Date.now() - started;
  expect(a.other).toEqual([]);
  expect(b.other).toEqual([]);
  // Both bursts within one second of each other: together never more than the limit.
  expect(elapsed).toBeLessThan(1_000);
  expect(a.ok + b.ok).toBeLessThanOrEqual(LIMIT);
  expect(a.ok).toBe(LIMIT);
  expect(a.limited + b.limited).toBe(200 - a.ok - b.ok);
  // A second later the window has moved on.
  await new Promise((r) => setTimeout(r, 1_100));
  const c = await burst(url, 10);
  expect(c.ok).toBe(10);
}, 60_000);
