import { PROGRAM_STATUSES } from '../../common/program-status';
import { kindOfTypename } from '../../common/typenames';

/**
 * The rows of the REST facade: flat records, as 공공데이터포털 APIs return
 * them (lists are comma-joined, nested values flattened), so the JSON and
 * the XML of one item have the same fields. Each item type is its JSON
 * schema (printed into the OpenAPI document) and its mapper from the
 * GraphQL answer (the facade's only source of data).
 */
export interface FieldSchema {
  type: 'string' | 'integer' | 'number' | 'boolean';
  nullable?: boolean;
  description: string;
  enum?: readonly string[];
}

export type ItemSchema = Record<string, FieldSchema>;
export type Item = Record<string, string | number | boolean | null>;

const s = (description: string, nullable = false): FieldSchema => ({ type: 'string', description, nullable });
const int = (description: string, nullable = true): FieldSchema => ({ type: 'integer', description, nullable });
const num = (description: string, nullable = true): FieldSchema => ({ type: 'number', description, nullable });
const bool = (description: string): FieldSchema => ({ type: 'boolean', description });

const join = (list: unknown): string => (Array.isArray(list) ? list.join(',') : '');
const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** GraphQL selections the items below are mapped from. */
export const FACILITY_FIELDS = `id name kind kindLabel stages primaryStage region { sido sigungu code } address phone
  location { lat lng approximate } specialCare updatedAt withdrawn
  ... on ChildcareCenter { capacity enrolled } ... on Kindergarten { capacity enrolled } ... on InfantFacility { capacity enrolled }
  ... on AfterSchoolCareCenter { capacity enrolled } ... on YouthFacility { capacity enrolled }`;

export const FACILITY_ITEM: ItemSchema = {
  id: s('시설 ID (facility id, stable)'),
  name: s('시설명 (name)'),
  kind: s('시설 종류 코드 (kind, e.g. CHILDCARE_CENTER)'),
  kindLabel: s('시설 종류 (어린이집, 산후조리원 …)'),
  stages: s('생애주기, 쉼표 구분 (stages, comma-separated: PREGNANCY, INFANT, ELEMENTARY, YOUTH)'),
  primaryStage: s('주 생애주기 (primary stage)'),
  sido: s('시도', true),
  sigungu: s('시군구', true),
  regionCode: s('시군구 코드 5자리 (region code)', true),
  address: s('주소 (address)', true),
  phone: s('전화번호 (phone)', true),
  lat: num('위도 (latitude)'),
  lng: num('경도 (longitude)'),
  locationApproximate: { type: 'boolean', nullable: true, description: '좌표가 시군구 중심점인지 (the point is the district centroid)' },
  specialCare: s('특수보육, 쉼표 구분 (special care flags, comma-separated)'),
  capacity: int('정원 (capacity)'),
  enrolled: int('현원 (enrolled)'),
  updatedAt: s('최종 변경 시각 ISO (last change)'),
  withdrawn: bool('폐지 여부 (withdrawn: no longer published)'),
};

export function facilityItem(n: any): Item {
  return {
    id: n.id,
    name: n.name,
    kind: n.kind,
    kindLabel: n.kindLabel,
    stages: join(n.stages),
    primaryStage: n.primaryStage,
    sido: n.region?.sido ?? null,
    sigungu: n.region?.sigungu ?? null,
    regionCode: n.region?.code ?? null,
    address: n.address ?? null,
    phone: n.phone ?? null,
    lat: n.location?.lat ?? null,
    lng: n.location?.lng ?? null,
    locationApproximate: n.location?.approximate ?? null,
    specialCare: join(n.specialCare),
    capacity: orNull(n.capacity),
    enrolled: orNull(n.enrolled),
    updatedAt: n.updatedAt,
    withdrawn: n.withdrawn,
  };
}

export const POLICY_FIELDS = `id name stages primaryStage region { sido sigungu code } summary target benefit amountKrw howToApply
  applicationPeriod { text start end always } agency contact url supportType updatedAt withdrawn`;

