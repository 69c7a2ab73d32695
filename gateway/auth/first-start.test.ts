import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../testing/ports';

/**
 * First start for real, on a fresh data directory (embedded PGlite): `npm
 * start` creates admin@localhost with a random password shown once in the
 * ready banner and in no log line; the password signs in; a restart creates
 * nothing more; `npm run token` signs with this directory's key, which the
 * hub accepts, and refuses a lifetime over the bound.
 */
const ROOT = join(__dirname, '..', '..');
let tmp: string;
let port: number;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'dolbom-first-start-'));
  port = await freePort();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: tmp, LOG_LEVEL: 'info', LOAD_SEED: 'false', CRAWL_ON_START: 'false', CRAWL_SCHEDULE: 'false' };
  delete e.DATABASE_URL;
  delete e.ADMIN_PASSWORD;
  return e;
}

async function start(): Promise<{ child: ChildProcess; out: () => string }> {
  const child = spawn('npm', ['start', '--silent'], { cwd: ROOT, env: env(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  const deadline = Date.now() + 90_000;
  while (!out.includes('Dolbom Hub ready')) {
    if (child.exitCode !== null) throw new Error(`npm start exited ${child.exitCode}: ${out.slice(-2000)}`);
    if (Date.now() > deadline) throw new Error(`not ready within 90 s: ${out.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  await new Promise((r) => setTimeout(r, 300));
  return { child, out: () => out };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid!, 'SIGTERM');
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

const url = (path: string) => `http://127.0.0.1:${port}${path}`;
const login = (password: string) =>
  fetch(url('/auth/login'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@localhost', password }) });

test('first start shows the ADMIN password once; it signs in; npm run token signs with the data directory’s key', async () => {
  const first = await start();
  let password: string;
  try {
    const out = first.out();
    const banner = /password: (\S+)\n/.exec(out);
    expect(out).toContain('admin@localhost');
    password = banner![1]!;
    expect(password.length).toBeGreaterThanOrEqual(20);
    // Only the banner carries it: no log line (JSON) does.
    const logLines = out.split('\n').filter((l) => l.startsWith('{'));
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) {
      expect(line).not.toContain(password);
      expect(line).not.toContain('admin@localhost');
    }
    const res = await login(password);
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).principal).toMatchObject({ role: 'ADMIN', email: 'admin@localhost' });
  } finally {
    await stop(first.child);
  }

  const token = spawnSync('npm', ['run', '--silent', 'token', '--', '--role', 'EDITOR', '--sub', 'cli-editor', '--expires', '30m'], { cwd: ROOT, env: env(), encoding: 'utf8' });
  expect(token.status).toBe(0);
  const jwt = token.stdout.trim();
  expect(jwt.split('.')).toHaveLength(3);
  const tooLong = spawnSync('npm', ['run', '--silent', 'token', '--', '--role', 'EDITOR', '--sub', 'x', '--expires', '48h'], { cwd: ROOT, env: env(), encoding: 'utf8' });
  expect(tooLong.status).toBe(2);
  expect(tooLong.stderr).toContain('ACCESS_TOKEN_MAX_LIFETIME');

  const second = await start();
  try {
    expect(second.out()).not.toContain('First ADMIN');
    expect((await login(password)).status).toBe(200);
    const res = await fetch(url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}` },
      body: JSON.stringify({ query: `mutation { addSynonym(term: "첫시작", synonyms: ["보육"], reason: "토큰 시험") { term } }` }),
    });
    const body = (await res.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.addSynonym.term).toBe('첫시작');
  } finally {
    await stop(second.child);
  }
}, 240_000);
