import type { Stage } from '../common/record';

/**
 * The simulated legacy sites (thirty, a 31st added by configuration, and the two inspection sources of issue 20): who they are and what they publish.
 * The world generator (`simulator/world`) assigns content to these ids; the
 * renderers (`simulator/sites`) serve it with each site's format and quirks;
 * the crawler's site registry points at them by the same ids.
 */
export interface SimSiteInfo {
  id: string;
  /** Korean name as the agency writes it. */
  name: string;
  agency: string;
  stages: Stage[];
  /** What the site publishes, in one line (docs and `npm run simulator`). */
  publishes: string;
  /** Response format of its data pages. */
  format: 'html' | 'xml' | 'json' | 'csv';
  /** Legacy behaviours this site reproduces (see simulator/README.md). */
  quirks: string[];
}

export const SIM_SITES: readonly SimSiteInfo[] = [
  { id: 'seoul-childcare-portal', name: '서울시 보육포털서비스', agency: '서울특별시', stages: ['INFANT'], publishes: '어린이집 전체 목록과 상세(정원·현원·반별 현황)', format: 'html', quirks: ['cp949', 'egov-post-paging', 'onclick-detail', 'etag', 'last-modified'] },
  { id: 'childcare-openapi', name: '어린이집 정보공개 Open API', agency: '한국보육진흥원', stages: ['INFANT'], publishes: '어린이집 기본정보 (시군구 코드별 XML)', format: 'xml', quirks: ['datagokr-envelope', 'intermittent-500'] },
  { id: 'gangseo-ccic', name: '강서구육아종합지원센터', agency: '서울특별시 강서구', stages: ['INFANT'], publishes: '강서구 어린이집 현황, 부모교육·체험 프로그램', format: 'html', quirks: ['ccic-cms', 'rowspan-colspan', 'utf8-bom'] },
  { id: 'nowon-ccic', name: '노원구육아종합지원센터', agency: '서울특별시 노원구', stages: ['INFANT'], publishes: '노원구 어린이집 현황, 프로그램', format: 'html', quirks: ['ccic-cms', 'cp949', 'missing-charset-header'] },
  { id: 'songpa-ccic', name: '송파구육아종합지원센터', agency: '서울특별시 송파구', stages: ['INFANT'], publishes: '송파구 어린이집 현황, 프로그램', format: 'html', quirks: ['ccic-cms', 'session-cookie-referer'] },
  { id: 'mapo-ccic', name: '마포구육아종합지원센터', agency: '서울특별시 마포구', stages: ['INFANT'], publishes: '마포구 어린이집 현황, 프로그램', format: 'html', quirks: ['ccic-cms', 'iframe'] },
  { id: 'gwanak-ccic', name: '관악구육아종합지원센터', agency: '서울특별시 관악구', stages: ['INFANT'], publishes: '관악구 어린이집 현황, 프로그램', format: 'html', quirks: ['ccic-cms', 'cp949', 'wrong-charset-header'] },
  { id: 'kinder-openapi', name: '유치원알리미 Open API', agency: '교육부', stages: ['INFANT'], publishes: '유치원 기본현황 (JSON)', format: 'json', quirks: ['json-cp949', 'etag'] },
  { id: 'postpartum-localdata', name: '지방행정 인허가데이터 (산후조리업)', agency: '행정안전부', stages: ['PREGNANCY'], publishes: '산후조리원 인허가 현황 CSV 내려받기', format: 'csv', quirks: ['csv-cp949', 'error-page-download', 'last-modified'] },
  { id: 'gangnam-health', name: '강남구보건소', agency: '서울특별시 강남구', stages: ['PREGNANCY', 'INFANT'], publishes: '임산부·영유아 건강 프로그램 게시판', format: 'html', quirks: ['cp949', 'cp949-only-syllables'] },
  { id: 'songpa-health', name: '송파구보건소', agency: '서울특별시 송파구', stages: ['PREGNANCY'], publishes: '임신·출산 프로그램 게시판', format: 'html', quirks: ['removed-404'] },
  { id: 'seoul-local-children', name: '서울시 지역아동센터 지원단', agency: '서울특별시', stages: ['ELEMENTARY'], publishes: '지역아동센터 목록 (자치구별)', format: 'html', quirks: ['rowspan-colspan', 'cp949'] },
  { id: 'seoul-dahamkke', name: '우리동네키움센터·다함께돌봄센터', agency: '서울특별시', stages: ['ELEMENTARY'], publishes: '다함께돌봄센터 목록과 상세 (현원/정원)', format: 'html', quirks: ['onclick-detail', 'seats-slash'] },
  { id: 'sen-elementary-care', name: '서울특별시교육청 초등돌봄교실', agency: '서울특별시교육청', stages: ['ELEMENTARY'], publishes: '초등돌봄교실 운영 학교 목록', format: 'html', quirks: ['frameset'] },
  { id: 'seoul-youth-center', name: '서울시립청소년수련관', agency: '서울특별시', stages: ['YOUTH', 'ELEMENTARY'], publishes: '수련관 목록과 강좌 (9/16, 접수중/마감/대기)', format: 'html', quirks: ['etag', 'last-modified', 'pager-offset'] },
  { id: 'youth-culture-house', name: '서울시 청소년문화의집', agency: '서울특별시', stages: ['YOUTH'], publishes: '청소년문화의집 목록과 프로그램', format: 'html', quirks: ['now-page-num'] },
  { id: 'youth-counsel', name: '서울시청소년상담복지센터', agency: '서울특별시', stages: ['YOUTH'], publishes: '상담복지센터 목록과 상담 프로그램', format: 'html', quirks: ['robots-disallow', 'crawl-delay'] },
  { id: 'youth-academy', name: '청소년방과후아카데미', agency: '여성가족부', stages: ['YOUTH'], publishes: '방과후아카데미 운영기관 목록', format: 'html', quirks: ['x-requested-with'] },
  { id: 'seoul-policy-board', name: '서울시 출산·육아 지원정책', agency: '서울특별시', stages: ['PREGNANCY', 'INFANT', 'ELEMENTARY', 'YOUTH'], publishes: '지원정책 게시판 (지원대상·지원내용·신청방법·신청기간)', format: 'html', quirks: ['egov-post-paging', 'last-modified'] },
  { id: 'bokjiro-api', name: '복지로 복지서비스 목록 API', agency: '보건복지부', stages: ['PREGNANCY', 'INFANT', 'ELEMENTARY', 'YOUTH'], publishes: '중앙부처 복지서비스 (wantedList XML)', format: 'xml', quirks: ['datagokr-envelope', 'rate-limit-429'] },
  { id: 'gov24-subsidy-api', name: '보조금24 공공서비스 API', agency: '행정안전부', stages: ['PREGNANCY', 'INFANT', 'ELEMENTARY', 'YOUTH'], publishes: '중앙·지자체 공공서비스 (JSON)', format: 'json', quirks: ['page-per-page'] },
  { id: 'emergency-care-24', name: '서울형 24시간 긴급돌봄센터', agency: '서울특별시', stages: ['INFANT', 'ELEMENTARY'], publishes: '24시간 긴급돌봄 어린이집·센터 목록', format: 'html', quirks: ['slow'] },
  { id: 'hospital-child-care', name: '입원아동 돌봄서비스', agency: '서울특별시', stages: ['INFANT', 'ELEMENTARY'], publishes: '입원아동 돌봄 병원·센터와 이용 안내', format: 'html', quirks: ['intermittent-500'] },
  { id: 'shared-parenting', name: '공동육아나눔터', agency: '서울특별시 가족센터', stages: ['INFANT'], publishes: '공동육아나눔터 목록', format: 'html', quirks: ['rate-limit-429'] },
  { id: 'multicultural-center', name: '다문화가족지원센터', agency: '여성가족부', stages: ['PREGNANCY', 'INFANT', 'ELEMENTARY', 'YOUTH'], publishes: '다문화가족지원센터 목록과 프로그램', format: 'html', quirks: ['redirect-loop'] },
  { id: 'family-center', name: '건강가정지원센터', agency: '여성가족부', stages: ['PREGNANCY', 'INFANT', 'ELEMENTARY'], publishes: '가족센터 목록과 가족 프로그램', format: 'html', quirks: ['oversized-page'] },
  { id: 'hourly-care', name: '시간제보육 제공기관 (임신육아종합포털 아이사랑)', agency: '보건복지부', stages: ['INFANT'], publishes: '시간제보육 제공기관 목록과 상세', format: 'html', quirks: ['removed-404', 'no-validators'] },
  { id: 'idolbom', name: '아이돌봄서비스', agency: '여성가족부', stages: ['INFANT', 'ELEMENTARY'], publishes: '아이돌봄 서비스 유형과 정부지원 안내', format: 'html', quirks: ['utf8-bom'] },
  { id: 'seoul-mom-care', name: '서울 임신·출산 정보센터', agency: '서울특별시', stages: ['PREGNANCY'], publishes: '임신·출산 지원사업과 산모 프로그램', format: 'html', quirks: ['etag'] },
  { id: 'gangnam-policy', name: '강남구 출산·양육 지원', agency: '서울특별시 강남구', stages: ['PREGNANCY', 'INFANT', 'ELEMENTARY'], publishes: '강남구 출산장려금·양육지원 사업', format: 'html', quirks: ['cp949'] },
  // The 31st: a newer CMS (JSON behind XHR, <dl> views, the venue in an iframe), added after the thirty; last, so the others keep their ports.
  { id: 'gangbuk-ccic', name: '강북구육아종합지원센터', agency: '서울특별시 강북구', stages: ['INFANT'], publishes: '부모교육·놀이체험 프로그램 (XHR JSON 목록, <dl> 상세, 교육장소 iframe)', format: 'json', quirks: ['xhr-json-post-paging', 'session-cookie-referer', 'dl-detail', 'iframe-address', 'weekday-dates', 'removed-404', 'etag'] },
  // Inspection history (issue 20), after the 31 so their ports stay: the portal's 점검내역 screen and the 유치원알리미 safety-inspection API.
  { id: 'seoul-childcare-inspections', name: '서울시 보육포털서비스 점검내역', agency: '서울특별시', stages: ['INFANT'], publishes: '어린이집·유치원 지도점검 내역 (점검일, 정기/수시/합동, 지적사항, 시정명령/과태료/보조금 환수, 처리상태)', format: 'json', quirks: ['xhr-json-paging', 'etag'] },
  { id: 'kinder-safety', name: '유치원알리미 안전점검 Open API', agency: '교육부', stages: ['INFANT'], publishes: '유치원 안전점검 현황 (놀이시설, CCTV, 소방, 가스, 전기)', format: 'json', quirks: ['json-cp949', 'etag'] },
];

export function simSite(id: string): SimSiteInfo {
  const site = SIM_SITES.find((s) => s.id === id);
  if (!site) throw new Error(`unknown simulated site: ${id}`);
  return site;
}
