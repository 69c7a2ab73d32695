import { SignJWT } from 'jose';
import type { Queryable } from '../../store';
import type { Organisation, Role } from './roles';
import { HUB_ISSUER, SIGNING_ALG, activeSigningKey } from './signing-keys';

export interface SignOptions {
  sub: string;
  role: Role;
  facilities?: readonly string[];
  email?: string;
  /** The organisation of a welfare role (claim `org`). */
  organisation?: Organisation;
  /** Lifetime in seconds. */
  lifetimeSeconds: number;
}

/** An ES256 access token signed with this database's active key; `exp` and `iat` always set. */
export async function signAccessToken(db: Queryable, options: SignOptions): Promise<{ token: string; expiresAt: Date }> {
  const key = await activeSigningKey(db);
  const now = Math.floor(Date.now() / 1000);
  const exp = now + options.lifetimeSeconds;
  const token = await new SignJWT({
    role: options.role,
    ...(options.facilities?.length ? { facilities: [...options.facilities] } : {}),
    ...(options.email ? { email: options.email } : {}),
    ...(options.organisation ? { org: { ...options.organisation } } : {}),
  })
    .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: 'JWT' })
    .setIssuer(HUB_ISSUER)
    .setSubject(options.sub)
    .setIssuedAt(now)
    .setExpirationTime(exp)
    .sign(key.privateKey);
  return { token, expiresAt: new Date(exp * 1000) };
}
