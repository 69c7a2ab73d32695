import type { Inspection } from '../../common/inspections';
import { mergeSources, type SourceState } from './merge';

/** The merge takes each attr from the most trusted source, except inspections: every source's are kept (issue 20). */
const inspection = (source: string, date: string | null, type: string): Inspection => ({
  date, type, category: source === 'kinder-safety' ? 'SAFETY' : 'GUIDANCE', findings: null, measures: [], result: null, status: null, violation: false, source,
});

function state(siteId: string, priority: number, attrs: Record<string, unknown>): SourceState {
  return {
    siteId,
    priority,
    content: { kind: 'FACILITY', sourceKey: `${siteId}:1`, subtype: 'KINDERGARTEN', name: '강남유정유치원', stages: ['INFANT'], primaryStage: 'INFANT', sigungu: '강남구', attrs },
    provenance: { siteId, url: 'http://x', fetchedAt: '2026-03-01T00:00:00Z', contentHash: 'h', adapter: `${siteId}@1` },
  };
}

test('inspections of every source are united, newest first and undated last; other attrs still come from the most trusted source', () => {
  const merged = mergeSources([
    state('seoul-childcare-inspections', 90, { inspections: [inspection('seoul-childcare-inspections', '2024-05-02', '정기')], establishment: '사립' }),
    state('kinder-openapi', 10, { establishment: '사립(사인)' }),
    state('kinder-safety', 90, { inspections: [inspection('kinder-safety', null, 'CCTV 설치'), inspection('kinder-safety', '2019-04-01', '놀이시설 안전검사')] }),
  ]);
  expect(merged.attrs.establishment).toBe('사립(사인)');
  expect((merged.attrs.inspections as Inspection[]).map((i) => [i.source, i.date, i.type])).toEqual([
    ['seoul-childcare-inspections', '2024-05-02', '정기'],
    ['kinder-safety', '2019-04-01', '놀이시설 안전검사'],
    ['kinder-safety', null, 'CCTV 설치'],
  ]);
});

test('a facility no inspection source names has no inspections attr', () => {
  expect(mergeSources([state('kinder-openapi', 10, { establishment: '공립(병설)' })]).attrs).not.toHaveProperty('inspections');
});
