/**
 * Seoul City Hall (37.56647, 126.977963): geocoders return it for an address
 * they cannot place, and the Seoul 어린이집 data carries it on a dozen
 * centres all over the city. It is never a facility's real position.
 */
const PLACEHOLDERS: [number, number][] = [[37.56647, 126.977963]];

/** South Korea with its islands (마라도 33.1 N … 고성 38.6 N, 백령도 124.6 E … 독도 131.9 E). */
const BOUNDS = { minLat: 33, maxLat: 38.7, minLng: 124.5, maxLng: 132 };

/**
 * True for coordinates that can be real: numbers, inside South Korea (so 0,
 * swapped lat/lng and TM metres fail) and not a known placeholder.
 */
export function validCoordinates(lat: number | null | undefined, lng: number | null | undefined): boolean {
  if (lat == null || lng == null || !Number.isFinite(lat) || !Number.isFinite(lng)) return false;
  if (lat < BOUNDS.minLat || lat > BOUNDS.maxLat || lng < BOUNDS.minLng || lng > BOUNDS.maxLng) return false;
  return !PLACEHOLDERS.some(([a, b]) => Math.abs(a - lat) < 1e-5 && Math.abs(b - lng) < 1e-5);
}

/** Great-circle distance in km (haversine; plenty for "is this point in its district"). */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * EPSG:5174 (Korean 1985 / Modified Central Belt: Bessel 1841, lat0 38 N,
 * lon0 127°0'10.405" E — the old Tokyo-datum 중부원점 correction — k 1,
 * false easting 200000, false northing 500000), the TM grid of LOCALDATA
 * licence records (좌표정보 X/Y), → WGS84 lat/lng.
 *
 * Inverse transverse Mercator on the Bessel ellipsoid (Snyder, "Map
 * Projections — A Working Manual", eqs. 8-18…8-25), then a 3-parameter
 * geocentric shift to WGS84 (-146.43, 507.89, 681.46 m, the Korean 1985
 * towgs84 of proj's definition). Checked against the geocoded 어린이집 at
 * the same or neighbouring road addresses in the bundled data: the median
 * offset is tens of metres, where EPSG:2097 (lon0 127 E) would put every
 * point about 250 m off to the east-west. Null when the input is not a
 * plausible Korean TM coordinate.
 */
export function tm5174ToWgs84(x: number, y: number): { lat: number; lng: number } | null {
  // Grid metres are in the tens or hundreds of thousands; small values are degrees put in the wrong columns.
  if (!Number.isFinite(x) || !Number.isFinite(y) || x < 1000 || y < 1000 || x > 1_000_000 || y > 1_000_000) return null;
  const a = 6377397.155;
  const f = 1 / 299.1528128;
  const e2 = 2 * f - f * f;
  const lat0 = (38 * Math.PI) / 180;
  const lon0 = (127.0028902777778 * Math.PI) / 180;
  const k0 = 1;
  const x0 = 200000;
  const y0 = 500000;

  const meridian = (phi: number) =>
    a *
    ((1 - e2 / 4 - (3 * e2 ** 2) / 64 - (5 * e2 ** 3) / 256) * phi -
      ((3 * e2) / 8 + (3 * e2 ** 2) / 32 + (45 * e2 ** 3) / 1024) * Math.sin(2 * phi) +
      ((15 * e2 ** 2) / 256 + (45 * e2 ** 3) / 1024) * Math.sin(4 * phi) -
      ((35 * e2 ** 3) / 3072) * Math.sin(6 * phi));

  const m = meridian(lat0) + (y - y0) / k0;
  const mu = m / (a * (1 - e2 / 4 - (3 * e2 ** 2) / 64 - (5 * e2 ** 3) / 256));
  const e1 = (1 - Math.sqrt(1 - e2)) / (1 + Math.sqrt(1 - e2));
  const phi1 =
    mu +
    ((3 * e1) / 2 - (27 * e1 ** 3) / 32) * Math.sin(2 * mu) +
    ((21 * e1 ** 2) / 16 - (55 * e1 ** 4) / 32) * Math.sin(4 * mu) +
    ((151 * e1 ** 3) / 96) * Math.sin(6 * mu);
  const ep2 = e2 / (1 - e2);
  const c1 = ep2 * Math.cos(phi1) ** 2;
  const t1 = Math.tan(phi1) ** 2;
  const n1 = a / Math.sqrt(1 - e2 * Math.sin(phi1) ** 2);
  const r1 = (a * (1 - e2)) / (1 - e2 * Math.sin(phi1) ** 2) ** 1.5;
  const d = (x - x0) / (n1 * k0);
  const phi =
    phi1 -
    ((n1 * Math.tan(phi1)) / r1) *
      (d ** 2 / 2 - ((5 + 3 * t1 + 10 * c1 - 4 * c1 ** 2 - 9 * ep2) * d ** 4) / 24 + ((61 + 90 * t1 + 298 * c1 + 45 * t1 ** 2 - 252 * ep2 - 3 * c1 ** 2) * d ** 6) / 720);
  const lambda = lon0 + (d - ((1 + 2 * t1 + c1) * d ** 3) / 6 + ((5 - 2 * c1 + 28 * t1 - 3 * c1 ** 2 + 8 * ep2 + 24 * t1 ** 2) * d ** 5) / 120) / Math.cos(phi1);

  // Bessel geodetic → geocentric → shift → WGS84 geodetic.
  const nB = a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
  const X = nB * Math.cos(phi) * Math.cos(lambda) - 146.43;
  const Y = nB * Math.cos(phi) * Math.sin(lambda) + 507.89;
  const Z = nB * (1 - e2) * Math.sin(phi) + 681.46;
  const aW = 6378137;
  const fW = 1 / 298.257223563;
  const e2W = 2 * fW - fW * fW;
  const p = Math.hypot(X, Y);
  let lat = Math.atan2(Z, p * (1 - e2W));
  for (let i = 0; i < 5; i++) {
    const nW = aW / Math.sqrt(1 - e2W * Math.sin(lat) ** 2);
    lat = Math.atan2(Z + e2W * nW * Math.sin(lat), p);
  }
  const result = { lat: (lat * 180) / Math.PI, lng: (Math.atan2(Y, X) * 180) / Math.PI };
  return validCoordinates(result.lat, result.lng) ? result : null;
}
