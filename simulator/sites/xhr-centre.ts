import { esc, html, notFound, page, pageCount, pageParam } from '../html';
import { memo } from '../memo';
import type { SiteDef, SiteRequest, SiteResponse } from '../types';
import { CENTRE_SITE } from '../world/centre';
import type { CentrePlace, CentreProgram } from '../world/types';

/**
 * A 육아종합지원센터 built the newer way (강북구, `gangbuk-ccic`): the programme
 * page is an empty shell whose script POSTs `pageIndex` to a JSON endpoint;
 * the endpoint answers only with the session cookie of a first visit, an
 * `X-Requested-With` header and a Referer from the site (otherwise HTTP 200
 * with an error code, as such CMSs do). Detail pages are `<dl><dt><dd>`
 * views; the venue's name and address are in an `<iframe>` of the detail
 * page. One programme is still listed by the API after its page was taken
 * down (404).
 */
const PER_PAGE = 10;
const MENU: [string, string][] = [
  ['센터소개', '/intro.do'],
  ['프로그램 신청', '/program/list.do'],
];

function sessionCookie(req: SiteRequest): string[] | undefined {
  return req.cookies.JSESSIONID ? undefined : [`JSESSIONID=GB${req.seed}${Math.floor(Date.now() / 1000).toString(36).toUpperCase()}; Path=/; HttpOnly`];
}

const programs = (req: SiteRequest): CentreProgram[] =>
  memo(req.world, 'centre:programs', () => req.world.centrePrograms.filter((p) => p.publisher === CENTRE_SITE).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)));
const placeOf = (req: SiteRequest, key: string): CentrePlace | undefined => req.world.centrePlaces.find((p) => p.key === key);
/** Line breaks of the world's text as the board's editor stores them. */
const withBreaks = (text: string): string => esc(text).replace(/\n/g, '<br>');

function shell(req: SiteRequest): SiteResponse {
  const body = `<div class="program_list"><table class="tbl_list"><caption>프로그램 목록</caption>
<thead><tr><th>번호</th><th>구분</th><th>프로그램명</th><th>교육일자</th><th>모집인원</th><th>상태</th></tr></thead>
<tbody id="progList"><tr><td colspan="6">불러오는 중입니다…</td></tr></tbody></table><div id="paging" class="paging"></div></div>
<script type="text/javascript">
$(function(){ fn_selectList(1); });
function fn_selectList(pageIndex){
  $.ajax({ url: '/program/selectProgramList.json', type: 'POST', dataType: 'json', data: { pageIndex: pageIndex, pageUnit: ${PER_PAGE} },
    success: function(res){ if (res.resultCode !== 'SUCCESS') { alert(res.resultMsg); return; } fn_render(res.resultList, res.paginationInfo); } });
}
function fn_view(progSn){ location.href = '/program/view.do?progSn=' + progSn; }
</script>`;
  return { ...html(page(req, { title: '프로그램 신청', menu: MENU, body })), setCookie: sessionCookie(req) };
}

function listJson(req: SiteRequest): SiteResponse {
  const referer = req.headers.referer ?? '';
  if (req.method !== 'POST' || !req.cookies.JSESSIONID || req.headers['x-requested-with'] !== 'XMLHttpRequest' || !referer.startsWith(req.baseUrl)) {
    return { kind: 'json', noValidators: true, body: JSON.stringify({ resultCode: 'E401', resultMsg: '세션이 만료되었거나 잘못된 접근입니다.' }) };
  }
  const all = programs(req);
  const perPage = Math.min(50, pageParam(req.form.get('pageUnit') ?? String(PER_PAGE), 50));
  const total = pageCount(all.length, perPage);
  const current = pageParam(req.form.get('pageIndex'), total);
  const resultList = all.slice((current - 1) * perPage, current * perPage).map((p, i) => ({
    rnum: all.length - ((current - 1) * perPage + i),
    progSn: p.key,
    progNm: p.title,
    ctgryNm: p.category,
    eduDe: p.dates,
    rcritNmpr: p.seats,
    rcritSttusNm: p.status,
    regDt: p.postedOn,
  }));
  return {
    kind: 'json',
    body: JSON.stringify({ resultCode: 'SUCCESS', resultMsg: '정상', paginationInfo: { currentPageNo: current, recordCountPerPage: perPage, totalRecordCount: all.length, totalPageCount: total }, resultList }),
  };
}

