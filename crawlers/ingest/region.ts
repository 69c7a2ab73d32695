import { findSido, findSigungu, findSigunguByCode, regionFromAddress, type AddressRegion } from '../../common/regions';
import type { DraftRecord } from '../core/adapter';

export interface RecordRegion {
  sido: string | null;
  sigungu: string | null;
  regionCode: string | null;
  /** The region is the publishing site's (its registry `agency`), not the record's own: approximate, like `geoApprox`. */
  approx: boolean;
}

/**
 * Where a record is, in order: what the page states (시도, 시군구, code),
 * then its address, then — only when neither gives any region — the agency
 * that runs the site (`crawlers/sites/registry.json` `agency`). A district
 * office's board (`서울특별시 강북구`) publishes its district's policies; a
 * city's (`서울특별시`) its city's; a ministry's (`보건복지부`) the whole
 * country's, so that gives none. That last guess is marked `approx`.
 */
export function recordRegion(draft: Pick<DraftRecord, 'sido' | 'sigungu' | 'regionCode' | 'address'>, agency: string): RecordRegion {
  const byCode = findSigunguByCode(draft.regionCode);
  const region = regionFromAddress(draft.address);
  const sido = draft.sido ?? region?.sido ?? byCode?.sido.name ?? null;
  const sigungu = draft.sigungu ?? region?.sigungu ?? byCode?.sigungu.name ?? null;
  const regionCode = draft.regionCode ?? region?.code ?? (sido && sigungu ? (findSigungu(sido, sigungu)?.code ?? null) : null);
  if (sido || sigungu || regionCode) return { sido, sigungu, regionCode, approx: false };
  const site = regionFromAgency(agency);
  return site ? { sido: site.sido, sigungu: site.sigungu, regionCode: site.code, approx: true } : { sido: null, sigungu: null, regionCode: null, approx: false };
}

/**
 * The region an agency name governs: `서울특별시 강북구` → 서울특별시 / 강북구,
 * `서울특별시` → 서울특별시, `서울특별시교육청` → 서울특별시 (a 시도 office of
 * education), `서울특별시 가족센터` → 서울특별시; national bodies
 * (`보건복지부`, `한국보육진흥원`) → null.
 */
export function regionFromAgency(agency: string | null | undefined): AddressRegion | null {
  if (!agency) return null;
  const name = agency.slice(0, 100).trim();
  const region = regionFromAddress(name);
  if (region) return region;
  const office = /^(\S+?)교육청$/.exec(name);
  const sido = office ? findSido(office[1]) : null;
  if (!sido) return null;
  return { sido: sido.name, sigungu: null, code: sido.sigungu.length === 1 ? sido.sigungu[0]!.code : null };
}
