import type { Config } from '../config';
import { HubError } from '../errors';
import type { Queryable } from '../../store';
import { accountByEmail, recordFailure, recordSuccess, type Account } from './accounts';
import { dummyHash, verifyPassword } from './password';

export type LoginConfig = Pick<Config, 'LOGIN_MAX_FAILURES' | 'LOGIN_LOCKOUT'>;

const wrong = () => new HubError('UNAUTHENTICATED', { ko: '이메일 또는 비밀번호가 올바르지 않습니다.', en: 'The email or password is wrong.' });

export function lockedError(until: Date): HubError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return new HubError(
    'ACCOUNT_LOCKED',
    { ko: `로그인 실패가 반복되어 계정이 잠겼습니다. 약 ${minutes}분 뒤에 다시 시도하세요.`, en: `Too many failed sign-ins: the account is locked for about ${minutes} more minute(s).` },
    { retryAfterSeconds: Math.ceil((until.getTime() - Date.now()) / 1000) },
  );
}

/**
 * Checks an email and password. Unknown email, disabled account and wrong
 * password all answer the same UNAUTHENTICATED (and take the same scrypt
 * time), so the answer does not tell who has an account. After
 * LOGIN_MAX_FAILURES wrong passwords in a row the account is locked for
 * LOGIN_LOCKOUT, and a locked account refuses even the right password.
 */
export async function authenticate(db: Queryable, config: LoginConfig, email: string, password: string): Promise<Account> {
  const account = await accountByEmail(db, email);
  if (!account || !account.passwordHash || account.disabled) {
    await verifyPassword(password, await dummyHash());
    throw wrong();
  }
  if (account.lockedUntil && account.lockedUntil.getTime() > Date.now()) throw lockedError(account.lockedUntil);
  if (!(await verifyPassword(password, account.passwordHash))) {
    // A lock that ran out starts the count again.
    const until = await recordFailure(db, account.id, config.LOGIN_MAX_FAILURES, config.LOGIN_LOCKOUT);
    if (until && until.getTime() > Date.now()) throw lockedError(until);
    throw wrong();
  }
  await recordSuccess(db, account.id);
  return account;
}
