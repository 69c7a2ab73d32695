import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '../simulator/server';
import { createTestStore, type TestStore } from '../store/testing';
import type { SiteConfig } from './core/adapter';
import { crawlSites, summaryTable } from './crawl-all';
import { loadRegistry, SITES_DIR, withBaseUrls } from './sites';

/** The summary `npm run crawl` prints: whole messages (a refused config names every mistake) and a sample per error class. */
let sim: Simulator;
let db: TestStore;
let dir: string;
let site: SiteConfig;

beforeAll(async () => {
  sim = await startSimulator({ seed: 42, only: ['gangbuk-ccic'] });
  db = await createTestStore();
  site = withBaseUrls(loadRegistry(), { 'gangbuk-ccic': sim.site('gangbuk-ccic').baseUrl }).find((s) => s.id === 'gangbuk-ccic')!;
  dir = mkdtempSync(join(tmpdir(), 'dolbom-summary-'));
  cpSync(join(SITES_DIR, 'gangbuk-ccic'), join(dir, 'gangbuk-ccic'), { recursive: true });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db?.close();
  await sim?.close();
});

test('a refused config: the summary prints the whole message, every path and reason, uncut', async () => {
  const path = join(dir, 'gangbuk-ccic', 'adapter.json');
  const config = JSON.parse(readFileSync(path, 'utf8'));
  config.handlers.list.follow[0] = { select: 'a', label: 'detial' };
  writeFileSync(path, JSON.stringify(config));
  const [result] = await crawlSites(db, [site], { politeness: false, configDir: dir });
  expect(result!.status).toBe('failed');
  const table = summaryTable([result!]);
  expect(result!.message!.length).toBeGreaterThan(300);
  expect(table).toContain(`- 메시지 / message: ${result!.message}`);
  for (const part of ['handlers.list.follow.0.label: no handler named "detial"', 'handlers.list.follow.0.select: a JSON page has no elements to select', 'handlers.detail: no start request']) expect(table).toContain(part);
});

test('a crawl that met errors: each error class with its count and a sample request', async () => {
  const [result] = await crawlSites(db, [site], { politeness: false });
  expect(result!.status).toBe('succeeded');
  const table = summaryTable([result!]);
  expect(table).toMatch(/\n- NOT_FOUND ×1 — 예 \/ e\.g\. \/program\/view\.do\?progSn=\d+ — 페이지 없음\(404\) \/ not found \(404\)/);
});