export const POLICY_ITEM: ItemSchema = {
  id: s('정책 ID (policy id, stable)'),
  name: s('정책명 (name)'),
  stages: s('생애주기, 쉼표 구분 (stages, comma-separated)'),
  primaryStage: s('주 생애주기 (primary stage)'),
  sido: s('시도', true),
  sigungu: s('시군구', true),
  regionCode: s('시군구 코드 (region code)', true),
  summary: s('서비스 요약 (summary)', true),
  target: s('지원대상 (who qualifies)', true),
  benefit: s('지원내용 (benefit)', true),
  amountKrw: int('지원금액 원 (amount, KRW)'),
  howToApply: s('신청방법 (how to apply)', true),
  applicationPeriod: s('신청기간 원문 (application period as published)', true),
  applicationStart: s('신청 시작일 YYYY-MM-DD', true),
  applicationEnd: s('신청 종료일 YYYY-MM-DD', true),
  applicationAlways: { type: 'boolean', nullable: true, description: '상시신청 (open all year)' },
  agency: s('소관기관 (agency)', true),
  contact: s('문의처 (contact)', true),
  url: s('안내 주소 (URL)', true),
  supportType: s('지원유형 (현금, 현물, 이용권, 서비스 …)', true),
  updatedAt: s('최종 변경 시각 ISO (last change)'),
  withdrawn: bool('폐지 여부 (withdrawn)'),
};

export function policyItem(n: any): Item {
  const period = n.applicationPeriod;
  return {
    id: n.id,
    name: n.name,
    stages: join(n.stages),
    primaryStage: n.primaryStage,
    sido: n.region?.sido ?? null,
    sigungu: n.region?.sigungu ?? null,
    regionCode: n.region?.code ?? null,
    summary: n.summary ?? null,
    target: n.target ?? null,
    benefit: n.benefit ?? null,
    amountKrw: n.amountKrw ?? null,
    howToApply: n.howToApply ?? null,
    applicationPeriod: period?.text ?? null,
    applicationStart: period?.start ?? null,
    applicationEnd: period?.end ?? null,
    applicationAlways: period?.always ?? null,
    agency: n.agency ?? null,
    contact: n.contact ?? null,
    url: n.url ?? null,
    supportType: n.supportType ?? null,
    updatedAt: n.updatedAt,
    withdrawn: n.withdrawn,
  };
}

export const PROGRAM_FIELDS = `id name category target ages minAgeMonths maxAgeMonths period { text start end } schedule place fee
  capacity enrolled freeSeats status statusLabel contact description url stages primaryStage region { sido sigungu code }
  provider { id name } updatedAt withdrawn`;

export const PROGRAM_ITEM: ItemSchema = {
  id: s('프로그램 ID (programme id, stable)'),
  name: s('프로그램명 (name)'),
  category: s('분류 (category: 부모교육, 체험, 상담, 강좌 …)', true),
  target: s('대상 (who it is for)', true),
  ages: s('대상연령 원문 (ages as published)', true),
  minAgeMonths: int('대상연령 하한, 개월 (youngest age in months, when parsed)'),
  maxAgeMonths: int('대상연령 상한, 개월 (oldest age in months, when parsed)'),
  period: s('교육기간 원문 (period as published)', true),
  periodStart: s('시작일 YYYY-MM-DD (first day)', true),
  periodEnd: s('종료일 YYYY-MM-DD (last day)', true),
  schedule: s('일정 (schedule)', true),
  place: s('장소 (place)', true),
  fee: s('참가비 (fee)', true),
  capacity: int('모집인원 (capacity)'),
  enrolled: int('신청인원 (enrolled)'),
  freeSeats: int('남은 자리 (free seats)'),
  // No `enum`: the value is null when the board's word maps to no status, and the OpenAPI enum would have to list null.
  status: s(`접수상태 코드 (registration status: ${Object.entries(PROGRAM_STATUSES).map(([code, st]) => `${code} ${st.label}`).join(', ')})`, true),
  statusLabel: s('접수상태 (status in Korean, as published when it maps to no code)', true),
  contact: s('문의 (contact)', true),
  description: s('내용 (description)', true),
  url: s('안내 주소 (URL)', true),
  stages: s('생애주기, 쉼표 구분 (stages, comma-separated)'),
  primaryStage: s('주 생애주기 (primary stage)'),
  sido: s('시도', true),
  sigungu: s('시군구', true),
  regionCode: s('시군구 코드 (region code)', true),
  providerId: s('운영기관 시설 ID (the facility that runs it, when known)', true),
  providerName: s('운영기관명 (provider name, when known)', true),
  updatedAt: s('최종 변경 시각 ISO (last change)'),
  withdrawn: bool('폐지 여부 (withdrawn)'),
};

