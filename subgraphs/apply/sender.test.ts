import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../store';
import { createTestStore, type TestStore } from '../../store/testing';
import { drainOutbox } from './sender';
import { fileSmsProvider } from './sms';
import { addCentre, applyHarness, key, M } from './testing';
import { signWebhook } from './webhook';

const ROOT = join(__dirname, '..', '..');

/** Runs one phase of crash-child.ts; resolves with its stdout once it exits or is killed. */
function phase(args: string[], env: NodeJS.ProcessEnv, killOn?: string): Promise<{ out: string; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'crash-child.ts'), ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (killOn && out.includes(killOn)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code, signal) => (code && code !== 0 ? reject(new Error(`child failed ${code}: ${err}`)) : resolve({ out, signal })));
  });
}

test('killed between commit and SMS send, and again between send and mark: each SMS is sent exactly once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'apply-crash-'));
  const smsFile = join(dir, 'sms.jsonl');
  let store: Store | TestStore;
  let env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' };
  // PGlite is one process's database: the parent opens it only while no child runs.
  if (process.env.DATABASE_URL) {
    const t = await createTestStore();
    store = t;
    env = { ...env, DATABASE_URL: t.databaseUrl };
  } else {
    store = await openStore({ dataDir: dir });
    delete env.DATABASE_URL;
  }
  const centre = await addCentre(store);
  const pglite = !process.env.DATABASE_URL;
  if (pglite) await store.close();
  try {
    const first = await phase(['commit', dir, smsFile, centre], env, 'COMMITTED');
    expect(first.signal).toBe('SIGKILL');
    const second = await phase(['send-and-die', dir, smsFile, centre], env);
    expect(second.out).toContain('SENT-NOT-MARKED');
    expect(second.signal).toBe('SIGKILL');
    const third = await phase(['send', dir, smsFile, centre], env);
    expect(third.out).toContain('DELIVERED');

    const lines = readFileSync(smsFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0].to).toBe('010-****-5678');
    expect(readFileSync(smsFile, 'utf8')).not.toContain('12345678');
    if (pglite) store = await openStore({ dataDir: dir });
    const outbox = await store.query<{ status: string; attempts: number }>('select status, attempts from apply.outbox');
    expect(outbox.rows).toEqual([{ status: 'SENT', attempts: 2 }]);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);

describe('webhooks', () => {
  let store: TestStore;
  let server: Server;
  let url: string;
  const received: { key: string; signature: string; timestamp: string; body: string }[] = [];
  let failuresLeft = 2;

  beforeAll(async () => {
    store = await createTestStore();
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        if (failuresLeft-- > 0) {
          res.writeHead(503).end();
          return;
        }
        received.push({ key: String(req.headers['idempotency-key']), signature: String(req.headers['x-dolbom-signature']), timestamp: String(req.headers['x-dolbom-timestamp']), body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`;
  });
  afterAll(async () => {
    server.close();
    await store.close();
  });

  test('signed, retried with backoff after failures, delivered once', async () => {
    const h = applyHarness(store);
    const parent = { role: 'PARENT' as const, sub: 'hook-parent' };
    await h.run(parent, M.contact, { input: { webhookUrl: url, idempotencyKey: key() } });
    const c = (await h.run(parent, M.registerChild, { input: { name: '이서준', birthDate: '2023-01-05', idempotencyKey: key() } })).data.registerChild.id;
    const centre = await addCentre(store);
    await h.run(parent, M.apply, { input: { childId: c, facilityIds: [centre], priorityClaims: [], idempotencyKey: key() } });
    const deps = { store, sms: fileSmsProvider(join(tmpdir(), `unused-${process.pid}.jsonl`)), webhookSecret: 'hook-secret' };
    expect(await drainOutbox(deps)).toBe(0);
    let row = (await store.query<{ status: string; attempts: number; wait: number }>(`select status, attempts, extract(epoch from next_attempt_at - now())::float as wait from apply.outbox`)).rows[0]!;
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(row.wait).toBeGreaterThan(1); // 2^1 s backoff
    await store.query(`update apply.outbox set next_attempt_at = now()`);
    expect(await drainOutbox(deps)).toBe(0);
    row = (await store.query<any>(`select status, attempts, extract(epoch from next_attempt_at - now())::float as wait from apply.outbox`)).rows[0]!;
    expect(row.wait).toBeGreaterThan(3); // 2^2 s
    await store.query(`update apply.outbox set next_attempt_at = now()`);
    expect(await drainOutbox(deps)).toBe(1);
    expect(await drainOutbox(deps)).toBe(0);
    expect(received).toHaveLength(1);
    const got = received[0]!;
    expect(got.signature).toBe(signWebhook('hook-secret', got.timestamp, got.body));
    expect(JSON.parse(got.body)).toMatchObject({ kind: 'APPLIED' });
    expect(got.key).toMatch(/^n\d+:WEBHOOK$/);
  });
});
