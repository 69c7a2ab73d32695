import { quoteIdent, withAdmin } from './pg-admin';

/** True while a process with this pid runs on this machine. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Drops the per-file databases a crashed test file left behind. Only those
 * whose jest worker (the pid in the name) is gone: another test run on the
 * same server (a second checkout, a parallel CI job) keeps its databases.
 */
export default async function globalTeardown(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  await withAdmin(url, async (admin) => {
    const left = await admin.query<{ datname: string }>("select datname from pg_database where datname like 'dolbom_t\\_%'");
    for (const { datname } of left.rows) {
      const pid = Number(/^dolbom_t_(\d+)_/.exec(datname)?.[1]);
      if (Number.isInteger(pid) && alive(pid)) continue;
      await admin.query(`drop database if exists ${quoteIdent(datname)} with (force)`).catch(() => undefined);
    }
  });
}
