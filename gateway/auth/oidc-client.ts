import type { Config } from '../../common/config';
import type { Logger } from '../../common/logger';
import type { Store } from '../../store';
import type { OidcSignIn } from './oidc';

/** OIDC sign-in through openid-client, when OIDC_ISSUER is set; null otherwise. */
export async function createOidcSignIn(config: Config, _store: Store, _logger: Logger): Promise<OidcSignIn | null> {
  if (!config.OIDC_ISSUER) return null;
  throw new Error('OIDC sign-in is not built yet');
}
