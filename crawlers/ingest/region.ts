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
 * then its address, then the agency the record itself names (a policy's
 * 담당기관 `서울특별시 강남구` — the city board republishes every district's
 * policies), then — only when the record names no agency — the agency that
 * runs the site (`crawlers/sites/registry.json` `agency`): a district
 * office's board (`서울특별시 강북구`) publishes its district's records, a
 * city's (`서울특별시`) its city's. An agency that governs no region
 * (`보건복지부`, `한국보육진흥원`) gives none: a national policy on a city's
 * board stays national (store/catalog/policy-match.ts policyScope reads it
 * the same way, so copies of it still fold together). Only the site's agency
 * is a guess about the record, marked `approx`.
 */
export function recordRegion(draft: Pick<DraftRecord, 'sido' | 'sigungu' | 'regionCode' | 'address' | 'attrs'>, siteAgency: string): RecordRegion {
  const byCode = findSigunguByCode(draft.regionCode);
  const region = regionFromAddress(draft.address);
  const sido = draft.sido ?? region?.sido ?? byCode?.sido.name ?? null;
  const sigungu = draft.sigungu ?? region?.sigungu ?? byCode?.sigungu.name ?? null;
  const regionCode = draft.regionCode ?? region?.code ?? (sido && sigungu ? (findSigungu(sido, sigungu)?.code ?? null) : null);
  if (sido || sigungu || regionCode) return { sido, sigungu, regionCode, approx: false };
  const own = typeof draft.attrs.agency === 'string' && draft.attrs.agency.trim() !== '' ? draft.attrs.agency : null;
  const agency = regionFromAgency(own ?? siteAgency);
  if (!agency) return { sido: null, sigungu: null, regionCode: null, approx: false };
  return { sido: agency.sido, sigungu: agency.sigungu, regionCode: agency.code, approx: own === null };
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
