import { admitKey } from '../../common/access/admission';
import { createKey } from './testing';
import { startTestHub, type TestHub } from '../testing/hub';

/**
 * The per-second quota never admits more than its limit in any one-second
 * interval (issue 21). 100 concurrent admissions and then 20 more, the
 * first just before a wall-clock second turns over, all within one second: a
 * fixed window lets the limit through on each side of the boundary (48 of a
 * 30/s key, measured), the sliding window 30 in all. Then over HTTP: the
 * refusal is 429 with result code 23; a second later the key is admitted again.
 */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
}, 120_000);
afterAll(() => t?.close());

const LIMIT = 30;

/** n concurrent admissions of the key, as the Open API's gate makes them (one admit_request each). */
async function burst(key: string, n: number): Promise<{ ok: number; limited: number; other: string[] }> {
  const results = await Promise.all(Array.from({ length: n }, () => admitKey(t.store, key)));
  const code = (r: (typeof results)[number]) => (r.ok ? 'OK' : r.code);
  return { ok: results.filter((r) => r.ok).length, limited: results.filter((r) => code(r) === 'RATE_LIMITED').length, other: results.map(code).filter((c) => c !== 'OK' && c !== 'RATE_LIMITED') };
}

test('100 concurrent admissions, then 20 just after the next wall-clock second begins: at most the limit in any one second', async () => {
  const { key } = await createKey(t.store, { perSecond: LIMIT });
  await admitKey(t.store, key); // warm the statement
  // The experiment needs both bursts inside one second; on a machine too busy for that it is run again (at most 5 times).
  for (let attempt = 1; ; attempt++) {
    await new Promise((r) => setTimeout(r, 1_100));
    // The first burst ~0.8 s into a wall-clock second, the second just after the next one begins.
    await new Promise((r) => setTimeout(r, (1_800 - (Date.now() % 1_000)) % 1_000));
    const started = Date.now();
    const a = await burst(key, 100);
    const next = Math.floor(started / 1_000) * 1_000 + 1_000;
    await new Promise((r) => setTimeout(r, Math.max(0, next + 20 - Date.now())));
    const b = await burst(key, 20);
    const elapsed = Date.now() - started;
    expect([...a.other, ...b.other]).toEqual([]);
    if (elapsed >= 900 && attempt < 5) continue;
    expect(elapsed).toBeLessThan(900);
    // Both bursts within one second: together never more than the limit (a fixed window let 48 through here).
    expect(a.ok + b.ok).toBeLessThanOrEqual(LIMIT);
    expect(a.ok).toBeGreaterThanOrEqual(LIMIT - 1);
    expect(b.ok).toBeLessThanOrEqual(LIMIT - a.ok);
    expect(a.limited + b.limited).toBe(120 - LIMIT);
    break;
  }
  // Over HTTP a refused request is 429 in the data.go.kr envelope with result code 23: a 1/s key admitted once at the
  // gate, then asked over HTTP at once (tried again, at most 5 times, if a busy machine let the second pass first).
  const one = await createKey(t.store, { perSecond: 1 });
  const oneUrl = `${t.hub.url}/openapi/v1/policies?serviceKey=${encodeURIComponent(one.key)}&type=json&numOfRows=1`;
  let refused: { status: number; text: string } | null = null;
  for (let attempt = 0; attempt < 5 && !refused; attempt++) {
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await admitKey(t.store, one.key)).ok).toBe(true);
    const res = await fetch(oneUrl);
    const answer = { status: res.status, text: await res.text() };
    if (answer.status === 429) refused = answer;
  }
  expect(refused?.status).toBe(429);
  expect(refused!.text).toMatch(/"resultCode":\s*"23"/);
  // A second later the window has moved on.
  await new Promise((r) => setTimeout(r, 1_100));
  const c = await burst(key, 10);
  expect(c.ok).toBe(10);
}, 90_000);
