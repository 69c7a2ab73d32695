import { authenticate } from '../../common/auth/login';
import { createTokenVerifier } from '../../common/auth';
import { loadConfig } from '../../common/config';
import { sessionBody } from '../../gateway/auth/session';
import { runUserCommand } from '../../scripts/user-command';
import { createTestStore, type TestStore } from '../../store/testing';

/** The welfare roles' organisation travels from the account (npm run user) through sign-in into the token. */
let store: TestStore;
beforeAll(async () => {
  store = await createTestStore();
});
afterAll(async () => store?.close());

test('a 동주민센터 account made with --org/--org-kind/--dong signs in to a token carrying its organisation', async () => {
  const lines: string[] = [];
  const code = await runUserCommand(
    ['add', '--role', 'COMMUNITY_CENTER', '--email', 'majang@sd.go.kr', '--org', 'dong-majang', '--org-kind', 'COMMUNITY_CENTER', '--dong', '마장동', '--password-stdin'],
    store,
    { print: (l) => lines.push(l), readPassword: async () => 'a-long-enough-password' },
  );
  expect(code).toBe(0);
  expect(lines[0]).toMatch(/COMMUNITY_CENTER org=dong-majang$/);
  const account = await authenticate(store, { LOGIN_MAX_FAILURES: 5, LOGIN_LOCKOUT: 900 }, 'majang@sd.go.kr', 'a-long-enough-password');
  expect(account.organisation).toEqual({ id: 'dong-majang', kind: 'COMMUNITY_CENTER', dong: '마장동' });
  const { accessToken } = await sessionBody(store, { ACCESS_TOKEN_TTL: 900, REFRESH_TOKEN_TTL: 3600 }, account);
  const principal = await createTokenVerifier(loadConfig({}), store).verifyToken(accessToken);
  expect(principal).toMatchObject({ role: 'COMMUNITY_CENTER', organisation: { id: 'dong-majang', kind: 'COMMUNITY_CENTER', dong: '마장동' } });
});

test('an organisation kind that does not exist is refused, and nothing is created', async () => {
  const lines: string[] = [];
  const code = await runUserCommand(['add', '--role', 'WELFARE_AGENCY', '--email', 'x@sd.go.kr', '--org', 'a', '--org-kind', 'CHURCH'], store, { print: (l) => lines.push(l), readPassword: async () => '' });
  expect(code).not.toBe(0);
  expect((await store.query(`select 1 from access.account where email = 'x@sd.go.kr'`)).rowCount).toBe(0);
});
