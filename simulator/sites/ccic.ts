import { esc, html, linkPaging, listTable, notFound, page, pageCount, pageParam, viewTable } from '../html';
import type { SiteDef, SiteRequest, SiteResponse } from '../types';
import type { ChildcareRow } from '../world/types';
import { KO, memo } from '../memo';

/**
 * The 자치구 육아종합지원센터 sites: one CMS family, five skins and quirks.
 * Each lists its district's 어린이집 (the same centres the city portal lists,
 * with the phone written its own way), its programmes and itself.
 *
 * - skin `a` (강서, 마포): layout table grouped by 유형 with rowspan, 아동현황 header with colspan
 * - skin `b` (노원, 관악): `div.board_list` table, columns in another order
 * - `session` (송파): the list is an AJAX fragment that needs the JSESSIONID from a first GET, a Referer and X-Requested-With
 * - `iframe` (마포): the list page only holds an <iframe>; the table is in the frame
 */
export interface CcicOptions {
  id: string;
  sigungu: string;
  skin: 'a' | 'b';
  encoding: 'utf-8' | 'cp949';
  charsetHeader?: 'correct' | 'missing' | 'wrong';
  bom?: boolean;
  session?: boolean;
  iframe?: boolean;
  /** How this site writes phone numbers. */
  phoneStyle: 'paren' | 'dash' | 'space';
}

const PER_PAGE = 20;

