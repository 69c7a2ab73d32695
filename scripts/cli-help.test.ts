import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Every CLI's --help prints its help and does nothing else (issue 21): exit 0,
 * no database opened (the data directory stays empty), no simulator started,
 * no file rewritten (compose leaves the supergraph as it was).
 */
const ROOT = join(__dirname, '..');
const run = promisify(execFile);
const CLIS: [string, string][] = [
  ['simulator', 'simulator/cli.ts'],
  ['load:seed', 'crawlers/seed/cli.ts'],
  ['compose', 'schema/compose.ts'],
  ['crawl', 'scripts/crawl.ts'],
  ['token', 'scripts/token.ts'],
  ['apikey', 'scripts/apikey.ts'],
  ['user', 'scripts/user.ts'],
  ['bench', 'bench/run.ts'],
  ['test:durations', 'scripts/test-durations.ts'],
];

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'dolbom-help-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test.each(CLIS)('npm run %s -- --help prints help and does nothing else', async (_name, script) => {
  const supergraph = statSync(join(ROOT, 'schema', 'supergraph.graphql')).mtimeMs;
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
  const started = Date.now();
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script, '--help'], { cwd: ROOT, env, timeout: 60_000 });
  const out = stdout + '';
  expect(out).toMatch(/사용법|usage/i);
  expect(readdirSync(dataDir)).toEqual([]);
  expect(statSync(join(ROOT, 'schema', 'supergraph.graphql')).mtimeMs).toBe(supergraph);
  // It returned: nothing was left serving (the simulator would run until interrupted).
  expect(Date.now() - started).toBeLessThan(60_000);
}, 90_000);
