import { createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../config';
import { HubError } from '../errors';
import type { Queryable } from '../../store';
import { isRole, organisationOf, type Principal } from './roles';
import { HUB_ISSUER, SIGNING_ALG, publicJwks } from './signing-keys';

export type AuthConfig = Pick<Config, 'JWT_JWKS_URL' | 'JWT_ISSUER' | 'JWT_AUDIENCE' | 'ACCESS_TOKEN_MAX_LIFETIME'>;

export interface TokenVerifier {
  /** The principal of an `Authorization: Bearer …` header; null without one; UNAUTHENTICATED when invalid. */
  verify(authorization: string | undefined): Promise<Principal | null>;
  /** The principal of a bare token (no `Bearer `). */
  verifyToken(token: string): Promise<Principal>;
}

/** Algorithms an external identity provider may sign with. Symmetric ones never: a shared secret proves nothing about who signed. */
const EXTERNAL_ALGS = ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'];

/** Least time between two reloads of the hub's own keys caused by an unknown `kid`. */
const RELOAD_MS = 10_000;

const invalid = () => new HubError('UNAUTHENTICATED', { ko: '토큰이 유효하지 않거나 만료되었습니다.', en: 'The token is invalid or expired.' });

/**
 * Verifies bearer JWTs: ES256 ones against the hub's own public keys (in the
 * database, access.signing_key), and, when JWT_JWKS_URL is set, those of an
 * external identity provider. Every token must carry `exp`, and its lifetime
 * (exp − iat, or exp − now without iat) must not exceed
 * ACCESS_TOKEN_MAX_LIFETIME: a stolen token is worth hours, not years.
 * HS256 and `none` are refused whatever the key.
 */
export function createTokenVerifier(config: AuthConfig, db: Queryable): TokenVerifier {
  const external: JWTVerifyGetKey | null = config.JWT_JWKS_URL ? createRemoteJWKSet(new URL(config.JWT_JWKS_URL), { timeoutDuration: 5000 }) : null;
  let own: { kids: Set<string>; keySet: JWTVerifyGetKey; loadedAt: number } | null = null;
  let loading: Promise<void> | null = null;
  const load = () =>
    (loading ??= publicJwks(db)
      .then((jwks) => {
        own = { kids: new Set(jwks.keys.map((k) => k.kid!)), keySet: createLocalJWKSet(jwks), loadedAt: Date.now() };
      })
      .finally(() => {
        loading = null;
      }));
  // The key of a `kid`; a kid this process has not seen reloads the keys (another process may have made one), at most every RELOAD_MS.
  const ownKeys = async (kid: string | undefined) => {
    if (!own || (kid && !own.kids.has(kid) && Date.now() - own.loadedAt > RELOAD_MS)) await load();
    return kid && own!.kids.has(kid) ? own!.keySet : null;
  };

  const verifyToken = async (token: string): Promise<Principal> => {
    let header: ReturnType<typeof decodeProtectedHeader>;
    try {
      header = decodeProtectedHeader(token);
    } catch {
      throw invalid();
    }
    if (!header.alg || header.alg === 'none' || header.alg.startsWith('HS')) throw invalid();
    const mine = header.alg === SIGNING_ALG ? await ownKeys(header.kid) : null;
    let payload: JWTPayload;
    try {
      if (mine) {
        payload = (await jwtVerify(token, mine, { algorithms: [SIGNING_ALG], issuer: HUB_ISSUER, requiredClaims: ['exp'] })).payload;
      } else if (external) {
        payload = (await jwtVerify(token, external, { algorithms: EXTERNAL_ALGS, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, requiredClaims: ['exp'] })).payload;
      } else {
        throw invalid();
      }
    } catch {
      // jose's message may quote claims; say only that the token is not valid.
      throw invalid();
    }
    const now = Math.floor(Date.now() / 1000);
    const lifetime = payload.exp! - (typeof payload.iat === 'number' ? payload.iat : now);
    if (lifetime > config.ACCESS_TOKEN_MAX_LIFETIME) {
      throw new HubError('UNAUTHENTICATED', { ko: '토큰의 유효기간이 허용된 최대치보다 깁니다.', en: 'The token’s lifetime exceeds the allowed maximum.' });
    }
    return principalOf(payload);
  };

  return {
    verifyToken,
    async verify(authorization) {
      if (!authorization) return null;
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!match) throw new HubError('UNAUTHENTICATED', { ko: 'Bearer 토큰 형식이 아닙니다.', en: 'Expected a Bearer token.' });
      return verifyToken(match[1]!);
    },
  };
}

/** Maps verified claims to a principal: `sub`, `role`, `email`, and `facilities` (string[]) for CENTER_STAFF. */
export function principalOf(payload: JWTPayload): Principal {
  const role = payload.role;
  if (!payload.sub || !isRole(role)) {
    throw new HubError('UNAUTHENTICATED', { ko: '토큰에 sub 또는 role이 없습니다.', en: 'The token has no valid sub or role.' });
  }
  const facilities = Array.isArray(payload.facilities) ? payload.facilities.filter((f): f is string => typeof f === 'string') : [];
  const organisation = organisationOf(payload.org);
  return {
    sub: payload.sub,
    role,
    facilityIds: role === 'CENTER_STAFF' ? facilities : [],
    ...(typeof payload.email === 'string' ? { email: payload.email } : {}),
    ...(organisation ? { organisation } : {}),
  };
}
