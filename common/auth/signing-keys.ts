import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';
import type { Queryable } from '../../store';

/**
 * The ES256 key pairs the hub signs its access tokens with, kept in
 * `access.signing_key`: generated the first time anything needs one (first
 * start, first `npm run token`), so every database has its own and no key
 * ships with the code. The private key never leaves this module except to sign.
 */
export const SIGNING_ALG = 'ES256';

/** The issuer (`iss`) of the hub's own tokens. */
export const HUB_ISSUER = 'urn:dolbom-hub';

export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
}

/** The active signing key, created when the database has none. */
export async function activeSigningKey(db: Queryable): Promise<SigningKey> {
  let row = await selectActive(db);
  if (!row) {
    const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
    const publicJwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(publicJwk);
    const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: SIGNING_ALG };
    // Two processes starting at once: the unique index on the active key lets one insert win; both then read it.
    await db.query(
      `insert into access.signing_key (kid, alg, public_jwk, private_jwk) values ($1, $2, $3, $4) on conflict do nothing`,
      [kid, SIGNING_ALG, JSON.stringify({ ...publicJwk, kid, alg: SIGNING_ALG, use: 'sig' }), JSON.stringify(privateJwk)],
    );
    row = await selectActive(db);
    if (!row) throw new Error('signing key could not be created');
  }
  return { kid: row.kid, privateKey: (await importJWK(row.private_jwk, SIGNING_ALG)) as KeyLike };
}

async function selectActive(db: Queryable): Promise<{ kid: string; private_jwk: JWK } | null> {
  const { rows } = await db.query<{ kid: string; private_jwk: JWK | string }>(`select kid, private_jwk from access.signing_key where retired_at is null`);
  const row = rows[0];
  if (!row) return null;
  return { kid: row.kid, private_jwk: typeof row.private_jwk === 'string' ? (JSON.parse(row.private_jwk) as JWK) : row.private_jwk };
}

/** The public keys to verify with and to publish at /.well-known/jwks.json: `kty`, `crv`, `x`, `y`, `kid`, `alg`, `use` — never `d`. */
export async function publicJwks(db: Queryable): Promise<{ keys: JWK[] }> {
  await activeSigningKey(db);
  const { rows } = await db.query<{ public_jwk: JWK | string }>(`select public_jwk from access.signing_key order by created_at desc`);
  const keys = rows.map((r) => {
    const jwk = typeof r.public_jwk === 'string' ? (JSON.parse(r.public_jwk) as JWK) : r.public_jwk;
    const { kty, crv, x, y, kid, alg, use } = jwk;
    return { kty, crv, x, y, kid, alg, use };
  });
  return { keys };
}
