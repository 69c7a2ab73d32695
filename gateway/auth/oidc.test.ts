import { createAccount } from '../../common/auth/testing';
import { freePort } from '../testing/ports';
import { startTestHub, type TestHub } from '../testing/hub';
import { startTestIdp, type TestIdp } from './test-idp';
import { insertAccount } from '../../common/auth/accounts';
import { organisationFromClaims, parseRoleMap, roleFromClaims } from './oidc-client';

/**
 * OIDC sign-in (authorization code + PKCE) against a small provider on
 * 127.0.0.1: the callback sets the same cookies as a local sign-in, and
 * refresh then gives the same principal shape (sub, email, role,
 * facilities), for a local account matched by email and for one the
 * provider's role claim provisions. Users with neither are refused.
 */
let idp: TestIdp;
let hub: TestHub;
let base: string;

beforeAll(async () => {
  idp = await startTestIdp();
  const port = await freePort();
  hub = await startTestHub({
    env: {
      PORT: String(port),
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_REDIRECT_URI: `http://127.0.0.1:${port}/auth/oidc/callback`,
      OIDC_NAME: '행복시 통합로그인',
      OIDC_ROLE_CLAIM: 'groups',
      OIDC_ROLE_MAP: 'dolbom-editors=EDITOR,centre-staff=CENTER_STAFF,dong-staff=COMMUNITY_CENTER,bokjigwan=WELFARE_AGENCY',
      OIDC_FACILITIES_CLAIM: 'facilities',
      OIDC_ORGANISATION_CLAIM: 'org',
      OIDC_DONG_CLAIM: 'dong',
    },
  });
  base = hub.hub.url;
});
afterAll(async () => {
  await hub?.close();
  await idp?.close();
});

function cookiesOf(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of res.headers.getSetCookie()) {
    const pair = line.split('; ')[0]!;
    const eq = pair.indexOf('=');
    out[pair.slice(0, eq)] = decodeURIComponent(pair.slice(eq + 1));
  }
  return out;
}

/** The browser's part: start → provider → callback, following the redirects by hand and keeping the cookies. */
async function signInThroughIdp(tamper?: (callback: URL) => void) {
  const start = await fetch(`${base}/auth/oidc/start`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const flow = cookiesOf(start).dolbom_oidc!;
  expect(start.headers.getSetCookie()[0]).toMatch(/HttpOnly/);
  const authorize = new URL(start.headers.get('location')!);
  expect(authorize.origin).toBe(idp.issuer);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  const atIdp = await fetch(authorize, { redirect: 'manual' });
  const callback = new URL(atIdp.headers.get('location')!);
  tamper?.(callback);
  const done = await fetch(callback, { redirect: 'manual', headers: { cookie: `dolbom_oidc=${encodeURIComponent(flow)}` } });
  return { done, cookies: cookiesOf(done), body: done.status === 302 ? null : ((await done.json()) as any) };
}

async function principalAfterRefresh(cookies: Record<string, string>) {
  const res = await fetch(`${base}/auth/refresh`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `dolbom_refresh=${cookies.dolbom_refresh}; dolbom_csrf=${cookies.dolbom_csrf}`, 'x-csrf-token': cookies.dolbom_csrf! },
    body: '{}',
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as any;
  lastAccessToken = body.accessToken;
  return body.principal;
}
let lastAccessToken = '';

test('providers names the configured provider', async () => {
  expect(await (await fetch(`${base}/auth/providers`)).json()).toEqual({ local: true, oidc: { name: '행복시 통합로그인' } });
});

test('a local account matched by verified email: same cookies and the same principal as a local login', async () => {
  const password = 'local password for lee';
  const { id } = await createAccount(hub.store, { email: 'lee@city.example', role: 'EDITOR', password });
  idp.user = { sub: 'idp-lee', email: 'Lee@city.example', email_verified: true };
  const { done, cookies } = await signInThroughIdp();
  expect(done.status).toBe(302);
  expect(done.headers.get('location')).toBe('/console/');
  expect(Object.keys(cookies).sort()).toEqual(['dolbom_csrf', 'dolbom_oidc', 'dolbom_refresh']);
  const viaOidc = await principalAfterRefresh(cookies);

  const local = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'lee@city.example', password }) });
  const viaLogin = ((await local.json()) as any).principal;
  expect(viaOidc).toEqual(viaLogin);
  expect(viaOidc).toEqual({ sub: id, email: 'lee@city.example', role: 'EDITOR', facilities: [] });
});

