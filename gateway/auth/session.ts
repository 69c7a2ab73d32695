import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Account } from '../../common/auth/accounts';
import { signAccessToken } from '../../common/auth/sign';
import { issueRefreshToken, type IssuedRefresh } from '../../common/auth/sessions';
import type { Config } from '../../common/config';
import type { Store } from '../../store';
import { appendCookies, isHttps, serializeCookie } from './http';

export const REFRESH_COOKIE = 'dolbom_refresh';
export const CSRF_COOKIE = 'dolbom_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export type SessionConfig = Pick<Config, 'ACCESS_TOKEN_TTL' | 'REFRESH_TOKEN_TTL'>;

/** The principal as the /auth routes show it (the console's shape). */
export interface PrincipalBody {
  sub: string;
  email?: string;
  role: string;
  facilities: string[];
}

export interface SessionBody {
  accessToken: string;
  expiresAt: string;
  principal: PrincipalBody;
}

export function principalBody(account: Account): PrincipalBody {
  return { sub: account.id, email: account.email, role: account.role, facilities: account.role === 'CENTER_STAFF' ? account.facilities : [] };
}

/** An access token for the account, and the body /auth/login and /auth/refresh answer with. */
export async function sessionBody(store: Store, config: SessionConfig, account: Account): Promise<SessionBody> {
  const principal = principalBody(account);
  const { token, expiresAt } = await signAccessToken(store, {
    sub: principal.sub,
    role: account.role,
    facilities: principal.facilities,
    email: account.email,
    ...(account.organisation ? { organisation: account.organisation } : {}),
    lifetimeSeconds: config.ACCESS_TOKEN_TTL,
  });
  return { accessToken: token, expiresAt: expiresAt.toISOString(), principal };
}

/**
 * The session cookies: the refresh token httpOnly on Path=/auth (scripts
 * cannot read it; only the /auth routes receive it), and the CSRF value
 * readable by the console's script, which echoes it in x-csrf-token (double
 * submit: another site can make the browser send the cookie, not read it).
 */
export function sessionCookies(req: IncomingMessage, refresh: IssuedRefresh, ttlSeconds: number): string[] {
  const secure = isHttps(req);
  const csrf = randomBytes(24).toString('base64url');
  return [
    serializeCookie(REFRESH_COOKIE, refresh.token, { httpOnly: true, path: '/auth', secure, maxAge: ttlSeconds }),
    serializeCookie(CSRF_COOKIE, csrf, { httpOnly: false, path: '/', secure, maxAge: ttlSeconds }),
  ];
}

export function clearedCookies(req: IncomingMessage): string[] {
  const secure = isHttps(req);
  return [
    serializeCookie(REFRESH_COOKIE, '', { httpOnly: true, path: '/auth', secure, maxAge: 0 }),
    serializeCookie(CSRF_COOKIE, '', { httpOnly: false, path: '/', secure, maxAge: 0 }),
  ];
}

/** Signs the account in: a new refresh-token family, the cookies, and the access token. */
export async function startSession(req: IncomingMessage, res: ServerResponse, store: Store, config: SessionConfig, account: Account): Promise<SessionBody> {
  const body = await sessionBody(store, config, account);
  const refresh = await issueRefreshToken(store, account.id, config.REFRESH_TOKEN_TTL);
  appendCookies(res, sessionCookies(req, refresh, config.REFRESH_TOKEN_TTL));
  return body;
}
