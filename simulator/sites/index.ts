import type { SiteDef } from '../types';
import { bokjiroApi, childcareOpenApi, gov24SubsidyApi, kinderOpenApi, postpartumLocaldata } from './apis';
import { ccicSite } from './ccic';
import { childcareInspections, kinderSafety } from './inspections';
import { familySite, oversized, redirectLoop } from './families';
import { seoulChildcarePortal } from './seoul-childcare-portal';
import { xhrCentre } from './xhr-centre';

/** Renderer of every simulated site by id (see site-list.ts for who they are). */
const defs: SiteDef[] = [
  seoulChildcarePortal,
  childcareOpenApi,
  ccicSite({ id: 'gangseo-ccic', sigungu: '강서구', skin: 'a', encoding: 'utf-8', bom: true, phoneStyle: 'paren' }),
  ccicSite({ id: 'nowon-ccic', sigungu: '노원구', skin: 'b', encoding: 'cp949', charsetHeader: 'missing', phoneStyle: 'space' }),
  ccicSite({ id: 'songpa-ccic', sigungu: '송파구', skin: 'b', encoding: 'utf-8', session: true, phoneStyle: 'paren' }),
  ccicSite({ id: 'mapo-ccic', sigungu: '마포구', skin: 'a', encoding: 'utf-8', iframe: true, phoneStyle: 'dash' }),
  ccicSite({ id: 'gwanak-ccic', sigungu: '관악구', skin: 'b', encoding: 'cp949', charsetHeader: 'wrong', phoneStyle: 'paren' }),
  kinderOpenApi,
  postpartumLocaldata,
  familySite({ id: 'gangnam-health', encoding: 'cp949', paging: 'page' }),
  familySite({ id: 'songpa-health', staleLists: true, paging: 'page' }),
  familySite({ id: 'seoul-local-children', encoding: 'cp949', groupBySigungu: true, perPage: 30 }),
  familySite({ id: 'seoul-dahamkke', detailLinks: 'onclick', seatsSlash: true, perPage: 20 }),
  familySite({ id: 'sen-elementary-care', frameset: true, perPage: 25 }),
  familySite({ id: 'seoul-youth-center', validators: 'both', paging: 'pagerOffset', perPage: 20 }),
  familySite({ id: 'youth-culture-house', paging: 'nowPageNum' }),
  familySite({
    id: 'youth-counsel',
    robots: 'User-agent: *\nCrawl-delay: 1\nDisallow: /private/\nDisallow: /member/\n',
    perPage: 30,
    extraLinks: [['상담기록 관리 (직원 전용)', '/private/counsel-records.do']],
    extra: (req) => (req.path.startsWith('/private/') ? { kind: 'html', noValidators: true, body: '<html><body><h1>내부 자료: 상담기록</h1><p>상담 대상자 홍길동 010-1234-5678</p></body></html>' } : null),
  }),
  familySite({ id: 'youth-academy', xhrList: true, perPage: 40 }),
  familySite({ id: 'seoul-policy-board', paging: 'egov', validators: 'last-modified', perPage: 20 }),
  bokjiroApi,
  gov24SubsidyApi,
  familySite({ id: 'emergency-care-24', latencyMs: [150, 400] }),
  familySite({ id: 'hospital-child-care', failFirstRate: 0.4 }),
  familySite({ id: 'shared-parenting', rateLimit: { perSecond: 8, retryAfterS: 1 }, perPage: 20 }),
  familySite({
    id: 'multicultural-center',
    extraLinks: [['지난 프로그램 보기', '/program/old.do']],
    extra: (req) => redirectLoop(req, '/program/old.do', '/program/archive/old.do'),
  }),
  familySite({
    id: 'family-center',
    extraLinks: [['프로그램 전체 자료실', '/program/archive.do']],
    extra: (req) => oversized(req, '/program/archive.do', 12),
  }),
  familySite({ id: 'hourly-care', staleLists: true, validators: 'none', perPage: 20 }),
  familySite({ id: 'idolbom', bom: true }),
  familySite({ id: 'seoul-mom-care', validators: 'etag' }),
  familySite({ id: 'gangnam-policy', encoding: 'cp949' }),
  xhrCentre,
  childcareInspections,
  kinderSafety,
];

export const SITE_DEFS: Record<string, SiteDef> = Object.fromEntries(defs.map((d) => [d.id, d]));
