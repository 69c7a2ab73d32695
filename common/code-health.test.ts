import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Lint-like checks of the repository's shape (issue 21, "Code health"). They read the files git tracks,
// so a new file is checked the moment it is committed or staged, and untracked scratch files are not.

const root = join(__dirname, '..');
const tracked = (): string[] =>
  execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', '*.ts', '*.tsx', '*.mts'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .filter((f) => !f.startsWith('node_modules/'));

const MAX_LINES = 400;

/**
 * Files allowed past MAX_LINES, each with why. Generated files (`__generated__/`, the console's `console/src/gql/`)
 * are exempt wholesale: codegen writes them and CI diffs them.
 */
const LONG_FILES_ALLOWED: Record<string, string> = {
  // A data table: the 17 provinces and their 250-odd districts with codes and names. Split, it would be
  // one table cut in two places with nothing to say about either half.
  'common/regions.ts': 'data table',
};

const lineCount = (file: string): number => {
  const text = readFileSync(join(root, file), 'utf8');
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
};

test(`no hand-written .ts file is over ${MAX_LINES} lines unless allowed with a reason`, () => {
  const long = tracked()
    .filter((f) => !f.includes('/__generated__/') && !f.startsWith('console/src/gql/') && !(f in LONG_FILES_ALLOWED))
    .map((f) => ({ file: f, lines: lineCount(f) }))
    .filter((f) => f.lines > MAX_LINES);
  expect(long).toEqual([]);
});

test('the allow-list of long files names only files that exist and are still long', () => {
  const files = new Set(tracked());
  const stale = Object.keys(LONG_FILES_ALLOWED).filter((f) => !files.has(f) || lineCount(f) <= MAX_LINES);
  expect(stale).toEqual([]);
});

// The crawler runs against real agency sites in production; the simulator is a test and demo double.
// Production crawler code importing it would ship the simulated world with the crawler. Tests may use it.
const SIMULATOR_IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](?:\.\.\/)+simulator\//;
const isTestFile = (f: string): boolean => /\.test\.tsx?$/.test(f) || f.split('/').includes('testing');
// `npm run crawl` gets the simulator from its entry point, scripts/crawl.ts, which is outside crawlers/.

test('no non-test file under crawlers/ imports from simulator/', () => {
  const offenders = tracked()
    .filter((f) => f.startsWith('crawlers/') && !isTestFile(f))
    .filter((f) => SIMULATOR_IMPORT.test(readFileSync(join(root, f), 'utf8')));
  expect(offenders).toEqual([]);
});

test('the simulator-import check catches the forms an import can take', () => {
  expect(SIMULATOR_IMPORT.test(`import { startSimulator } from '../simulator/server';`)).toBe(true);
  expect(SIMULATOR_IMPORT.test(`import type { World } from '../../../simulator/world/types';`)).toBe(true);
  expect(SIMULATOR_IMPORT.test(`const { startSimulator } = await import('../../simulator/server');`)).toBe(true);
  expect(SIMULATOR_IMPORT.test(`import { crawlSite } from './core/runner';`)).toBe(false);
});
