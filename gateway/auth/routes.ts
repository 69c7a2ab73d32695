import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { accountById } from '../../common/auth/accounts';
import { authenticate } from '../../common/auth/login';
import { rotateRefreshToken, revokeRefreshToken } from '../../common/auth/sessions';
import { publicJwks } from '../../common/auth/signing-keys';
import { createTokenVerifier } from '../../common/auth/verify';
import type { Config } from '../../common/config';
import { HubError } from '../../common/errors';
import { sendJson, type RouteHandler } from '../../common/http-server';
import type { Logger } from '../../common/logger';
import type { Store } from '../../store';
import { parseCookies, readJsonBody, sendAuthError } from './http';
import type { OidcSignIn } from './oidc';
import { clearedCookies, CSRF_COOKIE, CSRF_HEADER, REFRESH_COOKIE, sessionBody, sessionCookies, startSession } from './session';

export const AUTH_PREFIX = '/auth/';
export const JWKS_PATH = '/.well-known/jwks.json';

export interface AuthRoutesOptions {
  config: Config;
  store: Store;
  logger: Logger;
  /** OIDC sign-in, when configured (gateway/auth/oidc.ts). */
  oidc?: OidcSignIn | null;
}

const LoginBody = z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(1024) });

const sameValue = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The double-submit check: the x-csrf-token header equals the dolbom_csrf cookie. */
function csrfOk(req: IncomingMessage, cookies: Record<string, string>): boolean {
  const header = req.headers[CSRF_HEADER];
  const cookie = cookies[CSRF_COOKIE];
  return typeof header === 'string' && header.length > 0 && typeof cookie === 'string' && sameValue(header, cookie);
}

const csrfRefused = () => new HubError('FORBIDDEN', { ko: 'CSRF 토큰이 없거나 일치하지 않습니다.', en: 'The CSRF token is missing or does not match.' }, { reason: 'CSRF' });
const sessionEnded = () => new HubError('UNAUTHENTICATED', { ko: '로그인 세션이 없거나 만료되었습니다. 다시 로그인하세요.', en: 'No valid session: please sign in again.' });

/**
 * Sign-in over HTTP (issue 17): POST /auth/login, /auth/refresh and
 * /auth/logout, GET /auth/session and /auth/providers, the OIDC redirect
 * pair, and the hub's public keys at /.well-known/jwks.json. Answers are
 * never cached; emails and passwords are never logged (accounts are logged
 * by id).
 */
export function createAuthRoutes(options: AuthRoutesOptions): { routes: Record<string, RouteHandler>; prefixRoutes: Record<string, RouteHandler> } {
  const { config, store, logger } = options;
  const verifier = createTokenVerifier(config, store);

  const login = async (req: IncomingMessage, res: ServerResponse) => {
    const parsed = LoginBody.safeParse(await readJsonBody(req));
    if (!parsed.success) throw new HubError('BAD_USER_INPUT', { ko: '이메일과 비밀번호를 입력하세요.', en: 'Give an email and a password.' });
    let account;
    try {
      account = await authenticate(store, config, parsed.data.email, parsed.data.password);
    } catch (error) {
      if (error instanceof HubError && error.hubCode === 'ACCOUNT_LOCKED') logger.warn('sign-in refused: account locked');
      throw error;
    }
    const body = await startSession(req, res, store, config, account);
    logger.info({ account: account.id, role: account.role }, 'signed in');
    sendJson(res, 200, body);
  };

  const refresh = async (req: IncomingMessage, res: ServerResponse) => {
    const cookies = parseCookies(req);
    if (!csrfOk(req, cookies)) throw csrfRefused();
    const token = cookies[REFRESH_COOKIE];
    if (!token) throw sessionEnded();
    const outcome = await rotateRefreshToken(store, token, config.REFRESH_TOKEN_TTL);
    if (!outcome.ok) {
      if (outcome.reason === 'REUSED') logger.warn('a rotated refresh token was presented again: its session is revoked');
      res.setHeader('set-cookie', clearedCookies(req));
      throw sessionEnded();
    }
    const account = await accountById(store, outcome.accountId);
    if (!account || account.disabled) {
      await revokeRefreshToken(store, outcome.next.token);
      res.setHeader('set-cookie', clearedCookies(req));
      throw sessionEnded();
    }
    const body = await sessionBody(store, config, account);
    res.setHeader('set-cookie', sessionCookies(req, outcome.next, config.REFRESH_TOKEN_TTL));
    sendJson(res, 200, body);
  };

  const logout = async (req: IncomingMessage, res: ServerResponse) => {
    const cookies = parseCookies(req);
    const token = cookies[REFRESH_COOKIE];
    if (token) {
      if (!csrfOk(req, cookies)) throw csrfRefused();
      await revokeRefreshToken(store, token);
    }
    res.writeHead(204, { 'set-cookie': clearedCookies(req), 'cache-control': 'no-store' });
    res.end();
  };

  const session = async (req: IncomingMessage, res: ServerResponse) => {
    const principal = await verifier.verify(req.headers.authorization);
    if (!principal) throw new HubError('UNAUTHENTICATED');
    sendJson(res, 200, { principal: { sub: principal.sub, ...(principal.email ? { email: principal.email } : {}), role: principal.role, facilities: principal.facilityIds } });
  };

  const providers = async (_req: IncomingMessage, res: ServerResponse) => {
    sendJson(res, 200, { local: true, oidc: options.oidc ? { name: options.oidc.name } : null });
  };

  const handlers: Record<string, { method: 'GET' | 'POST'; run: (req: IncomingMessage, res: ServerResponse) => Promise<void> }> = {
    '/auth/login': { method: 'POST', run: login },
    '/auth/refresh': { method: 'POST', run: refresh },
    '/auth/logout': { method: 'POST', run: logout },
    '/auth/session': { method: 'GET', run: session },
    '/auth/providers': { method: 'GET', run: providers },
    ...(options.oidc
      ? {
          '/auth/oidc/start': { method: 'GET' as const, run: (req: IncomingMessage, res: ServerResponse) => options.oidc!.start(req, res) },
          '/auth/oidc/callback': {
            method: 'GET' as const,
            run: async (req: IncomingMessage, res: ServerResponse) => {
              const account = await options.oidc!.callback(req, res);
              await startSession(req, res, store, config, account);
              logger.info({ account: account.id, role: account.role }, 'signed in through OIDC');
              res.writeHead(302, { location: '/console/', 'cache-control': 'no-store' });
              res.end();
            },
          },
        }
      : {}),
  };

  const auth: RouteHandler = async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const handler = handlers[path];
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    if (!handler || handler.method !== method) {
      sendAuthError(res, 'NOT_FOUND', { ko: `없는 경로입니다: ${req.method} ${path.slice(0, 100)}`, en: `No such route: ${req.method} ${path.slice(0, 100)}` });
      return;
    }
    res.setHeader('cache-control', 'no-store');
    try {
      await handler.run(req, res);
    } catch (error) {
      if (!(error instanceof HubError)) throw error;
      sendAuthError(res, error);
    }
  };

  const jwks: RouteHandler = async (_req, res) => {
    const text = JSON.stringify(await publicJwks(store));
    res.writeHead(200, { 'content-type': 'application/jwk-set+json', 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' });
    res.end(text);
  };

  return { routes: { [JWKS_PATH]: jwks }, prefixRoutes: { [AUTH_PREFIX]: auth } };
}
