import { tokenFor } from '../../common/auth/testing';
import { startTestHub, type TestHub } from '../testing/hub';
import { adminToken, createKey, getText } from './testing';

/** Partner keys over real HTTP: quotas with Retry-After, revocation, expiry, scopes, CORS, admin operations. */
let hub: TestHub;
let base: string;

beforeAll(async () => {
  hub = await startTestHub();
  base = hub.hub.url;
});
afterAll(async () => {
  await hub?.close();
});

const rest = async (key: string, path = '/sources', headers: Record<string, string> = {}) => {
  const r = await getText(`${base}/openapi/v1${path}?serviceKey=${encodeURIComponent(key)}&type=json&numOfRows=1`, headers);
  return { status: r.status, headers: r.headers, header: JSON.parse(r.text).response.header };
};
const graphql = async (query: string, headers: Record<string, string>, variables?: Record<string, unknown>) => {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
};

test('per-second quota → 23 with Retry-After: 1, on REST and GraphQL alike', async () => {
  const { key } = await createKey(hub.store, { perSecond: 1 });
  // Five at once fall into at most two one-second windows: at most two pass.
  const answers = await Promise.all(Array.from({ length: 5 }, () => rest(key)));
  const limited = answers.filter((a) => a.status === 429);
  expect(limited.length).toBeGreaterThanOrEqual(3);
  for (const a of limited) {
    expect(a.header).toMatchObject({ resultCode: '23', resultMsg: 'LIMITED_NUMBER_OF_SERVICE_REQUESTS_PER_SECOND_EXCEEDS_ERROR' });
    expect(a.headers.get('retry-after')).toBe('1');
  }
  const gql = await Promise.all(Array.from({ length: 4 }, () => graphql('{ sources { id } }', { 'x-api-key': key })));
  const refused = gql.find((g) => g.status === 429)!;
  expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', resultCode: '23' });
  expect(refused.headers.get('retry-after')).toBe('1');
});

test('daily quota → 22 with Retry-After until midnight KST; refused requests are counted apart', async () => {
  const { key, id } = await createKey(hub.store, { perDay: 3 });
  for (let i = 0; i < 3; i++) expect((await rest(key)).status).toBe(200);
  const over = await rest(key);
  expect(over.status).toBe(429);
  expect(over.header).toMatchObject({ resultCode: '22', resultMsg: 'LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR' });
  const retry = Number(over.headers.get('retry-after'));
  expect(retry).toBeGreaterThan(0);
  expect(retry).toBeLessThanOrEqual(86_400);
  const usage = await graphql(`query($id: ID) { apiKeyUsage(keyId: $id) { keyId name day requests rejected } }`, { authorization: `Bearer ${await adminToken(hub.store)}` }, { id });
  expect(usage.body.data.apiKeyUsage).toEqual([{ keyId: id, name: 'test portal', day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), requests: 3, rejected: 1 }]);
});

test('a revoked key answers 30 on its very next request; an expired key answers 31', async () => {
  const { key, id } = await createKey(hub.store);
  expect((await rest(key)).status).toBe(200);
  expect((await graphql('{ sources { id } }', { 'x-api-key': key })).status).toBe(200);
  const revoked = await graphql(`mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`, { authorization: `Bearer ${await adminToken(hub.store)}` }, { id });
  expect(revoked.body.data.revokeApiKey.revokedAt).toEqual(expect.any(String));
  const after = await rest(key);
  expect([after.status, after.header.resultCode, after.header.resultMsg]).toEqual([401, '30', 'SERVICE_KEY_IS_NOT_REGISTERED_ERROR']);
  const gql = await graphql('{ sources { id } }', { 'x-api-key': key });
  expect([gql.status, gql.body.errors[0].extensions.code, gql.body.errors[0].extensions.resultCode]).toEqual([401, 'UNAUTHENTICATED', '30']);

  const expired = await createKey(hub.store, { expiresAt: '2020-01-01' });
  const r = await rest(expired.key);
  expect([r.status, r.header.resultCode, r.header.resultMsg]).toEqual([401, '31', 'DEADLINE_HAS_EXPIRED_ERROR']);
});

