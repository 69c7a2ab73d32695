import { helpAndExitIfAsked } from '../common/cli-help';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run bench` runs every benchmark; `npm run bench -- <name>` one of them.
 * Each prints a Markdown table; the tables are also written into
 * BENCHMARKS.md between markers, so its numbers always come from this command.
 */
const BENCHMARKS: Record<string, () => Promise<(progress: (m: string) => void) => Promise<string>>> = {
  gateway: async () => (await import('./gateway')).run,
  search: async () => (await import('./search')).run,
  'search-quality': async () => (await import('./search/quality')).run,
  crawl: async () => (await import('./crawl')).run,
  startup: async () => (await import('./startup')).run,
  apply: async () => (await import('./apply')).run,
  curation: async () => (await import('./curation')).run,
  benefits: async () => (await import('./benefits')).run,
  welfare: async () => (await import('./welfare')).run,
  stats: async () => (await import('./stats')).run,
  cost: async () => (await import('./cost')).run,
};

/**
 * Benchmarks whose figures depend on the database driver: without DATABASE_URL
 * they measure the embedded PGlite and write a table of their own
 * (`<name>-pglite`), so neither driver's table ever replaces the other's.
 */
const PER_DRIVER = new Set(['gateway', 'crawl']);

/** The commit the figures belong to; `+changes` when the work tree differed from it. */
function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', '.', ':!BENCHMARKS.md'], { encoding: 'utf8' }).trim() !== '';
    return `\`${head}\`${dirty ? ' +changes' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  helpAndExitIfAsked(wanted, `
벤치마크 / benchmarks — 사용법 / usage: npm run bench [-- <name> …]   (all when none is named)
  names: ${Object.keys(BENCHMARKS).join(', ')}
Each prints a Markdown table and writes it into BENCHMARKS.md between its markers. Most need DATABASE_URL (PostgreSQL).`);
  const unknown = wanted.filter((w) => !BENCHMARKS[w]);
  if (unknown.length) {
    console.error(`알 수 없는 벤치마크 / unknown benchmark: ${unknown.join(', ')} (known: ${Object.keys(BENCHMARKS).join(', ')})`);
    process.exit(2);
  }
  const names = wanted.length ? wanted : Object.keys(BENCHMARKS);
  const path = join(__dirname, '..', 'BENCHMARKS.md');
  const failed: string[] = [];
  for (const name of names) {
    console.error(`== ${name}`);
    let table: string;
    try {
      const run = await BENCHMARKS[name]!();
      table = await run((m) => console.error(m));
    } catch (error) {
      // One benchmark failing (e.g. no DATABASE_URL) must not hide the others' results.
      console.error(`벤치마크 실패 / Benchmark ${name} failed: ${(error as Error).message}`);
      failed.push(name);
      continue;
    }
    console.log(`${table}\n`);
    let doc = readFileSync(path, 'utf8');
    const marker = PER_DRIVER.has(name) && !process.env.DATABASE_URL ? `${name}-pglite` : name;
    const begin = `<!-- bench:${marker}:begin -->`;
    const end = `<!-- bench:${marker}:end -->`;
    const block = `${begin}\n${table}\n\n_Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench -- ${name}\` at commit ${commit()}._\n${end}`;
    doc = doc.includes(begin) ? doc.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), () => block) : `${doc.trimEnd()}\n\n${block}\n`;
    writeFileSync(path, doc);
  }
  if (failed.length) {
    console.error(`실패한 벤치마크 / failed: ${failed.join(', ')}`);
    process.exit(1);
  }
}

main().catch((error: Error) => {
  console.error(`벤치마크 실패 / Benchmark failed: ${error.message}`);
  process.exit(1);
});
