import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import type { PostpartumCenterAttrs } from '../../common/attrs';
import type { SourceRecord } from '../../common/record';
import { centroidOf, regionFromAddress } from '../../common/regions';
import { cleanText, normalisePhone, parseCount, parseKoreanDate, tm5174ToWgs84 } from '../normalise';
import type { SourceFile } from './source-file';
import type { Skipped } from './types';

export const POSTPARTUM_SITE_ID = 'seoul-open-data-postpartum';
export const POSTPARTUM_FILE = '산후조리원.csv';

type Row = Record<string, string>;

/**
 * 산후조리원 licence records (LOCALDATA format, CP949). Coordinates are
 * EPSG:5174 TM metres (좌표정보 X/Y), converted to WGS84; rows without them
 * get their 시군구 centroid, marked approximate. Closed businesses are kept
 * with their status: the catalog shows what the licence register says.
 */
export function postpartumRecords(file: SourceFile, skipped: Skipped[]): SourceRecord[] {
  const text = iconv.decode(file.bytes, 'cp949');
  const rows = parse(text, { columns: true, bom: true, relax_column_count: true }) as Row[];
  const records: SourceRecord[] = [];
  rows.forEach((row, index) => {
    const key = cleanText(row['관리번호'], 60);
    const name = cleanText(row['사업장명'], 200);
    if (!key || !name) {
      // The file carries 125 rows of empty cells (an export artefact).
      skipped.push({ source: POSTPARTUM_SITE_ID, row: index + 2, reason: '관리번호 또는 사업장명 없음 / no licence number or name' });
      return;
    }
    const roadAddress = cleanText(row['도로명주소'], 300);
    const address = roadAddress ?? cleanText(row['지번주소'], 300);
    const region = regionFromAddress(address);
    const point = tm5174ToWgs84(Number(row['좌표정보(X)']), Number(row['좌표정보(Y)']));
    const centroid = point || !region ? null : centroidOf(region.sido, region.sigungu);
    const attrs: PostpartumCenterAttrs = {
      businessStatus: cleanText(row['영업상태명'], 40),
      licensedOn: parseKoreanDate(row['인허가일자']),
      motherCapacity: parseCount(row['임산부정원수']),
      infantCapacity: parseCount(row['영유아정원수']),
      nurses: parseCount(row['간호사수']),
      nurseAides: parseCount(row['간호조무사수']),
      roadAddress,
    };
    const updated = parseKoreanDate(row['최종수정일자']);
    records.push({
      kind: 'FACILITY',
      sourceKey: key,
      subtype: 'POSTPARTUM_CARE_CENTER',
      name,
      stages: ['PREGNANCY'],
      primaryStage: 'PREGNANCY',
      sido: region?.sido ?? null,
      sigungu: region?.sigungu ?? null,
      regionCode: region?.code ?? null,
      address,
      phone: normalisePhone(row['전화번호']),
      lat: point?.lat ?? centroid?.lat ?? null,
      lng: point?.lng ?? centroid?.lng ?? null,
      geoApprox: !point && centroid !== null,
      specialCare: [],
      capacity: attrs.motherCapacity,
      enrolled: null,
      attrs: attrs as unknown as Record<string, unknown>,
      provenance: {
        siteId: POSTPARTUM_SITE_ID,
        url: `${file.url}#${key}`,
        fetchedAt: `${updated ?? '2023-01-01'}T00:00:00.000Z`,
        contentHash: file.hash,
        adapter: 'seed-loader@1',
      },
    });
  });
  return records;
}
