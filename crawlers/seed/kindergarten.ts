import type { KindergartenAttrs } from '../../common/attrs';
import type { AgeClass, SourceRecord } from '../../common/record';
import { centroidOf, regionFromAddress } from '../../common/regions';
import { cleanText, normalisePhone, parseCount, parseHours, parseKoreanDate } from '../normalise';
import type { SourceFile } from './source-file';
import type { Skipped } from './types';

export const KINDERGARTEN_SITE_ID = 'seoul-open-data-kindergarten';
export const KINDERGARTEN_FILE = 'kinderinfo_gn.json';
/** The raw response was saved in August 2019 (the republishing repository's snapshot). */
const SNAPSHOT_DATE = '2019-08-01';
const MAX_ITEMS = 10_000;

type Item = Record<string, string | null>;

function ownership(establish: string | null): KindergartenAttrs['ownership'] {
  if (!establish) return null;
  if (establish.startsWith('국립')) return 'NATIONAL';
  if (establish.startsWith('공립')) return 'PUBLIC';
  if (establish.startsWith('사립')) return 'PRIVATE';
  return null;
}

/**
 * 유치원알리미 raw API response (`kinderInfo[]`). Its `key` is a row number
 * of that response, not an identifier, so the source key is the name within
 * the district. It has no coordinates: every kindergarten gets its 시군구
 * centroid, marked approximate.
 */
export function kindergartenRecords(file: SourceFile, skipped: Skipped[]): SourceRecord[] {
  let parsed: { kinderInfo?: Item[] };
  try {
    parsed = JSON.parse(file.bytes.toString('utf8')) as { kinderInfo?: Item[] };
  } catch {
    skipped.push({ source: KINDERGARTEN_SITE_ID, row: 0, reason: 'JSON 형식 오류 / invalid JSON' });
    return [];
  }
  const items = Array.isArray(parsed.kinderInfo) ? parsed.kinderInfo.slice(0, MAX_ITEMS) : [];
  const records: SourceRecord[] = [];
  items.forEach((item, index) => {
    const name = cleanText(item.kindername, 200);
    const address = cleanText(item.addr, 300);
    const region = regionFromAddress(address);
    if (!name || !region?.sigungu) {
      skipped.push({ source: KINDERGARTEN_SITE_ID, row: index + 1, reason: '이름 또는 주소 없음 / no name or address' });
      return;
    }
    const ageClasses: AgeClass[] = [3, 4, 5].map((age) => ({
      age,
      classes: parseCount(item[`clcnt${age}`]) ?? 0,
      enrolled: parseCount(item[`ppcnt${age}`]) ?? 0,
      capacity: null,
    }));
    const enrolled = ageClasses.reduce((sum, c) => sum + c.enrolled, 0) + (parseCount(item.mixppcnt) ?? 0) + (parseCount(item.shppcnt) ?? 0);
    const establishment = cleanText(item.establish, 40);
    const attrs: KindergartenAttrs = {
      establishment,
      ownership: ownership(establishment),
      openingHours: parseHours(item.opertime),
      ageClasses,
      officeOfEducation: cleanText(item.officeedu, 60),
      homepage: cleanText(item.hpaddr, 300),
      establishedOn: parseKoreanDate(item.edate),
    };
    const centroid = centroidOf(region.sido, region.sigungu);
    const sourceKey = `${region.sigungu}:${name}`;
    records.push({
      kind: 'FACILITY',
      sourceKey,
      subtype: 'KINDERGARTEN',
      name,
      stages: ['INFANT'],
      primaryStage: 'INFANT',
      sido: region.sido,
      sigungu: region.sigungu,
      regionCode: region.code,
      address,
      phone: normalisePhone(item.telno),
      lat: centroid?.lat ?? null,
      lng: centroid?.lng ?? null,
      geoApprox: centroid !== null,
      specialCare: [],
      capacity: null,
      enrolled,
      attrs: attrs as unknown as Record<string, unknown>,
      provenance: {
        siteId: KINDERGARTEN_SITE_ID,
        url: `${file.url}#${encodeURIComponent(sourceKey)}`,
        fetchedAt: `${SNAPSHOT_DATE}T00:00:00.000Z`,
        contentHash: file.hash,
        adapter: 'seed-loader@1',
      },
    });
  });
  return records;
}
