import { randomBytes } from 'node:crypto';
import { openStore } from '../index';
import type { Store } from '../types';
import { createDatabaseSql, quoteIdent, templateName, withAdmin, withDatabase } from './pg-admin';
import { pgliteTemplate } from './pglite-template';

export interface TestStore extends Store {
  /** The PostgreSQL URL of this test's own database (undefined on PGlite). */
  readonly databaseUrl?: string;
}

/**
 * A fresh, migrated database for one test file: a clone of the template on
 * PostgreSQL when DATABASE_URL is set, a new in-memory PGlite started from
 * the migrated template files otherwise (store/testing/pglite-template.ts).
 * `close()` drops the clone.
 */
export async function createTestStore(): Promise<TestStore> {
  const url = process.env.DATABASE_URL;
  if (!url) return openStore({ pgliteFrom: pgliteTemplate() });
  const name = `dolbom_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(url, (admin) => admin.query(createDatabaseSql(name, templateName())));
  const databaseUrl = withDatabase(url, name);
  const store = await openStore({ databaseUrl });
  return {
    ...store,
    driver: store.driver,
    databaseUrl,
    async close() {
      await store.close();
      await withAdmin(url, (admin) => admin.query(`drop database if exists ${quoteIdent(name)} with (force)`));
    },
  };
}
