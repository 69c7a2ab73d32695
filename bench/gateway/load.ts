import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/**
 * The load generator, run as its own process so it never competes with the
 * server for the same event loop. Args: url connections seconds bodiesJson (or @file holding it).
 * Prints autocannon's result as one JSON line.
 */
async function main(): Promise<void> {
  const [url, connections, seconds, bodiesJson] = process.argv.slice(2);
  // `@path`: the bodies are in that file (runLoad writes them there).
  const bodies = JSON.parse(bodiesJson!.startsWith('@') ? readFileSync(bodiesJson!.slice(1), 'utf8') : bodiesJson!) as string[];
  let next = 0;
  const times: number[] = [];
  const instance = autocannon({
    url: url!,
    connections: Number(connections),
    duration: Number(seconds),
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // Rotate through the query mix: each request takes the next body.
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: bodies[next++ % bodies.length] }) }],
  });
  // autocannon reports no p95: keep every response time (bounded by the run length).
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    if (times.length < 5_000_000) times.push(ms);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN;
  const latency = { p50: at(50), p95: at(95), p99: at(99) };
  process.stdout.write(`${JSON.stringify({ rps: result.requests.average, latency, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, total: result.requests.total })}\n`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
