import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { DEFAULT_DATA_DIR } from './source-file';

/**
 * The bundled files read independently of the loader (plain csv-parse and
 * iconv-lite), so tests compare the loader's output with the source itself
 * rather than with numbers copied into the test.
 */
export type CsvRow = Record<string, string>;

export function childcareCsv(): CsvRow[] {
  return parse(readFileSync(join(DEFAULT_DATA_DIR, '어린이집.csv')), { columns: true, bom: true }) as CsvRow[];
}

export function postpartumCsv(): CsvRow[] {
  const rows = parse(iconv.decode(readFileSync(join(DEFAULT_DATA_DIR, '산후조리원.csv')), 'cp949'), { columns: true }) as CsvRow[];
  return rows.filter((r) => r['관리번호']);
}

export function kindergartenItems(): Record<string, string | null>[] {
  return (JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, 'kinderinfo_gn.json'), 'utf8')) as { kinderInfo: Record<string, string | null>[] }).kinderInfo;
}
