import { parse } from 'csv-parse/sync';
import type { AgeClass, SourceRecord } from '../../common/record';
import type { ChildcareCenterAttrs } from '../../common/attrs';
import { centroidOf, findSigungu, regionFromAddress } from '../../common/regions';
import { cleanText, mapCenterType, mapSpecialCare, normalisePhone, parseCount, parseKoreanDate, validCoordinates } from '../normalise';
import type { SourceFile } from './source-file';
import type { Skipped } from './types';

export const CHILDCARE_SITE_ID = 'seoul-open-data-childcare';
export const CHILDCARE_FILE = '어린이집.csv';

/**
 * Legal child-to-teacher ratios (영유아보육법 시행규칙 별표2): a class of
 * 만0세 holds 3 children, 만1세 5, 만2세 7, 만3세 15, 만4·5세 20. The Seoul
 * data gives only a centre's total 정원, so seats per age class are derived
 * as classes × ratio.
 */
const CHILDREN_PER_CLASS = [3, 5, 7, 15, 20, 20];

const OTHER_CLASSES: [string, string, string][] = [
  ['영아혼합(만0~2세)', '반수-영아혼합(만0~2세)', '아동수-영아혼합(만0~2세)'],
  ['유아혼합(만3~5세)', '반수-유아혼합(만3~5세)', '아동수-유아혼합(만3~5세)'],
  ['특수장애', '반수-특수장애', '아동수-특수장애'],
];

type Row = Record<string, string>;

export function childcareRecords(file: SourceFile, skipped: Skipped[]): SourceRecord[] {
  const rows = parse(file.bytes, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as Row[];
  const records: SourceRecord[] = [];
  rows.forEach((row, index) => {
    const code = cleanText(row['어린이집코드'], 40);
    const name = cleanText(row['어린이집명'], 200);
    if (!code || !name) {
      skipped.push({ source: CHILDCARE_SITE_ID, row: index + 2, reason: '어린이집코드 또는 이름 없음 / no code or name' });
      return;
    }
    const address = cleanText(row['상세주소'], 300);
    // The file is Seoul's; its 시군구명 column is the reliable region, the address a fallback.
    const sigungu = findSigungu('서울특별시', cleanText(row['시군구명'], 20)) ?? null;
    const fromAddress = sigungu ? null : regionFromAddress(address);
    const lat = Number(row['위도']);
    const lng = Number(row['경도']);
    const geocoded = row['위도'] !== '' && row['경도'] !== '' && validCoordinates(lat, lng);
    const sigunguName = sigungu?.name ?? fromAddress?.sigungu ?? null;
    const centroid = geocoded ? null : centroidOf('서울특별시', sigunguName);
    const ageClasses: AgeClass[] = CHILDREN_PER_CLASS.map((perClass, age) => {
      const classes = parseCount(row[`반수-만${age}세`]) ?? 0;
      return { age, classes, enrolled: parseCount(row[`아동수-만${age}세`]) ?? 0, capacity: classes * perClass };
    });
    const shuttle = cleanText(row['통학차량운영여부'], 10);
    const attrs: ChildcareCenterAttrs = {
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
      postalCode: cleanText(row['우편번호'], 10),
      fax: normalisePhone(row['팩스번호']),
      homepage: cleanText(row['홈페이지주소'], 300),
      shuttleBus: shuttle === '운영' ? true : shuttle === '미운영' ? false : null,
      approvedOn: parseKoreanDate(row['인가일자']),
      dataDate: parseKoreanDate(row['데이터기준일자']),
    };
    records.push({
      kind: 'FACILITY',
      sourceKey: code,
      subtype: 'CHILDCARE_CENTER',
      name,
      stages: ['INFANT'],
      primaryStage: 'INFANT',
      sido: '서울특별시',
      sigungu: sigunguName,
      regionCode: sigungu?.code ?? fromAddress?.code ?? null,
      address,
      phone: normalisePhone(row['전화번호']),
      lat: geocoded ? lat : centroid?.lat ?? null,
      lng: geocoded ? lng : centroid?.lng ?? null,
      geoApprox: !geocoded && centroid !== null,
      specialCare: mapSpecialCare(row['제공서비스']).flags,
      capacity: parseCount(row['정원']),
      enrolled: parseCount(row['현원']),
      attrs: attrs as unknown as Record<string, unknown>,
      provenance: {
        siteId: CHILDCARE_SITE_ID,
        url: `${file.url}#${code}`,
        fetchedAt: `${attrs.dataDate ?? '2025-02-19'}T00:00:00.000Z`,
        contentHash: file.hash,
        adapter: 'seed-loader@1',
      },
    });
  });
  return records;
}
