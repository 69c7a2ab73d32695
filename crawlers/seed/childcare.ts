import { parse } from 'csv-parse/sync';
import type { ChildcareCenterAttrs } from '../../common/attrs';
import type { AgeClass, SourceRecord } from '../../common/record';
import { findSigungu, regionFromAddress } from '../../common/regions';
import { cleanText, decodeBytes, mapCenterType, mapSpecialCare, normalisePhone, normaliseUrl, parseCount, parseKoreanDate } from '../normalise';
import { kstMidnight, mostCommonDate } from './dataset-date';
import { coordinate, placeFacility, placementNote, type Placement } from './place';
import type { SourceFile } from './source-file';
import type { SeedSource, Skipped, SourceRead } from './types';

export const CHILDCARE_SITE_ID = 'seoul-open-data-childcare';
export const CHILDCARE_FILE = '어린이집.csv';
const SIDO = '서울특별시';

/**
 * Legal child-to-teacher ratios (영유아보육법 시행규칙 별표2, 보육교직원 배치기준):
 * 만0세 1:3, 만1세 1:5, 만2세 1:7, 만3세 1:15, 만4세 이상 1:20. The CSV gives
 * only a centre's total 정원, so the seats of an age class are derived as its
 * class count × the ratio (one teacher per class).
 */
const CHILDREN_PER_CLASS = [3, 5, 7, 15, 20, 20];

const OTHER_CLASSES: [label: string, classes: string, enrolled: string][] = [
  ['영아혼합(만0~2세)', '반수-영아혼합(만0~2세)', '아동수-영아혼합(만0~2세)'],
  ['유아혼합(만3~5세)', '반수-유아혼합(만3~5세)', '아동수-유아혼합(만3~5세)'],
  ['특수장애', '반수-특수장애', '아동수-특수장애'],
];

type Row = Record<string, string | undefined>;

/**
 * 어린이집.csv (서울시 어린이집 정보, UTF-8 with BOM) → ChildcareCenter
 * records. Rows with odd data are kept (현원 0, no coordinates, dirty type
 * labels); only a row without a code or a name is skipped.
 */
export function readChildcare(file: SourceFile): SourceRead {
  const rows = parse(decodeBytes(file.bytes, 'utf-8'), { columns: true, relax_column_count: true, skip_empty_lines: true, info: true }) as {
    record: Row;
    info: { lines: number };
  }[];
  const fetchedAt = kstMidnight(mostCommonDate(rows.map(({ record }) => parseKoreanDate(record['데이터기준일자']))) ?? '2025-02-19');
  const records: SourceRecord[] = [];
  const skipped: Skipped[] = [];
  const placements: Placement[] = [];
  const unknownCare = new Set<string>();
  let regionMismatch = 0;

  for (const { record: row, info } of rows) {
    const code = cleanText(row['어린이집코드'], 40);
    const name = cleanText(row['어린이집명'], 200);
    if (!code || !name) {
      skipped.push({ source: CHILDCARE_SITE_ID, row: info.lines, reason: `${code ? '어린이집명' : '어린이집코드'} 없음 / no ${code ? 'name' : 'code'}` });
      continue;
    }
    const address = cleanText(row['상세주소'], 300);
    // 시군구명 is the district that published the row: it wins over the address (7 rows have none).
    const fromColumn = findSigungu(SIDO, cleanText(row['시군구명'], 20));
    const fromAddress = regionFromAddress(address);
    if (fromColumn && fromAddress?.sigungu && fromAddress.sigungu !== fromColumn.name) regionMismatch += 1;
    const sigungu = fromColumn ? { name: fromColumn.name, code: fromColumn.code } : fromAddress?.sigungu ? { name: fromAddress.sigungu, code: fromAddress.code } : null;

    const lat = coordinate(row['위도']);
    const lng = coordinate(row['경도']);
    const place = placeFacility(lat !== null && lng !== null ? { lat, lng } : null, sigungu?.code ?? null);
    placements.push(place);

    const care = mapSpecialCare(row['제공서비스']);
    for (const label of care.unknown) unknownCare.add(label);

    records.push({
      kind: 'FACILITY',
      sourceKey: code,
      subtype: 'CHILDCARE_CENTER',
      name,
      stages: ['INFANT'],
      primaryStage: 'INFANT',
      sido: SIDO,
      sigungu: sigungu?.name ?? null,
      regionCode: sigungu?.code ?? null,
      address,
      phone: normalisePhone(row['전화번호'], { localAreaCode: '02' }),
      lat: place.lat,
      lng: place.lng,
      geoApprox: place.geoApprox,
      specialCare: care.flags,
      capacity: parseCount(row['정원']),
      enrolled: parseCount(row['현원']),
      attrs: { ...childcareAttrs(row), lifecycleReasons: ['dataset'] },
      provenance: { siteId: CHILDCARE_SITE_ID, url: `${file.url}#${code}`, fetchedAt, contentHash: file.hash, adapter: 'seed-loader@1' },
    });
  }

  const notes = [placementNote(placements)];
  if (unknownCare.size) notes.push(`알 수 없는 제공서비스 무시 / unknown special-care labels ignored: ${[...unknownCare].join(', ')}`);
  if (regionMismatch) notes.push(`주소와 시군구명이 다른 행 ${regionMismatch}건 (시군구명 사용) / ${regionMismatch} rows whose address names another district (시군구명 used)`);
  return { records, skipped, geoApprox: placements.filter((p) => p.geoApprox).length, notes: notes.filter((n): n is string => n !== null) };
}

export function childcareAttrs(row: Row): ChildcareCenterAttrs {
  const ageClasses: AgeClass[] = CHILDREN_PER_CLASS.map((perClass, age) => {
    const classes = parseCount(row[`반수-만${age}세`]) ?? 0;
    return { age, classes, enrolled: parseCount(row[`아동수-만${age}세`]) ?? 0, capacity: classes * perClass };
  });
  const shuttle = cleanText(row['통학차량운영여부'], 10);
  return {
    centerType: mapCenterType(row['어린이집유형']),
    operatingStatus: cleanText(row['운영현황'], 20),
    ageClasses,
    otherClasses: OTHER_CLASSES.map(([label, classes, enrolled]) => ({
      label,
      classes: parseCount(row[classes]) ?? 0,
      enrolled: parseCount(row[enrolled]) ?? 0,
    })).filter((c) => c.classes > 0 || c.enrolled > 0),
    rooms: parseCount(row['보육실수']),
    playgrounds: parseCount(row['놀이터수']),
    cctv: parseCount(row['CCTV총설치수']),
    staff: parseCount(row['보육교직원수']),
    postalCode: postalCode(row['우편번호']),
    fax: normalisePhone(row['팩스번호'], { localAreaCode: '02' }),
    homepage: normaliseUrl(row['홈페이지주소']),
    shuttleBus: shuttle === '운영' ? true : shuttle === '미운영' ? false : null,
    approvedOn: parseKoreanDate(row['인가일자']),
    // 데이터수집일 (`14:43.0`) is an Excel time artefact, not a date: ignored.
    dataDate: parseKoreanDate(row['데이터기준일자']),
  };
}

/** Excel dropped the leading zero of Seoul's 5-digit postal codes (02404 → `2404`). */
function postalCode(cell: string | undefined): string | null {
  const digits = cleanText(cell, 10);
  return digits && /^\d{3,5}$/.test(digits) ? digits.padStart(5, '0') : null;
}

export const childcareSource: SeedSource = { siteId: CHILDCARE_SITE_ID, file: CHILDCARE_FILE, read: readChildcare };
