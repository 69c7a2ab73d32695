import { randomBytes } from 'node:crypto';
import type { Queryable } from '../../store';
import { badInput } from '../errors';
import { hashPassword } from './password';
import { isRole, organisationOf, type Organisation, type Role } from './roles';

/** The hub's own user accounts (access.account). SQL of the accounts lives here; login rules in login.ts. */
export interface Account {
  id: string;
  email: string;
  role: Role;
  facilities: string[];
  /** The organisation of a welfare role (issue 19). */
  organisation: Organisation | null;
  passwordHash: string | null;
  oidcSubject: string | null;
  failedAttempts: number;
  lockedUntil: Date | null;
  disabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

interface AccountRow {
  id: string;
  email: string;
  role: string;
  facilities: string[];
  organisation: unknown;
  password_hash: string | null;
  oidc_subject: string | null;
  failed_attempts: number;
  locked_until: Date | string | null;
  disabled: boolean;
  created_at: Date | string;
  updated_at: Date | string;
}

const date = (v: Date | string) => (v instanceof Date ? v : new Date(v));

function toAccount(row: AccountRow): Account {
  if (!isRole(row.role)) throw new Error(`account ${row.id} has an unknown role`);
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    facilities: row.facilities ?? [],
    organisation: organisationOf(typeof row.organisation === 'string' ? JSON.parse(row.organisation) : row.organisation),
    passwordHash: row.password_hash,
    oidcSubject: row.oidc_subject,
    failedAttempts: row.failed_attempts,
    lockedUntil: row.locked_until === null ? null : date(row.locked_until),
    disabled: row.disabled,
    createdAt: date(row.created_at),
    updatedAt: date(row.updated_at),
  };
}

const EMAIL = /^[^@\s]{1,64}@[^@\s]{1,255}$/;

export function normaliseEmail(email: string): string {
  const value = email.trim().normalize('NFC');
  if (!EMAIL.test(value)) throw badInput('email', '이메일 주소가 올바르지 않습니다.', 'The email address is not valid.');
  return value;
}

/** Shortest password an account may be given. */
export const MIN_PASSWORD_LENGTH = 12;

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw badInput('password', `비밀번호는 ${MIN_PASSWORD_LENGTH}자 이상이어야 합니다.`, `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  if (password.length > 1024) throw badInput('password', '비밀번호가 너무 깁니다.', 'The password is too long.');
}

export interface NewAccount {
  email: string;
  role: Role;
  /** null = no local password (an account that signs in only through OIDC). */
  password: string | null;
  facilities?: readonly string[];
  organisation?: Organisation;
  oidcSubject?: string;
}

export async function insertAccount(db: Queryable, input: NewAccount): Promise<Account> {
  const email = normaliseEmail(input.email);
  if (input.password !== null) checkPassword(input.password);
  const hash = input.password === null ? null : await hashPassword(input.password);
  const id = `acc_${randomBytes(12).toString('base64url')}`;
  const { rows } = await db.query<AccountRow>(
    `insert into access.account (id, email, role, facilities, password_hash, oidc_subject, organisation)
     values ($1, $2, $3, $4, $5, $6, $7::jsonb)
     on conflict do nothing
     returning *`,
    [id, email, input.role, [...(input.facilities ?? [])], hash, input.oidcSubject ?? null, input.organisation ? JSON.stringify(input.organisation) : null],
  );
  if (!rows[0]) throw badInput('email', '이미 같은 이메일의 계정이 있습니다.', 'An account with this email already exists.');
  return toAccount(rows[0]);
}

export async function accountByEmail(db: Queryable, email: string): Promise<Account | null> {
  const { rows } = await db.query<AccountRow>(`select * from access.account where lower(email) = lower($1)`, [email.trim().normalize('NFC')]);
  return rows[0] ? toAccount(rows[0]) : null;
}

export async function accountById(db: Queryable, id: string): Promise<Account | null> {
  const { rows } = await db.query<AccountRow>(`select * from access.account where id = $1`, [id]);
  return rows[0] ? toAccount(rows[0]) : null;
}

export async function accountByOidcSubject(db: Queryable, subject: string): Promise<Account | null> {
  const { rows } = await db.query<AccountRow>(`select * from access.account where oidc_subject = $1`, [subject]);
  return rows[0] ? toAccount(rows[0]) : null;
}

export async function listAccounts(db: Queryable): Promise<Account[]> {
  const { rows } = await db.query<AccountRow>(`select * from access.account order by created_at, id`);
  return rows.map(toAccount);
}

export async function countActiveAdmins(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number | string }>(`select count(*) as n from access.account where role = 'ADMIN' and not disabled`);
  return Number(rows[0]!.n);
}

/** One failed sign-in: counts it, and locks the account for `lockSeconds` when it reaches `maxFailures`. Returns the lock's end, if locked. */
export async function recordFailure(db: Queryable, id: string, maxFailures: number, lockSeconds: number): Promise<Date | null> {
  const { rows } = await db.query<{ locked_until: Date | string | null }>(
    // A lock that has run out starts the count again from this failure.
    `with n as (
       select id, case when locked_until is not null and locked_until <= now() then 1 else failed_attempts + 1 end as attempts
         from access.account where id = $1
     )
     update access.account a
        set failed_attempts = n.attempts,
            locked_until = case when n.attempts >= $2 then now() + make_interval(secs => $3) else null end,
            updated_at = now()
       from n
      where a.id = n.id
      returning a.locked_until`,
    [id, maxFailures, lockSeconds],
  );
  const until = rows[0]?.locked_until;
  return until ? date(until) : null;
}

export async function recordSuccess(db: Queryable, id: string): Promise<void> {
  await db.query(`update access.account set failed_attempts = 0, locked_until = null, updated_at = now() where id = $1 and (failed_attempts > 0 or locked_until is not null)`, [id]);
}

export async function setPassword(db: Queryable, id: string, password: string): Promise<void> {
  checkPassword(password);
  await db.query(`update access.account set password_hash = $2, failed_attempts = 0, locked_until = null, updated_at = now() where id = $1`, [id, await hashPassword(password)]);
}

export async function setDisabled(db: Queryable, id: string, disabled: boolean): Promise<void> {
  await db.query(`update access.account set disabled = $2, updated_at = now() where id = $1`, [id, disabled]);
  // A disabled account's browser sessions end now; its access tokens within ACCESS_TOKEN_TTL.
  if (disabled) await db.query(`update access.refresh_token set revoked_at = now() where account_id = $1 and revoked_at is null`, [id]);
}

export async function unlock(db: Queryable, id: string): Promise<void> {
  await db.query(`update access.account set failed_attempts = 0, locked_until = null, updated_at = now() where id = $1`, [id]);
}

/** Role, facilities and organisation from the identity provider, at each OIDC sign-in of a provisioned account. */
export async function updateFromProvider(db: Queryable, id: string, role: Role, facilities: readonly string[], organisation: Organisation | null = null): Promise<void> {
  await db.query(`update access.account set role = $2, facilities = $3, organisation = $4::jsonb, updated_at = now() where id = $1`, [
    id, role, [...facilities], organisation ? JSON.stringify(organisation) : null,
  ]);
}
