import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Where the bundled open data lives (copied unchanged from the shared data folder, with its credit). */
export const DEFAULT_DATA_DIR = join(__dirname, '..', '..', 'simulator', 'data');

/** The bundled files are a few MB; anything far larger is not the file we expect. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface SourceFile {
  name: string;
  bytes: Buffer;
  /** sha256 of the file bytes, recorded in provenance. */
  hash: string;
  /** Stable provenance URL of the file, whatever folder it was read from: `file:simulator/data/어린이집.csv`. */
  url: string;
}

/** An expected failure (a bundled file missing or unusable): its message is bilingual and needs no stack trace. */
export class SeedFileError extends Error {
  constructor(
    readonly ko: string,
    readonly en: string,
  ) {
    super(`${ko} / ${en}`);
    this.name = 'SeedFileError';
  }
}

export function readSourceFile(dataDir: string, name: string): SourceFile {
  const path = checkSourceFile(dataDir, name);
  const bytes = readFileSync(path);
  return { name, bytes, hash: createHash('sha256').update(bytes).digest('hex'), url: `file:simulator/data/${name}` };
}

/** The path of a bundled file after checking it is there and of a sane size; throws SeedFileError otherwise. */
export function checkSourceFile(dataDir: string, name: string): string {
  const path = join(dataDir, name);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new SeedFileError(`원본 데이터 파일이 없습니다: ${path}`, `Seed data file not found: ${path}`);
  }
  if (size > MAX_FILE_BYTES) {
    throw new SeedFileError(`원본 데이터 파일이 너무 큽니다: ${path} (${size} bytes)`, `Seed data file too large: ${path} (${size} bytes)`);
  }
  return path;
}