export function programItem(n: any): Item {
  return {
    id: n.id,
    name: n.name,
    category: n.category ?? null,
    target: n.target ?? null,
    ages: n.ages ?? null,
    minAgeMonths: n.minAgeMonths ?? null,
    maxAgeMonths: n.maxAgeMonths ?? null,
    period: n.period?.text ?? null,
    periodStart: n.period?.start ?? null,
    periodEnd: n.period?.end ?? null,
    schedule: n.schedule ?? null,
    place: n.place ?? null,
    fee: n.fee ?? null,
    capacity: n.capacity ?? null,
    enrolled: n.enrolled ?? null,
    freeSeats: n.freeSeats ?? null,
    status: n.status ?? null,
    statusLabel: n.statusLabel ?? null,
    contact: n.contact ?? null,
    description: n.description ?? null,
    url: n.url ?? null,
    stages: join(n.stages),
    primaryStage: n.primaryStage,
    sido: n.region?.sido ?? null,
    sigungu: n.region?.sigungu ?? null,
    regionCode: n.region?.code ?? null,
    providerId: n.provider?.id ?? null,
    providerName: n.provider?.name ?? null,
    updatedAt: n.updatedAt,
    withdrawn: n.withdrawn,
  };
}

export const SEARCH_FIELDS = `score distanceKm highlights { fragment }
  node { __typename ... on Facility { id name kind primaryStage region { sido sigungu } address }
         ... on Policy { id name primaryStage region { sido sigungu } summary }
         ... on Program { id name primaryStage region { sido sigungu } category } }`;

export const SEARCH_ITEM: ItemSchema = {
  id: s('ID'),
  recordKind: { type: 'string', description: '시설, 정책 또는 프로그램 (FACILITY, POLICY or PROGRAM)', enum: ['FACILITY', 'POLICY', 'PROGRAM'] },
  name: s('이름 (name)'),
  kind: s('시설 종류 코드, 정책은 POLICY, 프로그램은 PROGRAM (facility kind, or POLICY, PROGRAM)'),
  primaryStage: s('주 생애주기 (primary stage)'),
  sido: s('시도', true),
  sigungu: s('시군구', true),
  address: s('주소 (facilities)', true),
  summary: s('요약 (policies), 분류 (programmes)', true),
  score: num('관련도 (relevance)', false),
  distanceKm: num('거리 km (with lat/lng)'),
  highlight: s('일치 부분 (a matching fragment)', true),
};

export function searchItem(edge: any): Item {
  const n = edge.node;
  // The typename table knows every hit's kind (common/typenames.ts): no hit goes unclassified.
  const recordKind = kindOfTypename(n.__typename);
  if (!recordKind) throw new Error(`search hit of unknown type ${String(n.__typename)}`);
  return {
    id: n.id,
    recordKind,
    name: n.name,
    kind: recordKind === 'FACILITY' ? n.kind : recordKind,
    primaryStage: n.primaryStage,
    sido: n.region?.sido ?? null,
    sigungu: n.region?.sigungu ?? null,
    address: recordKind === 'FACILITY' ? n.address ?? null : null,
    summary: recordKind === 'POLICY' ? n.summary ?? null : recordKind === 'PROGRAM' ? n.category ?? null : null,
    score: edge.score,
    distanceKm: edge.distanceKm ?? null,
    highlight: edge.highlights?.[0]?.fragment ?? null,
  };
}

export const WAITLIST_ITEM: ItemSchema = {
  position: int('대기순번 (position)', false),
  rank: int('순위: 1순위, 2순위, 3순위(일반) (priority rank)', false),
  points: int('우선순위 점수 (points)', false),
  appliedOn: s('신청일 YYYY-MM-DD (KST)'),
  offered: bool('입소 제안 중 (a seat is offered)'),
};