test('GraphQL without a key stays public and costs no database round trip; with an unknown key it is refused', async () => {
  const { key } = await createKey(hub.store);
  // Background jobs (offer expiry) may query meanwhile: count the statements of the key check only.
  const queries: string[] = [];
  const off = hub.store.onQuery((sql) => queries.push(sql));
  try {
    const open = await graphql('{ __typename }', {});
    expect(open.status).toBe(200);
    expect(queries.filter((q) => q.includes('access.'))).toEqual([]);
    const keyed = await graphql('{ __typename }', { 'x-api-key': key });
    expect(keyed.status).toBe(200);
    expect(queries.filter((q) => q.includes('access.'))).toEqual(['select * from access.admit_request($1)']);
  } finally {
    off();
  }
  const unknown = await graphql('{ __typename }', { 'x-api-key': 'no-such-key' });
  expect([unknown.status, unknown.body.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
  const viaQuery = await fetch(`${base}/graphql?serviceKey=no-such-key`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
  expect(viaQuery.status).toBe(401);
});

test('CORS per key: a registered origin gets Access-Control-Allow-Origin, another origin is refused with 20', async () => {
  const { key } = await createKey(hub.store, { allowedOrigins: ['https://portal.example.kr'] });
  const ok = await rest(key, '/sources', { origin: 'https://portal.example.kr' });
  expect(ok.status).toBe(200);
  expect(ok.headers.get('access-control-allow-origin')).toBe('https://portal.example.kr');
  const other = await rest(key, '/sources', { origin: 'https://evil.example.com' });
  expect([other.status, other.header.resultCode]).toEqual([403, '20']);
  expect(other.headers.get('access-control-allow-origin')).toBeNull();
  const serverSide = await rest(key);
  expect(serverSide.status).toBe(200);
  const gql = await graphql('{ __typename }', { 'x-api-key': key, origin: 'https://portal.example.kr' });
  expect(gql.headers.get('access-control-allow-origin')).toBe('https://portal.example.kr');
  const preflight = await fetch(`${base}/openapi/v1/facilities`, { method: 'OPTIONS', headers: { origin: 'https://portal.example.kr', 'access-control-request-headers': 'x-api-key' } });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get('access-control-allow-headers')).toContain('x-api-key');
});

test('a key without the read scope may not read the REST facade (20)', async () => {
  const { key } = await createKey(hub.store, { scopes: ['apply'], trustedIssuers: [{ issuer: 'https://idp.example', jwksUrl: 'https://idp.example/jwks' }] });
  const r = await rest(key);
  expect([r.status, r.header.resultCode, r.header.resultMsg]).toEqual([403, '20', 'SERVICE_ACCESS_DENIED_ERROR']);
});

test('admins issue keys (the secret appears once) and list them; others may not', async () => {
  const admin = { authorization: `Bearer ${await adminToken(hub.store)}` };
  const created = await graphql(
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name scopes perSecond perDay allowedOrigins keyPrefix } } }`,
    admin,
    { input: { name: '정부24', scopes: ['read'], perDay: 500, allowedOrigins: ['https://www.gov.kr'] } },
  );
  const { key, apiKey } = created.body.data.createApiKey;
  expect(apiKey).toMatchObject({ name: '정부24', scopes: ['read'], perSecond: 30, perDay: 500, allowedOrigins: ['https://www.gov.kr'], keyPrefix: key.slice(0, 6) });
  expect((await rest(key)).status).toBe(200);
  const list = await graphql(`{ apiKeys { id name keyPrefix } }`, admin);
  expect(list.body.data.apiKeys.map((k: { id: string }) => k.id)).toContain(apiKey.id);
  expect(JSON.stringify(list.body)).not.toContain(key);
  const parentToken = await tokenFor(hub.store, { sub: 'p', role: 'PARENT' });
  const parent = await graphql(`{ apiKeys { id } }`, { authorization: `Bearer ${parentToken}` });
  expect(parent.body.errors[0].extensions.code).toBe('FORBIDDEN');
  const anonymous = await graphql(`{ apiKeys { id } }`, {});
  expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  const bad = await graphql(`mutation { createApiKey(input: { name: "x", scopes: [apply] }) { key } }`, admin);
  expect(bad.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'trustedIssuers' });
});

test('a failing database answers 99 with HTTP 500 and no detail', async () => {
  const { key } = await createKey(hub.store);
  // The key check's function disappears under the running hub: a database failure at the edge.
  await hub.store.query('alter function access.admit_request(text) rename to admit_request_away');
  try {
    const r = await getText(`${base}/openapi/v1/sources?serviceKey=${encodeURIComponent(key)}&type=json`);
    expect(r.status).toBe(500);
    expect(JSON.parse(r.text).response.header).toMatchObject({ resultCode: '99', resultMsg: 'UNKNOWN_ERROR', messageEn: 'Unexpected error.' });
    expect(r.text).not.toMatch(/admit_request|function|select|at .*\.ts/i);
    const gql = await graphql('{ __typename }', { 'x-api-key': key });
    expect([gql.status, gql.body.errors[0].extensions.code, gql.body.errors[0].extensions.resultCode]).toEqual([500, 'INTERNAL_SERVER_ERROR', '99']);
  } finally {
    await hub.store.query('alter function access.admit_request_away(text) rename to admit_request');
  }
});
