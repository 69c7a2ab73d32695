import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tokenFor } from '../../common/auth/testing';
import { recordId } from '../../common/record-id';
import { adminToken, createKey } from '../../gateway/openapi/testing';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';

/**
 * Apply on behalf of a citizen (issue 7), over real HTTP: a partner key with
 * scope `apply` plus the citizen's JWT from the partner's identity provider,
 * whose JWKS is a local server (the project's edge).
 */
const ISSUER = 'https://idp.partner.example';
let hub: TestHub;
let idp: Server;
let privateKey: KeyLike;
let applyKey: { key: string; id: string };
const centre = recordId('FACILITY', 'fixture', 'c1');

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  idp = createServer((req, res) => {
    res.writeHead(req.url === '/jwks.json' ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((r) => idp.listen(0, '127.0.0.1', r));
  hub = await startTestHub();
  const jwksUrl = `http://127.0.0.1:${(idp.address() as AddressInfo).port}/jwks.json`;
  applyKey = await createKey(hub.store, { name: '정부24', scopes: ['read', 'apply'], trustedIssuers: [{ issuer: ISSUER, jwksUrl, audience: 'dolbom-hub' }] });
});
afterAll(async () => {
  await hub?.close();
  idp?.close();
});

const citizenToken = (sub: string, options: { issuer?: string; key?: KeyLike; audience?: string } = {}) =>
  new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(options.issuer ?? ISSUER)
    .setSubject(sub)
    .setAudience(options.audience ?? 'dolbom-hub')
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(options.key ?? privateKey);

const gql = async (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => {
  const res = await fetch(`${hub.hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as any };
};
const REGISTER = `mutation($input: RegisterChildInput!) { registerChild(input: $input) { id name } }`;
const APPLY = `mutation($input: ApplyForAdmissionInput!) { applyForAdmission(input: $input) { id facilityId position status } }`;

test('a partner applies for its signed-in citizen; the audit rows name the partner and the citizen', async () => {
  const as = { 'x-api-key': applyKey.key, authorization: `Bearer ${await citizenToken('citizen-77')}` };
  const child = await gql(REGISTER, { input: { name: '홍길동', birthDate: '2023-05-01', idempotencyKey: 'c1' } }, as);
  expect(child.body.errors).toBeUndefined();
  const applied = await gql(APPLY, { input: { childId: child.body.data.registerChild.id, facilityIds: [centre], priorityClaims: [], idempotencyKey: 'a1' } }, as);
  expect(applied.body.errors).toBeUndefined();
  expect(applied.body.data.applyForAdmission).toEqual([expect.objectContaining({ facilityId: centre, position: 1, status: 'WAITING' })]);
  const mine = await gql(`{ myApplications { facilityId child { name } } }`, {}, as);
  expect(mine.body.data.myApplications).toEqual([{ facilityId: centre, child: { name: '홍길동' } }]);

  const { rows } = await hub.store.query<any>(`select actor_sub, actor_role, operation, partner_key_id, citizen_issuer, citizen_sub from apply.audit order by id`);
  expect(rows).toEqual([
    { actor_sub: `${ISSUER}#citizen-77`, actor_role: 'PARENT', operation: 'registerChild', partner_key_id: applyKey.id, citizen_issuer: ISSUER, citizen_sub: 'citizen-77' },
    { actor_sub: `${ISSUER}#citizen-77`, actor_role: 'PARENT', operation: 'applyForAdmission', partner_key_id: applyKey.id, citizen_issuer: ISSUER, citizen_sub: 'citizen-77' },
  ]);

  // The hub's own "citizen-77" is somebody else: citizens are namespaced by their issuer.
  const ownToken = await tokenFor(hub.store, { sub: 'citizen-77', role: 'PARENT' });
  const own = await gql(`{ myChildren { id } }`, {}, { authorization: `Bearer ${ownToken}` });
  expect(own.body.data.myChildren).toEqual([]);
});

test('an apply-scope call without a citizen token → FORBIDDEN (resultCode 20, HTTP 403)', async () => {
  const r = await gql(REGISTER, { input: { name: '김하나', birthDate: '2023-01-01', idempotencyKey: 'c2' } }, { 'x-api-key': applyKey.key });
  expect(r.status).toBe(403);
  expect(r.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', resultCode: '20', field: 'authorization' });
  // Public reads need no citizen token, key or not.
  const waitlist = await gql(`query($id: ID!) { facility(id: $id) { ... on ChildcareCenter { waitlist(ageClass: 1) { position } } } }`, { id: centre }, { 'x-api-key': applyKey.key });
  expect(waitlist.body.errors).toBeUndefined();
});

test('a read-only key, an untrusted issuer, a forged signature, a wrong audience and a revoked key are refused', async () => {
  const readOnly = await createKey(hub.store, { scopes: ['read'] });
  const token = `Bearer ${await citizenToken('citizen-88')}`;
  const input = { input: { name: '이둘', birthDate: '2022-03-03', idempotencyKey: 'c3' } };
  const r1 = await gql(REGISTER, input, { 'x-api-key': readOnly.key, authorization: token });
  expect([r1.status, r1.body.errors[0].extensions.code, r1.body.errors[0].extensions.resultCode]).toEqual([403, 'FORBIDDEN', '20']);

  const other = await generateKeyPair('RS256');
  for (const bad of [
    await citizenToken('citizen-88', { issuer: 'https://someone-else.example' }),
    await citizenToken('citizen-88', { key: other.privateKey }),
    await citizenToken('citizen-88', { audience: 'another-api' }),
    await tokenFor(hub.store, { sub: 'citizen-88', role: 'PARENT' }),
  ]) {
    const r = await gql(REGISTER, input, { 'x-api-key': applyKey.key, authorization: `Bearer ${bad}` });
    expect([r.status, r.body.errors[0].extensions.code, r.body.errors[0].extensions.resultCode]).toEqual([401, 'UNAUTHENTICATED', '30']);
  }

  const doomed = await createKey(hub.store, { scopes: ['read', 'apply'], trustedIssuers: [{ issuer: ISSUER, jwksUrl: `http://127.0.0.1:${(idp.address() as AddressInfo).port}/jwks.json`, audience: 'dolbom-hub' }] });
  const ok = await gql(`{ myChildren { id } }`, {}, { 'x-api-key': doomed.key, authorization: token });
  expect(ok.body.errors).toBeUndefined();
  await gql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: doomed.id }, { authorization: `Bearer ${await adminToken(hub.store)}` });
  const gone = await gql(`{ myChildren { id } }`, {}, { 'x-api-key': doomed.key, authorization: token });
  expect([gone.status, gone.body.errors[0].extensions.resultCode]).toEqual([401, '30']);
});
