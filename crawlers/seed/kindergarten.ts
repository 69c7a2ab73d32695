import type { KindergartenAttrs } from '../../common/attrs';
import type { AgeClass, SourceRecord } from '../../common/record';
import { regionFromAddress } from '../../common/regions';
import { cleanText, decodeBytes, normalisePhone, normaliseUrl, parseCount, parseHours, parseKoreanDate } from '../normalise';
import { kstMidnight } from './dataset-date';
import type { KindergartenSeedAttrs } from './extra-attrs';
import { placeFacility, placementNote, type Placement } from './place';
import { SeedFileError, type SourceFile } from './source-file';
import type { SeedSource, Skipped, SourceRead } from './types';

export const KINDERGARTEN_SITE_ID = 'seoul-open-data-kindergarten';
export const KINDERGARTEN_FILE = 'kinderinfo_gn.json';
/**
 * The 유치원알리미 response carries no date. The file comes from a
 * repository snapshot named `momsmap_public_2019_08`, so its data date is
 * taken as August 2019 (the first of the month: the day is unknown).
 */
const SNAPSHOT_DATE = '2019-08-01';
/** A 시군구 has at most a few hundred kindergartens; more items is not this API's response. */
const MAX_ITEMS = 10_000;

type Item = Record<string, unknown>;

function ownership(establishment: string | null): KindergartenAttrs['ownership'] {
  if (!establishment) return null;
  if (establishment.startsWith('국립')) return 'NATIONAL';
  if (establishment.startsWith('공립')) return 'PUBLIC';
  if (establishment.startsWith('사립')) return 'PRIVATE';
  return null;
}

/** The API sends counts as strings or null. */
const text = (item: Item, key: string, max: number) => {
  const v = item[key];
  return typeof v === 'string' || typeof v === 'number' ? cleanText(String(v), max) : null;
};
const count = (item: Item, key: string) => parseCount(text(item, key, 20));

/**
 * 유치원알리미 raw API response (`{status, kinderInfo: [...]}`) →
 * Kindergarten records. Its `key` is the row number of that response, not an
 * identifier, so the source key is the kindergarten's name within its
 * 시군구 (unique in the data). It has no coordinates: every kindergarten is
 * placed at its 시군구 centre, marked approximate.
 */
export function readKindergartens(file: SourceFile): SourceRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeBytes(file.bytes, 'utf-8'));
  } catch {
    throw new SeedFileError(`JSON 형식이 아닙니다: ${file.name}`, `Not valid JSON: ${file.name}`);
  }
  const list = (parsed as { kinderInfo?: unknown } | null)?.kinderInfo;
  if (!Array.isArray(list)) throw new SeedFileError(`kinderInfo 목록이 없습니다: ${file.name}`, `No kinderInfo list in ${file.name}`);

  const records: SourceRecord[] = [];
  const skipped: Skipped[] = [];
  const placements: Placement[] = [];
  list.slice(0, MAX_ITEMS).forEach((raw: unknown, index) => {
    const item = (raw && typeof raw === 'object' ? raw : {}) as Item;
    const name = text(item, 'kindername', 200);
    if (!name) {
      skipped.push({ source: KINDERGARTEN_SITE_ID, row: index + 1, reason: '유치원명 없음 / no name' });
      return;
    }
    const address = text(item, 'addr', 300);
    const region = regionFromAddress(address);
    const place = placeFacility(null, region?.code ?? null);
    placements.push(place);

    const ageClasses: AgeClass[] = [3, 4, 5].map((age) => ({
      age,
      classes: count(item, `clcnt${age}`) ?? 0,
      enrolled: count(item, `ppcnt${age}`) ?? 0,
      // 학급당 정원 is set by each 시도 교육청, not by one national ratio: not derived.
      capacity: null,
    }));
    const otherClasses = [
      { label: '혼합반', classes: count(item, 'mixclcnt') ?? 0, enrolled: count(item, 'mixppcnt') ?? 0 },
      { label: '특수학급', classes: count(item, 'shclcnt') ?? 0, enrolled: count(item, 'shppcnt') ?? 0 },
    ].filter((c) => c.classes > 0 || c.enrolled > 0);
    const establishment = text(item, 'establish', 40);
    const attrs: KindergartenSeedAttrs = {
      establishment,
      ownership: ownership(establishment),
      openingHours: parseHours(text(item, 'opertime', 200)),
      ageClasses,
      officeOfEducation: text(item, 'officeedu', 60),
      homepage: normaliseUrl(text(item, 'hpaddr', 300)),
      establishedOn: parseKoreanDate(text(item, 'edate', 20)),
      otherClasses,
    };
    const sourceKey = `${region?.sigungu ?? region?.sido ?? ''}:${name}`;
    records.push({
      kind: 'FACILITY',
      sourceKey,
      subtype: 'KINDERGARTEN',
      name,
      stages: ['INFANT'],
      primaryStage: 'INFANT',
      sido: region?.sido ?? null,
      sigungu: region?.sigungu ?? null,
      regionCode: region?.code ?? null,
      address,
      phone: normalisePhone(text(item, 'telno', 40), { localAreaCode: region?.sido === '서울특별시' ? '02' : undefined }),
      lat: place.lat,
      lng: place.lng,
      geoApprox: place.geoApprox,
      specialCare: [],
      capacity: null,
      enrolled: [...ageClasses, ...otherClasses].reduce((sum, c) => sum + c.enrolled, 0),
      attrs: { ...attrs, lifecycleReasons: ['dataset'] },
      provenance: {
        siteId: KINDERGARTEN_SITE_ID,
        url: `${file.url}#${encodeURIComponent(sourceKey)}`,
        fetchedAt: kstMidnight(SNAPSHOT_DATE),
        contentHash: file.hash,
        adapter: 'seed-loader@1',
      },
    });
  });
  const note = placementNote(placements);
  return { records, skipped, geoApprox: placements.filter((p) => p.geoApprox).length, notes: note ? [note] : [] };
}

export const kindergartenSource: SeedSource = { siteId: KINDERGARTEN_SITE_ID, file: KINDERGARTEN_FILE, read: readKindergartens };
