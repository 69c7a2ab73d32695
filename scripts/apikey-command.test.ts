import { hashServiceKey } from '../common/access/service-key';
import { createTestStore, type TestStore } from '../store/testing';
import { runApiKeyCommand } from './apikey-command';

/** `npm run apikey -- …` in-process against a test database. */
let store: TestStore;
beforeAll(async () => {
  store = await createTestStore();
});
afterAll(async () => {
  await store?.close();
});

const run = async (...args: string[]) => {
  const lines: string[] = [];
  const code = await runApiKeyCommand(args, store, { perSecond: 30, perDay: 10_000 }, (l) => lines.push(l));
  return { code, lines };
};

test('create prints the key once and stores its hash; list shows it without the secret; revoke and usage work', async () => {
  const created = await run('create', '--name', '정부24', '--scopes', 'read,apply', '--per-day', '500', '--origin', 'https://www.gov.kr', '--issuer', 'https://idp.gov.kr', '--jwks', 'https://idp.gov.kr/jwks.json');
  expect(created.code).toBe(0);
  expect(created.lines[0]).toMatch(/^created key_[0-9a-f]{16} "정부24" scopes=read,apply perSecond=30 perDay=500$/);
  const secret = created.lines[2]!;
  expect(secret).toHaveLength(44);
  const id = /created (key_\w+)/.exec(created.lines[0]!)![1]!;
  const { rows } = await store.query<{ key_hash: string; allowed_origins: string[] }>('select key_hash, allowed_origins from access.api_key where id = $1', [id]);
  expect(rows).toEqual([{ key_hash: hashServiceKey(secret), allowed_origins: ['https://www.gov.kr'] }]);

  const listed = await run('list');
  expect(listed.lines.join('\n')).toContain(`${id}\t정부24\t${secret.slice(0, 6)}…\tread,apply\t30/s\t500/day\tactive`);
  expect(listed.lines.join('\n')).not.toContain(secret);
  expect((await run('revoke', id)).lines[0]).toMatch(new RegExp(`^revoked ${id}`));
  expect((await run('list')).lines.join('\n')).toMatch(/revoked \d{4}-/);
  expect((await run('usage')).code).toBe(0);
});

test('bad input and unknown commands answer with a message and a non-zero code', async () => {
  expect(await run('create', '--name', 'x', '--scopes', 'write')).toEqual({ code: 2, lines: [expect.stringContaining('scopes')] });
  expect((await run('create', '--name', 'x', '--scopes', 'apply')).lines[0]).toContain('trusted issuer');
  expect((await run('revoke', 'key_nope')).code).toBe(1);
  expect((await run('frobnicate')).lines[0]).toContain('usage');
});
