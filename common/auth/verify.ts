import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../config';
import { HubError } from '../errors';
import { isRole, type Principal } from './roles';

/**
 * The development secret, used only when JWT_SECRET is unset and NODE_ENV is
 * not `production`. Anyone can read it here: tokens signed with it prove nothing.
 */
export const DEV_JWT_SECRET = 'dolbom-hub-DEVELOPMENT-ONLY-secret-do-not-use-in-production';

export type AuthConfig = Pick<Config, 'NODE_ENV' | 'JWT_SECRET' | 'JWT_JWKS_URL' | 'JWT_ISSUER' | 'JWT_AUDIENCE'>;

/** The HS256 secret in force; throws in production when none is configured. */
export function hs256Secret(config: AuthConfig): Uint8Array {
  if (config.JWT_SECRET) return new TextEncoder().encode(config.JWT_SECRET);
  if (config.NODE_ENV === 'production') {
    throw new Error('JWT_SECRET 또는 JWT_JWKS_URL이 필요합니다 / production needs JWT_SECRET or JWT_JWKS_URL');
  }
  return new TextEncoder().encode(DEV_JWT_SECRET);
}

export interface TokenVerifier {
  /** The principal of an `Authorization: Bearer …` header; null without one; UNAUTHENTICATED when invalid. */
  verify(authorization: string | undefined): Promise<Principal | null>;
}

/** Verifies bearer JWTs with jose: against the JWKS URL when configured, else HS256 with the secret. */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const jwks: JWTVerifyGetKey | null = config.JWT_JWKS_URL ? createRemoteJWKSet(new URL(config.JWT_JWKS_URL)) : null;
  const secret = jwks ? null : hs256Secret(config);
  const options = {
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    algorithms: jwks ? ['RS256', 'ES256', 'EdDSA'] : ['HS256'],
  };
  return {
    async verify(authorization) {
      if (!authorization) return null;
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!match) throw new HubError('UNAUTHENTICATED', { ko: 'Bearer 토큰 형식이 아닙니다.', en: 'Expected a Bearer token.' });
      let payload: JWTPayload;
      try {
        payload = jwks ? (await jwtVerify(match[1]!, jwks, options)).payload : (await jwtVerify(match[1]!, secret!, options)).payload;
      } catch {
        // jose's message may quote claims; say only that the token is not valid.
        throw new HubError('UNAUTHENTICATED', { ko: '토큰이 유효하지 않거나 만료되었습니다.', en: 'The token is invalid or expired.' });
      }
      return principalOf(payload);
    },
  };
}

/** Maps verified claims to a principal: `sub`, `role`, and `facilities` (string[]) for CENTER_STAFF. */
export function principalOf(payload: JWTPayload): Principal {
  const role = payload.role;
  if (!payload.sub || !isRole(role)) {
    throw new HubError('UNAUTHENTICATED', { ko: '토큰에 sub 또는 role이 없습니다.', en: 'The token has no valid sub or role.' });
  }
  const facilities = Array.isArray(payload.facilities) ? payload.facilities.filter((f): f is string => typeof f === 'string') : [];
  return { sub: payload.sub, role, facilityIds: role === 'CENTER_STAFF' ? facilities : [] };
}

export interface SignOptions {
  sub: string;
  role: Principal['role'];
  facilities?: string[];
  /** jose duration, e.g. `8h`. */
  expiresIn?: string;
}

/** Signs an HS256 token (local use, tests, `npm run token`). */
export async function signToken(config: AuthConfig, options: SignOptions): Promise<string> {
  const jwt = new SignJWT({ role: options.role, ...(options.facilities?.length ? { facilities: options.facilities } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.sub)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h');
  if (config.JWT_ISSUER) jwt.setIssuer(config.JWT_ISSUER);
  if (config.JWT_AUDIENCE) jwt.setAudience(config.JWT_AUDIENCE);
  return jwt.sign(hs256Secret(config));
}
