// First: limits heap growth before the rest of the hub loads (see the module).
import '../common/limit-heap-growth';
import { loadConfig } from '../common/config';
import { createLogger } from '../common/logger';
import { startHub } from './app';
import { firstAdminBanner } from './auth/banner';

/** `npm start`: the whole hub in one process (or the gateway alone with HUB_MODE=distributed). */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const logger = createLogger(config.LOG_LEVEL, 'gateway');
  const started = Date.now();
  let hub;
  try {
    hub = await startHub(config, { logger });
  } catch (error) {
    logger.fatal({ err: error }, 'could not start');
    console.error(`시작하지 못했습니다 / Could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  logger.info({ url: hub.url, mode: config.HUB_MODE, database: config.DATABASE_URL ? 'postgresql' : 'pglite' }, 'listening; loading data');
  hub.ready.then(
    () => {
      logger.info({ ms: Date.now() - started }, 'ready');
      console.log(`\n  돌봄 허브 준비 완료 / Dolbom Hub ready\n  GraphQL:  ${hub.url}/graphql\n  Explorer: ${hub.url}/\n  Console:  ${hub.url}/console/\n`);
      // The first ADMIN's generated password, printed once to the terminal (never through the logger) and stored nowhere in clear.
      if (hub.firstAdmin) console.log(firstAdminBanner(hub.firstAdmin));
    },
    () => undefined,
  );

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    hub.close().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

void main();
