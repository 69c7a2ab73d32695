import { EMBEDDED_DATABASE_NOTE, helpAndExitIfAsked } from '../../common/cli-help';
import { loadConfig } from '../../common/config';
import { configuredStore, type Store } from '../../store';
import { checkSeedFiles, loadSeed, SeedFileError, type SeedResult } from './index';

/**
 * `npm run load:seed [-- --data-dir <folder>]`: loads the bundled open data
 * into the configured store (DATABASE_URL, else PGlite under DATA_DIR) and
 * prints a summary table. Exits 1 with a bilingual message on failure; a
 * stack trace only for errors nobody expected.
 */
async function main(argv: string[]): Promise<void> {
  helpAndExitIfAsked(argv, `
번들 공공데이터 적재 / load the bundled open data into the configured store (DATABASE_URL, else PGlite under DATA_DIR).

사용법 / usage: npm run load:seed [-- --data-dir <folder>]
  --data-dir <folder>   read the CSV/JSON files from this folder instead of the bundled ones
${EMBEDDED_DATABASE_NOTE}`);
  const config = loadConfig();
  const dataDirFlag = argv.indexOf('--data-dir');
  const dataDir = dataDirFlag >= 0 ? argv[dataDirFlag + 1] : undefined;
  if (dataDirFlag >= 0 && !dataDir) throw new UsageError('--data-dir 뒤에 폴더를 지정하세요 / --data-dir needs a folder');
  // A missing file is reported before the database is opened (and migrated).
  checkSeedFiles(dataDir);
  const store: Store = await configuredStore(config);
  try {
    const started = Date.now();
    const result = await loadSeed(store, { dataDir, onProgress: (m) => console.log(`  ${m}`) });
    console.log(`\n${summaryTable(result)}`);
    console.log(`\n완료 / done in ${((Date.now() - started) / 1000).toFixed(1)} s (${store.driver})`);
  } finally {
    await store.close();
  }
}

export function summaryTable(result: SeedResult): string {
  const rows = Object.entries(result.perSource).map(([siteId, r]) => [`${siteId} (${r.file})`, r.inserted, r.updated, r.unchanged, r.skipped, r.geoApprox]);
  const t = result.total;
  const approx = Object.values(result.perSource).reduce((sum, r) => sum + r.geoApprox, 0);
  rows.push(['합계 / total', t.inserted, t.updated, t.unchanged, result.skipped.length, approx]);
  const header = ['source', 'inserted', 'updated', 'unchanged', 'skipped', 'approx. location'];
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => width(r[i]!))));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? pad(c, widths[i]!, 'end') : pad(c, widths[i]!, 'start'))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r) => line(r.map(String)))].join('\n');
}

/** Hangul is two columns wide in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, to: number, side: 'start' | 'end'): string {
  const fill = ' '.repeat(Math.max(0, to - width(s)));
  return side === 'start' ? fill + s : s + fill;
}

class UsageError extends Error {}

/** Socket and PostgreSQL codes for "the database is not there or refuses us". */
const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', '3D000', '28P01', '28000']);

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && CONNECTION_ERRORS.has(code)) {
      console.error(`적재 실패: 데이터베이스에 연결할 수 없습니다 / Load failed: cannot reach the database (${code}: ${(error as Error).message})`);
    } else if (error instanceof SeedFileError || error instanceof UsageError || (error instanceof Error && error.message.startsWith('설정 값이'))) {
      // Expected failures (a missing file, a bad setting) need the message, not a stack trace.
      console.error(`적재 실패 / Load failed: ${(error as Error).message}`);
    } else {
      console.error('적재 실패 / Load failed:', error);
    }
    process.exit(1);
  });
}