test('a user the role claim maps is provisioned with role and facilities, and works on /graphql', async () => {
  idp.user = { sub: 'idp-park', email: 'park@centre.example', email_verified: true, groups: ['staff-everyone', 'centre-staff'], facilities: ['fac-1', 'fac-2'] };
  const { done, cookies } = await signInThroughIdp();
  expect(done.status).toBe(302);
  const principal = await principalAfterRefresh(cookies);
  expect(principal).toEqual({ sub: expect.stringMatching(/^acc_/), email: 'park@centre.example', role: 'CENTER_STAFF', facilities: ['fac-1', 'fac-2'] });
  const { rows } = await hub.store.query<{ password_hash: string | null; oidc_subject: string }>(`select password_hash, oidc_subject from access.account where id = $1`, [principal.sub]);
  expect(rows[0]).toEqual({ password_hash: null, oidc_subject: `${idp.issuer}#idp-park` });

  // The provider's claims decide again at the next sign-in.
  idp.user = { ...idp.user, groups: ['dolbom-editors'] };
  const again = await signInThroughIdp();
  expect(await principalAfterRefresh(again.cookies)).toMatchObject({ sub: principal.sub, role: 'EDITOR', facilities: [] });
  const r = await hub.gql(`mutation { addSynonym(term: "통합로그인", synonyms: ["보육"], reason: "OIDC 시험") { term } }`, undefined, { authorization: `Bearer ${lastAccessToken}` });
  expect(r.body.errors).toBeUndefined();
});

test('a user with no account and no mapped role is refused; a tampered state is refused', async () => {
  idp.user = { sub: 'idp-nobody', email: 'nobody@else.example', email_verified: true, groups: ['visitors'] };
  const refused = await signInThroughIdp();
  expect(refused.done.status).toBe(403);
  expect(refused.body.error.code).toBe('FORBIDDEN');
  expect(refused.cookies.dolbom_refresh).toBeUndefined();

  idp.user = { sub: 'idp-lee', email: 'lee@city.example', email_verified: true };
  const tampered = await signInThroughIdp((url) => url.searchParams.set('state', 'forged'));
  expect(tampered.done.status).toBe(401);
  expect(tampered.body.error.code).toBe('UNAUTHENTICATED');
});

test('role claims map to the highest role named', () => {
  const map = parseRoleMap('editors=EDITOR, staff=CENTER_STAFF');
  expect(roleFromClaims({ g: ['staff', 'editors'] }, 'g', map)).toBe('EDITOR');
  expect(roleFromClaims({ g: 'ADMIN' }, 'g', map)).toBe('ADMIN');
  expect(roleFromClaims({ g: ['x'] }, 'g', map)).toBeNull();
  expect(roleFromClaims({ g: ['editors'] }, undefined, map)).toBeNull();
  expect(() => parseRoleMap('editors=KING')).toThrow('OIDC_ROLE_MAP');
});

const WELFARE_QUERY = `{ welfareProgrammes { id } }`;

test('a welfare role from the provider gets its organisation from the claims, and its token works on the welfare subgraph', async () => {
  idp.user = { sub: 'idp-majang', email: 'majang@dong.example', email_verified: true, groups: ['dong-staff'], org: 'dong-majang', dong: '마장동' };
  const { done, cookies } = await signInThroughIdp();
  expect(done.status).toBe(302);
  const principal = await principalAfterRefresh(cookies);
  expect(principal.role).toBe('COMMUNITY_CENTER');
  const { rows } = await hub.store.query<{ organisation: unknown }>(`select organisation from access.account where id = $1`, [principal.sub]);
  const stored = typeof rows[0]!.organisation === 'string' ? JSON.parse(rows[0]!.organisation) : rows[0]!.organisation;
  expect(stored).toEqual({ id: 'dong-majang', kind: 'COMMUNITY_CENTER', dong: '마장동' });
  const r = await hub.gql(WELFARE_QUERY, undefined, { authorization: `Bearer ${lastAccessToken}` });
  expect(r.body.errors).toBeUndefined();

  // The provider moves the user to an agency: role and organisation follow at the next sign-in.
  idp.user = { ...idp.user, groups: ['bokjigwan'], org: { id: 'agency-seongdong-bokjigwan' } };
  const again = await signInThroughIdp();
  expect(await principalAfterRefresh(again.cookies)).toMatchObject({ sub: principal.sub, role: 'WELFARE_AGENCY' });
  const moved = await hub.store.query<{ organisation: unknown }>(`select organisation from access.account where id = $1`, [principal.sub]);
  const org = typeof moved.rows[0]!.organisation === 'string' ? JSON.parse(moved.rows[0]!.organisation as string) : moved.rows[0]!.organisation;
  expect(org).toEqual({ id: 'agency-seongdong-bokjigwan', kind: 'WELFARE_AGENCY' });
});

