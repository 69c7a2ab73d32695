import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import type { ChildcareRow, KindergartenItem, PostpartumRow } from './types';

/** The real Seoul data bundled in simulator/data (credited in its README), read once. */
const DATA = join(__dirname, '..', 'data');

let cache: { childcare: ChildcareRow[]; kindergartens: KindergartenItem[]; postpartum: PostpartumRow[] } | null = null;

export function bundled(): NonNullable<typeof cache> {
  if (cache) return cache;
  const childcareText = readFileSync(join(DATA, '어린이집.csv'), 'utf8').replace(/^\ufeff/, '');
  const childcareRows = parse(childcareText, { columns: true, relax_column_count: true, skip_empty_lines: true }) as Record<string, string>[];
  const childcare = childcareRows
    .filter((f) => f['어린이집코드'] && f['어린이집명'])
    .map((fields) => ({ code: fields['어린이집코드']!.trim(), sigungu: (fields['시군구명'] ?? '').trim(), fields }));
  const kinder = JSON.parse(readFileSync(join(DATA, 'kinderinfo_gn.json'), 'utf8')) as { kinderInfo: KindergartenItem[] };
  const postpartumText = iconv.decode(readFileSync(join(DATA, '산후조리원.csv')), 'cp949');
  const postpartumRows = parse(postpartumText, { columns: true, relax_column_count: true, skip_empty_lines: true }) as Record<string, string>[];
  cache = {
    childcare,
    kindergartens: kinder.kinderInfo,
    postpartum: postpartumRows.filter((f) => f['관리번호']).map((fields) => ({ key: fields['관리번호']!.trim(), fields })),
  };
  return cache;
}

let safetyCache: { bytes: Buffer; items: KindergartenItem[] } | null = null;

/**
 * The bundled 유치원알리미 safety-inspection response (safety.json): its raw
 * CP949 bytes, served unchanged, and its items decoded (강남구 kindergartens:
 * 놀이시설, CCTV, 소방, 가스, 전기 inspections).
 */
export function bundledSafety(): { bytes: Buffer; items: KindergartenItem[] } {
  if (safetyCache) return safetyCache;
  const bytes = readFileSync(join(DATA, 'safety.json'));
  const parsed = JSON.parse(iconv.decode(bytes, 'cp949')) as { kinderInfo: KindergartenItem[] };
  safetyCache = { bytes, items: parsed.kinderInfo };
  return safetyCache;
}