export function ccicSite(options: CcicOptions): SiteDef {
  const meta = options.encoding === 'cp949' ? 'euc-kr' : 'utf-8';
  const menu: [string, string][] = [
    ['센터소개', '/intro.do'],
    ['어린이집 현황', '/center/list.do'],
    ['프로그램 안내', '/program/list.do'],
  ];
  const layout = (req: SiteRequest, title: string, body: string): SiteResponse => html(page(req, { meta, title, body, menu, skin: `ccic skin-${options.skin}` }));

  const centres = (req: SiteRequest): ChildcareRow[] =>
    memo(req.world, `ccic:${options.id}`, () =>
      req.world.childcare
        .filter((c) => c.sigungu === options.sigungu)
        .sort((a, b) => KO.compare(a.fields['어린이집유형'] ?? '', b.fields['어린이집유형'] ?? '') || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    );

  const centreTable = (req: SiteRequest, current: number, path: string): string => {
    const all = centres(req);
    const total = pageCount(all.length, PER_PAGE);
    const slice = all.slice((current - 1) * PER_PAGE, current * PER_PAGE);
    let table: string;
    if (options.skin === 'a') {
      const rows: string[] = [];
      for (let i = 0; i < slice.length; i++) {
        const c = slice[i]!;
        const type = c.fields['어린이집유형'] ?? '';
        let span = 0;
        if (i === 0 || slice[i - 1]!.fields['어린이집유형'] !== type) {
          span = 1;
          while (i + span < slice.length && slice[i + span]!.fields['어린이집유형'] === type) span++;
        }
        rows.push(
          `<tr>${span ? `<td rowspan="${span}" class="type">${esc(type)}</td>` : ''}<td class="name"><a href="/center/view.do?code=${esc(c.code)}">${esc(c.fields['어린이집명'])}</a></td><td>${esc(c.fields['상세주소'])}</td><td>${esc(phone(c.fields['전화번호'] ?? '', options.phoneStyle))}</td><td>${esc(c.fields['정원'])}</td><td>${esc(c.fields['현원'])}</td><td>${esc(c.fields['제공서비스'])}</td></tr>`,
        );
      }
      table = `<table class="tbl_center" summary="어린이집 현황">
<caption>${esc(options.sigungu)} 어린이집 현황</caption>
<thead><tr><th scope="col" rowspan="2">유형</th><th scope="col" rowspan="2">어린이집명</th><th scope="col" rowspan="2">주소</th><th scope="col" rowspan="2">전화번호</th><th scope="colgroup" colspan="2">아동현황</th><th scope="col" rowspan="2">제공서비스</th></tr>
<tr><th scope="col">정원</th><th scope="col">현원</th></tr></thead>
<tbody>
${rows.length ? rows.join('\n') : '<tr><td colspan="7">자료가 없습니다.</td></tr>'}
</tbody></table>`;
    } else {
      table = `<div class="board_list">${listTable(
        'list',
        '어린이집 현황',
        ['어린이집명', '전화번호', '유형', '현원/정원', '주소', '특수보육'],
        slice.map((c) => [
          `<a href="/center/view.do?code=${esc(c.code)}">${esc(c.fields['어린이집명'])}</a>`,
          esc(phone(c.fields['전화번호'] ?? '', options.phoneStyle)),
          esc(c.fields['어린이집유형']),
          `${esc(c.fields['현원'])}/${esc(c.fields['정원'])}`,
          esc(c.fields['상세주소']),
          esc(c.fields['제공서비스']),
        ]),
      )}</div>`;
    }
    return `<p class="count">총 <em>${all.length}</em>개소</p>\n${table}\n${linkPaging(path, 'page', current, total)}`;
  };

  return {
    id: options.id,
    encoding: options.encoding,
    charsetHeader: options.charsetHeader,
    bom: options.bom,
    validators: 'none',
    route(req) {
      switch (req.path) {
        case '/':
        case '/index.do': {
          const setCookie = options.session && !req.cookies.JSESSIONID ? [`JSESSIONID=${sessionId(req)}; Path=/; HttpOnly`] : undefined;
          return { ...layout(req, '메인', `<div class="main"><a href="/center/list.do">어린이집 현황</a> <a href="/program/list.do">프로그램 안내</a></div>`), setCookie };
        }
        case '/intro.do': {
          const self = req.world.facilities.find((f) => f.publisher === options.id);
          if (!self) return notFound(req);
          return layout(
            req,
            '센터소개',
            viewTable('tbl_view intro', [
              ['기관명', self.name],
              ['구분', self.kindLabel],
              ['주소', self.address],
              ['전화번호', self.phone],
              ['운영시간', self.hours],
              ['이용대상', self.ages],
              ['소개', self.description],
            ]) + `<input type="hidden" id="centerKey" value="${esc(self.key)}" />`,
          );
        }
        case '/center/list.do': {
          if (options.session) {
            const setCookie = !req.cookies.JSESSIONID ? [`JSESSIONID=${sessionId(req)}; Path=/; HttpOnly`] : undefined;
            const body = `<div id="centerList" data-url="/center/listAjax.do">불러오는 중…</div>
<script type="text/javascript">$(function(){ fn_search(1); }); function fn_search(p){ $.ajax({ url: '/center/listAjax.do', data: { page: p }, success: function(h){ $('#centerList').html(h); } }); }</script>`;
            return { ...layout(req, '어린이집 현황', body), setCookie };
          }
          if (options.iframe) {
            return layout(req, '어린이집 현황', `<iframe src="/center/listFrame.do?page=1" name="listFrame" id="listFrame" title="어린이집 목록" width="100%" height="1600" frameborder="0" scrolling="no"></iframe>`);
          }
          return layout(req, '어린이집 현황', centreTable(req, pageParam(req.query.get('page'), 10_000), '/center/list.do'));
        }
        case '/center/listFrame.do': {
          if (!options.iframe) return notFound(req);
          const all = centres(req);
          const current = pageParam(req.query.get('page'), pageCount(all.length, PER_PAGE));
          return html(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=${meta}" /></head><body class="iframe">${centreTable(req, current, '/center/listFrame.do')}</body></html>`);
        }
        case '/center/listAjax.do': {
          if (!options.session) return notFound(req);
          const referer = req.headers.referer ?? '';
          if (!req.cookies.JSESSIONID || !referer.startsWith(req.baseUrl) || req.headers['x-requested-with'] !== 'XMLHttpRequest') {
            // What the real site does: 200 with an alert, no data.
            return { kind: 'html', noValidators: true, body: `<script type="text/javascript">alert('잘못된 접근입니다.'); history.back();</script>` };
          }
          const all = centres(req);
          const current = pageParam(req.query.get('page'), pageCount(all.length, PER_PAGE));
          return { kind: 'html', body: centreTable(req, current, '/center/list.do').replace(/href="\/center\/list\.do\?page=(\d+)"/g, 'href="javascript:fn_search($1);"') };
        }
        case '/center/view.do': {
          const code = (req.query.get('code') ?? '').slice(0, 20);
          const c = centres(req).find((x) => x.code === code);
          if (!c) return notFound(req);
          const f = c.fields;
          return layout(
            req,
            '어린이집 상세',
            viewTable('tbl_view', [
              ['어린이집명', f['어린이집명']],
              ['유형', f['어린이집유형']],
              ['주소', f['상세주소']],
              ['전화번호', phone(f['전화번호'] ?? '', options.phoneStyle)],
              ['정원', f['정원']],
              ['현원', f['현원']],
              ['제공서비스', f['제공서비스']],
              ['홈페이지', f['홈페이지주소']],
            ]) + `<input type="hidden" id="stcode" value="${esc(c.code)}" />`,
          );
        }
        case '/program/list.do': {
          const programs = req.world.programs.filter((p) => p.publisher === options.id);
          const total = pageCount(programs.length, 10);
          const current = pageParam(req.query.get('page'), total);
          const rows = programs.slice((current - 1) * 10, current * 10).map((p) => [
            esc(p.category),
            `<a href="/program/view.do?idx=${esc(p.key)}">${esc(p.title)}</a>`,
            esc(p.target),
            esc(p.period),
            `<span class="state">${esc(p.status)}</span>`,
          ]);
          return layout(req, '프로그램 안내', `${listTable('list program', '프로그램 목록', ['구분', '프로그램명', '대상', '기간', '상태'], rows)}\n${linkPaging('/program/list.do', 'page', current, total)}`);
        }
        case '/program/view.do': {
          const key = (req.query.get('idx') ?? '').slice(0, 40);
          const p = req.world.programs.find((x) => x.publisher === options.id && x.key === key);
          if (!p) return notFound(req);
          return layout(
            req,
            '프로그램 상세',
            viewTable('tbl_view', [
              ['프로그램명', p.title],
              ['구분', p.category],
              ['대상', p.target],
              ['대상연령', p.ages],
              ['교육기간', p.period],
              ['일정', p.schedule],
              ['장소', p.place],
              ['참가비', p.fee],
              ['모집인원', `${p.enrolled}/${p.capacity}`],
              ['접수상태', p.status],
              ['문의', p.contact],
              ['내용', p.description],
            ]),
          );
        }
        default:
          return notFound(req);
      }
    },
  };
}

function sessionId(req: SiteRequest): string {
  return `SIM${req.seed}${Math.floor(Date.now() / 1000).toString(36)}`.toUpperCase();
}

/** `02-2600-1234` written the way a site writes it. */
export function phone(value: string, style: 'paren' | 'dash' | 'space'): string {
  const m = /^(\d{2,3})-(\d{3,4})-(\d{4})$/.exec(value.trim());
  if (!m) return value;
  if (style === 'paren') return `${m[1]})${m[2]}-${m[3]}`;
  if (style === 'space') return `(${m[1]}) ${m[2]} ${m[3]}`;
  return value;
}
