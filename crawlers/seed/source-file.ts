import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Where the bundled open data lives (copied unchanged, with its credit). */
export const DEFAULT_DATA_DIR = join(__dirname, '..', '..', 'simulator', 'data');

/** The bundled files are a few MB; anything far larger is not the file we expect. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface SourceFile {
  bytes: Buffer;
  /** sha256 of the file, recorded in provenance. */
  hash: string;
  /** Stable provenance URL prefix, e.g. `file:simulator/data/어린이집.csv`. */
  url: string;
}

export class SeedFileError extends Error {}

export function readSourceFile(dataDir: string, name: string): SourceFile {
  const path = join(dataDir, name);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new SeedFileError(`원본 데이터 파일이 없습니다: ${path} / Seed data file not found: ${path}`);
  }
  if (size > MAX_FILE_BYTES) throw new SeedFileError(`파일이 너무 큽니다: ${path} / File too large: ${path} (${size} bytes)`);
  const bytes = readFileSync(path);
  return { bytes, hash: createHash('sha256').update(bytes).digest('hex'), url: `file:simulator/data/${name}` };
}
