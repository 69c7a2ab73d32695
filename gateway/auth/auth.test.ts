import { SignJWT, generateKeyPair } from 'jose';
import { createAccount, tokenFor } from '../../common/auth/testing';
import { startTestHub, type TestHub } from '../testing/hub';

/**
 * Sign-in over HTTP against a real hub and database: hashes at rest, lockout,
 * a login token that works on /graphql, refresh with rotation and CSRF,
 * logout, the public JWKS, and the tokens /graphql must refuse.
 */
let hub: TestHub;
let base: string;
const PASSWORD = 'correct horse battery staple';

beforeAll(async () => {
  hub = await startTestHub();
  base = hub.hub.url;
  await createAccount(hub.store, { email: 'Editor.Kim@example.kr', role: 'EDITOR', password: PASSWORD });
});
afterAll(async () => hub?.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** The cookies a response sets, by name (value and attributes). */
function cookiesOf(res: Response): Record<string, { value: string; attrs: string }> {
  const out: Record<string, { value: string; attrs: string }> = {};
  for (const line of res.headers.getSetCookie()) {
    const [pair, ...attrs] = line.split('; ');
    const eq = pair!.indexOf('=');
    out[pair!.slice(0, eq)] = { value: decodeURIComponent(pair!.slice(eq + 1)), attrs: attrs.join('; ') };
  }
  return out;
}

async function login(email = 'editor.kim@EXAMPLE.kr', password = PASSWORD) {
  const res = await post('/auth/login', { email, password });
  return { res, body: (await res.json()) as any, cookies: cookiesOf(res) };
}

const SYNONYM = `mutation($t: String!) { addSynonym(term: $t, synonyms: ["보육"], reason: "로그인 시험") { term } }`;

test('passwords are stored as scrypt strings, never the password', async () => {
  const { rows } = await hub.store.query<{ password_hash: string }>(`select password_hash from access.account`);
  expect(rows.length).toBeGreaterThan(0);
  for (const { password_hash } of rows) {
    expect(password_hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{86}$/);
    expect(password_hash).not.toContain(PASSWORD);
  }
  // Salted: the same password twice gives two different strings.
  await createAccount(hub.store, { email: 'twin@example.kr', role: 'PARENT', password: PASSWORD });
  const twins = await hub.store.query<{ password_hash: string }>(`select password_hash from access.account where lower(email) in ('twin@example.kr', 'editor.kim@example.kr')`);
  expect(new Set(twins.rows.map((r) => r.password_hash)).size).toBe(2);
});

test('login gives a short-lived ES256 token that works on /graphql for an EDITOR mutation', async () => {
  const { res, body, cookies } = await login();
  expect(res.status).toBe(200);
  expect(body.principal).toEqual({ sub: expect.stringMatching(/^acc_/), email: 'Editor.Kim@example.kr', role: 'EDITOR', facilities: [] });
  expect(Date.parse(body.expiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60_000);
  expect(JSON.parse(Buffer.from(body.accessToken.split('.')[0], 'base64url').toString())).toMatchObject({ alg: 'ES256', kid: expect.any(String) });
  expect(cookies.dolbom_refresh!.attrs).toMatch(/HttpOnly/);
  expect(cookies.dolbom_refresh!.attrs).toMatch(/SameSite=Strict/);
  expect(cookies.dolbom_refresh!.attrs).toMatch(/Path=\/auth/);
  expect(cookies.dolbom_csrf!.attrs).not.toMatch(/HttpOnly/);
  expect(cookies.dolbom_csrf!.attrs).toMatch(/Path=\//);

  const r = await hub.gql(SYNONYM, { t: '로그인어' }, { authorization: `Bearer ${body.accessToken}` });
  expect(r.body.errors).toBeUndefined();
  expect(r.body.data.addSynonym.term).toBe('로그인어');

  const session = await fetch(`${base}/auth/session`, { headers: { authorization: `Bearer ${body.accessToken}` } });
  expect(await session.json()).toEqual({ principal: body.principal });
});

test('wrong credentials and bad bodies get typed errors', async () => {
  const wrong = await login('editor.kim@example.kr', 'not the password');
  expect(wrong.res.status).toBe(401);
  expect(wrong.body.error).toMatchObject({ code: 'UNAUTHENTICATED', messageKo: expect.any(String), messageEn: expect.any(String) });
  const nobody = await login('nobody@example.kr', PASSWORD);
  expect(nobody.res.status).toBe(401);
  expect(nobody.body.error.messageEn).toBe(wrong.body.error.messageEn);
  const bad = await post('/auth/login', { email: 'x' });
  expect(bad.status).toBe(400);
  expect(((await bad.json()) as any).error.code).toBe('BAD_USER_INPUT');
  const huge = await post('/auth/login', { email: 'a@b', password: 'x'.repeat(20_000) });
  expect(huge.status).toBe(400);
  const form = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'email=a&password=b' });
  expect(form.status).toBe(400);
  await hub.store.query(`update access.account set failed_attempts = 0 where lower(email) = 'editor.kim@example.kr'`);
});

test('five wrong passwords lock the account; even the right one is refused until unlocked', async () => {
  await createAccount(hub.store, { email: 'locked@example.kr', role: 'EDITOR', password: PASSWORD });
  for (let i = 1; i <= 4; i++) expect((await login('locked@example.kr', `wrong-${i}`)).res.status).toBe(401);
  const fifth = await login('locked@example.kr', 'wrong-5');
  expect(fifth.res.status).toBe(429);
  expect(fifth.body.error.code).toBe('ACCOUNT_LOCKED');
  expect(Number(fifth.res.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
  const right = await login('locked@example.kr', PASSWORD);
  expect(right.res.status).toBe(429);
  // The lock runs out (moved into the past here): the right password works and the count starts again.
  await hub.store.query(`update access.account set locked_until = now() - interval '1 second' where email = 'locked@example.kr'`);
  expect((await login('locked@example.kr', PASSWORD)).res.status).toBe(200);
  const { rows } = await hub.store.query<{ failed_attempts: number; locked_until: unknown }>(`select failed_attempts, locked_until from access.account where email = 'locked@example.kr'`);
  expect(rows[0]).toEqual({ failed_attempts: 0, locked_until: null });
});

test('refresh needs the CSRF header, rotates the refresh token, and refuses the old one', async () => {
  const { cookies } = await login();
  const cookie = `dolbom_refresh=${cookies.dolbom_refresh!.value}; dolbom_csrf=${cookies.dolbom_csrf!.value}`;
  const none = await post('/auth/refresh', {}, { cookie });
  expect(none.status).toBe(403);
  expect(((await none.json()) as any).error.code).toBe('FORBIDDEN');
  const wrong = await post('/auth/refresh', {}, { cookie, 'x-csrf-token': 'not-the-cookie' });
  expect(wrong.status).toBe(403);

  const ok = await post('/auth/refresh', {}, { cookie, 'x-csrf-token': cookies.dolbom_csrf!.value });
  expect(ok.status).toBe(200);
  const body = (await ok.json()) as any;
  expect(body.principal.role).toBe('EDITOR');
  expect((await hub.gql(SYNONYM, { t: '갱신어' }, { authorization: `Bearer ${body.accessToken}` })).body.errors).toBeUndefined();
  const next = cookiesOf(ok);
  expect(next.dolbom_refresh!.value).not.toBe(cookies.dolbom_refresh!.value);

  // The old token again: refused, and its whole family with it (the new one too).
  const again = await post('/auth/refresh', {}, { cookie, 'x-csrf-token': cookies.dolbom_csrf!.value });
  expect(again.status).toBe(401);
  const nextCookie = `dolbom_refresh=${next.dolbom_refresh!.value}; dolbom_csrf=${next.dolbom_csrf!.value}`;
  expect((await post('/auth/refresh', {}, { cookie: nextCookie, 'x-csrf-token': next.dolbom_csrf!.value })).status).toBe(401);
  const { rows } = await hub.store.query<{ token_hash: string }>(`select token_hash from access.refresh_token`);
  expect(rows.map((r) => r.token_hash)).not.toContain(cookies.dolbom_refresh!.value);
});

test('logout revokes the refresh token and clears both cookies', async () => {
  const { cookies } = await login();
  const cookie = `dolbom_refresh=${cookies.dolbom_refresh!.value}; dolbom_csrf=${cookies.dolbom_csrf!.value}`;
  expect((await post('/auth/logout', {}, { cookie })).status).toBe(403);
  const out = await post('/auth/logout', {}, { cookie, 'x-csrf-token': cookies.dolbom_csrf!.value });
  expect(out.status).toBe(204);
  const cleared = cookiesOf(out);
  expect(cleared.dolbom_refresh!.value).toBe('');
  expect(cleared.dolbom_refresh!.attrs).toMatch(/Max-Age=0/);
  expect(cleared.dolbom_csrf!.attrs).toMatch(/Max-Age=0/);
  expect((await post('/auth/refresh', {}, { cookie, 'x-csrf-token': cookies.dolbom_csrf!.value })).status).toBe(401);
});

test('JWKS publishes the public key only; providers says local only', async () => {
  const res = await fetch(`${base}/.well-known/jwks.json`);
  expect(res.status).toBe(200);
  const jwks = (await res.json()) as any;
  expect(jwks.keys.length).toBeGreaterThan(0);
  for (const key of jwks.keys) {
    expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', kid: expect.any(String) });
    expect(key.d).toBeUndefined();
  }
  expect(JSON.stringify(jwks)).not.toMatch(/"d"/);
  expect(await (await fetch(`${base}/auth/providers`)).json()).toEqual({ local: true, oidc: null });
});

describe('/graphql refuses with UNAUTHENTICATED', () => {
  const refused = async (token: string) => {
    const r = await hub.gql(SYNONYM, { t: `거절어${Math.random()}` }, { authorization: `Bearer ${token}` });
    expect(r.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.body.data?.addSynonym ?? null).toBeNull();
  };
  /** A token signed with the hub's own private key but claims of our choosing. */
  const ownSigned = async (build: (jwt: SignJWT) => SignJWT) => {
    const { rows } = await hub.store.query<{ kid: string; private_jwk: any }>(`select kid, private_jwk from access.signing_key where retired_at is null`);
    const { importJWK } = await import('jose');
    const key = await importJWK(typeof rows[0]!.private_jwk === 'string' ? JSON.parse(rows[0]!.private_jwk) : rows[0]!.private_jwk, 'ES256');
    return build(new SignJWT({ role: 'ADMIN' }).setProtectedHeader({ alg: 'ES256', kid: rows[0]!.kid }).setIssuer('urn:dolbom-hub').setSubject('intruder')).sign(key);
  };

  test('a token without exp', async () => refused(await ownSigned((j) => j.setIssuedAt())));
  test('a token whose lifetime exceeds the bound (even though unexpired)', async () => refused(await ownSigned((j) => j.setIssuedAt().setExpirationTime('25h'))));
  test('a token without iat whose exp is beyond the bound', async () => refused(await ownSigned((j) => j.setExpirationTime('30d'))));
  test('an expired token', async () => refused(await ownSigned((j) => j.setIssuedAt(Math.floor(Date.now() / 1000) - 7200).setExpirationTime(Math.floor(Date.now() / 1000) - 3600))));
  test('a token signed HS256 with the old development secret', async () => {
    const secret = new TextEncoder().encode('dolbom-hub-DEVELOPMENT-ONLY-secret-do-not-use-in-production');
    await refused(await new SignJWT({ role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setSubject('admin').setIssuedAt().setExpirationTime('1h').sign(secret));
    await refused(await new SignJWT({ role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('urn:dolbom-hub').setSubject('admin').setIssuedAt().setExpirationTime('1h').sign(secret));
  });
  test('a token signed by another key', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const { rows } = await hub.store.query<{ kid: string }>(`select kid from access.signing_key`);
    await refused(await new SignJWT({ role: 'ADMIN' }).setProtectedHeader({ alg: 'ES256', kid: rows[0]!.kid }).setIssuer('urn:dolbom-hub').setSubject('x').setIssuedAt().setExpirationTime('1h').sign(privateKey));
  });
  test('while a well-formed one of the same store passes', async () => {
    const r = await hub.gql(SYNONYM, { t: '통과어' }, { authorization: `Bearer ${await tokenFor(hub.store, { sub: 'editor-ok', role: 'EDITOR' })}` });
    expect(r.body.errors).toBeUndefined();
  });
});
