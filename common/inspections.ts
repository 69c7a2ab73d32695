/**
 * An inspection of a facility (점검 이력), as ingest keeps it in the
 * facility's `attrs.inspections` (issue 20, docs/inspections.md). Two
 * kinds of source file them: the 보육포털 점검내역 (지도점검: 정기 / 수시 /
 * 합동, with findings and measures) and the 유치원알리미 safety-inspection API
 * (안전점검: 놀이시설, CCTV, 소방, 가스, 전기). The catalog merge unites the
 * lists of every source of a facility (store/catalog/merge.ts).
 */
export interface Inspection {
  /** YYYY-MM-DD; null when the source gives none (CCTV 설치 현황 has no date). */
  date: string | null;
  /** As published: 정기 / 수시 / 합동, or the safety item: 놀이시설 안전검사, CCTV 설치, 소방대피훈련, 소방안전점검, 가스점검, 전기점검. */
  type: string;
  /** GUIDANCE: 지도점검 of the 점검내역; SAFETY: 안전점검 of 유치원알리미. */
  category: 'GUIDANCE' | 'SAFETY';
  /** 지적사항 as published; null when there were none. */
  findings: string | null;
  /** 조치: 시정명령, 과태료, 보조금 환수 … (empty when none). */
  measures: string[];
  /** The result as published (적합, 점검 실시, 미실시 …), when the source states one. */
  result: string | null;
  /** 처리상태 (완료, 조치중, 조치완료), when the source states one. */
  status: string | null;
  /** Something was found wrong: findings with measures, or a result of 부적합. */
  violation: boolean;
  /** Registry id of the site that published it. */
  source: string;
}

export const INSPECTION_MEASURES = ['시정명령', '과태료', '보조금 환수'] as const;

/** The inspections a facility's attrs carry (anything malformed is dropped), newest first, undated last. */
export function inspectionsOf(attrs: Record<string, unknown>): Inspection[] {
  const list = Array.isArray(attrs.inspections) ? (attrs.inspections as unknown[]) : [];
  const out = list.filter((i): i is Inspection => typeof i === 'object' && i !== null && typeof (i as Inspection).type === 'string' && typeof (i as Inspection).source === 'string');
  return sortInspections(out);
}

export function sortInspections(list: readonly Inspection[]): Inspection[] {
  return [...list].sort((a, b) => {
    if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1;
    return a.source < b.source ? -1 : a.source > b.source ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
  });
}
