import type { KindergartenAttrs, PostpartumCenterAttrs } from '../../common/attrs';

/**
 * Fields the bundled sources publish that common/attrs.ts has no place for
 * yet. Kept here (and stored in attrs alongside the shared fields) until the
 * shared types adopt them; a subgraph that does not know them ignores them.
 */

/** 유치원알리미 also counts mixed-age (혼합반) and special-education (특수학급) classes. */
export interface KindergartenSeedAttrs extends KindergartenAttrs {
  otherClasses: { label: string; classes: number; enrolled: number }[];
}

/** LOCALDATA licence records carry the detailed status and the closure and suspension dates. */
export interface PostpartumSeedAttrs extends PostpartumCenterAttrs {
  /** 상세영업상태명: 영업중, 폐업, 휴업 … */
  detailedStatus: string | null;
  /** 폐업일자 */
  closedOn: string | null;
  /** 휴업시작일자 / 휴업종료일자 */
  suspendedFrom: string | null;
  suspendedUntil: string | null;
  /** 지번주소 (the record's address is the road address when there is one). */
  lotAddress: string | null;
}
