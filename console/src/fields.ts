import { graphql } from './gql';
import type { ConsoleRecordFragment } from './gql/graphql';
/**
 * The curatable fields of a record (subgraphs/curation/fields.ts is the
 * authority; the API refuses anything else), how the console reads each
 * from a CuratedRecord, and how an editor types its value.
 */
export type RecordKind = 'FACILITY' | 'POLICY' | 'PROGRAM';
export type FieldInput = 'text' | 'longtext' | 'number' | 'json';

export interface FieldSpec {
  name: string;
  ko: string;
  en: string;
  kinds: RecordKind[];
  input: FieldInput;
}

const ALL: RecordKind[] = ['FACILITY', 'POLICY', 'PROGRAM'];
const F: RecordKind[] = ['FACILITY'];
const P: RecordKind[] = ['POLICY'];

export const FIELDS: FieldSpec[] = [
  { name: 'name', ko: '이름', en: 'Name', kinds: ALL, input: 'text' },
  { name: 'kind', ko: '시설 종류', en: 'Facility kind', kinds: F, input: 'text' },
  { name: 'stages', ko: '생애주기', en: 'Life stages', kinds: ALL, input: 'json' },
  { name: 'primaryStage', ko: '주 생애주기', en: 'Primary stage', kinds: ALL, input: 'text' },
  { name: 'plainSummary', ko: '쉬운 말 요약', en: 'Plain summary', kinds: ALL, input: 'longtext' },
  { name: 'region', ko: '지역 (시도·시군구)', en: 'Region', kinds: ALL, input: 'json' },
  { name: 'address', ko: '주소', en: 'Address', kinds: ALL, input: 'text' },
  { name: 'phone', ko: '전화번호', en: 'Phone', kinds: F, input: 'text' },
  { name: 'homepage', ko: '홈페이지', en: 'Homepage', kinds: F, input: 'text' },
  { name: 'location', ko: '위치 (위도·경도)', en: 'Location', kinds: F, input: 'json' },
  { name: 'capacity', ko: '정원', en: 'Capacity', kinds: F, input: 'number' },
  { name: 'enrolled', ko: '현원', en: 'Enrolled', kinds: F, input: 'number' },
  { name: 'specialCare', ko: '특수 보육', en: 'Special care', kinds: F, input: 'json' },
  { name: 'operatingStatus', ko: '운영 상태', en: 'Operating status', kinds: F, input: 'text' },
  { name: 'centerType', ko: '설립 유형', en: 'Centre type', kinds: F, input: 'text' },
  { name: 'openingHours', ko: '운영 시간', en: 'Opening hours', kinds: F, input: 'json' },
  { name: 'summary', ko: '요약', en: 'Summary', kinds: P, input: 'longtext' },
  { name: 'target', ko: '지원 대상', en: 'Target', kinds: P, input: 'longtext' },
  { name: 'benefit', ko: '지원 내용', en: 'Benefit', kinds: P, input: 'longtext' },
  { name: 'amountKrw', ko: '지원 금액 (원)', en: 'Amount (KRW)', kinds: P, input: 'number' },
  { name: 'howToApply', ko: '신청 방법', en: 'How to apply', kinds: P, input: 'longtext' },
  { name: 'applicationPeriod', ko: '신청 기간', en: 'Application period', kinds: P, input: 'json' },
  { name: 'agency', ko: '담당 기관', en: 'Agency', kinds: P, input: 'text' },
  { name: 'contact', ko: '문의처', en: 'Contact', kinds: P, input: 'text' },
  { name: 'url', ko: '안내 주소', en: 'URL', kinds: P, input: 'text' },
  { name: 'supportType', ko: '지원 유형', en: 'Support type', kinds: P, input: 'text' },
];

/** A record as the console's record and merge pages load it (the ConsoleRecord fragment below). */
export type CuratedRecordData = ConsoleRecordFragment;

/** The value the public sees for a field of this record. */
export function fieldValue(record: CuratedRecordData, field: string): unknown {
  switch (field) {
    case 'kind':
      return record.subtype;
    case 'region':
      return record.region ? { sido: record.region.sido, sigungu: record.region.sigungu } : null;
    case 'location':
      return record.location ? { lat: record.location.lat, lng: record.location.lng } : null;
    case 'name':
    case 'stages':
    case 'primaryStage':
    case 'address':
    case 'phone':
    case 'capacity':
    case 'enrolled':
    case 'specialCare':
    case 'plainSummary':
      return record[field];
    default:
      return (record.attrs as Record<string, unknown>)[field] ?? null;
  }
}

/** A value as one line of text (null as an em dash). */
export function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export { FACILITY_KINDS } from '../../common/record';

export const STAGES = ['PREGNANCY', 'INFANT', 'ELEMENTARY', 'YOUTH'] as const;
export const STAGE_LABELS: Record<string, { ko: string; en: string }> = {
  PREGNANCY: { ko: '임신·출산', en: 'Pregnancy' },
  INFANT: { ko: '영유아', en: 'Infant' },
  ELEMENTARY: { ko: '초등', en: 'Elementary' },
  YOUTH: { ko: '청소년', en: 'Youth' },
};

/** The fields the record and merge pages show; operations spread it as `...ConsoleRecord` (codegen includes it). */
export const RECORD_FRAGMENT = graphql(`
  fragment ConsoleRecord on CuratedRecord {
    id recordKind subtype name stages primaryStage region { sido sigungu } address phone location { lat lng }
    specialCare capacity enrolled plainSummary attrs published withdrawn mergedInto mergedIds updatedAt
    overrides { field value baseValue overriddenBase needsReview setBy setAt reason }
    sources { siteId sourceKey url fetchedAt priority status }
  }`);
