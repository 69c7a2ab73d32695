import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bearer } from '../../subgraphs/curation/testing';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';

/**
 * GraphiQL at `/` (issue 17) in real Chromium: an editor types an
 * Authorization header into the headers editor, runs a mutation, and the
 * change is in the public API; the schema docs list mutations; axe finds no
 * serious or critical violation and no request leaves 127.0.0.1.
 */
let t: TestHub;
let browser: Browser;
let page: Page;
const outside: string[] = [];

beforeAll(async () => {
  t = await startTestHub();
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'ko-KR' });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return;
    if (url.hostname !== '127.0.0.1') outside.push(request.url());
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function axeSeriousViolations(target: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: the page's CSP (script-src 'self') stays on and still lets axe in.
  await target.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await target.evaluate(async () => (window as any).axe.run(document, { resultTypes: ['violations'] }));
  return (result.violations as Array<{ id: string; impact: string; nodes: unknown[] }>)
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n: any) => [n.target, n.failureSummary?.slice(0, 160)]))}`);
}

/** Replaces the text of a GraphiQL (CodeMirror 5) editor by typing into it. */
async function typeInto(editor: string, text: string): Promise<void> {
  await page.click(`${editor} .CodeMirror`);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

it('runs an editor mutation with an Authorization header typed into the headers editor', async () => {
  const { body } = await t.gql(`{ facilities(filter: { kinds: [CHILDCARE_CENTER] }, first: 1) { edges { node { id } } } }`);
  const id: string = body.data.facilities.edges[0].node.id;
  const { authorization } = await bearer('EDITOR', 'explorer-editor@test');

  const response = await page.goto(`${t.hub.url}/`);
  expect(response!.headers()['content-security-policy']).toContain("default-src 'self'");
  await page.waitForSelector('.graphiql-query-editor .CodeMirror');

  await typeInto('.graphiql-query-editor', `mutation { setPlainSummary(id: "${id}", text: "탐색기에서 쓴 쉬운 설명", reason: "탐색기 시험") { id plainSummary } }`);
  // The headers tab is open by default (defaultEditorToolsVisibility="headers").
  await typeInto('.graphiql-editor-tool .graphiql-editor:not(.hidden)', `{"Authorization": "${authorization}"}`);
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('탐색기에서 쓴 쉬운 설명'), undefined, { timeout: 20_000 });
  await page.screenshot({ path: 'docs/screenshots/explorer.png' });

  const after = await t.gql(`query($id: ID!) { facility(id: $id) { plainSummary } }`, { id });
  expect(after.body.data.facility.plainSummary).toBe('탐색기에서 쓴 쉬운 설명');

  expect(await axeSeriousViolations(page)).toEqual([]);
  expect(outside).toEqual([]);
}, 90_000);

it('documents every type, mutations included', async () => {
  await page.click('button[aria-label="Show Documentation Explorer"]');
  await page.waitForSelector('.graphiql-doc-explorer');
  await page.click('.graphiql-doc-explorer a:has-text("Mutation")');
  await page.waitForSelector('.graphiql-doc-explorer-title:has-text("Mutation")');
  expect(await page.textContent('.graphiql-doc-explorer')).toContain('setPlainSummary');
  expect(outside).toEqual([]);
}, 60_000);

it('puts the console token into the headers with one click', async () => {
  // Without a console sign-in the button says so instead of failing silently.
  await page.click('[data-testid="use-console-token"]');
  await page.waitForFunction(() => document.querySelector('.dolbom-status')?.textContent?.includes('로그인'));
}, 30_000);
