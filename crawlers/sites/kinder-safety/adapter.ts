import iconv from 'iconv-lite';
import type { Inspection } from '../../../common/inspections';
import { findSigunguByCode } from '../../../common/regions';
import { ParseError, type DraftRecord, type SiteAdapter } from '../../core/adapter';

/**
 * 유치원알리미 안전점검 API (safety inspections of kindergartens): JSON in
 * CP949 with no charset, one request per 시군구 — the bundled real response
 * (simulator/data/safety.json) is the 강남구 one. The bytes are decoded as
 * CP949 here with iconv-lite, whatever the fetch layer guessed.
 *
 * Per kindergarten: 놀이시설 안전검사 (date, 적합 / -), CCTV 설치 (counts, no
 * date), 소방대피훈련, 소방안전점검, 가스점검, 전기점검 (Y/N and date). Each
 * becomes one inspection of `attrs.inspections` on a KINDERGARTEN record
 * named and placed as the 유치원알리미 basicInfo publishes it (kind + 시군구
 * + name), so the catalog attaches it to that kindergarten.
 */
const SEOUL_GU = ['11110', '11140', '11170', '11200', '11215', '11230', '11260', '11290', '11305', '11320', '11350', '11380', '11410', '11440', '11470', '11500', '11530', '11545', '11560', '11590', '11620', '11650', '11680', '11710', '11740'];

type Item = Record<string, unknown>;

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

function day(v: unknown): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text(v));
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** One dated check (Y = carried out, N = not, NA / other = not applicable or unknown). */
function check(item: Item, type: string, yn: string, dt: string, siteId: string): Inspection {
  const done = text(item[yn]).toUpperCase();
  const result = done === 'Y' ? '점검 실시' : done === 'N' ? '미실시' : done === 'NA' ? '해당 없음' : null;
  return { date: day(item[dt]), type, category: 'SAFETY', findings: null, measures: [], result, status: null, violation: false, source: siteId };
}

export function inspectionsOfItem(item: Item, siteId: string): Inspection[] {
  const out: Inspection[] = [];
  const playground = text(item.plyg_ck_rs_cd);
  const playgroundResult = playground && playground !== '-' ? playground : text(item.plyg_ck_yn) === 'N' ? '미실시' : null;
  out.push({
    date: day(item.plyg_ck_dt),
    type: '놀이시설 안전검사',
    category: 'SAFETY',
    findings: playground === '부적합' ? '놀이시설 안전검사 부적합' : null,
    measures: [],
    result: playgroundResult,
    status: null,
    violation: playground === '부적합',
    source: siteId,
  });
  const cctv = text(item.cctv_ist_total);
  const inside = text(item.cctv_ist_in);
  const outside = text(item.cctv_ist_out);
  out.push({
    date: null,
    type: 'CCTV 설치',
    category: 'SAFETY',
    findings: null,
    measures: [],
    result: text(item.cctv_ist_yn) === 'Y' ? `${cctv ? `${cctv}대 설치` : '설치'}${inside || outside ? ` (실내 ${inside || '-'}, 실외 ${outside || '-'})` : ''}` : text(item.cctv_ist_yn) === 'N' ? '미설치' : null,
    status: null,
    violation: false,
    source: siteId,
  });
  out.push(check(item, '소방대피훈련', 'fire_avd_yn', 'fire_avd_dt', siteId));
  out.push(check(item, '소방안전점검', 'fire_safe_yn', 'fire_safe_dt', siteId));
  out.push(check(item, '가스점검', 'gas_ck_yn', 'gas_ck_dt', siteId));
  out.push(check(item, '전기점검', 'elect_ck_yn', 'elect_ck_dt', siteId));
  return out;
}

export const adapter: SiteAdapter = {
  name: 'kinder-safety',
  version: '1',
  start: (site) =>
    SEOUL_GU.map((code) => ({
      url: new URL(`/api/notice/safetyEdu.do?key=${encodeURIComponent(site.params.key ?? '')}&sidoCode=11&sggCode=${code}`, site.baseUrl).toString(),
      label: 'district',
      role: 'list' as const,
      expect: 'json' as const,
      meta: { sggCode: code },
    })),
  parse(page, request, site) {
    // CP949 exactly, from the bytes: the API sends no charset.
    let body: { status?: unknown; kinderInfo?: unknown };
    try {
      body = JSON.parse(iconv.decode(page.bytes, 'cp949')) as typeof body;
    } catch {
      throw new ParseError('JSON이 아닙니다 / not JSON');
    }
    if (body.status !== 'SUCCESS' || !Array.isArray(body.kinderInfo)) throw new ParseError(`API 오류 / API error: status=${String(body.status).slice(0, 50)}`);
    const region = findSigunguByCode(request.meta?.sggCode ?? '');
    if (!region) throw new ParseError(`알 수 없는 시군구 코드 / unknown district code: ${String(request.meta?.sggCode).slice(0, 10)}`);
    const records: DraftRecord[] = [];
    for (const item of body.kinderInfo as Item[]) {
      const name = text(item.kindername);
      if (!name) continue;
      records.push({
        kind: 'FACILITY',
        // As crawlers/seed/kindergarten.ts keys the basicInfo items: 시군구:name.
        sourceKey: `${region.sigungu.name}:${name}`,
        subtype: 'KINDERGARTEN',
        name,
        sido: region.sido.name,
        sigungu: region.sigungu.name,
        regionCode: region.sigungu.code,
        stages: ['INFANT'],
        attrs: {
          establishment: text(item.estb_pt) || null,
          officeOfEducation: [text(item.officeedu), text(item.subofficeedu)].filter(Boolean).join(' ') || null,
          inspections: inspectionsOfItem(item, site.id),
        },
      });
    }
    return { records, follow: [] };
  },
};
