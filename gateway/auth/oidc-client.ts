import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as OpenIdClient from 'openid-client';
import { accountByEmail, accountByOidcSubject, insertAccount, updateFromProvider, type Account } from '../../common/auth/accounts';
import { hubSecret } from '../../common/auth/hub-secret';
import { ROLES, isRole, organisationOf, type Organisation, type Role } from '../../common/auth/roles';
import type { Config } from '../../common/config';
import { HubError } from '../../common/errors';
import type { Logger } from '../../common/logger';
import type { Store } from '../../store';
import { isHttps, parseCookies, serializeCookie } from './http';
import type { OidcSignIn } from './oidc';

export type OidcConfig = Pick<
  Config,
  'OIDC_ISSUER' | 'OIDC_CLIENT_ID' | 'OIDC_CLIENT_SECRET' | 'OIDC_REDIRECT_URI' | 'OIDC_NAME' | 'OIDC_SCOPES' | 'OIDC_ROLE_CLAIM' | 'OIDC_ROLE_MAP' | 'OIDC_FACILITIES_CLAIM' | 'OIDC_ORGANISATION_CLAIM' | 'OIDC_DONG_CLAIM'
>;

/** The short-lived cookie that carries the PKCE verifier, state and nonce from /auth/oidc/start to the callback. */
const FLOW_COOKIE = 'dolbom_oidc';
const FLOW_SECONDS = 600;

/** Higher roles win when the provider's claim maps to several. */
const RANK: Record<Role, number> = Object.fromEntries(ROLES.map((r, i) => [r, i])) as Record<Role, number>;

/** `claimValue=ROLE,…` → map; a claim value that is itself a role name maps to that role. */
export function parseRoleMap(text: string): Map<string, Role> {
  const map = new Map<string, Role>();
  for (const pair of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = pair.lastIndexOf('=');
    const role = pair.slice(eq + 1).trim();
    if (eq <= 0 || !isRole(role)) throw new Error(`OIDC_ROLE_MAP: expected claimValue=${ROLES.join('|')}, got "${pair}"`);
    map.set(pair.slice(0, eq).trim(), role);
  }
  return map;
}

/** The role the provider's claims give, or null (the claim is absent or maps to nothing). */
export function roleFromClaims(claims: Record<string, unknown>, claim: string | undefined, map: Map<string, Role>): Role | null {
  if (!claim) return null;
  const raw = claims[claim];
  const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
  const roles = values.map((v) => map.get(v) ?? (isRole(v) ? v : null)).filter((r): r is Role => r !== null);
  return roles.sort((a, b) => RANK[b] - RANK[a])[0] ?? null;
}

/** The organisation kind each welfare role works for (issue 19); other roles have none. */
const WELFARE_KIND: Partial<Record<Role, Organisation['kind']>> = { COMMUNITY_CENTER: 'COMMUNITY_CENTER', WELFARE_AGENCY: 'WELFARE_AGENCY', DISTRICT_OFFICER: 'DISTRICT' };

/**
 * A welfare role's organisation from the provider's claims: `orgClaim` holds its id (or an object {id, dong}),
 * `dongClaim` the 동 of a COMMUNITY_CENTER. The kind follows the role, never the claim, so a provider cannot
 * give an agency a community centre's scope. Null when the claims do not name a complete one.
 */
export function organisationFromClaims(claims: Record<string, unknown>, role: Role, orgClaim: string | undefined, dongClaim: string | undefined): Organisation | null {
  const kind = WELFARE_KIND[role];
  if (!kind || !orgClaim) return null;
  const raw = claims[orgClaim];
  const value = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : { id: raw };
  // Only a community centre is bound to a 동: a 동 claim left on an agency's user must not narrow or widen anything.
  const dong = kind !== 'COMMUNITY_CENTER' ? undefined : typeof value.dong === 'string' ? value.dong : dongClaim && typeof claims[dongClaim] === 'string' ? claims[dongClaim] : undefined;
  const org = organisationOf({ id: typeof value.id === 'string' ? value.id.trim().slice(0, 100) : undefined, kind, dong });
  if (!org || (kind === 'COMMUNITY_CENTER' && !org.dong)) return null;
  return org;
}