test('a welfare role without an organisation is refused with OIDC_NO_ORGANISATION and gets no session or account', async () => {
  idp.user = { sub: 'idp-noorg', email: 'noorg@dong.example', email_verified: true, groups: ['bokjigwan'] };
  const refused = await signInThroughIdp();
  expect(refused.done.status).toBe(403);
  expect(refused.body.error).toMatchObject({ code: 'FORBIDDEN', messageKo: expect.stringContaining('소속 기관') });
  expect(refused.body.errors[0].extensions.reason).toBe('OIDC_NO_ORGANISATION');
  expect(refused.cookies.dolbom_refresh).toBeUndefined();
  const { rows } = await hub.store.query(`select id from access.account where lower(email) = 'noorg@dong.example'`);
  expect(rows).toEqual([]);

  // A community centre needs its 동 as well.
  idp.user = { sub: 'idp-nodong', email: 'nodong@dong.example', email_verified: true, groups: ['dong-staff'], org: 'dong-oksu' };
  expect((await signInThroughIdp()).done.status).toBe(403);
});

test('a local welfare account matched by email keeps its own organisation; one without it is refused', async () => {
  await insertAccount(hub.store, { email: 'district@gu.example', role: 'DISTRICT_OFFICER', password: 'district local pass', organisation: { id: 'seongdong-welfare-policy', kind: 'DISTRICT' } });
  idp.user = { sub: 'idp-district', email: 'district@gu.example', email_verified: true, org: 'ignored-for-local-accounts' };
  const ok = await signInThroughIdp();
  expect(ok.done.status).toBe(302);
  expect((await principalAfterRefresh(ok.cookies)).role).toBe('DISTRICT_OFFICER');
  const r = await hub.gql(WELFARE_QUERY, undefined, { authorization: `Bearer ${lastAccessToken}` });
  expect(r.body.errors).toBeUndefined();

  await insertAccount(hub.store, { email: 'orphan@gu.example', role: 'WELFARE_AGENCY', password: 'orphan local pass' });
  idp.user = { sub: 'idp-orphan', email: 'orphan@gu.example', email_verified: true };
  const orphan = await signInThroughIdp();
  expect(orphan.done.status).toBe(403);
  expect(orphan.body.errors[0].extensions.reason).toBe('OIDC_NO_ORGANISATION');
});

test('the organisation kind follows the role, never the claim', () => {
  expect(organisationFromClaims({ org: 'a-1' }, 'WELFARE_AGENCY', 'org', 'dong')).toEqual({ id: 'a-1', kind: 'WELFARE_AGENCY' });
  expect(organisationFromClaims({ org: { id: 'd-1', kind: 'DISTRICT', dong: '옥수동' } }, 'COMMUNITY_CENTER', 'org', undefined)).toEqual({ id: 'd-1', kind: 'COMMUNITY_CENTER', dong: '옥수동' });
  expect(organisationFromClaims({ org: 'd-1' }, 'COMMUNITY_CENTER', 'org', 'dong')).toBeNull();
  expect(organisationFromClaims({ org: ['a-1'] }, 'WELFARE_AGENCY', 'org', 'dong')).toBeNull();
  expect(organisationFromClaims({ org: 'a-1' }, 'EDITOR', 'org', 'dong')).toBeNull();
  expect(organisationFromClaims({ org: 'a-1' }, 'WELFARE_AGENCY', undefined, 'dong')).toBeNull();
});
