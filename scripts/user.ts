import { EMBEDDED_DATABASE_NOTE, helpAndExitIfAsked } from '../common/cli-help';
import { loadConfig } from '../common/config';
import { configuredStore } from '../store';
import { runUserCommand, USAGE } from './user-command';

/** Reads one line from stdin; on a terminal, prompts and does not echo what is typed. */
function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    return new Promise((resolve, reject) => {
      let text = '';
      stdin.setEncoding('utf8');
      stdin.on('data', (chunk) => (text += chunk));
      stdin.on('end', () => resolve(text.split(/\r?\n/)[0] ?? ''));
      stdin.on('error', reject);
    });
  }
  process.stderr.write('비밀번호 / password: ');
  return new Promise((resolve) => {
    let text = '';
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          stdin.setRawMode(false);
          stdin.off('data', onData);
          stdin.pause();
          process.stderr.write('\n');
          resolve(text);
          return;
        }
        if (ch === '\u0003') process.exit(130);
        if (ch === '\u007f') text = text.slice(0, -1);
        else text += ch;
      }
    };
    stdin.on('data', onData);
    stdin.resume();
  });
}

/** `npm run user -- add|list|passwd|disable|enable|unlock|webhook-secret …` against the configured database (see user-command.ts). */
async function main(): Promise<void> {
  helpAndExitIfAsked(process.argv.slice(2), `${USAGE}\n${EMBEDDED_DATABASE_NOTE}`);
  const config = loadConfig();
  const store = await configuredStore(config);
  try {
    process.exitCode = await runUserCommand(process.argv.slice(2), store, { print: (line) => console.log(line), readPassword, webhookSecret: config.WEBHOOK_SECRET });
  } finally {
    await store.close();
  }
}

void main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