/** True when a welfare role's account lacks the organisation its role needs (its scope would be unknown). */
export function missingOrganisation(account: Pick<Account, 'role' | 'organisation'>): boolean {
  const kind = WELFARE_KIND[account.role];
  if (!kind) return false;
  const org = account.organisation;
  return !org || org.kind !== kind || (kind === 'COMMUNITY_CENTER' && !org.dong);
}

const refused = (ko: string, en: string) => new HubError('FORBIDDEN', { ko, en }, { reason: 'OIDC' });
const noOrganisation = () =>
  new HubError(
    'FORBIDDEN',
    { ko: '복지 역할에 필요한 소속 기관(동주민센터는 동까지) 정보가 외부 로그인에도 허브 계정에도 없습니다. 관리자에게 문의하세요.', en: 'A welfare role needs its organisation (and a community centre its 동): neither the identity provider nor the hub account gives one. Ask an administrator.' },
    { reason: 'OIDC_NO_ORGANISATION' },
  );
const failed = () => new HubError('UNAUTHENTICATED', { ko: '외부 로그인(OIDC) 응답을 확인하지 못했습니다. 다시 시도하세요.', en: 'The identity provider’s answer could not be verified: please try again.' });

/**
 * OIDC sign-in (authorization code + PKCE, openid-client) when OIDC_ISSUER is
 * set; null otherwise. Discovery waits for the first sign-in, so a provider
 * that is down does not stop the hub starting (and is retried next time).
 *
 * Who signs in: an account already provisioned from this provider subject;
 * else a local account with the same (verified) email, which keeps its
 * local role and is linked to the subject; else, when OIDC_ROLE_CLAIM maps
 * the user's claim to a role, a new account without a password. Accounts the
 * provider provisioned take their role and facilities from its claims at
 * every sign-in. Anyone else is refused.
 */
