import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Principal } from '../auth';
import { HubError } from '../errors';
import type { Queryable } from '../../store';
import { hashServiceKey } from './service-key';
import { keyByHash } from './store';

/**
 * Apply on behalf of a citizen (issue 7): a partner key with scope `apply`
 * plus the citizen's JWT, signed by an identity provider the partner
 * registered for that key. The citizen acts as a PARENT; their id is
 * namespaced by issuer (`iss#sub`), since two providers may both have a "u1".
 *
 * The apply subgraph calls this itself from the forwarded headers (as it
 * verifies the hub's own tokens), so it holds in-process and over HTTP. It
 * reads the key on every call: a revoked key stops working at once.
 */
export interface PartnerVerifier {
  verify(apiKey: string, authorization: string | undefined): Promise<Principal>;
}

const MAX_JWKS = 100;

export function createPartnerVerifier(db: Queryable): PartnerVerifier {
  // jose's remote key sets cache keys and refetch on an unknown `kid`; one per URL.
  const keySets = new Map<string, JWTVerifyGetKey>();
  const keySet = (url: string) => {
    let set = keySets.get(url);
    if (!set) {
      if (keySets.size >= MAX_JWKS) keySets.delete(keySets.keys().next().value!);
      set = createRemoteJWKSet(new URL(url), { timeoutDuration: 5000 });
      keySets.set(url, set);
    }
    return set;
  };

  return {
    async verify(apiKey, authorization) {
      const key = await keyByHash(db, hashServiceKey(apiKey));
      if (!key || key.revokedAt) throw new HubError('UNAUTHENTICATED', { ko: '등록되지 않았거나 폐기된 서비스 키입니다.', en: 'The service key is not registered or was revoked.' });
      if (key.expiresAt && Date.parse(key.expiresAt) <= Date.now()) throw new HubError('KEY_EXPIRED');
      if (!key.scopes.includes('apply')) {
        throw new HubError('FORBIDDEN', { ko: '이 서비스 키에는 apply 범위가 없습니다.', en: 'This service key lacks the apply scope.' }, { field: 'scope' });
      }
      const match = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization.trim()) : null;
      if (!match) {
        throw new HubError(
          'FORBIDDEN',
          { ko: '시민을 대신한 신청에는 시민의 토큰(Authorization: Bearer)이 필요합니다.', en: 'Applying on behalf of a citizen needs the citizen’s token (Authorization: Bearer).' },
          { field: 'authorization' },
        );
      }
      const token = match[1]!;
      const invalid = () => new HubError('UNAUTHENTICATED', { ko: '시민 토큰이 유효하지 않거나 만료되었습니다.', en: 'The citizen token is invalid or expired.' });
      let issuer: string | undefined;
      try {
        issuer = decodeJwt(token).iss;
      } catch {
        throw invalid();
      }
      const trusted = key.trustedIssuers.find((t) => t.issuer === issuer);
      if (!trusted) throw new HubError('UNAUTHENTICATED', { ko: '이 서비스 키가 신뢰하지 않는 발급자의 토큰입니다.', en: 'The token’s issuer is not trusted for this service key.' });
      let sub: string | undefined;
      try {
        const { payload } = await jwtVerify(token, keySet(trusted.jwksUrl), {
          issuer: trusted.issuer,
          audience: trusted.audience ?? undefined,
          algorithms: ['RS256', 'ES256', 'EdDSA'],
        });
        sub = payload.sub;
      } catch {
        // jose's message may quote claims; say only that the token is not valid.
        throw invalid();
      }
      if (!sub) throw invalid();
      return { sub: `${trusted.issuer}#${sub}`, role: 'PARENT', facilityIds: [], partner: { keyId: key.id, name: key.name, issuer: trusted.issuer, citizenSub: sub } };
    },
  };
}
