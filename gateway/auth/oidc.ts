import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Account } from '../../common/auth/accounts';

/** OIDC sign-in (authorization code + PKCE), when OIDC_ISSUER is configured. */
export interface OidcSignIn {
  /** Shown on the sign-in page. */
  name: string;
  /** Answers 302 to the provider's authorization endpoint. */
  start(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Checks the provider's answer and returns the account it signs in. */
  callback(req: IncomingMessage, res: ServerResponse): Promise<Account>;
}
