import { EXTRACTOR_VERSION, type Criterion } from '../../common/benefits/criteria';
import { effectiveCriteria } from '../../common/benefits/effective';
import type { SiteConfig } from '../core/adapter';
import { finaliseRecord } from './finalise';

const site: SiteConfig = { id: 'gov24-subsidy-api', name: '보조금24', agency: '행정안전부', baseUrl: 'http://127.0.0.1', adapter: 'config', priority: 50, schedule: '0 * * * *', stages: ['INFANT'], params: {} };
const provenance = { siteId: site.id, url: 'http://127.0.0.1/x', fetchedAt: '2026-01-01T00:00:00.000Z', contentHash: 'h', adapter: 'test@1' };
const policy = (target: string, extra: Record<string, unknown> = {}) =>
  finaliseRecord({ kind: 'POLICY', sourceKey: 'p', subtype: 'POLICY', name: '강남구 출산지원금', regionCode: '11680', attrs: { target, ...extra } }, site, provenance);

describe('criteria at ingest finalisation', () => {
  test('a policy record carries its criteria and the extractor version; the district is the residence', () => {
    const r = policy('출생일 기준 6개월 이상 강남구에 거주한 부모');
    expect(r.attrs.criteriaVersion).toBe(EXTRACTOR_VERSION);
    expect(r.attrs.criteria).toEqual([
      // 출생일 기준: a birth in the household, its period not stated (one year, marked as assumed)…
      expect.objectContaining({ kind: 'AGE', subject: 'CHILD', birth: true, windowAssumed: true, maxMonths: 11, origin: 'TEXT', evidence: expect.objectContaining({ field: 'target', text: '출생일 기준' }) }),
      // …and the months of residence counted at that birth.
      expect.objectContaining({ kind: 'RESIDENCE', sido: '서울특별시', sigungu: '강남구', minMonths: 6, atBirth: true, origin: 'TEXT', sourceId: site.id, evidence: expect.objectContaining({ field: 'target', text: '6개월 이상 강남구에 거주' }) }),
    ]);
  });

  test('a crawl that changes the text changes the criteria', () => {
    const before = policy('출생일 기준 6개월 이상 강남구에 거주한 부모').attrs.criteria as Criterion[];
    const after = policy('출생일 기준 12개월 이상 강남구에 거주한 부모').attrs.criteria as Criterion[];
    expect(before.find((c) => c.kind === 'RESIDENCE')).toMatchObject({ minMonths: 6 });
    expect(after.find((c) => c.kind === 'RESIDENCE')).toMatchObject({ minMonths: 12 });
  });

  test('the structured JA codes the adapter stored come first', () => {
    const r = policy('강남구 거주 한부모 가정 자녀', { supportConditions: JSON.stringify({ JA0403: 'Y' }) });
    expect((r.attrs.criteria as Criterion[]).map((c) => [c.kind, c.origin, c.evidence.text])).toEqual([
      ['ANY_OF', 'STRUCTURED', 'JA0403=Y'],
      ['HOUSEHOLD', 'TEXT', '한부모'],
      ['RESIDENCE', 'TEXT', '강남구 거주'],
    ]);
  });

  test('facilities get none', () => {
    const r = finaliseRecord({ kind: 'FACILITY', sourceKey: 'a', subtype: 'OTHER', name: '센터', address: '서울 마포구 월드컵로 1', attrs: {} }, site, provenance);
    expect(r.attrs.criteria).toBeUndefined();
  });

  test('read back: an older extractor version is re-derived, an editors\' override is returned as is', () => {
    const r = policy('만 0~5세 영유아');
    const stale = { sido: r.sido, sigungu: r.sigungu, attrs: { ...r.attrs, criteria: [], criteriaVersion: EXTRACTOR_VERSION - 1 } };
    expect(effectiveCriteria(stale).map((c) => c.kind)).toEqual(['AGE', 'RESIDENCE']);
    const curated = { ...stale, attrs: { ...stale.attrs, criteria: [] }, curatedFields: ['criteria'] };
    expect(effectiveCriteria(curated)).toEqual([]);
  });
});

describe('a policy merged from two portals', () => {
  test('is judged on the merged fields: 보조금24 JA codes with 복지로 text, whichever source ranks first', async () => {
    const { mergeSources } = await import('../../store/catalog/merge');
    const bokjiro = finaliseRecord({ kind: 'POLICY', sourceKey: 'WLF1', subtype: 'POLICY', name: '한부모가족 아동양육비 지원', attrs: { target: '기준중위소득 63% 이하 한부모가족의 18세 미만 자녀' } }, { ...site, id: 'bokjiro-api', priority: 10 }, { ...provenance, siteId: 'bokjiro-api' });
    const gov24 = finaliseRecord({ kind: 'POLICY', sourceKey: '0001', subtype: 'POLICY', name: '한부모가족 아동양육비 지원', attrs: { supportConditions: JSON.stringify({ JA0110: 0, JA0111: 17, JA0403: 'Y' }) } }, site, provenance);
    const { provenance: p1, ...c1 } = bokjiro;
    const { provenance: p2, ...c2 } = gov24;
    const merged = mergeSources([
      { siteId: 'bokjiro-api', priority: 10, content: c1, provenance: p1 },
      { siteId: site.id, priority: 50, content: c2, provenance: p2 },
    ]);
    expect((merged.attrs.criteria as Criterion[]).map((c) => `${c.origin}:${c.kind}`)).toEqual(['STRUCTURED:ANY_OF', 'TEXT:INCOME', 'TEXT:HOUSEHOLD', 'TEXT:AGE']);
  });
});