function view(req: SiteRequest): SiteResponse {
  const key = (req.query.get('progSn') ?? '').slice(0, 20);
  const p = programs(req).find((x) => x.key === key);
  if (!p || p.pageGone) return notFound(req);
  const rows: [string, string][] = [
    ['프로그램명', esc(p.title)],
    ['구분', esc(p.category)],
    ['교육대상', esc(p.target)],
    ['교육일자', esc(p.dates)],
    ['교육시간', withBreaks(p.times)],
    ['모집인원', esc(p.seats)],
    ['참가비', esc(p.fee)],
    ['교육장소', esc(p.room)],
    ['문의처', esc(p.contact)],
    ['등록일', esc(p.postedOn.replace(/-/g, '.'))],
  ];
  const body = `<div class="board_view">
<h3 class="view_tit">${esc(p.title)}</h3>
<dl class="view_info">
${rows.map(([label, value]) => `<dt>${esc(label)}</dt>\n<dd>${value}</dd>`).join('\n')}
</dl>
<div class="view_cont">${withBreaks(p.description)}</div>
<table class="tbl_file"><tr><th scope="row">첨부파일</th><td>등록된 파일이 없습니다.</td></tr></table>
<div class="map_area"><iframe src="/program/placeInfo.do?progSn=${esc(p.key)}&amp;placeSn=${esc(p.placeKey)}" title="교육장소 안내" width="100%" height="320" frameborder="0" scrolling="no"></iframe></div>
<p class="btn"><a href="/program/list.do">목록</a></p>
</div>`;
  return html(page(req, { title: '프로그램 상세', menu: MENU, body }));
}

function placeInfo(req: SiteRequest): SiteResponse {
  const p = placeOf(req, (req.query.get('placeSn') ?? '').slice(0, 10));
  if (!p) return notFound(req);
  return html(`<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>교육장소</title></head><body class="iframe">
<div class="place_info"><dl><dt>시설명</dt><dd>${esc(p.name)}</dd><dt>주소</dt><dd>${esc(p.address)}</dd><dt>전화번호</dt><dd>${esc(p.phone)}</dd></dl>
<div id="placeMap" data-lat="${p.lat}" data-lng="${p.lng}"></div></div>
<script type="text/javascript">var map = new kakao.maps.Map(document.getElementById('placeMap'), { level: 3 });</script>
</body></html>`);
}

export const xhrCentre: SiteDef = {
  id: CENTRE_SITE,
  encoding: 'utf-8',
  validators: 'etag',
  route(req) {
    switch (req.path) {
      case '/':
      case '/index.do':
        return { ...html(page(req, { title: '메인', menu: MENU, body: `<div class="main"><a href="/program/list.do">프로그램 신청</a></div>` })), setCookie: sessionCookie(req) };
      case '/intro.do': {
        const main = req.world.centrePlaces.find((p) => p.publisher === CENTRE_SITE)!;
        return html(page(req, { title: '센터소개', menu: MENU, body: `<dl class="intro"><dt>기관명</dt><dd>${esc(req.site.name)}</dd><dt>주소</dt><dd>${esc(main.address)}</dd><dt>전화번호</dt><dd>${esc(main.phone)}</dd></dl>` }));
      }
      case '/program/list.do':
        return shell(req);
      case '/program/selectProgramList.json':
        return listJson(req);
      case '/program/view.do':
        return view(req);
      case '/program/placeInfo.do':
        return placeInfo(req);
      default:
        return notFound(req);
    }
  },
};
