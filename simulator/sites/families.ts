import { egovPaging, esc, html, linkPaging, listTable, notFound, page, pageCount, pageParam, redirect, viewTable } from '../html';
import type { SiteDef, SiteRequest, SiteResponse } from '../types';
import type { SimFacility, SimPolicy, SimProgram, World } from '../world/types';
import { KO, memo } from '../memo';
import { publishedTitle } from '../world/titles';

/**
 * Two CMS families most agency sites are built on: a board (게시판) of
 * policies and programmes, and a facility directory. Options switch on each
 * site's skin and quirks; content always comes from the world.
 */
export interface FamilyOptions {
  id: string;
  encoding?: 'utf-8' | 'cp949';
  charsetHeader?: 'correct' | 'missing' | 'wrong';
  bom?: boolean;
  validators?: SiteDef['validators'];
  robots?: string;
  failFirstRate?: number;
  rateLimit?: SiteDef['rateLimit'];
  latencyMs?: [number, number];
  /** How list pages move: eGovFrame POST `pageIndex`, GET `page`, GET `nowPageNum`, GET `pagerOffset` (row offset). */
  paging?: 'egov' | 'page' | 'nowPageNum' | 'pagerOffset';
  /** Detail links as plain hrefs, or only in `onclick="goLink('…')"`. */
  detailLinks?: 'href' | 'onclick';
  /** Facility table grouped by 자치구 with rowspan. */
  groupBySigungu?: boolean;
  /** Seats written `현원/정원` (9/16). */
  seatsSlash?: boolean;
  /** The facility list is an AJAX fragment that answers only with X-Requested-With. */
  xhrList?: boolean;
  /** The home page is a frameset; content lives in frames. */
  frameset?: boolean;
  /** Lists lag one tick behind the detail pages (a stale search index): items removed this tick still link to a 404. */
  staleLists?: boolean;
  /** Extra routes (quirk pages) tried before the family's own. */
  extra?: (req: SiteRequest) => SiteResponse | null;
  /** Extra links shown on list pages (quirk pages a crawler will meet). */
  extraLinks?: [string, string][];
  perPage?: number;
}

