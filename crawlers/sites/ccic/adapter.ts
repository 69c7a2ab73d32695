import { loadHtml } from '../../declarative/html';
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import { ParseError, type CrawlRequest, type DraftRecord, type SiteAdapter, type SiteConfig } from '../../core/adapter';
import { expandTable, labelledValue } from '../../declarative/table';
import { pageDate } from '../../declarative/transforms';
import { mapCenterType, mapSpecialCare, normalisePhone, parseCount, parseSeats, cleanText, nodeText, parseAgeRange, parseHours, parsePeriod } from '../../normalise';

/**
 * The 자치구 육아종합지원센터 CMS family (one adapter, five sites): the
 * district's 어린이집 table in either skin (rowspan-grouped or plain, seats
 * as two columns or `현원/정원`), reached directly, through an <iframe>, or
 * as an AJAX fragment that needs the session cookie, Referer and
 * X-Requested-With; its programmes; and the centre itself. `params.list`
 * in the registry says which: plain | iframe | session.
 */
export const adapter: SiteAdapter = {
  name: 'ccic',
  // 2: the centre's 운영시간 is stored parsed, as openingHours (it was raw hoursText, which nothing served); a new
  // version makes the next crawl re-parse intro pages whose bytes did not change.
  // 3: cells read with <br> as a space, periods with weekdays / without a year, ages with pregnancy weeks and grades.
  version: '3',
  start(site) {
    const base = site.baseUrl;
    const list =
      site.params.list === 'session'
        ? { url: new URL('/center/listAjax.do?page=1', base).toString(), xhr: true, referer: new URL('/center/list.do', base).toString() }
        : site.params.list === 'iframe'
          ? { url: new URL('/center/list.do', base).toString() }
          : { url: new URL('/center/list.do?page=1', base).toString() };
    return [
      { ...list, label: 'centres', role: 'list', expect: 'html' },
      { url: new URL('/program/list.do?page=1', base).toString(), label: 'programmes', role: 'list', expect: 'html' },
      { url: new URL('/intro.do', base).toString(), label: 'intro', role: 'list', expect: 'html' },
    ];
  },
  parse(page, request, site) {
    const $ = loadHtml(page.text ?? '');
    const abs = (href: string): string => new URL(href, page.finalUrl).toString();
    switch (request.label) {
      case 'centres': {
        const frame = $('iframe#listFrame').attr('src');
        if (frame) return { records: [], follow: [{ url: abs(frame), label: 'centres', role: 'list', expect: 'html' }] };
        const table = $('table.tbl_center, div.board_list table').first();
        if (!table.length) throw new ParseError('어린이집 현황 표가 없습니다 (세션 만료 또는 잘못된 접근) / no centre table (session expired or access refused)');
        const records = centreRows($, table[0] as Element, site);
        const follow: CrawlRequest[] = [];
        $('div.paginate a').each((_, a) => {
          const href = $(a).attr('href') ?? '';
          const n = /page=(\d+)|fn_search\((\d+)\)/.exec(href);
          if (!n) return;
          const pageNo = n[1] ?? n[2];
          const next = new URL(request.url);
          next.searchParams.set('page', pageNo!);
          follow.push({ url: next.toString(), label: 'centres', role: 'list', xhr: request.xhr, referer: request.referer, expect: 'html' });
        });
        return { records, follow };
      }
      case 'programmes': {
        if (!$('table.program').length) throw new ParseError('프로그램 표가 없습니다 / no programme table');
        const follow: CrawlRequest[] = [];
        $('table.program a[href*="/program/view.do"]').each((_, a) => void follow.push({ url: abs($(a).attr('href')!), label: 'programme', role: 'detail', expect: 'html' }));
        $('div.paginate a').each((_, a) => void follow.push({ url: abs($(a).attr('href')!), label: 'programmes', role: 'list', expect: 'html' }));
        return { records: [], follow };
      }
      case 'programme': {
        const view = $('table.tbl_view')[0];
        if (!view) throw new ParseError('프로그램 상세 표가 없습니다 / no programme detail');
        const v = (label: string): string | null => {
          const cell = labelledValue($, view, label);
          return cell ? cleanText(nodeText(cell)) : null;
        };
        const key = new URL(page.finalUrl).searchParams.get('idx');
        const name = v('프로그램명');
        if (!key || !name) throw new ParseError('프로그램 키나 이름이 없습니다 / programme without key or name');
        const seats = parseSeats(v('모집인원'));
        const record: DraftRecord = {
          kind: 'PROGRAM',
          sourceKey: `program:${key}`,
          subtype: 'PROGRAM',
          name,
          stages: ['INFANT'],
          sigungu: site.params.sigungu ?? null,
          sido: '서울특별시',
          capacity: seats?.capacity ?? null,
          enrolled: seats?.enrolled ?? null,
          ageMonths: parseAgeRange(v('대상연령')),
          tagText: v('대상') ?? undefined,
          attrs: {
            category: v('구분'),
            target: v('대상'),
            ages: v('대상연령'),
            period: parsePeriod(v('교육기간'), { reference: pageDate(page) }),
            schedule: v('일정'),
            place: v('장소'),
            fee: v('참가비'),
            status: v('접수상태'),
            contact: v('문의'),
            description: v('내용'),
            provider: site.name,
          },
        };
        return { records: [record], follow: [] };
      }
      case 'intro': {
        const view = $('table.intro')[0];
        if (!view) throw new ParseError('센터소개 표가 없습니다 / no centre introduction');
        const v = (label: string): string | null => {
          const cell = labelledValue($, view, label);
          return cell ? cleanText(nodeText(cell)) : null;
        };
        const key = $('#centerKey').attr('value');
        const name = v('기관명');
        if (!key || !name) throw new ParseError('센터 정보가 없습니다 / no centre information');
        return {
          records: [
            {
              kind: 'FACILITY',
              sourceKey: `center:${key}`,
              subtype: 'CHILDCARE_SUPPORT_CENTER',
              name,
              stages: ['INFANT'],
              address: v('주소'),
              phone: normalisePhone(v('전화번호'), { localAreaCode: '02' }),
              attrs: { openingHours: parseHours(v('운영시간')), ages: v('이용대상'), description: v('소개') },
            },
          ],
          follow: [],
        };
      }
      default:
        throw new ParseError(`unknown page kind ${request.label}`);
    }
  },
};

