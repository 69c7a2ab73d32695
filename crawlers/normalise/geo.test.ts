import { distanceKm, tm5174ToWgs84, validCoordinates } from './geo';

describe('validCoordinates', () => {
  it('accepts real Korean positions', () => {
    expect(validCoordinates(37.5555, 126.8422)).toBe(true);
    expect(validCoordinates(33.2541, 126.56)).toBe(true);
    expect(validCoordinates(37.2425, 131.8668)).toBe(true); // 독도
  });

  it('rejects missing, zero, foreign, swapped and placeholder coordinates', () => {
    expect(validCoordinates(null, 127)).toBe(false);
    expect(validCoordinates(undefined, undefined)).toBe(false);
    expect(validCoordinates(NaN, 127)).toBe(false);
    expect(validCoordinates(0, 0)).toBe(false);
    expect(validCoordinates(127.05, 37.5)).toBe(false);
    expect(validCoordinates(35.68, 139.76)).toBe(false); // Tokyo
    expect(validCoordinates(39.03, 125.75)).toBe(false); // Pyongyang
    expect(validCoordinates(37.56647, 126.977963)).toBe(false); // Seoul City Hall placeholder
  });
});

describe('distanceKm', () => {
  it('measures short distances', () => {
    expect(distanceKm({ lat: 37.5, lng: 127 }, { lat: 37.5, lng: 127 })).toBe(0);
    expect(distanceKm({ lat: 37.5, lng: 127 }, { lat: 37.6, lng: 127 })).toBeCloseTo(11.12, 1);
  });
});

describe('tm5174ToWgs84', () => {
  // Pairs from the bundled data: a 산후조리원's LOCALDATA TM point and the geocoded 어린이집 at the same or next address.
  it.each([
    ['동대문구 망우로 82 (same building)', 205622.5177, 454115.4328, 37.58929979, 127.0645396, 0.05],
    ['송파구 중대로 317 / 317-14', 211725.2575, 445195.4821, 37.5088694, 127.1328146, 0.15],
    ['송파구 석촌호수로 156 / 155', 208265.8291, 444957.4634, 37.50726566, 127.0942181, 0.15],
  ])('%s', (_label, x, y, lat, lng, withinKm) => {
    const p = tm5174ToWgs84(x, y)!;
    expect(distanceKm(p, { lat, lng })).toBeLessThan(withinKm);
  });

  it('rejects what is not a TM coordinate', () => {
    expect(tm5174ToWgs84(NaN, 1)).toBeNull();
    expect(tm5174ToWgs84(0, 0)).toBeNull();
    expect(tm5174ToWgs84(127.05, 37.5)).toBeNull();
    expect(tm5174ToWgs84(5e6, 5e6)).toBeNull();
  });
});
