import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type KeyLike } from 'jose';

/**
 * A minimal OpenID Connect provider on 127.0.0.1 for tests: discovery,
 * an authorization endpoint that signs in `user` at once (no login page),
 * a token endpoint that checks the client, the redirect URI and the PKCE
 * verifier (S256), and its JWKS. Small on purpose: it implements exactly
 * what the authorization code + PKCE flow needs, nothing else.
 */
export interface TestIdp {
  issuer: string;
  clientId: string;
  /** The claims of the next sign-in (besides iss, aud, sub, nonce, exp, iat). */
  user: Record<string, unknown> & { sub: string };
  /** Authorization requests seen (their query parameters). */
  authorizations: URLSearchParams[];
  close(): Promise<void>;
}

export async function startTestIdp(clientId = 'dolbom-console'): Promise<TestIdp> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'idp-1', alg: 'ES256', use: 'sig' };
  const codes = new Map<string, { params: URLSearchParams; user: TestIdp['user'] }>();
  let issuer = '';
  const idp: Omit<TestIdp, 'issuer' | 'close'> = { clientId, user: { sub: 'u1' }, authorizations: [] };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['ES256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['none'],
      });
    }
    if (url.pathname === '/jwks') return json(200, { keys: [jwk] });
    if (url.pathname === '/authorize') {
      const p = url.searchParams;
      idp.authorizations.push(p);
      if (p.get('client_id') !== clientId || p.get('response_type') !== 'code' || p.get('code_challenge_method') !== 'S256' || !p.get('code_challenge')) {
        return json(400, { error: 'invalid_request' });
      }
      const code = randomBytes(16).toString('base64url');
      codes.set(code, { params: p, user: { ...idp.user } });
      const back = new URL(p.get('redirect_uri')!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', p.get('state') ?? '');
      back.searchParams.set('iss', issuer);
      res.writeHead(302, { location: back.href });
      return res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        void (async () => {
          const form = new URLSearchParams(body);
          const grant = codes.get(form.get('code') ?? '');
          codes.delete(form.get('code') ?? '');
          const challenge = createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url');
          if (!grant || form.get('grant_type') !== 'authorization_code' || form.get('client_id') !== clientId || form.get('redirect_uri') !== grant.params.get('redirect_uri') || challenge !== grant.params.get('code_challenge')) {
            return json(400, { error: 'invalid_grant' });
          }
          const idToken = await new SignJWT({ ...grant.user, nonce: grant.params.get('nonce') ?? undefined })
            .setProtectedHeader({ alg: 'ES256', kid: 'idp-1' })
            .setIssuer(issuer)
            .setAudience(clientId)
            .setSubject(grant.user.sub)
            .setIssuedAt()
            .setExpirationTime('5m')
            .sign(privateKey as KeyLike);
          json(200, { access_token: randomBytes(16).toString('base64url'), token_type: 'Bearer', expires_in: 300, id_token: idToken });
        })();
      });
      return;
    }
    json(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(idp, {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
}
