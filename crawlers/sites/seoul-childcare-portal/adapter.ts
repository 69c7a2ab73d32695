import { loadHtml } from '../../declarative/html';
import { ParseError, type CrawlRequest, type DraftRecord, type SiteAdapter } from '../../core/adapter';
import { labelledValue } from '../../declarative/table';
import { cleanText, mapSpecialCare, normalisePhone, parseCount } from '../../normalise';
import { childcareAttrs } from '../../seed/childcare';

/**
 * 서울시 보육포털: the eGovFrame list (page 1 by GET, the rest by POSTing
 * `pageIndex`), detail pages reached through `fn_view('code')`, and the
 * detail's class table (반수/아동수 per age class) read into the same
 * attributes the open-data file gives. Code rather than config because the
 * class table and the map script need a few lines of logic.
 */
const LABELS = ['어린이집명', '어린이집유형', '운영현황', '전화번호', '팩스번호', '홈페이지', '인가일자', '보육실수', '놀이터수', 'CCTV총설치수', '보육교직원수', '통학차량운영', '제공서비스', '정원', '현원', '데이터기준일자'];
const CSV_NAME: Record<string, string> = { 홈페이지: '홈페이지주소', 통학차량운영: '통학차량운영여부' };

export const adapter: SiteAdapter = {
  name: 'seoul-childcare-portal',
  version: '1',
  start: (site) => [{ url: new URL('/cpms/cpmsList.do', site.baseUrl).toString(), label: 'list', role: 'list', expect: 'html' }],
  parse(page, request) {
    const $ = loadHtml(page.text ?? '');
    if (request.label === 'list') {
      if (!$('table.tbl_list').length) throw new ParseError('어린이집 목록 표가 없습니다 / no centre list table');
      const follow: CrawlRequest[] = [];
      $('table.tbl_list a[onclick*="fn_view"]').each((_, a) => {
        const code = /fn_view\('([0-9A-Za-z]{1,20})'\)/.exec($(a).attr('onclick') ?? '')?.[1];
        if (code) follow.push({ url: new URL(`/cpms/cpmsView.do?stcode=${code}`, page.finalUrl).toString(), label: 'detail', role: 'detail', expect: 'html' });
      });
      // The first page (GET) lists every other page; they are POSTs of the list form.
      if (request.method !== 'POST') {
        const last = Number(/fn_egov_link_page\((\d+)\)/.exec($('div.paging a.last').attr('onclick') ?? '')?.[1] ?? '1');
        const action = new URL($('form[name=listForm]').attr('action') ?? '/cpms/cpmsList.do', page.finalUrl).toString();
        for (let n = 2; n <= Math.min(last, 2000); n++) follow.push({ url: action, method: 'POST', form: { pageIndex: String(n) }, label: 'list', role: 'list', expect: 'html' });
      }
      return { records: [], follow };
    }
    const view = $('table.tbl_view');
    if (!view.length) throw new ParseError('어린이집 상세 표가 없습니다 / no centre detail table');
    const code = new URL(page.finalUrl).searchParams.get('stcode') ?? '';
    const row: Record<string, string | undefined> = {};
    for (const label of LABELS) {
      const cell = labelledValue($, view[0]!, label);
      row[CSV_NAME[label] ?? label] = cell ? $(cell).text().trim() : undefined;
    }
    const address = labelledValue($, view[0]!, '주소');
    const addressText = address ? $(address).text().trim() : '';
    const postal = /^\((\d*)\)\s*/.exec(addressText);
    row['우편번호'] = postal?.[1];
    row['상세주소'] = postal ? addressText.slice(postal[0].length) : addressText;
    // Class table: header row 1 names the classes (colspan 2), row 2 alternates 반수/아동수.
    const classes = $('table.tbl_class');
    const labels = classes.find('thead tr').first().children('th').slice(1).map((_, th) => $(th).text().trim()).get();
    const cells = classes.find('tbody tr').first().children('td').map((_, td) => $(td).text().trim()).get();
    labels.forEach((label, i) => {
      const key = label === '계' ? '총계' : label;
      row[`반수-${key}`] = cells[i * 2];
      row[`아동수-${key}`] = cells[i * 2 + 1];
    });
    const script = $('script:contains("mapLat")').text();
    const lat = Number(/mapLat\s*=\s*"([\d.]+)"/.exec(script)?.[1] ?? NaN);
    const lng = Number(/mapLng\s*=\s*"([\d.]+)"/.exec(script)?.[1] ?? NaN);
    const name = cleanText(row['어린이집명'], 200);
    if (!code || !name) throw new ParseError('어린이집 코드나 이름이 없습니다 / centre without code or name');
    const record: DraftRecord = {
      kind: 'FACILITY',
      sourceKey: code,
      subtype: 'CHILDCARE_CENTER',
      name,
      stages: ['INFANT'],
      sido: '서울특별시',
      address: cleanText(row['상세주소'], 300),
      phone: normalisePhone(row['전화번호'], { localAreaCode: '02' }),
      lat: Number.isFinite(lat) ? lat : null,
      lng: Number.isFinite(lng) ? lng : null,
      specialCare: mapSpecialCare(row['제공서비스']).flags,
      capacity: parseCount(row['정원']),
      enrolled: parseCount(row['현원']),
      attrs: { ...childcareAttrs(row) },
    };
    return { records: [record], follow: [] };
  },
};
