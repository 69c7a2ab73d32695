import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store';
import { upsertRecords } from '../store/catalog/upsert-records';
import { createTestStore, type TestStore } from '../store/testing';
import { SUBGRAPHS } from '../subgraphs/list';
import { FIXTURES } from './testing/fixtures';
import { freePort } from './testing/ports';

/**
 * Distributed mode for real: every subgraph in its own process, and the
 * gateway in another, talking HTTP. On PostgreSQL all processes share one
 * test database; PGlite is a single-process database, so on PGlite each
 * process gets its own copy of the same prepared data directory.
 */
const ROOT = join(__dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const children: ChildProcess[] = [];
let tmp: string;
let pgStore: TestStore | null = null;
let gatewayUrl: string;


function start(script: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(TSX, [script, ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent', HOST: '127.0.0.1', LOAD_SEED: 'false', CRAWL_ON_START: 'false', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  child.on('exit', (code) => {
    if (code && code !== 0 && !child.killed) console.error(`${script} ${args.join(' ')} exited ${code}: ${stderr}`);
  });
  children.push(child);
  return child;
}

async function waitHealthy(url: string, timeoutMs = 240_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not become healthy`);
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'dolbom-dist-'));
  const dbEnv: (name: string) => Record<string, string> = await (async () => {
    if (process.env.DATABASE_URL) {
      pgStore = await createTestStore();
      await upsertRecords(pgStore, FIXTURES);
      return () => ({ DATABASE_URL: pgStore!.databaseUrl! });
    }
    const base = join(tmp, 'base');
    const store = await openStore({ dataDir: join(base, 'pglite') });
    await upsertRecords(store, FIXTURES);
    await store.close();
    return (name: string) => {
      cpSync(base, join(tmp, name), { recursive: true });
      return { DATA_DIR: join(tmp, name) };
    };
  })();

  const urls: string[] = [];
  for (const subgraph of SUBGRAPHS) {
    const port = await freePort();
    start('subgraphs/main.ts', [subgraph.name], { PORT: String(port), ...dbEnv(subgraph.name) });
    urls.push(`${subgraph.name}=http://127.0.0.1:${port}/graphql`);
  }
  const port = await freePort();
  // On PostgreSQL the gateway signs in against the subgraphs' database (its accounts and keys); without one /auth is off.
  start('gateway/main.ts', [], { PORT: String(port), HUB_MODE: 'distributed', SUBGRAPH_URLS: urls.join(','), ...(process.env.DATABASE_URL ? dbEnv('gateway') : {}) });
  gatewayUrl = `http://127.0.0.1:${port}`;
  await Promise.all([gatewayUrl, ...urls.map((u) => u.split('=')[1]!.replace('/graphql', ''))].map((u) => waitHealthy(u)));
  // Migrating the base directory and booting every process (tsx and a PGlite each) is CPU-bound: under the
  // suite's second worker on 2 cores it went past 120 s once (stop 29's CI), so the budget is generous.
}, 300_000);

afterAll(async () => {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        }),
    ),
  );
  await pgStore?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function gql(query: string) {
  const res = await fetch(`${gatewayUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, ...((await res.json()) as { data?: any; errors?: any[] }) };
}

describe('gateway, distributed (one process per subgraph, HTTP between them)', () => {
  it('answers a query that needs the catalog and the infant subgraph', async () => {
    const body = await gql(`{ facilities(filter: { stages: [INFANT], region: { sido: "서울특별시", sigungu: "강서구" } }, first: 2) {
      totalCount edges { node { name ... on ChildcareCenter { capacity enrolled specialCare } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.facilities).toEqual({
      totalCount: 5,
      edges: [
        { node: { name: '가양햇살어린이집', capacity: 20, enrolled: 15, specialCare: ['NIGHT'] } },
        { node: { name: '나래어린이집', capacity: 40, enrolled: 40, specialCare: [] } },
      ],
    });
  });

  it('answers across pregnancy, elementary and youth subgraphs and keeps typed errors', async () => {
    const body = await gql(`{ facilities(filter: { kinds: [POSTPARTUM_CARE_CENTER, LOCAL_CHILDREN_CENTER, YOUTH_TRAINING_CENTER] }) {
      edges { node { __typename name } } } }`);
    expect(body.data.facilities.edges.map((e: any) => e.node.__typename)).toEqual(['PostpartumCenter', 'AfterSchoolCareCenter', 'YouthFacility']);
    const bad = await gql(`{ facilities(first: 500) { totalCount } }`);
    expect(bad.status).toBe(400);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(bad.errors![0].extensions.messageKo).toContain('100');
  });
});
