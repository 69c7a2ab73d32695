import { createHash } from 'node:crypto';
import { regionFromAddress } from '../../common/regions';
import { notFound } from '../html';
import { memo, KO } from '../memo';
import type { SiteDef, SiteResponse } from '../types';
import { bundledSafety } from '../world/bundled';
import { int, pick, rng } from '../world/random';
import type { World } from '../world/types';

/**
 * Inspection history (issue 20): the Seoul portal's 점검내역 screen and the
 * 유치원알리미 safety-inspection API.
 *
 * 점검내역 is derived from the world, never stored in it: which centres are
 * inspected (one 어린이집 in ten by 어린이집코드, every 유치원 of the
 * simulated 유치원알리미 and of safety.json), their tick-0 history and, at
 * every later tick, a few new inspections dated by the tick, each drawn from
 * its own generator seeded by (seed, centre, tick) — so tick t's answer is a
 * pure function of (seed, tick) and grows with ticks; the measures of a new
 * finding stay 조치중 for three ticks, then 조치완료.
 */

export interface SimInspection {
  /** 점검일 YYYY-MM-DD */
  inspDt: string;
  /** 점검구분: 정기 / 수시 / 합동 */
  inspSe: string;
  /** 지적사항 (지적사항 없음 when none) */
  inspCn: string;
  /** 조치: 시정명령, 과태료, 보조금 환수 — comma-separated, empty when none */
  dspsCn: string;
  /** 처리상태: 완료 / 조치중 / 조치완료 */
  prcsSttus: string;
}

export interface SimInspectedCentre {
  /** 어린이집코드, or `유치원:<시군구>:<name>` for kindergartens (the portal has no 유치원 code). */
  stcode: string;
  crname: string;
  /** 어린이집 / 유치원 */
  crtypename: string;
  sigunname: string;
  craddr: string;
  inspList: SimInspection[];
}

const FINDINGS = [
  '보육교직원 배치기준 미준수',
  '급식 위생관리 미흡 (보존식 미보관)',
  '통학차량 안전교육 미이수',
  '보육교직원 근무기록 허위 작성',
  '아동 출석부 허위 기재',
  '소방 안전점검 기록 누락',
  '비상대피훈련 미실시',
  '정보공시 내용 누락',
];

const SPARE = 0.03;
/** Ticks a new finding's measures stay 조치중. */
const OPEN_TICKS = 3;

function tickDate(tick: number): string {
  // As simulator/world: one tick ≈ one day from 2026-03-01.
  return new Date(Date.UTC(2026, 2, 1 + (tick % 300))).toISOString().slice(0, 10);
}

function inspection(random: () => number, date: string, open: boolean): SimInspection {
  const r = random();
  const inspSe = r < 0.6 ? '정기' : r < 0.9 ? '수시' : '합동';
  if (random() < 0.55) return { inspDt: date, inspSe, inspCn: '지적사항 없음', dspsCn: '', prcsSttus: '완료' };
  const finding = pick(random, FINDINGS);
  const measures = ['시정명령'];
  if (random() < 0.35) measures.push('과태료');
  // Recovery of subsidies follows the false records (허위) findings only, as in the 보육사업안내.
  if (finding.includes('허위')) measures.push('보조금 환수');
  return { inspDt: date, inspSe, inspCn: finding, dspsCn: measures.join(', '), prcsSttus: open ? '조치중' : '조치완료' };
}

function keyOf(code: string): number {
  return createHash('sha256').update(code).digest().readUInt32BE(0);
}

