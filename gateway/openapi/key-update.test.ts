import { startTestHub, type TestHub } from '../testing/hub';
import { adminToken, createKey, getText } from './testing';

/** updateApiKey (issue 17, the console's partners page): new quotas and origins hold from the key's next request. */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => hub?.close());

const gql = async (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => {
  const res = await fetch(`${hub.hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as any;
};
const UPDATE = `mutation($id: ID!, $input: UpdateApiKeyInput!) { updateApiKey(id: $id, input: $input) { id name perSecond perDay allowedOrigins } }`;

test('an ADMIN changes the daily quota and the origins; the next request obeys them', async () => {
  const admin = { authorization: `Bearer ${await adminToken(hub.store)}` };
  const { key, id } = await createKey(hub.store, { perDay: 100 });
  const rest = () => getText(`${hub.hub.url}/openapi/v1/sources?serviceKey=${encodeURIComponent(key)}&type=json&numOfRows=1`, { origin: 'https://portal.example' });
  // No origins yet: server-to-server only, a browser's request is refused (and counted: the quota of 2 allows one more).
  expect((await rest()).status).toBe(403);
  const r = await gql(UPDATE, { id, input: { perDay: 2, allowedOrigins: ['https://portal.example/'], name: '새 이름' } }, admin);
  expect(r.errors).toBeUndefined();
  expect(r.data.updateApiKey).toMatchObject({ id, name: '새 이름', perDay: 2, allowedOrigins: ['https://portal.example'] });
  expect((await rest()).status).toBe(200);
  const next = await rest();
  expect(next.status).toBe(429);
  expect(next.headers.get('access-control-allow-origin')).toBe('https://portal.example');
});

test('bad values, unknown or revoked keys and non-admins are refused', async () => {
  const admin = { authorization: `Bearer ${await adminToken(hub.store)}` };
  const { id } = await createKey(hub.store);
  expect((await gql(UPDATE, { id, input: { perDay: 0 } }, admin)).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect((await gql(UPDATE, { id, input: { allowedOrigins: ['javascript:alert(1)'] } }, admin)).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect((await gql(UPDATE, { id: 'key_nope', input: { perDay: 5 } }, admin)).errors[0].extensions.code).toBe('NOT_FOUND');
  expect((await gql(UPDATE, { id, input: { perDay: 5 } }, {})).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  await gql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id }, admin);
  expect((await gql(UPDATE, { id, input: { perDay: 5 } }, admin)).errors[0].extensions.code).toBe('CONFLICT');
});
