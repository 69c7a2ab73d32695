import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './testing/ports';

/**
 * One database per data directory (issue 16): `npm run crawl` and `npm start`
 * given the same DATA_DIR use the same embedded store, so what the operator
 * crawled is what the hub serves. They once disagreed (the crawler wrote
 * DATA_DIR itself, the hub read DATA_DIR/pglite): the hub showed 0 records
 * and no error. Always on the embedded default: that is where it went wrong.
 */
const ROOT = join(__dirname, '..');
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'dolbom-datadir-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: tmp, LOG_LEVEL: 'warn', ...extra };
  delete e.DATABASE_URL;
  return e;
}

function run(args: string[], extra: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: env(extra), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

test('a site crawled with npm run crawl is served by npm start on the same DATA_DIR', async () => {
  const crawl = await run(['scripts/crawl.ts', '--site', 'youth-academy', '--no-politeness']);
  expect([crawl.code, crawl.out.slice(-800)]).toEqual([0, expect.stringContaining('youth-academy | succeeded')]);
  const records = Number(/\| youth-academy \| succeeded \|(?:[^|]*\|){5}\s*(\d+)/.exec(crawl.out)?.[1]);
  expect(records).toBeGreaterThan(10);

  const port = await freePort();
  const hub = spawn(process.execPath, ['--import', 'tsx', 'gateway/main.ts'], {
    cwd: ROOT,
    env: env({ PORT: String(port), HOST: '127.0.0.1', LOAD_SEED: 'false', CRAWL_ON_START: 'false' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  hub.stdout!.on('data', (c) => (out += c));
  hub.stderr!.on('data', (c) => (out += c));
  try {
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (hub.exitCode !== null) throw new Error(`npm start exited ${hub.exitCode}: ${out.slice(-1500)}`);
      if (Date.now() > deadline) throw new Error(`not ready within 90 s: ${out.slice(-1500)}`);
      if (await fetch(`http://127.0.0.1:${port}/ready`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ facilities(first: 1) { totalCount } sources { id recordCount } }' }),
    });
    const body = (await res.json()) as { data: { facilities: { totalCount: number }; sources: { id: string; recordCount: number }[] } };
    expect(body.data.sources.find((s) => s.id === 'youth-academy')?.recordCount).toBe(records);
    expect(body.data.facilities.totalCount).toBe(records);
  } finally {
    await new Promise<void>((resolve) => {
      if (hub.exitCode !== null) return resolve();
      hub.once('exit', () => resolve());
      hub.kill('SIGTERM');
      setTimeout(() => hub.kill('SIGKILL'), 5000).unref();
    });
  }
}, 180_000);
