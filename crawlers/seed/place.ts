import { centroidOf } from '../../common/regions';
import { distanceKm, validCoordinates } from '../normalise';

/**
 * A Seoul 자치구 is at most ~12 km across; the farthest real centre in the
 * bundled data lies 7.3 km from its district's median (서초구 내곡동). Points
 * farther than this are geocoder misses: one 은평구 centre sits in the sea
 * 100 km west, a 송파구 (위례) centre was put in 중구.
 */
export const MAX_KM_FROM_DISTRICT = 10;

export type PlacementIssue = 'missing' | 'invalid' | 'far';

export interface Placement {
  lat: number | null;
  lng: number | null;
  geoApprox: boolean;
  /** Why the source's point was not used (null when it was, or there was none and no centre either). */
  issue: PlacementIssue | null;
}

/**
 * Where to put a facility: the source's point when it is valid and inside
 * (near) its district, else the district's centre marked approximate, else nothing.
 */
export function placeFacility(point: { lat: number; lng: number } | null, regionCode: string | null): Placement {
  const centre = centroidOf(regionCode);
  let issue: PlacementIssue | null = point ? null : 'missing';
  if (point && !validCoordinates(point.lat, point.lng)) issue = 'invalid';
  else if (point && centre && distanceKm(point, centre) > MAX_KM_FROM_DISTRICT) issue = 'far';
  if (point && issue === null) return { lat: point.lat, lng: point.lng, geoApprox: false, issue: null };
  return centre ? { lat: centre.lat, lng: centre.lng, geoApprox: true, issue } : { lat: null, lng: null, geoApprox: false, issue };
}

/** `'37.5'`, `''` → a number or null (an empty cell is not 0). */
export function coordinate(cell: string | null | undefined): number | null {
  if (cell == null || cell.trim() === '') return null;
  const n = Number(cell.trim().slice(0, 40));
  return Number.isFinite(n) ? n : null;
}

/** Counts placement issues for the progress log. */
export function placementNote(placements: readonly Placement[]): string | null {
  const counts: Record<PlacementIssue, number> = { missing: 0, invalid: 0, far: 0 };
  for (const p of placements) if (p.issue) counts[p.issue] += 1;
  const approx = placements.filter((p) => p.geoApprox).length;
  if (approx === 0) return null;
  return `시군구 중심 좌표 사용 ${approx}건 / ${approx} placed at their district centre (no coordinates ${counts.missing}, placeholder or invalid ${counts.invalid}, far from their district ${counts.far})`;
}
