import type { SiteRequest, SiteResponse } from './types';

/** HTML helpers shared by the simulated sites: the dated markup of Korean public CMSs. */

export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export interface LayoutOptions {
  title: string;
  body: string;
  /** Charset named in `<meta>`; omitted when null. */
  meta?: 'euc-kr' | 'utf-8' | null;
  /** CSS class on <body>: a skin of a CMS family. */
  skin?: string;
  /** Left menu entries [label, href]. */
  menu?: [string, string][];
}

/** A full page in the style of a 2000s–2010s Korean public site: XHTML doctype, layout tables, inline scripts, a long footer. */
export function page(req: SiteRequest, options: LayoutOptions): string {
  const meta = options.meta === undefined ? 'utf-8' : options.meta;
  const menu = (options.menu ?? [])
    .map(([label, href]) => `<li><a href="${esc(href)}">${esc(label)}</a></li>`)
    .join('');
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ko" xml:lang="ko">
<head>
${meta ? `<meta http-equiv="Content-Type" content="text/html; charset=${meta}" />` : ''}
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>${esc(options.title)} | ${esc(req.site.name)}</title>
<link rel="stylesheet" type="text/css" href="/css/common.css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
//<![CDATA[
function fn_egov_link_page(pageNo){ document.listForm.pageIndex.value = pageNo; document.listForm.submit(); }
//]]>
</script>
</head>
<body class="${esc(options.skin ?? 'default')}">
<div id="skipnav"><a href="#contents">본문 바로가기</a></div>
<table width="100%" border="0" cellspacing="0" cellpadding="0" id="wrap">
<tr><td id="header" colspan="2"><h1><a href="/">${esc(req.site.name)}</a></h1></td></tr>
<tr>
<td id="lnb" width="180" valign="top"><ul class="lnb">${menu}</ul></td>
<td id="contents" valign="top">
<div class="location">HOME &gt; ${esc(options.title)}</div>
<h2 class="tit">${esc(options.title)}</h2>
${options.body}
</td>
</tr>
<tr><td id="footer" colspan="2"><address>${esc(req.site.agency)} | 개인정보처리방침 | 이메일무단수집거부</address><p>Copyright (c) ${esc(req.site.agency)}. All rights reserved.</p></td></tr>
</table>
</body>
</html>`;
}

/** `<table class="…">` with a caption, a header row and body rows; cells are already-escaped HTML. */
export function listTable(className: string, caption: string, headers: string[], rows: string[][]): string {
  const head = headers.map((h) => `<th scope="col">${h}</th>`).join('');
  const body = rows.length
    ? rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')
    : `<tr><td colspan="${headers.length}" class="nodata">등록된 게시물이 없습니다.</td></tr>`;
  return `<table class="${className}" summary="${esc(caption)}">\n<caption>${esc(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** Markup a page inserts as is (already escaped by whoever built it). */
export interface RawHtml {
  html: string;
}

/** A detail view: one th/td pair per row. Values are plain text (escaped here; line breaks become <br />) or RawHtml. */
export function viewTable(className: string, rows: [string, string | number | RawHtml | null | undefined][]): string {
  const cell = (value: string | number | RawHtml | null | undefined) =>
    value !== null && typeof value === 'object' ? value.html : esc(value ?? '').replace(/\n/g, '<br />');
  const body = rows
    .map(([label, value]) => `<tr><th scope="row">${esc(label)}</th><td>${cell(value)}</td></tr>`)
    .join('\n');
  return `<table class="${className}">\n<colgroup><col width="20%" /><col width="*" /></colgroup>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** eGovFrame paging: links call `fn_egov_link_page(n)`, which POSTs `pageIndex` with the list form. */
export function egovPaging(action: string, current: number, total: number, extra: Record<string, string> = {}): string {
  const hidden = Object.entries(extra)
    .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}" />`)
    .join('');
  const links: string[] = [];
  const first = Math.floor((current - 1) / 10) * 10 + 1;
  if (first > 1) links.push(`<a href="#" onclick="fn_egov_link_page(${first - 1}); return false;" class="prev">이전</a>`);
  for (let n = first; n <= Math.min(total, first + 9); n++) {
    links.push(n === current ? `<strong>${n}</strong>` : `<a href="#" onclick="fn_egov_link_page(${n}); return false;">${n}</a>`);
  }
  if (first + 10 <= total) links.push(`<a href="#" onclick="fn_egov_link_page(${first + 10}); return false;" class="next">다음</a>`);
  links.push(`<a href="#" onclick="fn_egov_link_page(${total}); return false;" class="last">마지막</a>`);
  return `<form name="listForm" id="listForm" method="post" action="${esc(action)}">${hidden}<input type="hidden" name="pageIndex" value="${current}" /></form>\n<div class="paging">${links.join(' ')}</div>`;
}

/** GET paging with a page-number parameter (`page`, `nowPageNum`, …) or an offset (`pagerOffset`). */
export function linkPaging(path: string, param: string, current: number, total: number, options: { offsetStep?: number; extra?: Record<string, string> } = {}): string {
  const href = (n: number): string => {
    const q = new URLSearchParams(options.extra ?? {});
    q.set(param, String(options.offsetStep ? (n - 1) * options.offsetStep : n));
    return `${path}?${q.toString()}`;
  };
  const links: string[] = [];
  const first = Math.floor((current - 1) / 10) * 10 + 1;
  if (first > 1) links.push(`<a href="${esc(href(first - 1))}" class="prev">&lt;</a>`);
  for (let n = first; n <= Math.min(total, first + 9); n++) links.push(n === current ? `<strong class="on">${n}</strong>` : `<a href="${esc(href(n))}">${n}</a>`);
  if (first + 10 <= total) links.push(`<a href="${esc(href(first + 10))}" class="next">&gt;</a>`);
  return `<div class="paginate">${links.join(' ')}</div>`;
}

/** Bounded page number from a request parameter (1 when absent or garbage). */
export function pageParam(value: string | null | undefined, max: number): number {
  const n = Number.parseInt(String(value ?? '1'), 10);
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(n, Math.max(1, max));
}

export function pageCount(items: number, perPage: number): number {
  return Math.max(1, Math.ceil(items / perPage));
}

export function html(body: string, status = 200): SiteResponse {
  return { kind: 'html', body, status };
}

export function notFound(req: SiteRequest): SiteResponse {
  return {
    kind: 'html',
    status: 404,
    noValidators: true,
    body: page(req, { title: '페이지를 찾을 수 없습니다', body: '<div class="error"><p>요청하신 페이지를 찾을 수 없습니다.</p><p>주소가 잘못되었거나 삭제된 게시물입니다.</p></div>' }),
  };
}

export function redirect(location: string, status = 302): SiteResponse {
  return { kind: 'html', status, headers: { location }, body: `<html><body>Moved: <a href="${esc(location)}">${esc(location)}</a></body></html>`, noValidators: true };
}

/** `<?xml …?>` declaration + body. */
export function xml(body: string, encoding: 'UTF-8' | 'EUC-KR' = 'UTF-8'): SiteResponse {
  return { kind: 'xml', body: `<?xml version="1.0" encoding="${encoding}"?>\n${body}` };
}

export function xmlEsc(value: unknown): string {
  return esc(value).replace(/'/g, '&apos;');
}

/** A child element per key (XML-escaped values; null → empty element). */
export function xmlItem(tag: string, fields: Record<string, unknown>): string {
  return `<${tag}>${Object.entries(fields)
    .map(([k, v]) => `<${k}>${v === null || v === undefined ? '' : xmlEsc(v)}</${k}>`)
    .join('')}</${tag}>`;
}
