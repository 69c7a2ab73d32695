import { openPgStore } from '../pg-driver';
import { migrate } from '../migrate';
import { buildPgliteTemplate } from './pglite-template';
import { createDatabaseSql, quoteIdent, templateName, withAdmin, withDatabase } from './pg-admin';

/**
 * Jest global setup: builds the migrated template once per migration set, a
 * database on PostgreSQL (DATABASE_URL set), a cluster's files on PGlite.
 */
export default async function globalSetup(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) return buildPgliteTemplate();
  const template = templateName();
  await withAdmin(url, async (admin) => {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (exists.rowCount) return;
    const building = `${template}_build_${process.pid}`;
    await admin.query(createDatabaseSql(building));
    const store = await openPgStore({ connectionString: withDatabase(url, building), max: 1 });
    try {
      await migrate(store);
    } finally {
      await store.close();
    }
    // Rename into place only when complete, so a crash never leaves a half-built template.
    await admin.query(`alter database ${quoteIdent(building)} rename to ${quoteIdent(template)}`).catch(async (error) => {
      await admin.query(`drop database if exists ${quoteIdent(building)}`);
      const again = await admin.query('select 1 from pg_database where datname = $1', [template]);
      if (!again.rowCount) throw error;
    });
  });
}
