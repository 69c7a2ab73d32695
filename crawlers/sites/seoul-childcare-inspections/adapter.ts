import type { Inspection } from '../../../common/inspections';
import { ParseError, type CrawlRequest, type DraftRecord, type SiteAdapter } from '../../core/adapter';

/**
 * 서울시 보육포털 점검내역 (inspection history): the screen's XHR list, JSON
 * by centre with its inspections (점검일, 점검구분 정기/수시/합동, 지적사항,
 * 조치 시정명령/과태료/보조금 환수, 처리상태), paged by `pageIndex`.
 *
 * Each centre becomes a FACILITY record carrying only what identifies it
 * (name, 시군구, kind, address) and `attrs.inspections`: the catalog's entity
 * resolution (store/catalog/merge.ts matchKey: kind + 시군구 + name) attaches
 * it to the facility the other sites publish, and the merge unites its
 * inspections with those of other inspection sources. Its low registry
 * priority means it never wins a field another site publishes.
 */
const PER_PAGE = 100;

interface Centre {
  stcode?: unknown;
  crname?: unknown;
  crtypename?: unknown;
  sigunname?: unknown;
  craddr?: unknown;
  inspList?: unknown;
}

interface Row {
  inspDt?: unknown;
  inspSe?: unknown;
  inspCn?: unknown;
  dspsCn?: unknown;
  prcsSttus?: unknown;
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const NO_FINDINGS = /^(지적사항\s*)?없음$|^-$/;

function listUrl(site: { baseUrl: string }, pageIndex: number): string {
  return new URL(`/insp/inspList.do?pageIndex=${pageIndex}&recordCountPerPage=${PER_PAGE}`, site.baseUrl).toString();
}

export function toInspection(row: Row, siteId: string): Inspection | null {
  const date = /^(\d{4})[-.]?(\d{2})[-.]?(\d{2})$/.exec(text(row.inspDt));
  const type = text(row.inspSe);
  if (!type) return null;
  const findingsText = text(row.inspCn);
  const findings = findingsText && !NO_FINDINGS.test(findingsText) ? findingsText : null;
  const measures = text(row.dspsCn)
    .split(/[,·/]/)
    .map((m) => m.trim().replace(/^보조금\s*환수$/, '보조금 환수'))
    .filter((m) => m !== '');
  return {
    date: date ? `${date[1]}-${date[2]}-${date[3]}` : null,
    type,
    category: 'GUIDANCE',
    findings,
    measures,
    result: null,
    status: text(row.prcsSttus) || null,
    violation: findings !== null || measures.length > 0,
    source: siteId,
  };
}

export const adapter: SiteAdapter = {
  name: 'seoul-childcare-inspections',
  version: '1',
  start: (site) => [{ url: listUrl(site, 1), label: 'list', role: 'list', expect: 'json', meta: { pageIndex: '1' } }],
  parse(page, request, site) {
    let body: { resultCode?: unknown; totalCount?: unknown; list?: unknown };
    try {
      body = JSON.parse(page.text ?? '') as typeof body;
    } catch {
      throw new ParseError('JSON이 아닙니다 / not JSON');
    }
    if (body.resultCode !== '00' || !Array.isArray(body.list)) throw new ParseError(`API 오류 / API error: resultCode=${String(body.resultCode).slice(0, 20)}`);
    const records: DraftRecord[] = [];
    for (const c of body.list as Centre[]) {
      const name = text(c.crname);
      const sigungu = text(c.sigunname);
      const key = text(c.stcode);
      if (!name || !sigungu || !key) continue;
      const inspections = (Array.isArray(c.inspList) ? (c.inspList as Row[]) : []).map((r) => toInspection(r, site.id)).filter((i): i is Inspection => i !== null);
      records.push({
        kind: 'FACILITY',
        sourceKey: key,
        subtype: text(c.crtypename) === '유치원' ? 'KINDERGARTEN' : 'CHILDCARE_CENTER',
        name,
        sido: '서울특별시',
        sigungu,
        address: text(c.craddr) || null,
        stages: ['INFANT'],
        attrs: { inspections },
      });
    }
    const follow: CrawlRequest[] = [];
    const pageIndex = Number(request.meta?.pageIndex ?? '1');
    const total = Number(body.totalCount);
    if (pageIndex === 1 && Number.isFinite(total)) {
      const pages = Math.min(1000, Math.ceil(total / PER_PAGE));
      for (let p = 2; p <= pages; p++) follow.push({ url: listUrl(site, p), label: 'list', role: 'list', expect: 'json', meta: { pageIndex: String(p) } });
    }
    return { records, follow };
  },
};
