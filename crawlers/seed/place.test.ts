import { centroidOf } from '../../common/regions';
import { coordinate, placeFacility } from './place';

describe('placeFacility', () => {
  const gangseo = centroidOf('11500')!;

  it('keeps a valid point inside its district', () => {
    expect(placeFacility({ lat: 37.5486, lng: 126.8478 }, '11500')).toEqual({ lat: 37.5486, lng: 126.8478, geoApprox: false, issue: null });
  });

  it('uses the district centre for missing, placeholder and far-off points', () => {
    expect(placeFacility(null, '11500')).toEqual({ ...gangseo, geoApprox: true, issue: 'missing' });
    expect(placeFacility({ lat: 37.56647, lng: 126.977963 }, '11500')).toEqual({ ...gangseo, geoApprox: true, issue: 'invalid' });
    expect(placeFacility({ lat: 37.5, lng: 127.12 }, '11500')).toEqual({ ...gangseo, geoApprox: true, issue: 'far' });
  });

  it('has nothing to offer without a point or a known district', () => {
    expect(placeFacility(null, null)).toEqual({ lat: null, lng: null, geoApprox: false, issue: 'missing' });
    expect(placeFacility({ lat: 35.1, lng: 129.0 }, null)).toMatchObject({ lat: 35.1, geoApprox: false });
  });

  it('reads coordinate cells; an empty cell is not 0', () => {
    expect(coordinate('37.5')).toBe(37.5);
    expect(coordinate('')).toBeNull();
    expect(coordinate(' ')).toBeNull();
    expect(coordinate('abc')).toBeNull();
  });
});
