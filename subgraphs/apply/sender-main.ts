import { loadConfig } from '../../common/config';
import { createLogger } from '../../common/logger';
import { configuredStore } from '../../store';
import { startSender } from './sender';

/**
 * `tsx subgraphs/apply/sender-main.ts`: the notification sender (and the
 * admission timers) as its own process. Safe to run several: rows are
 * claimed with skip locked and delivered by idempotent key.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL, 'apply-sender');
  const store = await configuredStore(config);
  const stop = startSender(store, config, logger, Number(process.env.SENDER_INTERVAL_MS ?? 1000));
  console.log('apply sender running');
  const shutdown = () => void stop().then(() => store.close()).finally(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

void main().catch((error: Error) => {
  console.error(`시작하지 못했습니다 / Could not start: ${error.message}`);
  process.exit(1);
});
