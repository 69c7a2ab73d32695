import { createAccount } from '../../common/auth/testing';
import { BROWSER_TEST_MS, checkA11y, screenshot, signIn, startHarness, type Harness } from './harness';

/**
 * Signing in and who gets what: an EDITOR signs in with the form and gets
 * the console (and keeps it across a reload, through the refresh cookie);
 * a PARENT signs in and gets no console data; an anonymous visitor gets the
 * sign-in form and not one GraphQL request is sent for them.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await createAccount(h.hub.store, { email: 'editor@example.go.kr', role: 'EDITOR', password: 'correct horse battery 17' });
  await createAccount(h.hub.store, { email: 'parent@example.com', role: 'PARENT', password: 'parent password 17' });
}, BROWSER_TEST_MS);
afterAll(() => h?.close());
afterEach(() => h.assertClean());

/** Answers of /graphql the page received, with the data they carried. */
function graphqlAnswers(page: import('playwright-core').Page): { status: number; body: string }[] {
  const answers: { status: number; body: string }[] = [];
  page.on('response', async (res) => {
    if (new URL(res.url()).pathname === '/graphql') answers.push({ status: res.status(), body: await res.text().catch(() => '') });
  });
  return answers;
}

test('an editor signs in, sees the records, keeps the session across a reload, and signs out', async () => {
  const page = await h.newPage();
  await page.goto(h.url('/console/'));
  await page.getByRole('heading', { name: '로그인' }).waitFor();
  await checkA11y(page, 'sign-in');
  await screenshot(page, 'console-sign-in');

  // A wrong password: the API's message, announced, and the editor stays on the form.
  await page.getByLabel('이메일').fill('editor@example.go.kr');
  await page.getByLabel('비밀번호').fill('wrong password');
  await page.getByRole('button', { name: '로그인' }).click();
  await page.getByRole('alert').waitFor();
  await checkA11y(page, 'sign-in error');

  await signIn(page, h, 'editor@example.go.kr', 'correct horse battery 17');
  await page.getByRole('heading', { name: '기록 찾기' }).waitFor();
  await page.getByRole('link', { name: '다솜어린이집' }).waitFor();
  await checkA11y(page, 'records');
  await screenshot(page, 'console-records');
  // The token is in memory only.
  expect(await page.evaluate('JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })')).not.toMatch(/eyJ/);
  // Every later screen is in the navigation, the ones of later issues marked.
  await expect(page.getByRole('navigation', { name: '주 메뉴' }).getByText('준비 중').count()).resolves.toBeGreaterThan(0);

  await page.reload();
  await page.getByRole('heading', { name: '기록 찾기' }).waitFor();

  // Keyboard: the first Tab reaches the skip link, which moves focus to the main content.
  await page.keyboard.press('Tab');
  await expect(page.evaluate('document.activeElement.textContent')).resolves.toBe('본문으로 건너뛰기');
  await page.keyboard.press('Enter');
  await expect(page.evaluate('document.activeElement.id')).resolves.toBe('main');
  // The navigation works from the keyboard too.
  await page.getByRole('link', { name: '검토 대기열', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: '검토 대기열' }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { name: '기록 찾기' }).waitFor();

  // A phone-sized screen: one column, nothing lost.
  await page.setViewportSize({ width: 390, height: 844 });
  await checkA11y(page, 'records (phone)');
  await screenshot(page, 'console-records-phone');
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Find records' }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await checkA11y(page, 'records (en)');
  await page.getByRole('button', { name: '한국어' }).click();

  await page.getByRole('button', { name: '로그아웃' }).click();
  await page.getByRole('heading', { name: '로그인' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: '로그인' }).waitFor();
}, BROWSER_TEST_MS);

test('a parent who signs in gets no console data', async () => {
  const page = await h.newPage();
  const answers = graphqlAnswers(page);
  await signInAs(page, 'parent@example.com', 'parent password 17');
  await page.getByText('편집자(EDITOR), 관리자(ADMIN)와 복지 사전관리 담당 기관만').waitFor();
  await checkA11y(page, 'parent');
  await page.goto(h.url('/console/records'));
  await page.getByText('편집자(EDITOR), 관리자(ADMIN)와 복지 사전관리 담당 기관만').waitFor();
  expect(answers.filter((a) => a.body.includes('curatedRecords') || a.body.includes('다솜'))).toEqual([]);

  // And the API refuses the parent's own token, should they call it by hand.
  const token = await page.evaluate<string>(`(async () => {
    const csrf = document.cookie.split('; ').find((c) => c.startsWith('dolbom_csrf=')).split('=')[1];
    const res = await fetch('/auth/refresh', { method: 'POST', headers: { 'x-csrf-token': decodeURIComponent(csrf) } });
    return (await res.json()).accessToken;
  })()`);
  const refused = await h.hub.gql('{ curatedRecords { totalCount } }', {}, { authorization: `Bearer ${token}` });
  expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  // Root fields are nullable (a down subgraph costs only its own fields): the refused one is null, nothing else comes back.
  expect(refused.body.data?.curatedRecords ?? null).toBeNull();
  expect(Object.values(refused.body.data ?? {}).every((v) => v === null)).toBe(true);
}, BROWSER_TEST_MS);

test('an anonymous visitor gets the sign-in form on every console address, and no GraphQL request', async () => {
  const page = await h.newPage();
  const answers = graphqlAnswers(page);
  for (const path of ['/console/', '/console/records', '/console/review', '/console/records/anything']) {
    const res = await page.goto(h.url(path));
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.getByRole('heading', { name: '로그인' }).waitFor();
  }
  await checkA11y(page, 'anonymous');
  expect(answers).toEqual([]);
  const refused = await h.hub.gql('{ curatedRecords { totalCount } }');
  expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
}, BROWSER_TEST_MS);

test('the harness catches a request off loopback (never sent) and a CSP refusal', async () => {
  const page = await h.newPage();
  await page.goto('about:blank');
  await page.evaluate(`fetch('http://198.51.100.7/beacon').catch(() => null)`);
  expect(h.recorded.offLoopback).toEqual(['http://198.51.100.7/beacon']);
  await page.goto(h.url('/console/'));
  await page.getByRole('heading', { name: '로그인' }).waitFor();
  // The console's CSP refuses an inline script outright.
  await page.evaluate(`(() => { const s = document.createElement('script'); s.textContent = 'window.x = 1'; document.body.append(s); })()`);
  await expect(page.evaluate('window.x')).resolves.toBeUndefined();
  await page.waitForTimeout(200);
  expect(h.recorded.cspViolations.length).toBeGreaterThan(0);
  h.recorded.offLoopback.length = 0;
  h.recorded.cspViolations.length = 0;
}, BROWSER_TEST_MS);

async function signInAs(page: import('playwright-core').Page, email: string, password: string) {
  await page.goto(h.url('/console/'));
  await page.getByLabel('이메일').fill(email);
  await page.getByLabel('비밀번호').fill(password);
  await page.getByRole('button', { name: '로그인' }).click();
}
