import { openStore } from '../../store';
import { applyForAdmission } from './admission';
import { registerChild, updateContact } from './family';
import { drainOutbox } from './sender';
import { fileSmsProvider } from './sms';

/**
 * A child process for the crash test (sender.test.ts), one phase per run:
 * `commit` writes an application (and its outbox rows) and then hangs until
 * killed: the crash between commit and send. `send-and-die` delivers and
 * SIGKILLs itself after the provider accepted, before the row is marked
 * SENT. `send` delivers what is left and exits.
 */
async function main(): Promise<void> {
  const [phase, dataDir, smsFile, centre] = process.argv.slice(2) as [string, string, string, string];
  const store = await openStore({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATABASE_URL ? undefined : dataDir });
  const parent = { sub: 'crash-parent', role: 'PARENT' as const, facilityIds: [] };
  if (phase === 'commit') {
    await updateContact(store, parent, { phone: '010-1234-5678', idempotencyKey: 'c1' });
    const childId = await registerChild(store, parent, { name: '김하늘', birthDate: '2023-06-01', idempotencyKey: 'c2' });
    const opts = { maxCentres: 3, maxCentresEnrolled: 2, extraCenterTypes: [], offerHours: 72, lapseDays: 7, hourlyMonthlyCap: 60 };
    await applyForAdmission(store, opts, parent, { childId, facilityIds: [centre], priorityClaims: [], idempotencyKey: 'c3' });
    process.stdout.write('COMMITTED\n');
    await new Promise(() => undefined);
  }
  const sms = fileSmsProvider(smsFile);
  const dieAfterSend = phase === 'send-and-die';
  const delivered = await drainOutbox({
    store,
    sms,
    webhookSecret: 's',
    leaseSeconds: 0,
    afterSend: dieAfterSend
      ? () => {
          process.stdout.write('SENT-NOT-MARKED\n');
          process.kill(process.pid, 'SIGKILL');
          return new Promise(() => undefined);
        }
      : undefined,
  });
  process.stdout.write(`DELIVERED ${delivered}\n`);
  await store.close();
  process.exit(0);
}

void main().catch((error: Error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
