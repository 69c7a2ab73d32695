import { parse } from 'csv-parse/sync';
import type { SourceRecord } from '../../common/record';
import { findSigunguByCode, regionFromAddress, type AddressRegion } from '../../common/regions';
import { cleanText, decodeBytes, normalisePhone, parseCount, parseKoreanDate, sigunguCodeOfLocalAuthority, tm5174ToWgs84 } from '../normalise';
import { kstMidnight, latestDate } from './dataset-date';
import type { PostpartumSeedAttrs } from './extra-attrs';
import { coordinate, placeFacility, placementNote, type Placement } from './place';
import type { SourceFile } from './source-file';
import type { SeedSource, Skipped, SourceRead } from './types';

export const POSTPARTUM_SITE_ID = 'seoul-open-data-postpartum';
export const POSTPARTUM_FILE = '산후조리원.csv';

type Row = Record<string, string | undefined>;

/**
 * 산후조리원.csv (LOCALDATA 인허가 format, CP949) → PostpartumCenter records.
 *
 * - Coordinates (좌표정보 X/Y) are EPSG:5174 TM metres, converted to WGS84
 *   (see tm5174ToWgs84 for the formula and how it was checked); rows without
 *   them get their 시군구 centre, marked approximate.
 * - Closed or suspended businesses are loaded with their status: the catalog
 *   shows what the licence register says.
 * - The export carries rows of empty cells between records; they are
 *   reported as skipped, like any row without a 관리번호 or 사업장명.
 */
export function readPostpartum(file: SourceFile): SourceRead {
  const rows = parse(decodeBytes(file.bytes, 'cp949'), { columns: true, relax_column_count: true, info: true }) as {
    record: Row;
    info: { lines: number };
  }[];
  const fetchedAt = kstMidnight(latestDate(rows.map(({ record }) => parseKoreanDate(record['최종수정일자']))) ?? '2025-02-19');
  const records: SourceRecord[] = [];
  const skipped: Skipped[] = [];
  const placements: Placement[] = [];

  for (const { record: row, info } of rows) {
    const key = cleanText(row['관리번호'], 60);
    const name = cleanText(row['사업장명'], 200);
    if (!key || !name) {
      const empty = Object.values(row).every((v) => !v || !v.trim());
      const reason = empty ? '빈 행 / empty row' : `${key ? '사업장명' : '관리번호'} 없음 / no ${key ? 'name' : 'licence number'}`;
      skipped.push({ source: POSTPARTUM_SITE_ID, row: info.lines, reason });
      continue;
    }
    const roadAddress = cleanText(row['도로명주소'], 300);
    const lotAddress = cleanText(row['지번주소'], 300);
    const address = roadAddress ?? lotAddress;
    const region = licenceRegion(row, address, lotAddress);
    const x = coordinate(row['좌표정보(X)']);
    const y = coordinate(row['좌표정보(Y)']);
    const place = placeFacility(x !== null && y !== null ? tm5174ToWgs84(x, y) : null, region?.code ?? null);
    placements.push(place);

    const attrs: PostpartumSeedAttrs = {
      businessStatus: cleanText(row['영업상태명'], 40),
      licensedOn: parseKoreanDate(row['인허가일자']),
      motherCapacity: parseCount(row['임산부정원수']),
      infantCapacity: parseCount(row['영유아정원수']),
      nurses: parseCount(row['간호사수']),
      nurseAides: parseCount(row['간호조무사수']),
      roadAddress,
      detailedStatus: cleanText(row['상세영업상태명'], 40),
      closedOn: parseKoreanDate(row['폐업일자']),
      suspendedFrom: parseKoreanDate(row['휴업시작일자']),
      suspendedUntil: parseKoreanDate(row['휴업종료일자']),
      lotAddress,
    };
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
      // Seoul LOCALDATA often drops the 02 (`2246-2001`).
      phone: normalisePhone(row['전화번호'], { localAreaCode: region?.sido === '서울특별시' ? '02' : undefined }),
      lat: place.lat,
      lng: place.lng,
      geoApprox: place.geoApprox,
      specialCare: [],
      // 임산부정원수: a postpartum centre's capacity is counted in mothers (rooms).
      capacity: attrs.motherCapacity,
      enrolled: null,
      attrs: { ...attrs, lifecycleReasons: ['dataset'] },
      provenance: { siteId: POSTPARTUM_SITE_ID, url: `${file.url}#${key}`, fetchedAt, contentHash: file.hash, adapter: 'seed-loader@1' },
    });
  }
  const note = placementNote(placements);
  return { records, skipped, geoApprox: placements.filter((p) => p.geoApprox).length, notes: note ? [note] : [] };
}

/**
 * The address names the 시군구, except when it does not (`서울특별시
 * 남부순환로 1802`): then the licensing 구청 (개방자치단체코드) does.
 */
function licenceRegion(row: Row, address: string | null, lotAddress: string | null): AddressRegion | null {
  const fromAddress = regionFromAddress(address);
  if (fromAddress?.sigungu) return fromAddress;
  const fromLot = regionFromAddress(lotAddress);
  if (fromLot?.sigungu) return fromLot;
  const authority = findSigunguByCode(sigunguCodeOfLocalAuthority(row['개방자치단체코드']));
  if (authority) return { sido: authority.sido.name, sigungu: authority.sigungu.name, code: authority.sigungu.code };
  return fromAddress ?? fromLot;
}

export const postpartumSource: SeedSource = { siteId: POSTPARTUM_SITE_ID, file: POSTPARTUM_FILE, read: readPostpartum };
