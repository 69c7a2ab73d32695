import type { Config } from '../config';
import type { Store } from '../../store';
import { accountByEmail, countActiveAdmins, insertAccount } from './accounts';
import { generatePassword } from './password';

export interface FirstAdmin {
  email: string;
  /** The generated password, to show once; null when ADMIN_PASSWORD set it. */
  password: string | null;
}

/**
 * First start: a database without an active ADMIN account gets one,
 * ADMIN_EMAIL with ADMIN_PASSWORD or a random password that the caller shows
 * once (the ready banner) and nobody stores in clear. Returns null when an
 * admin already exists. An advisory lock keeps two processes starting at once
 * from both creating it.
 */
export async function ensureFirstAdmin(store: Store, config: Pick<Config, 'ADMIN_EMAIL' | 'ADMIN_PASSWORD'>): Promise<FirstAdmin | null> {
  return store.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(7261123)');
    if ((await countActiveAdmins(tx)) > 0) return null;
    // An operator who disabled every admin, or made ADMIN_EMAIL something else, keeps that account as it is.
    if (await accountByEmail(tx, config.ADMIN_EMAIL)) return null;
    const password = config.ADMIN_PASSWORD ?? generatePassword();
    await insertAccount(tx, { email: config.ADMIN_EMAIL, role: 'ADMIN', password });
    return { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD ? null : password };
  });
}
