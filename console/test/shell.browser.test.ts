import { checkA11y, screenshot, startHarness, BROWSER_TEST_MS, type Harness } from './harness';

/** The console is served with its CSP, answers every client route with the app, and an anonymous visitor gets the sign-in form and no data. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, BROWSER_TEST_MS);
afterAll(() => h?.close());

test('an anonymous visitor sees the sign-in form (Korean first, English on request) and no console data', async () => {
  const page = await h.newPage();
  const graphql: string[] = [];
  page.on('request', (req) => {
    if (new URL(req.url()).pathname === '/graphql') graphql.push(req.url());
  });
  const res = await page.goto(h.url('/console/records'));
  expect(res?.status()).toBe(200);
  expect(res?.headers()['content-security-policy']).toContain("default-src 'self'");
  await page.getByRole('heading', { name: '로그인' }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('ko');
  await checkA11y(page, 'login (ko)');
  await screenshot(page, 'console-sign-in');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await page.reload();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await checkA11y(page, 'login (en)');
  expect(graphql).toEqual([]);
  h.assertClean();
}, BROWSER_TEST_MS);
