import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestStore, type TestStore } from '../../store/testing';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

let store: TestStore;
let dataDir: string;
beforeAll(async () => {
  // The CLI gets this test's own database (PostgreSQL) or its own PGlite folder, never a shared one.
  store = await createTestStore();
  dataDir = mkdtempSync(join(tmpdir(), 'seed-cli-'));
});
afterAll(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function cli(args: string[], env: Record<string, string | undefined> = {}) {
  const base: Record<string, string | undefined> = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: store.databaseUrl, LOG_LEVEL: 'silent' };
  const result = spawnSync(TSX, [join(ROOT, 'crawlers', 'seed', 'cli.ts'), ...args], {
    cwd: ROOT,
    env: Object.fromEntries(Object.entries({ ...base, ...env }).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run load:seed', () => {
  it('loads the data and prints a summary table; a rerun writes nothing', () => {
    const run = cli([]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/source\s+inserted\s+updated\s+unchanged\s+skipped/);
    expect(run.out).toMatch(/seoul-open-data-childcare \(어린이집\.csv\)\s+4249\s+0\s+0\s+0/);
    const again = cli([]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/합계 \/ total\s+0\s+0\s+\d+/);
  });

  it('fails with a bilingual message and no stack trace when a file is missing', () => {
    const run = cli(['--data-dir', join(dataDir, 'nowhere')]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^적재 실패 \/ Load failed: 원본 데이터 파일이 없습니다: .*어린이집\.csv \/ Seed data file not found: /);
    expect(run.err).not.toMatch(/\n\s+at /);
  });

  it('fails with a bilingual message on a bad setting', () => {
    const run = cli([], { DATABASE_URL: 'not a url' });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/설정 값이 올바르지 않습니다 \/ Invalid configuration/);
    expect(run.err).not.toMatch(/\n\s+at /);
  });
});
