import { loadConfig } from '../common/config';
import { createLogger } from '../common/logger';
import { upsertRecords } from '../store/catalog/upsert-records';
import { createTestStore, type TestStore } from '../store/testing';
import type { Store } from '../store';
import { startHub, type HubHandle } from './app';
import { FIXTURES } from './testing/fixtures';

let store: TestStore;
let hub: HubHandle;

beforeAll(async () => {
  store = await createTestStore();
  await upsertRecords(store, FIXTURES);
  // A real database whose count query fails the way a broken migration would,
  // with SQL and a table name in the message: none of it may reach a caller.
  const failing: Store = {
    ...store,
    query: (sql, params) =>
      sql.includes('count(*)') ? Promise.reject(new Error('relation "catalog.secret_table" does not exist: select count(*) from …')) : store.query(sql, params),
  };
  hub = await startHub(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOAD_SEED: 'false', CRAWL_ON_START: 'false' }), { logger: createLogger('silent'), store: failing });
  await hub.ready;
});

afterAll(async () => {
  await hub.close();
  await store.close();
});

it('masks an unexpected failure as INTERNAL_SERVER_ERROR with no SQL, and keeps other fields working', async () => {
  const res = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ facilities { totalCount } policy(id: "x") { id } }` }),
  });
  const body = (await res.json()) as { data: unknown; errors: any[] };
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0].message).toBe('예기치 않은 오류입니다. / Unexpected error.');
  expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', messageKo: '예기치 않은 오류입니다.', messageEn: 'Unexpected error.' });
  expect(JSON.stringify(body)).not.toMatch(/secret_table|select|stack/i);
});
