import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { SiteConfig } from '../../crawlers/core/adapter';
import { crawlSite } from '../../crawlers/core/runner';
import { adapterFor, loadRegistry, withBaseUrls } from '../../crawlers/sites';
import { CONSOLE_DIST } from '../../gateway/console-static';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { startSimulator, type Simulator } from '../../simulator/server';

/**
 * Browser tests of the console: a real hub on its own test database (with
 * simulated sites crawled into it when asked), Debian's Chromium driven by
 * playwright-core, and the two checks every page must pass: axe-core finds
 * no serious or critical violation, and no request leaves loopback.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Where screenshots go: the README's docs/screenshots/ when the run is asked to
 * refresh them (`UPDATE_SCREENSHOTS=1 npm test -- console`), else a directory
 * in the temp dir, so an ordinary test run leaves the checkout as it was.
 */
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(__dirname, '..', '..', 'docs', 'screenshots') : join(tmpdir(), 'dolbom-screenshots');
/** Jest timeout for a browser test (a crawl plus a cold Chromium on 2 shared cores). */
export const BROWSER_TEST_MS = 240_000;

export interface HarnessOptions {
  /** Simulated sites to crawl into the hub's database (seed 42, tick 0); none: the FIXTURES hub. */
  sites?: string[];
}

export interface Harness {
  hub: TestHub;
  sim: Simulator | null;
  browser: Browser;
  /** Absolute URL of a hub path. */
  url(path: string): string;
  /** A fresh browser context (its own cookies) and page, watched for off-loopback requests and CSP violations. */
  newPage(): Promise<Page>;
  /** Re-crawls the harness's sites at the simulator's current tick. */
  crawl(): Promise<void>;
  /** Throws when any page of this harness sent a request off loopback or the CSP refused something. */
  assertClean(): void;
  /** What assertClean checks, as recorded so far (the harness's own test empties it). */
  readonly recorded: { offLoopback: string[]; cspViolations: string[] };
  close(): Promise<void>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const CONSOLE_SRC = join(__dirname, '..', 'src');

/** Newest modification time of the console's sources. */
function newestSource(dir = CONSOLE_SRC): number {
  let newest = statSync(join(__dirname, '..', 'index.html')).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the console when the install did not (a checkout without `npm ci`) or its sources changed since. */
export function ensureBuilt(): void {
  const index = join(CONSOLE_DIST, 'index.html');
  const fresh = () => existsSync(index) && statSync(index).mtimeMs >= newestSource();
  if (fresh()) return;
  // Jest runs test files in parallel workers: one builds, the others wait for it (a build empties console/dist first).
  const lock = join(tmpdir(), 'dolbom-console-build.lock');
  let fd: number | null = null;
  for (const started = Date.now(); fd === null; ) {
    try {
      fd = openSync(lock, 'wx');
    } catch {
      if (Date.now() - started > 120_000) rmSync(lock, { force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (!fresh()) execFileSync('npm', ['run', '--silent', 'build:console'], { cwd: join(__dirname, '..', '..'), stdio: 'inherit' });
  } finally {
    closeSync(fd);
    rmSync(lock, { force: true });
  }
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  ensureBuilt();
  let sim: Simulator | null = null;
  let sites: SiteConfig[] = [];
  let hub: TestHub;
  const crawlAll = async (store: TestHub['store']) => {
    for (const site of sites) {
      const summary = await crawlSite(store, site, adapterFor(site), { politeness: false, workers: 4 });
      if (summary.status !== 'succeeded') throw new Error(`crawl of ${site.id} ended ${summary.status}`);
    }
  };
  if (options.sites?.length) {
    sim = await startSimulator({ seed: 42, only: options.sites, latencyScale: 0 });
    const urls = Object.fromEntries(options.sites.map((id) => [id, sim!.site(id).baseUrl]));
    sites = withBaseUrls(loadRegistry(), urls).filter((s) => options.sites!.includes(s.id));
    const { createTestStore } = await import('../../store/testing');
    const store = await createTestStore();
    await crawlAll(store);
    hub = await startTestHub({ store });
  } else {
    hub = await startTestHub();
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  const offLoopback: string[] = [];
  const cspViolations: string[] = [];
  const contexts: BrowserContext[] = [];

  return {
    hub,
    sim,
    browser,
    url: (path) => `${hub.hub.url}${path}`,
    async newPage() {
      const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      // Every request is seen here before it leaves: anything off loopback is recorded and never sent.
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname)) return route.continue();
        offLoopback.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
      });
      return page;
    },
    crawl: () => crawlAll(hub.store),
    recorded: { offLoopback, cspViolations },
    assertClean() {
      expect({ offLoopback, cspViolations }).toEqual({ offLoopback: [], cspViolations: [] });
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await hub?.close();
      await sim?.close();
    },
  };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let axeSource: string | null = null;

/**
 * Runs axe-core on the page as it is now and fails on any serious or
 * critical violation. The script goes in through page.evaluate (the DevTools
 * protocol), not a <script> tag: the console's CSP refuses inline scripts,
 * and it should stay that way under test.
 */
export async function checkA11y(page: Page, label = page.url()): Promise<void> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => typeof (globalThis as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target })) }));
  });
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect({ page: label, violations: blocking }).toEqual({ page: label, violations: [] });
}

/** Writes a full-page PNG `<name>.png` into SCREENSHOTS (docs/screenshots/ for the README when refreshing). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** Signs in through the console's form and waits for the navigation to appear. */
export async function signIn(page: Page, harness: Harness, email: string, password: string): Promise<void> {
  await page.goto(harness.url('/console/'));
  await page.getByLabel('이메일').fill(email);
  await page.getByLabel('비밀번호').fill(password);
  await page.getByRole('button', { name: '로그인' }).click();
  await page.getByRole('navigation', { name: '주 메뉴' }).waitFor();
}
