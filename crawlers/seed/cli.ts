import { join } from 'node:path';
import { loadConfig } from '../../common/config';
import { openStore } from '../../store';
import { loadSeed, SeedFileError } from './index';

/** `npm run load:seed`: loads the bundled open data and prints a summary table. */
async function main(): Promise<void> {
  const config = loadConfig();
  const store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir: join(config.dataDir, 'pglite') });
  try {
    const started = Date.now();
    const result = await loadSeed(store, { onProgress: (m) => console.log(`  ${m}`) });
    console.log('\n| source | inserted | updated | unchanged | skipped |\n|---|---:|---:|---:|---:|');
    for (const [source, r] of Object.entries(result.perSource)) {
      console.log(`| ${source} | ${r.inserted} | ${r.updated} | ${r.unchanged} | ${r.skipped} |`);
    }
    const t = result.total;
    console.log(`| **total** | ${t.inserted} | ${t.updated} | ${t.unchanged} | ${result.skipped.length} |`);
    console.log(`\n완료 / done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await store.close();
  }
}

main().catch((error: Error) => {
  console.error(error instanceof SeedFileError ? error.message : `적재 실패 / Load failed: ${error.message}`);
  process.exit(1);
});
