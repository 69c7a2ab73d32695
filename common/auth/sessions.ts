import { createHash, randomBytes } from 'node:crypto';
import type { Queryable, Store } from '../../store';

/**
 * Refresh tokens of browser sessions (access.refresh_token): 256-bit random
 * values held only in an httpOnly cookie; the table keeps their SHA-256
 * (they are random, so a fast hash is enough, as for API keys). Each refresh
 * rotates the token. Presenting a rotated token again means someone kept a
 * copy: the whole family (every token since that sign-in) is revoked.
 */
const hash = (token: string) => createHash('sha256').update(token).digest('base64url');

export interface IssuedRefresh {
  token: string;
  expiresAt: Date;
}

export async function issueRefreshToken(db: Queryable, accountId: string, ttlSeconds: number, familyId = randomBytes(12).toString('base64url')): Promise<IssuedRefresh> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  await db.query(`insert into access.refresh_token (account_id, token_hash, family_id, expires_at) values ($1, $2, $3, $4)`, [accountId, hash(token), familyId, expiresAt]);
  return { token, expiresAt };
}

export type RotateOutcome = { ok: true; accountId: string; next: IssuedRefresh } | { ok: false; reason: 'UNKNOWN' | 'EXPIRED' | 'REVOKED' | 'REUSED' };

/** Exchanges a refresh token for a new one of the same family, in one transaction (two refreshes racing: one wins, the other is a reuse). */
export function rotateRefreshToken(store: Store, token: string, ttlSeconds: number): Promise<RotateOutcome> {
  return store.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string; account_id: string; family_id: string; expires_at: Date | string; rotated_at: unknown; revoked_at: unknown }>(
      `select id, account_id, family_id, expires_at, rotated_at, revoked_at from access.refresh_token where token_hash = $1 for update`,
      [hash(token)],
    );
    const row = rows[0];
    if (!row) return { ok: false, reason: 'UNKNOWN' } as const;
    if (row.revoked_at) return { ok: false, reason: 'REVOKED' } as const;
    if (row.rotated_at) {
      await tx.query(`update access.refresh_token set revoked_at = now() where family_id = $1 and revoked_at is null`, [row.family_id]);
      return { ok: false, reason: 'REUSED' } as const;
    }
    if (new Date(row.expires_at).getTime() <= Date.now()) return { ok: false, reason: 'EXPIRED' } as const;
    await tx.query(`update access.refresh_token set rotated_at = now() where id = $1`, [row.id]);
    const next = await issueRefreshToken(tx, row.account_id, ttlSeconds, row.family_id);
    return { ok: true, accountId: row.account_id, next } as const;
  });
}

/** Signs out: revokes the token's whole family. */
export async function revokeRefreshToken(db: Queryable, token: string): Promise<void> {
  await db.query(
    `update access.refresh_token set revoked_at = now()
      where revoked_at is null and family_id = (select family_id from access.refresh_token where token_hash = $1)`,
    [hash(token)],
  );
}
