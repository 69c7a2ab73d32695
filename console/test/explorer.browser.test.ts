import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createAccount } from '../../common/auth/testing';
import { bearer } from '../../subgraphs/curation/testing';
import { BROWSER_TEST_MS, checkA11y, screenshot, signIn, startHarness, type Harness } from './harness';

/**
 * GraphiQL at `/` (issue 17) in real Chromium: an editor types an
 * Authorization header into the headers editor and runs a mutation whose
 * change the public API then shows; the docs list mutations; a signed-in
 * editor gets the console's token into the headers with one click. axe finds
 * no serious or critical violation, and no request leaves 127.0.0.1.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  // The install builds it (postinstall); a checkout without `npm ci` builds it here, after the console (whose build empties console/dist).
  const root = join(__dirname, '..', '..');
  if (!existsSync(join(root, 'console', 'dist', 'explorer', 'index.html'))) {
    execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'console/explorer/vite.config.mts'], { cwd: root, stdio: 'inherit' });
  }
}, BROWSER_TEST_MS);
afterAll(async () => h?.close());
afterEach(() => h.assertClean());

/** Replaces the text of a GraphiQL (CodeMirror 5) editor by typing into it. */
async function typeInto(page: Page, editor: string, text: string): Promise<void> {
  await page.click(`${editor} .CodeMirror`);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

const HEADERS_EDITOR = '.graphiql-editor-tool .graphiql-editor:not(.hidden)';

async function firstCentre(): Promise<string> {
  const { body } = await h.hub.gql(`{ facilities(filter: { kinds: [CHILDCARE_CENTER] }, first: 2) { edges { node { id } } } }`);
  return body.data.facilities.edges[0].node.id;
}

/**
 * Runs the editor's operation and waits for `text` in the result. GraphiQL
 * takes an edit into its state after a short debounce, so on a busy machine a
 * click right after typing can run the previous text: run again (as a person
 * would) until the answer shows, at most four times.
 */
async function runAndWaitFor(page: Page, text: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.click('.graphiql-execute-button');
    try {
      await page.waitForFunction((expected) => (globalThis as any).document.querySelector('.result-window')?.textContent?.includes(expected), text, { timeout: 6_000 });
      return;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
}

it('runs an editor mutation with an Authorization header typed into the headers editor', async () => {
  const id = await firstCentre();
  const { authorization } = await bearer(h.hub.store, 'EDITOR', 'explorer-editor');
  const page = await h.newPage();
  const response = await page.goto(h.url('/'));
  expect(response!.headers()['content-security-policy']).toContain("default-src 'self'");
  await page.waitForSelector('.graphiql-query-editor .CodeMirror');
  await checkA11y(page, 'explorer');

  await typeInto(page, '.graphiql-query-editor', `mutation { setPlainSummary(id: "${id}", text: "탐색기에서 쓴 쉬운 설명", reason: "탐색기 시험") { id plainSummary } }`);
  // The headers tab is open by default (defaultEditorToolsVisibility="headers").
  await typeInto(page, HEADERS_EDITOR, `{"Authorization": "${authorization}"}`);
  await runAndWaitFor(page, '탐색기에서 쓴 쉬운 설명');

  const after = await h.hub.gql(`query($id: ID!) { facility(id: $id) { plainSummary } }`, { id });
  expect(after.body.data.facility.plainSummary).toBe('탐색기에서 쓴 쉬운 설명');
  await checkA11y(page, 'explorer after a mutation');

  // The schema docs: Mutation is a type like any other, with every field.
  await page.click('button[aria-label="Show Documentation Explorer"]');
  await page.click('.graphiql-doc-explorer a:has-text("Mutation")');
  await page.waitForSelector('.graphiql-doc-explorer-title:has-text("Mutation")');
  const docs = await page.textContent('.graphiql-doc-explorer');
  for (const field of ['setPlainSummary', 'curateRecord', 'addSynonym', 'createApiKey', 'recrawlSource']) expect(docs).toContain(field);
  await checkA11y(page, 'explorer docs');
}, BROWSER_TEST_MS);

it('puts a signed-in editor’s console token into the headers with one click', async () => {
  await createAccount(h.hub.store, { email: 'explorer@dolbom.test', role: 'EDITOR', password: 'explorer-pass-1234' });
  const page = await h.newPage();
  // Not signed in yet: the button says so instead of failing silently.
  await page.goto(h.url('/'));
  await page.click('[data-testid="use-console-token"]');
  await page.waitForFunction(() => (globalThis as any).document.querySelector('.dolbom-status')?.textContent?.includes('로그인'));

  await signIn(page, h, 'explorer@dolbom.test', 'explorer-pass-1234');
  await page.goto(h.url('/'));
  // GraphiQL mounts its editors after the toolbar: wait for them, as a person would see them.
  await page.waitForSelector('.graphiql-editor-tool .CodeMirror', { state: 'attached' });
  await page.click('[data-testid="use-console-token"]');
  await page.waitForFunction(() => (globalThis as any).document.querySelector('.dolbom-status')?.textContent?.includes('EDITOR'));
  await typeInto(page, '.graphiql-query-editor', `{ auditLog(first: 1) { edges { node { action } } } }`);
  await runAndWaitFor(page, '"auditLog"');
  expect(await page.textContent('.result-window')).not.toContain('UNAUTHENTICATED');
  await screenshot(page, 'explorer');
  await checkA11y(page, 'explorer with the console token');
}, BROWSER_TEST_MS);