/** One inspection (점검 이력) of a facility: Facility.inspections, flat (measures comma-separated). */
export const INSPECTION_ITEM: ItemSchema = {
  date: s('점검일 YYYY-MM-DD (없으면 null: CCTV 설치 현황)', true),
  type: s('점검 구분: 정기, 수시, 합동, 또는 안전점검 항목 (놀이시설 안전검사, CCTV 설치, 소방대피훈련, 소방안전점검, 가스점검, 전기점검)'),
  category: s('GUIDANCE 지도점검 (보육포털 점검내역), SAFETY 안전점검 (유치원알리미)'),
  findings: s('지적사항 (없으면 null)', true),
  measures: s('조치: 시정명령, 과태료, 보조금 환수 — 쉼표 구분 (없으면 빈 문자열)'),
  result: s('결과 (적합, 점검 실시, 미실시 …)', true),
  status: s('처리상태 (완료, 조치중, 조치완료)', true),
  violation: bool('위반 사항 있음 (violation found)'),
  source: s('출처 사이트 ID (source site id)'),
};

export const INSPECTION_FIELDS = 'date type category findings measures result status violation source';

export function inspectionItem(i: any): Item {
  return {
    date: orNull(i.date),
    type: i.type,
    category: i.category,
    findings: orNull(i.findings),
    measures: join(i.measures),
    result: orNull(i.result),
    status: orNull(i.status),
    violation: i.violation === true,
    source: i.source,
  };
}

export const SOURCE_ITEM: ItemSchema = {
  id: s('출처 사이트 ID'),
  name: s('사이트명'),
  agency: s('운영기관 (agency)'),
  url: s('주소 (URL)'),
  stages: s('생애주기, 쉼표 구분 (stages)'),
  records: int('게시 중인 자료 수 (active records)', false),
  lastCrawlStatus: s('최근 수집 결과 (last crawl: SUCCEEDED, PARTIAL, FAILED, ABORTED, RUNNING)', true),
  lastCrawlAt: s('최근 수집 시작 ISO (last crawl start)', true),
  lastSuccessAt: s('최근 성공 수집 종료 ISO (last successful crawl end)', true),
};

export function sourceItem(n: any): Item {
  return {
    id: n.id,
    name: n.name,
    agency: n.agency,
    url: n.url,
    stages: join(n.stages),
    records: n.records,
    lastCrawlStatus: n.lastCrawl?.status ?? null,
    lastCrawlAt: n.lastCrawl?.startedAt ?? null,
    lastSuccessAt: n.lastSuccess?.finishedAt ?? n.lastSuccess?.startedAt ?? null,
  };
}

export const CHANGE_FIELDS = `cursor op at id recordKind facility { name kind updatedAt withdrawn } policy { name updatedAt withdrawn }
  program { name updatedAt withdrawn }`;

export const CHANGE_ITEM: ItemSchema = {
  cursor: s('이 변경 뒤부터 받으려면 since로 넘기는 커서 (pass as since to resume after this change)'),
  op: { type: 'string', description: '변경 유형 (CREATED, UPDATED, WITHDRAWN)', enum: ['CREATED', 'UPDATED', 'WITHDRAWN'] },
  at: s('변경 시각 ISO (when)'),
  id: s('시설, 정책 또는 프로그램 ID'),
  recordKind: { type: 'string', description: 'FACILITY, POLICY 또는 PROGRAM', enum: ['FACILITY', 'POLICY', 'PROGRAM'] },
  name: s('현재 이름 (name now)', true),
  kind: s('시설 종류 코드, 정책은 POLICY, 프로그램은 PROGRAM', true),
  updatedAt: s('자료의 최종 변경 시각 ISO', true),
  withdrawn: { type: 'boolean', nullable: true, description: '현재 폐지 여부 (withdrawn now)' },
};

export function changeItem(c: any): Item {
  const record = c.facility ?? c.policy ?? c.program;
  return {
    cursor: c.cursor,
    op: c.op,
    at: c.at,
    id: c.id,
    recordKind: c.recordKind,
    name: record?.name ?? null,
    kind: c.facility ? c.facility.kind : c.policy ? 'POLICY' : c.program ? 'PROGRAM' : null,
    updatedAt: record?.updatedAt ?? null,
    withdrawn: record?.withdrawn ?? null,
  };
}
