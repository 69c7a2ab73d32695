import { randomBytes } from 'node:crypto';
import type { Config } from '../config';
import type { Queryable } from '../../store';

/**
 * Secrets the hub makes for itself (access.hub_secret), so no database runs
 * on a default printed in the source: the first caller generates 256 random
 * bits; every process on the same database then reads the same value.
 */
export async function hubSecret(db: Queryable, name: string): Promise<string> {
  await db.query(`insert into access.hub_secret (name, value) values ($1, $2) on conflict (name) do nothing`, [name, randomBytes(32).toString('base64url')]);
  const { rows } = await db.query<{ value: string }>(`select value from access.hub_secret where name = $1`, [name]);
  return rows[0]!.value;
}

/** The HMAC secret of webhook deliveries: WEBHOOK_SECRET, else this database's own (`npm run user -- webhook-secret` prints it). */
export function webhookSecret(db: Queryable, config: Pick<Config, 'WEBHOOK_SECRET'>): Promise<string> {
  return config.WEBHOOK_SECRET ? Promise.resolve(config.WEBHOOK_SECRET) : hubSecret(db, 'webhook');
}
