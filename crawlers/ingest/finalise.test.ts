import type { SiteConfig } from '../core/adapter';
import { finaliseRecord } from './finalise';

const site: SiteConfig = { id: 'test-site', name: '시험', agency: '시험', baseUrl: 'http://127.0.0.1', adapter: 'config', priority: 50, schedule: '0 * * * *', stages: ['ELEMENTARY'], params: {} };
const provenance = { siteId: 'test-site', url: 'http://127.0.0.1/x', fetchedAt: '2026-01-01T00:00:00.000Z', contentHash: 'h', adapter: 'test@1' };

describe('finaliseRecord', () => {
  test('address → 시도, 시군구 and the 법정동 code; no coordinates → the 시군구 centre, marked approximate', () => {
    const r = finaliseRecord({ kind: 'FACILITY', sourceKey: 'a', subtype: 'LOCAL_CHILDREN_CENTER', name: '햇살지역아동센터', address: '서울특별시 강서구 강서로 12', attrs: {} }, site, provenance);
    expect(r).toMatchObject({ sido: '서울특별시', sigungu: '강서구', regionCode: '11500', geoApprox: true });
    expect(r.lat).toBeCloseTo(37.55, 1);
  });

  test('coordinates from the source are kept and not approximate', () => {
    const r = finaliseRecord({ kind: 'FACILITY', sourceKey: 'a', subtype: 'OTHER', name: '센터', address: '서울 마포구 월드컵로 1', lat: 37.5665, lng: 126.9011, attrs: {} }, site, provenance);
    expect(r).toMatchObject({ sigungu: '마포구', lat: 37.5665, lng: 126.9011, geoApprox: false });
  });

  test('a region code alone gives the names', () => {
    const r = finaliseRecord({ kind: 'POLICY', sourceKey: 'p', subtype: 'POLICY', name: '출산지원금', regionCode: '11680', attrs: {} }, site, provenance);
    expect(r).toMatchObject({ sido: '서울특별시', sigungu: '강남구', regionCode: '11680' });
  });

  test('stages: the source wins, then the rules (with the rule named), then the site', () => {
    const explicit = finaliseRecord({ kind: 'POLICY', sourceKey: 'p', subtype: 'POLICY', name: '청소년 교통비', stages: ['YOUTH'], attrs: {} }, site, provenance);
    expect(explicit).toMatchObject({ stages: ['YOUTH'], primaryStage: 'YOUTH', attrs: { lifecycleReasons: ['source'] } });
    const ruled = finaliseRecord({ kind: 'POLICY', sourceKey: 'p', subtype: 'POLICY', name: '산후조리비 지원', attrs: {} }, site, provenance);
    expect(ruled.stages).toContain('PREGNANCY');
    expect((ruled.attrs.lifecycleReasons as string[]).length).toBeGreaterThan(0);
    expect(ruled.attrs.lifecycleReasons).not.toContain('site');
    const fallback = finaliseRecord({ kind: 'POLICY', sourceKey: 'p', subtype: 'POLICY', name: '무엇', attrs: {} }, site, provenance);
    expect(fallback).toMatchObject({ stages: ['ELEMENTARY'], primaryStage: 'ELEMENTARY', attrs: { lifecycleReasons: ['site'] } });
  });
});
