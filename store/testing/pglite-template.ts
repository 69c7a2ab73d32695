import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openStore } from '../index';
import { dumpPgliteStore } from '../pglite-driver';
import { templateName } from './pg-admin';

/**
 * The PGlite twin of the PostgreSQL template database: a migrated cluster's
 * files, written once per migration set (named by the same content hash) to
 * the temp directory by Jest's global setup. Each test file starts its
 * in-memory PGlite from them, which skips initdb (about 4 s of WASM per file)
 * and the migrations; without the file a test store is built from scratch.
 */
const PREFIX = 'dolbom-pglite-';

/** PGlite's own version: files of another release may not load. */
function pgliteVersion(): string {
  const manifest = join(dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

function templatePath(): string {
  return join(tmpdir(), `${PREFIX}${pgliteVersion()}-${templateName()}.tar`);
}

export async function buildPgliteTemplate(): Promise<void> {
  const path = templatePath();
  if (existsSync(path)) return;
  const store = await openStore({});
  try {
    const dump = Buffer.from(await (await dumpPgliteStore(store)).arrayBuffer());
    // Written whole under a private name, then renamed: a parallel run never reads half a file.
    const building = `${path}.${process.pid}`;
    writeFileSync(building, dump);
    renameSync(building, path);
  } finally {
    await store.close();
  }
  // Files of older migration sets are never used again.
  for (const file of readdirSync(tmpdir())) {
    if (file.startsWith(PREFIX) && file.endsWith('.tar') && join(tmpdir(), file) !== path) rmSync(join(tmpdir(), file), { force: true });
  }
}

/** The template's files, or undefined when global setup did not write them (a test store then runs initdb). */
export function pgliteTemplate(): Blob | undefined {
  const path = templatePath();
  return existsSync(path) ? new Blob([readFileSync(path)]) : undefined;
}
