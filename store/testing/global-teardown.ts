import { quoteIdent, withAdmin } from './pg-admin';

/** Drops the per-file databases a crashed test file may have left behind. */
export default async function globalTeardown(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  await withAdmin(url, async (admin) => {
    const left = await admin.query<{ datname: string }>("select datname from pg_database where datname like 'dolbom_t\\_%'");
    for (const { datname } of left.rows) {
      await admin.query(`drop database if exists ${quoteIdent(datname)} with (force)`).catch(() => undefined);
    }
  });
}
