import { ensureFirstAdmin, type FirstAdmin } from '../../common/auth/first-admin';
import type { Config } from '../../common/config';
import type { RouteHandler } from '../../common/http-server';
import type { Logger } from '../../common/logger';
import { openStore, type Store } from '../../store';
import { createOidcSignIn } from './oidc-client';
import { createAuthRoutes } from './routes';

export interface Auth {
  routes: Record<string, RouteHandler>;
  prefixRoutes: Record<string, RouteHandler>;
  /** The ADMIN account this start created, to show once in the ready banner. */
  firstAdmin: FirstAdmin | null;
  close(): Promise<void>;
}

/**
 * Sign-in for the gateway: the /auth routes and JWKS, and the first ADMIN
 * account when the database has none. In distributed mode (no store in the
 * gateway) it opens DATABASE_URL itself, as the Open API does for keys,
 * and migrates it (under the migrations' advisory lock): a gateway that starts
 * before its subgraphs on a new database must find the access tables.
 */
export async function createAuth(options: { config: Config; store: Store | null; logger: Logger }): Promise<Auth | null> {
  const { config, logger } = options;
  const ownStore = !options.store && config.DATABASE_URL ? await openStore({ databaseUrl: config.DATABASE_URL, migrate: true }) : null;
  const store = options.store ?? ownStore;
  if (!store) {
    logger.warn('no database for sign-in (distributed mode without DATABASE_URL): /auth is off');
    return null;
  }
  const firstAdmin = await ensureFirstAdmin(store, config);
  if (firstAdmin) logger.info({ role: 'ADMIN' }, 'first ADMIN account created');
  const oidc = await createOidcSignIn(config, store, logger);
  const { routes, prefixRoutes } = createAuthRoutes({ config, store, logger, oidc });
  return {
    routes,
    prefixRoutes,
    firstAdmin,
    close: async () => {
      await ownStore?.close();
    },
  };
}