export async function createOidcSignIn(config: OidcConfig, store: Store, logger: Logger): Promise<OidcSignIn | null> {
  if (!config.OIDC_ISSUER) return null;
  // Loaded only when configured: a hub without OIDC never reads the library.
  const client: typeof OpenIdClient = await import('openid-client');
  if (!config.OIDC_CLIENT_ID || !config.OIDC_REDIRECT_URI) throw new Error('OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_REDIRECT_URI');
  const issuer = new URL(config.OIDC_ISSUER);
  const redirectUri = config.OIDC_REDIRECT_URI;
  const roleMap = parseRoleMap(config.OIDC_ROLE_MAP);
  // Plain http only to a provider on this machine (development, tests); anywhere else it must be https.
  const loopback = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);

  let discovered: Promise<OpenIdClient.Configuration> | null = null;
  const configuration = () =>
    (discovered ??= client
      .discovery(
        issuer,
        config.OIDC_CLIENT_ID!,
        config.OIDC_CLIENT_SECRET ? { client_secret: config.OIDC_CLIENT_SECRET } : undefined,
        config.OIDC_CLIENT_SECRET ? client.ClientSecretBasic(config.OIDC_CLIENT_SECRET) : client.None(),
        loopback ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: Error) => {
        discovered = null;
        logger.error({ err: { message: error.message } }, 'OIDC discovery failed');
        throw new HubError('SERVICE_UNAVAILABLE', { ko: '외부 로그인 제공자에 연결하지 못했습니다.', en: 'The identity provider cannot be reached.' });
      }));

  let secret: Promise<string> | null = null;
  const mac = async (data: string) => createHmac('sha256', await (secret ??= hubSecret(store, 'oidc-flow'))).update(data).digest('base64url');

  const flowCookie = (req: IncomingMessage, value: string, maxAge: number) =>
    // SameSite=Lax, not Strict: the provider's redirect back is a cross-site navigation, which must carry it.
    serializeCookie(FLOW_COOKIE, value, { httpOnly: true, path: '/auth/oidc', secure: isHttps(req), maxAge }).replace('SameSite=Strict', 'SameSite=Lax');

  const accountFor = async (claims: Record<string, unknown>): Promise<Account> => {
    const subject = `${String(claims.iss)}#${String(claims.sub)}`;
    const email = typeof claims.email === 'string' && claims.email_verified !== false ? claims.email : null;
    const role = roleFromClaims(claims, config.OIDC_ROLE_CLAIM, roleMap);
    const rawFacilities = config.OIDC_FACILITIES_CLAIM ? claims[config.OIDC_FACILITIES_CLAIM] : undefined;
    const facilities = (Array.isArray(rawFacilities) ? rawFacilities : rawFacilities === undefined ? [] : [rawFacilities]).filter((f): f is string => typeof f === 'string');

    const organisation = role ? organisationFromClaims(claims, role, config.OIDC_ORGANISATION_CLAIM, config.OIDC_DONG_CLAIM) : null;

    let account = await accountByOidcSubject(store, subject);
    if (account && !account.passwordHash && role) {
      await updateFromProvider(store, account.id, role, facilities, organisation);
      account = { ...account, role, facilities, organisation };
    }
    if (!account && email) {
      account = await accountByEmail(store, email);
      if (account && !account.oidcSubject) await store.query(`update access.account set oidc_subject = $2, updated_at = now() where id = $1`, [account.id, subject]);
    }
    if (!account && role) {
      if (!email) throw refused('외부 로그인 계정에 확인된 이메일이 없습니다.', 'The identity provider gave no verified email.');
      if (missingOrganisation({ role, organisation })) throw noOrganisation();
      account = await insertAccount(store, { email, role, password: null, facilities, oidcSubject: subject, ...(organisation ? { organisation } : {}) });
      logger.info({ account: account.id, role }, 'account provisioned from OIDC');
    }
    if (!account) throw refused('이 허브에 등록되지 않은 사용자입니다. 관리자에게 계정을 요청하세요.', 'This user has no account on this hub: ask an administrator for one.');
    if (account.disabled) throw refused('비활성화된 계정입니다.', 'This account is disabled.');
    // A welfare role must know its organisation: without one it would get an empty (or unknown) scope.
    if (missingOrganisation(account)) throw noOrganisation();
    return account;
  };

  return {
    name: config.OIDC_NAME,
    async start(req, res) {
      const oidc = await configuration();
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(oidc, {
        redirect_uri: redirectUri,
        scope: config.OIDC_SCOPES,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      const payload = Buffer.from(JSON.stringify({ v: verifier, s: state, n: nonce })).toString('base64url');
      res.writeHead(302, { location: url.href, 'set-cookie': flowCookie(req, `${payload}.${await mac(payload)}`, FLOW_SECONDS), 'cache-control': 'no-store' });
      res.end();
    },
    async callback(req, res) {
      const oidc = await configuration();
      res.setHeader('set-cookie', flowCookie(req, '', 0));
      const [payload, signature] = (parseCookies(req)[FLOW_COOKIE] ?? '').split('.');
      const expected = payload ? Buffer.from(await mac(payload)) : null;
      if (!payload || !signature || !expected || signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), expected)) throw failed();
      const flow = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { v: string; s: string; n: string };
      const query = new URL(req.url ?? '/', 'http://x').search;
      let claims: Record<string, unknown> | undefined;
      try {
        const tokens = await client.authorizationCodeGrant(oidc, new URL(`${redirectUri}${query}`), { pkceCodeVerifier: flow.v, expectedState: flow.s, expectedNonce: flow.n, idTokenExpected: true });
        claims = tokens.claims() as Record<string, unknown> | undefined;
      } catch (error) {
        logger.warn({ err: { message: (error as Error).message, code: (error as { code?: string }).code } }, 'OIDC callback refused');
        throw failed();
      }
      if (!claims?.sub) throw failed();
      return accountFor(claims);
    },
  };
}
