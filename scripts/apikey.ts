import { EMBEDDED_DATABASE_NOTE, helpAndExitIfAsked } from '../common/cli-help';
import { loadConfig } from '../common/config';
import { configuredStore } from '../store';
import { runApiKeyCommand, USAGE } from './apikey-command';

/** `npm run apikey -- create|list|revoke|usage …` against the configured database (see apikey-command.ts). */
async function main(): Promise<void> {
  helpAndExitIfAsked(process.argv.slice(2), `${USAGE}\n${EMBEDDED_DATABASE_NOTE}`);
  const config = loadConfig();
  const store = await configuredStore(config);
  try {
    const code = await runApiKeyCommand(process.argv.slice(2), store, { perSecond: config.OPENAPI_DEFAULT_PER_SECOND, perDay: config.OPENAPI_DEFAULT_PER_DAY }, (line) => console.log(line));
    process.exitCode = code;
  } finally {
    await store.close();
  }
}

void main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
