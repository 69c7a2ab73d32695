import { authenticate } from '../common/auth/login';
import { createTestStore, type TestStore } from '../store/testing';
import { runUserCommand } from './user-command';

/** `npm run user -- …` in-process against a test database. */
let store: TestStore;
beforeAll(async () => {
  store = await createTestStore();
});
afterAll(async () => store?.close());

const LOGIN = { LOGIN_MAX_FAILURES: 5, LOGIN_LOCKOUT: 900 };

const run = async (args: string[], typed = '') => {
  const lines: string[] = [];
  const code = await runUserCommand(args, store, { print: (l) => lines.push(l), readPassword: async () => typed });
  return { code, lines };
};

test('add shows a generated password once; it signs in; list never shows it', async () => {
  const added = await run(['add', '--role', 'CENTER_STAFF', '--email', 'staff@example.kr', '--facility', 'f1', '--facility', 'f2']);
  expect(added.code).toBe(0);
  expect(added.lines[0]).toMatch(/^created acc_\S+ staff@example\.kr CENTER_STAFF facilities=f1,f2$/);
  const password = added.lines[2]!;
  expect(password.length).toBeGreaterThanOrEqual(20);
  expect((await authenticate(store, LOGIN, 'STAFF@example.kr', password)).facilities).toEqual(['f1', 'f2']);
  const listed = (await run(['list'])).lines.join('\n');
  expect(listed).toMatch(/staff@example\.kr\tCENTER_STAFF\tf1,f2\tpassword\tactive/);
  expect(listed).not.toContain(password);
  const { rows } = await store.query<{ password_hash: string }>(`select password_hash from access.account where email = 'staff@example.kr'`);
  expect(rows[0]!.password_hash).toMatch(/^scrypt\$/);
});

test('--password-stdin takes the password typed; passwd, disable, enable and unlock work by email', async () => {
  const typed = 'a typed password 123\n';
  const added = await run(['add', '--role', 'EDITOR', '--email', 'ed@example.kr', '--password-stdin'], typed);
  expect(added.lines).toHaveLength(1);
  await expect(authenticate(store, LOGIN, 'ed@example.kr', 'a typed password 123')).resolves.toMatchObject({ role: 'EDITOR' });
  expect((await run(['add', '--role', 'EDITOR', '--email', 'ED@example.kr', '--password-stdin'], typed)).code).toBe(2);
  expect((await run(['add', '--role', 'EDITOR', '--email', 'short@example.kr', '--password-stdin'], 'short')).lines[0]).toContain('12');

  const changed = await run(['passwd', '--email', 'ed@example.kr']);
  await expect(authenticate(store, LOGIN, 'ed@example.kr', changed.lines[2]!)).resolves.toBeTruthy();
  await expect(authenticate(store, LOGIN, 'ed@example.kr', 'a typed password 123')).rejects.toMatchObject({ hubCode: 'UNAUTHENTICATED' });

  expect((await run(['disable', '--email', 'ed@example.kr'])).code).toBe(0);
  await expect(authenticate(store, LOGIN, 'ed@example.kr', changed.lines[2]!)).rejects.toMatchObject({ hubCode: 'UNAUTHENTICATED' });
  expect((await run(['enable', '--email', 'ed@example.kr'])).code).toBe(0);

  for (let i = 0; i < 5; i++) await authenticate(store, LOGIN, 'ed@example.kr', 'wrong').catch(() => undefined);
  await expect(authenticate(store, LOGIN, 'ed@example.kr', changed.lines[2]!)).rejects.toMatchObject({ hubCode: 'ACCOUNT_LOCKED' });
  expect((await run(['unlock', '--email', 'ed@example.kr'])).code).toBe(0);
  await expect(authenticate(store, LOGIN, 'ed@example.kr', changed.lines[2]!)).resolves.toBeTruthy();
});

test('the last active ADMIN cannot be disabled; unknown accounts and commands answer non-zero', async () => {
  await run(['add', '--role', 'ADMIN', '--email', 'boss@example.kr']);
  expect((await run(['disable', '--email', 'boss@example.kr'])).code).toBe(1);
  expect((await run(['unlock', '--email', 'ghost@example.kr'])).code).toBe(1);
  expect((await run(['add', '--role', 'KING', '--email', 'k@example.kr'])).code).toBe(2);
  expect((await run(['frobnicate'])).lines[0]).toContain('npm run user');
});

test('webhook-secret prints this database’s generated secret, the same every time', async () => {
  const a = (await run(['webhook-secret'])).lines[0]!;
  expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect((await run(['webhook-secret'])).lines[0]).toBe(a);
  expect(a).not.toBe('dev-webhook-secret-change-me');
});