/** The inspected centres at the world's tick, ordered by 시군구 then name (stable across ticks). */
export function inspectedCentres(world: World): SimInspectedCentre[] {
  return memo(world, 'inspections', () => {
    const base: Omit<SimInspectedCentre, 'inspList'>[] = [];
    for (const c of world.childcare) {
      if (keyOf(c.code) % 10 !== 0) continue;
      base.push({ stcode: c.code, crname: c.fields['어린이집명']!.trim(), crtypename: '어린이집', sigunname: c.sigungu, craddr: (c.fields['상세주소'] ?? '').trim() });
    }
    for (const k of world.kindergartens) {
      const name = String(k['kindername'] ?? '').trim();
      const addr = String(k['addr'] ?? '').trim();
      const gu = regionFromAddress(addr)?.sigungu ?? '';
      if (name && gu) base.push({ stcode: `유치원:${gu}:${name}`, crname: name, crtypename: '유치원', sigunname: gu, craddr: addr });
    }
    // safety.json answers the 강남구 query of the 유치원알리미 API (kinder-safety below).
    for (const k of bundledSafety().items) {
      const name = String(k['kindername'] ?? '').trim();
      if (name) base.push({ stcode: `유치원:강남구:${name}`, crname: name, crtypename: '유치원', sigunname: '강남구', craddr: '' });
    }
    base.sort((a, b) => KO.compare(a.sigunname, b.sigunname) || KO.compare(a.crname, b.crname) || (a.stcode < b.stcode ? -1 : 1));
    return base.map((c) => {
      const list: SimInspection[] = [];
      const past = rng(world.seed, 'inspections', c.stcode, 0);
      const n = int(past, 1, 3);
      for (let i = 0; i < n; i++) {
        const date = `${2023 + i}-${String(int(past, 1, 12)).padStart(2, '0')}-${String(int(past, 1, 28)).padStart(2, '0')}`;
        list.push(inspection(past, date, false));
      }
      for (let t = 1; t <= world.tick; t++) {
        const r = rng(world.seed, 'inspections', c.stcode, t);
        if (r() < SPARE) list.push(inspection(r, tickDate(t), world.tick - t < OPEN_TICKS));
      }
      list.sort((a, b) => (a.inspDt < b.inspDt ? 1 : a.inspDt > b.inspDt ? -1 : 0));
      return { ...c, inspList: list };
    });
  });
}

const PER_PAGE_MAX = 100;

function json(body: unknown): SiteResponse {
  return { kind: 'json', body: JSON.stringify(body) };
}

/** 보육포털 점검내역: the screen's XHR list, UTF-8 JSON by centre, `pageIndex` / `recordCountPerPage` paging. */
export const childcareInspections: SiteDef = {
  id: 'seoul-childcare-inspections',
  encoding: 'utf-8',
  validators: 'etag',
  route(req) {
    if (req.path !== '/insp/inspList.do') return notFound(req);
    const centres = inspectedCentres(req.world);
    const perPage = Math.min(PER_PAGE_MAX, Math.max(1, Number.parseInt(req.query.get('recordCountPerPage') ?? '', 10) || 50));
    const pageIndex = Math.max(1, Number.parseInt(req.query.get('pageIndex') ?? '', 10) || 1);
    return json({
      resultCode: '00',
      resultMsg: '정상',
      totalCount: centres.length,
      pageIndex,
      recordCountPerPage: perPage,
      list: centres.slice((pageIndex - 1) * perPage, pageIndex * perPage),
    });
  },
};

/** 유치원알리미 안전점검 API: the bundled safety.json bytes (CP949, no charset) for 강남구, an empty list elsewhere. */
export const kinderSafety: SiteDef = {
  id: 'kinder-safety',
  encoding: 'cp949',
  validators: 'etag',
  route(req) {
    if (req.path !== '/api/notice/safetyEdu.do') return notFound(req);
    if (!req.query.get('key')) return json({ status: 'FAIL', message: '인증키가 유효하지 않습니다.' });
    const district = `${(req.query.get('sidoCode') ?? '').slice(0, 2)}/${(req.query.get('sggCode') ?? '').slice(0, 5)}`;
    if (district === '11/11680') return { kind: 'json', body: bundledSafety().bytes };
    return json({ status: 'SUCCESS', kinderInfo: [] });
  },
};
