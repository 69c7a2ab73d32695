import type { Store } from '../../store';
import { duration } from '../config';
import { insertAccount } from './accounts';
import type { Organisation, Role } from './roles';
import { signAccessToken } from './sign';

/**
 * Test helpers: accounts and tokens of a test's own database. Tokens are
 * signed with that database's keys, as sign-in would, so a hub or subgraph
 * on the same store accepts them and no other does.
 */
export async function createAccount(store: Store, input: { email: string; role: Role; password: string; facilities?: string[] }): Promise<{ id: string }> {
  const account = await insertAccount(store, { email: input.email, role: input.role, password: input.password, facilities: input.facilities });
  return { id: account.id };
}

/** A bearer token (without `Bearer `) for this principal; `expiresIn` like `15m` or `1h` (default 1h). */
export async function tokenFor(store: Store, input: { sub: string; role: Role; facilities?: string[]; email?: string; organisation?: Organisation; expiresIn?: string }): Promise<string> {
  const lifetimeSeconds = duration.parse(input.expiresIn ?? '1h');
  return (await signAccessToken(store, { sub: input.sub, role: input.role, facilities: input.facilities, email: input.email, organisation: input.organisation, lifetimeSeconds })).token;
}

/** `{ authorization: 'Bearer …' }` for this principal. */
export async function bearerHeader(store: Store, input: Parameters<typeof tokenFor>[1]): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenFor(store, input)}` };
}