export function familySite(options: FamilyOptions): SiteDef {
  const meta = options.encoding === 'cp949' ? 'euc-kr' : 'utf-8';
  const perPage = options.perPage ?? 15;
  const menu: [string, string][] = [];
  const layout = (req: SiteRequest, title: string, body: string): SiteResponse => html(page(req, { meta, title, body, menu: menuOf(req), skin: options.id }));
  const listWorld = (req: SiteRequest): World => (options.staleLists ? req.worldAt(req.tick - 1) : req.world);
  const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const policies = (w: World): SimPolicy[] =>
    memo(w, `policies:${options.id}`, () => w.policies.filter((p) => p.publishers.includes(options.id)).sort((a, b) => byKey(keyOf(a), keyOf(b))));
  const programs = (w: World): SimProgram[] => memo(w, `programs:${options.id}`, () => w.programs.filter((p) => p.publisher === options.id).sort((a, b) => byKey(a.key, b.key)));
  const facilities = (w: World): SimFacility[] =>
    memo(w, `facilities:${options.id}`, () =>
      w.facilities.filter((f) => f.publisher === options.id).sort((a, b) => (options.groupBySigungu ? KO.compare(a.sigungu, b.sigungu) : 0) || byKey(a.key, b.key)),
    );
  const keyOf = (p: SimPolicy): string => p.keys[options.id] ?? p.key;

  function menuOf(req: SiteRequest): [string, string][] {
    if (menu.length) return menu;
    const w = req.world;
    if (facilities(w).length) menu.push(['기관 찾기', '/facility/list.do']);
    if (policies(w).length) menu.push(['지원사업 안내', '/board/list.do']);
    if (programs(w).length) menu.push(['프로그램 안내', '/program/list.do']);
    return menu;
  }

  const currentPage = (req: SiteRequest, total: number): number => {
    switch (options.paging ?? 'page') {
      case 'egov':
        return req.method === 'POST' ? pageParam(req.form.get('pageIndex'), total) : 1;
      case 'nowPageNum':
        return pageParam(req.query.get('nowPageNum'), total);
      case 'pagerOffset': {
        const offset = Number.parseInt(req.query.get('pagerOffset') ?? '0', 10);
        return Number.isFinite(offset) && offset > 0 ? Math.min(total, Math.floor(offset / perPage) + 1) : 1;
      }
      default:
        return pageParam(req.query.get('page'), total);
    }
  };
  const paging = (path: string, current: number, total: number): string => {
    switch (options.paging ?? 'page') {
      case 'egov':
        return egovPaging(path, current, total);
      case 'nowPageNum':
        return linkPaging(path, 'nowPageNum', current, total);
      case 'pagerOffset':
        return linkPaging(path, 'pagerOffset', current, total, { offsetStep: perPage });
      default:
        return linkPaging(path, 'page', current, total);
    }
  };
  const link = (href: string, key: string, label: string): string =>
    options.detailLinks === 'onclick'
      ? `<a href="#none" onclick="goLink('${esc(key)}'); return false;">${esc(label)}</a>`
      : `<a href="${esc(href)}">${esc(label)}</a>`;
  const goLinkScript = (viewPath: string, param: string): string =>
    options.detailLinks === 'onclick' ? `<script type="text/javascript">function goLink(id){ location.href = '${viewPath}?${param}=' + encodeURIComponent(id); }</script>` : '';
  const extraLinks = (): string =>
    options.extraLinks?.length ? `<ul class="related">${options.extraLinks.map(([label, href]) => `<li><a href="${esc(href)}">${esc(label)}</a></li>`).join('')}</ul>` : '';

  function facilityTable(req: SiteRequest): string {
    const all = facilities(listWorld(req));
    const total = pageCount(all.length, perPage);
    const current = currentPage(req, total);
    const slice = all.slice((current - 1) * perPage, current * perPage);
    const seats = (f: SimFacility): string => (options.seatsSlash ? `${f.enrolled ?? '-'}/${f.capacity ?? '-'}` : String(f.capacity ?? '-'));
    let table: string;
    if (options.groupBySigungu) {
      const rows: string[] = [];
      slice.forEach((f, i) => {
        let span = 0;
        if (i === 0 || slice[i - 1]!.sigungu !== f.sigungu) {
          span = 1;
          while (i + span < slice.length && slice[i + span]!.sigungu === f.sigungu) span++;
        }
        rows.push(
          `<tr>${span ? `<th scope="rowgroup" rowspan="${span}">${esc(f.sigungu)}</th>` : ''}<td class="subject">${link(`/facility/view.do?id=${f.key}`, f.key, f.name)}</td><td>${esc(f.address)}</td><td>${esc(f.phone)}</td><td>${esc(seats(f))}</td><td>${esc(f.hours)}</td></tr>`,
        );
      });
      table = `<table class="tbl_type01" summary="기관 목록"><caption>기관 목록</caption>
<thead><tr><th scope="col">자치구</th><th scope="col">기관명</th><th scope="col">주소</th><th scope="col">연락처</th><th scope="col">${options.seatsSlash ? '현원/정원' : '정원'}</th><th scope="col">운영시간</th></tr></thead>
<tbody>${rows.join('\n') || '<tr><td colspan="6">자료가 없습니다.</td></tr>'}</tbody>
<tfoot><tr><td colspan="6">※ 운영시간은 기관 사정에 따라 변경될 수 있습니다.</td></tr></tfoot></table>`;
    } else {
      table = listTable(
        'tbl_type01',
        '기관 목록',
        ['번호', '기관명', '자치구', '주소', '연락처', options.seatsSlash ? '현원/정원' : '정원'],
        slice.map((f, i) => [String((current - 1) * perPage + i + 1), link(`/facility/view.do?id=${f.key}`, f.key, f.name), esc(f.sigungu), esc(f.address), esc(f.phone), esc(seats(f))]),
      );
    }
    return `<p class="total">총 <strong>${all.length}</strong>곳</p>\n${table}\n${paging('/facility/list.do', current, total)}\n${goLinkScript('/facility/view.do', 'id')}`;
  }

  function facilityView(req: SiteRequest): SiteResponse {
    const id = (req.query.get('id') ?? '').slice(0, 60);
    const f = facilities(req.world).find((x) => x.key === id);
    if (!f) return notFound(req);
    const rows: [string, string | number | null][] = [
      ['기관명', f.name],
      ['기관구분', f.kindLabel],
      ['자치구', f.sigungu],
      ['주소', f.address],
      ['전화번호', f.phone],
      ['운영시간', f.hours],
      ['이용대상', f.ages],
      [options.seatsSlash ? '현원/정원' : '정원', options.seatsSlash ? `${f.enrolled ?? '-'}/${f.capacity ?? '-'}` : f.capacity],
      ['특화서비스', f.specialCare.join(', ')],
      ['홈페이지', f.homepage],
    ];
    if (f.school) rows.splice(1, 0, ['학교명', f.school]);
    if (f.nameEn) rows.splice(1, 0, ['영문명', f.nameEn]);
    rows.push(['기관소개', f.description]);
    const geo = f.lat !== null && f.lng !== null ? `<div id="map" data-lat="${f.lat}" data-lng="${f.lng}"></div>` : '';
    return layout(req, '기관 상세', `${viewTable('tbl_view', rows)}\n${geo}\n<p class="btn"><a href="/facility/list.do">목록</a></p>`);
  }

  function policyList(req: SiteRequest): SiteResponse {
    const all = policies(listWorld(req));
    const total = pageCount(all.length, perPage);
    const current = currentPage(req, total);
    const rows = all.slice((current - 1) * perPage, current * perPage).map((p, i) => [
      String(all.length - ((current - 1) * perPage + i)),
      esc(p.category),
      link(`/board/view.do?nttId=${keyOf(p)}`, keyOf(p), publishedTitle(p, options.id)),
      esc(p.agency),
      esc(p.updatedOn.replace(/-/g, '.')),
    ]);
    return layout(
      req,
      '지원사업 안내',
      `${listTable('board_list', '지원사업 목록', ['번호', '분야', '사업명', '담당기관', '수정일'], rows)}\n${paging('/board/list.do', current, total)}\n${goLinkScript('/board/view.do', 'nttId')}\n${extraLinks()}`,
    );
  }

  function policyView(req: SiteRequest): SiteResponse {
    const id = (req.query.get('nttId') ?? '').slice(0, 60);
    const p = policies(req.world).find((x) => keyOf(x) === id);
    if (!p) return notFound(req);
    return layout(
      req,
      '지원사업 상세',
      viewTable('board_view', [
        ['사업명', publishedTitle(p, options.id)],
        ['분야', p.category],
        ['생애주기', p.lifeStages.join(', ')],
        ['지원대상', p.target],
        ['대상연령', p.ages],
        // The board's web editor wraps the body in its own markup (styles, <font>, a stray handler), as real CMS bodies are.
        ['지원내용', { html: `<p style="font-family:'굴림';font-size:10pt"><font color="#333333" onclick="fn_print()">${esc(p.benefit).replace(/\n/g, '<br />')}</font></p>` }],
        ['지원금액', p.amount],
        ['지원형태', p.supportType],
        ['신청방법', p.howToApply],
        ['신청기간', p.period],
        ['담당기관', p.agency],
        ['문의처', p.contact],
        ['근거법령', p.legalBasis],
        ['수정일', p.updatedOn],
      ]) + `\n<p class="btn"><a href="/board/list.do">목록</a></p>`,
    );
  }

  function programList(req: SiteRequest): SiteResponse {
    const all = programs(listWorld(req));
    const total = pageCount(all.length, perPage);
    const current = currentPage(req, total);
    const rows = all.slice((current - 1) * perPage, current * perPage).map((p) => [
      esc(p.category),
      link(`/program/view.do?idx=${p.key}`, p.key, p.title),
      esc(p.target),
      esc(p.period),
      `${p.enrolled}/${p.capacity}`,
      `<span class="st">${esc(p.status)}</span>`,
    ]);
    return layout(
      req,
      '프로그램 안내',
      `${listTable('board_list program', '프로그램 목록', ['분류', '프로그램명', '대상', '기간', '신청/정원', '상태'], rows)}\n${paging('/program/list.do', current, total)}\n${goLinkScript('/program/view.do', 'idx')}\n${extraLinks()}`,
    );
  }

  function programView(req: SiteRequest): SiteResponse {
    const id = (req.query.get('idx') ?? '').slice(0, 60);
    const p = programs(req.world).find((x) => x.key === id);
    if (!p) return notFound(req);
    return layout(
      req,
      '프로그램 상세',
      viewTable('board_view', [
        ['프로그램명', p.title],
        ['분류', p.category],
        ['생애주기', p.lifeStage],
        ['대상', p.target],
        ['대상연령', p.ages],
        ['기간', p.period],
        ['일시', p.schedule],
        ['장소', p.place],
        ['참가비', p.fee],
        ['신청/정원', `${p.enrolled}/${p.capacity}`],
        ['상태', p.status],
        ['문의', p.contact],
        ['내용', p.description],
      ]) + `\n<p class="btn"><a href="/program/list.do">목록</a></p>`,
    );
  }

  return {
    id: options.id,
    encoding: options.encoding ?? 'utf-8',
    charsetHeader: options.charsetHeader,
    bom: options.bom,
    validators: options.validators ?? 'none',
    robots: options.robots,
    failFirstRate: options.failFirstRate,
    rateLimit: options.rateLimit,
    latencyMs: options.latencyMs,
    route(req) {
      const special = options.extra?.(req);
      if (special) return special;
      switch (req.path) {
        case '/':
        case '/index.do':
          if (options.frameset) {
            return html(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=${meta}" /><title>${esc(req.site.name)}</title></head>
<frameset rows="90,*" frameborder="0" border="0"><frame src="/top.do" name="topFrame" scrolling="no" noresize="noresize" />
<frameset cols="190,*"><frame src="/left.do" name="leftFrame" /><frame src="/facility/list.do" name="mainFrame" /></frameset>
<noframes><body>프레임을 지원하는 브라우저에서 이용하세요.</body></noframes></frameset></html>`);
          }
          return layout(req, '메인', `<div class="main_quick">${menuOf(req).map(([l, h]) => `<a href="${h}">${esc(l)}</a>`).join(' ')}</div>`);
        case '/top.do':
          return options.frameset ? html(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=${meta}" /></head><body><h1>${esc(req.site.name)}</h1></body></html>`) : notFound(req);
        case '/left.do':
          return options.frameset ? html(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=${meta}" /></head><body><ul>${menuOf(req).map(([l, h]) => `<li><a href="${h}" target="mainFrame">${esc(l)}</a></li>`).join('')}</ul></body></html>`) : notFound(req);
        case '/facility/list.do':
          if (!facilities(req.world).length) return notFound(req);
          if (options.xhrList) {
            return layout(req, '기관 찾기', `<div id="listArea"></div><script type="text/javascript">$.ajax({ url: '/facility/listAjax.do', type: 'GET', data: { page: 1 }, success: function (h) { $('#listArea').html(h); } });</script>`);
          }
          return layout(req, '기관 찾기', facilityTable(req));
        case '/facility/listAjax.do':
          if (!options.xhrList) return notFound(req);
          if (req.headers['x-requested-with'] !== 'XMLHttpRequest') return { kind: 'html', status: 400, noValidators: true, body: '<p>잘못된 요청입니다.</p>' };
          return { kind: 'html', body: facilityTable(req) };
        case '/facility/view.do':
          return facilityView(req);
        case '/board/list.do':
          return policies(req.world).length ? policyList(req) : notFound(req);
        case '/board/view.do':
          return policyView(req);
        case '/program/list.do':
          return programs(req.world).length ? programList(req) : notFound(req);
        case '/program/view.do':
          return programView(req);
        default:
          return notFound(req);
      }
    },
  };
}

/** A chain of redirects that comes back to where it started. */
export function redirectLoop(req: SiteRequest, a: string, b: string): SiteResponse | null {
  if (req.path === a) return redirect(b);
  if (req.path === b) return redirect(a);
  return null;
}

/** A page far larger than any real listing (a table of every record ever, repeated). */
export function oversized(req: SiteRequest, path: string, megabytes: number): SiteResponse | null {
  if (req.path !== path) return null;
  const row = '<tr><td>2019 가족사랑 프로그램 참여자 만족도 조사 결과 (전체 응답 원자료)</td><td>0000-00-00</td><td>자료</td></tr>\n';
  const count = Math.ceil((megabytes * 1024 * 1024) / Buffer.byteLength(row));
  return { kind: 'html', noValidators: true, body: `<html><head><meta charset="utf-8"></head><body><table>${row.repeat(count)}</table></body></html>` };
}