function centreRows($: cheerio.CheerioAPI, table: Element, site: SiteConfig): DraftRecord[] {
  const { header, rows } = expandTable($, table);
  const col = (label: string): number => header.findIndex((h) => h.replace(/\s/g, '') === label);
  const idx = { name: col('어린이집명'), type: col('유형'), address: col('주소'), phone: col('전화번호'), capacity: col('정원'), enrolled: col('현원'), seats: col('현원/정원'), care: col('제공서비스') >= 0 ? col('제공서비스') : col('특수보육') };
  const out: DraftRecord[] = [];
  for (const [tr, cells] of rows) {
    const text = (i: number): string | null => (i >= 0 && cells[i] ? cleanText(nodeText(cells[i])) : null);
    const link = $(cells[idx.name] ?? tr).find('a').attr('href') ?? '';
    const code = /code=([0-9A-Za-z]{1,20})/.exec(link)?.[1];
    const name = text(idx.name);
    if (!code || !name) continue;
    // `현원/정원` in the plain skin (`9/16`), two columns in the grouped one.
    const slash = idx.seats >= 0 ? parseSeats(text(idx.seats)) : null;
    out.push({
      kind: 'FACILITY',
      sourceKey: code,
      subtype: 'CHILDCARE_CENTER',
      name,
      stages: ['INFANT'],
      sido: '서울특별시',
      sigungu: site.params.sigungu ?? null,
      address: text(idx.address),
      phone: normalisePhone(text(idx.phone), { localAreaCode: '02' }),
      capacity: slash ? slash.capacity : parseCount(text(idx.capacity)),
      enrolled: slash ? slash.enrolled : parseCount(text(idx.enrolled)),
      specialCare: mapSpecialCare(text(idx.care)).flags,
      attrs: { centerType: mapCenterType(text(idx.type)) },
    });
  }
  return out;
}

