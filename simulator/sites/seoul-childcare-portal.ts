import { egovPaging, esc, html, listTable, notFound, page, pageCount, pageParam, viewTable } from '../html';
import type { SiteDef, SiteRequest } from '../types';
import type { ChildcareRow } from '../world/types';
import { KO, memo } from '../memo';

/**
 * 서울시 보육포털서비스: every 어린이집 in Seoul. CP949 pages, eGovFrame POST
 * paging (`fn_egov_link_page` → `pageIndex`), detail links only in
 * `onclick="fn_view('…')"`, ETag and Last-Modified. The list shows 정원 and
 * 현원 (as the real portal does); 현원 per age class is on the detail page.
 */
const PER_PAGE = 50;
const MENU: [string, string][] = [
  ['어린이집 찾기', '/cpms/cpmsList.do'],
  ['보육정책 안내', '/info/policy.do'],
];

export const seoulChildcarePortal: SiteDef = {
  id: 'seoul-childcare-portal',
  encoding: 'cp949',
  charsetHeader: 'correct',
  validators: 'both',
  robots: 'User-agent: *\nDisallow: /admin/\nDisallow: /member/\n',
  route(req) {
    switch (req.path) {
      case '/':
      case '/index.do':
        return html(page(req, { meta: 'euc-kr', title: '메인', menu: MENU, body: `<ul class="quick"><li><a href="/cpms/cpmsList.do">어린이집 찾기</a></li></ul>` }));
      case '/cpms/cpmsList.do':
        return list(req);
      case '/cpms/cpmsView.do':
        return view(req);
      default:
        return notFound(req);
    }
  },
};

function sorted(rows: ChildcareRow[]): ChildcareRow[] {
  return [...rows].sort((a, b) => (a.sigungu === b.sigungu ? (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) : KO.compare(a.sigungu, b.sigungu)));
}

let sortedCache: { rows: ChildcareRow[]; sorted: ChildcareRow[] } | null = null;
function centres(req: SiteRequest): ChildcareRow[] {
  if (sortedCache?.rows !== req.world.childcare) sortedCache = { rows: req.world.childcare, sorted: sorted(req.world.childcare) };
  return sortedCache.sorted;
}

function list(req: SiteRequest) {
  const all = centres(req);
  const total = pageCount(all.length, PER_PAGE);
  // eGovFrame lists read pageIndex from the POSTed form only; a GET always shows page 1.
  const current = req.method === 'POST' ? pageParam(req.form.get('pageIndex'), total) : 1;
  const rows = all.slice((current - 1) * PER_PAGE, current * PER_PAGE).map((c, i) => {
    const f = c.fields;
    return [
      String(all.length - ((current - 1) * PER_PAGE + i)),
      esc(c.sigungu),
      `<a href="javascript:void(0);" onclick="fn_view('${esc(c.code)}'); return false;" title="${esc(f['어린이집명'])} 상세보기">${esc(f['어린이집명'])}</a>`,
      esc(f['어린이집유형']),
      esc(f['상세주소']),
      esc(f['전화번호']),
      esc(f['정원']),
      esc(f['현원']),
    ];
  });
  const body = `<p class="total">전체 <strong>${all.length.toLocaleString('en-US')}</strong>건 (${current}/${total} 페이지)</p>
${listTable('tbl_list', '어린이집 목록', ['번호', '시군구', '어린이집명', '유형', '주소', '전화번호', '정원', '현원'], rows)}
${egovPaging('/cpms/cpmsList.do', current, total)}
<script type="text/javascript">function fn_view(code){ location.href = '/cpms/cpmsView.do?stcode=' + code; }</script>`;
  return html(page(req, { meta: 'euc-kr', title: '어린이집 찾기', menu: MENU, body }));
}

const AGES = ['만0세', '만1세', '만2세', '만3세', '만4세', '만5세', '영아혼합(만0~2세)', '유아혼합(만3~5세)', '특수장애'];

function view(req: SiteRequest) {
  const code = (req.query.get('stcode') ?? '').slice(0, 20);
  const centre = memo(req.world, 'portal:byCode', () => new Map(req.world.childcare.map((c) => [c.code, c]))).get(code);
  if (!centre) return notFound(req);
  const f = centre.fields;
  const info = viewTable('tbl_view', [
    ['어린이집명', f['어린이집명']],
    ['어린이집유형', f['어린이집유형']],
    ['운영현황', f['운영현황']],
    ['주소', `(${f['우편번호'] ?? ''}) ${f['상세주소'] ?? ''}`],
    ['전화번호', f['전화번호']],
    ['팩스번호', f['팩스번호']],
    ['홈페이지', f['홈페이지주소']],
    ['인가일자', f['인가일자']],
    ['보육실수', f['보육실수']],
    ['놀이터수', f['놀이터수']],
    ['CCTV총설치수', f['CCTV총설치수']],
    ['보육교직원수', f['보육교직원수']],
    ['통학차량운영', f['통학차량운영여부']],
    ['제공서비스', f['제공서비스']],
    ['정원', f['정원']],
    ['현원', f['현원']],
    ['데이터기준일자', f['데이터기준일자']],
  ]);
  // Class table: a two-row header with colspan (반수 / 아동수), the layout the real portal uses.
  const head = `<tr><th scope="col" rowspan="2">구분</th>${AGES.map((a) => `<th scope="col" colspan="2">${esc(a)}</th>`).join('')}<th scope="col" colspan="2">계</th></tr>
<tr>${[...AGES, '총계'].map(() => '<th scope="col">반수</th><th scope="col">아동수</th>').join('')}</tr>`;
  const cells = [...AGES, '총계'].map((a) => `<td>${esc(f[`반수-${a}`] ?? '')}</td><td>${esc(f[`아동수-${a}`] ?? '')}</td>`).join('');
  const classes = `<table class="tbl_class" summary="반별 현황"><caption>반별 아동 현황</caption><thead>${head}</thead><tbody><tr><th scope="row">현황</th>${cells}</tr></tbody></table>`;
  const map = f['위도'] && f['경도'] ? `<div id="map"></div><script type="text/javascript">var mapLat = "${esc(f['위도'])}"; var mapLng = "${esc(f['경도'])}";</script>` : '<div id="map" class="nomap">위치 정보가 없습니다.</div>';
  return html(page(req, { meta: 'euc-kr', title: '어린이집 상세정보', menu: MENU, body: `${info}\n${classes}\n${map}\n<p class="btn"><a href="/cpms/cpmsList.do">목록</a></p>` }));
}
