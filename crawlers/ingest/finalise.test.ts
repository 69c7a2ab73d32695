import type { SiteConfig } from '../core/adapter';
import { parseAgeRange } from '../normalise';
import { finaliseRecord } from './finalise';
import { regionFromAgency } from './region';

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

  test('no address and no region on the page: the site\'s agency gives the region, marked approximate', () => {
    const policy = { kind: 'POLICY' as const, sourceKey: 'p', subtype: 'POLICY', name: '출산축하금', attrs: {} };
    expect(finaliseRecord(policy, { ...site, agency: '서울특별시 강북구' }, provenance)).toMatchObject({ sido: '서울특별시', sigungu: '강북구', regionCode: '11305', attrs: { regionApprox: true } });
    expect(finaliseRecord(policy, { ...site, agency: '서울특별시' }, provenance)).toMatchObject({ sido: '서울특별시', sigungu: null, regionCode: null, attrs: { regionApprox: true } });
    const national = finaliseRecord(policy, { ...site, agency: '보건복지부' }, provenance);
    expect(national).toMatchObject({ sido: null, sigungu: null, regionCode: null });
    expect(national.attrs).not.toHaveProperty('regionApprox');
    // The agency the record names wins over the site's: a district's policy on the city's board, a national one.
    const district = finaliseRecord({ ...policy, attrs: { agency: '서울특별시 강남구' } }, { ...site, agency: '서울특별시' }, provenance);
    expect(district).toMatchObject({ sido: '서울특별시', sigungu: '강남구', regionCode: '11680' });
    expect(district.attrs).not.toHaveProperty('regionApprox');
    const ministry = finaliseRecord({ ...policy, attrs: { agency: '보건복지부' } }, { ...site, agency: '서울특별시' }, provenance);
    expect(ministry).toMatchObject({ sido: null, sigungu: null });
    expect(ministry.attrs).not.toHaveProperty('regionApprox');
    // The page's own region wins, and is not approximate.
    const own = finaliseRecord({ ...policy, sigungu: '도봉구', sido: '서울특별시' }, { ...site, agency: '서울특별시 강북구' }, provenance);
    expect(own).toMatchObject({ sigungu: '도봉구', regionCode: '11320' });
    expect(own.attrs).not.toHaveProperty('regionApprox');
  });

  test('a facility placed by its site\'s district is approximate twice: region and position', () => {
    const r = finaliseRecord({ kind: 'FACILITY', sourceKey: 'f', subtype: 'OTHER', name: '공동육아방', attrs: {} }, { ...site, agency: '서울특별시 노원구' }, provenance);
    expect(r).toMatchObject({ sigungu: '노원구', geoApprox: true, attrs: { regionApprox: true } });
    expect(r.lat).toBeCloseTo(37.65, 1);
  });

  test('the ages ingest tagged with are stored: months, pregnancy weeks, school grades', () => {
    const infant = finaliseRecord({ kind: 'POLICY', sourceKey: 'p', subtype: 'POLICY', name: '양육 상담', ageMonths: parseAgeRange('만 0~5세 자녀를 둔 부모'), attrs: {} }, site, provenance);
    expect(infant).toMatchObject({ primaryStage: 'INFANT', stages: ['INFANT'], attrs: { ageMonths: { text: '만 0~5세 자녀를 둔 부모', min: 0, max: 71 }, lifecycleReasons: ['age'] } });
    const pregnant = finaliseRecord({ kind: 'PROGRAM', sourceKey: 'q', subtype: 'PROGRAM', name: '태교 요가', ageMonths: parseAgeRange('임신 16주 이상'), attrs: {} }, site, provenance);
    expect(pregnant).toMatchObject({ primaryStage: 'PREGNANCY', attrs: { ageMonths: { pregnancyWeeks: { min: 16, max: null } } } });
    const pupils = finaliseRecord({ kind: 'PROGRAM', sourceKey: 'r', subtype: 'PROGRAM', name: '독서 교실', ageMonths: parseAgeRange('초등 1~3학년'), attrs: {} }, site, provenance);
    expect(pupils).toMatchObject({ primaryStage: 'ELEMENTARY', attrs: { ageMonths: { schoolGrades: { min: 1, max: 3 } } } });
    // An adapter's own attrs.ageMonths is kept.
    const own = finaliseRecord({ kind: 'POLICY', sourceKey: 's', subtype: 'POLICY', name: '수당', ageMonths: { min: 0, max: 1 }, attrs: { ageMonths: { min: 0, max: 95 } } }, site, provenance);
    expect(own.attrs.ageMonths).toEqual({ min: 0, max: 95 });
  });
});

describe('regionFromAgency', () => {
  it.each([
    ['서울특별시 강북구', { sido: '서울특별시', sigungu: '강북구', code: '11305' }],
    ['서울특별시', { sido: '서울특별시', sigungu: null, code: null }],
    ['서울특별시교육청', { sido: '서울특별시', sigungu: null, code: null }],
    ['서울특별시 가족센터', { sido: '서울특별시', sigungu: null, code: null }],
    ['세종특별자치시', { sido: '세종특별자치시', sigungu: null, code: '36110' }],
    ['보건복지부', null],
    ['한국보육진흥원', null],
    ['여성가족부', null],
    ['', null],
  ])('%s', (agency, expected) => {
    expect(regionFromAgency(agency)).toEqual(expected);
  });
});
