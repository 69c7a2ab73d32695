import { createHash } from 'node:crypto';
import type { SimPolicy } from './types';

/**
 * How each portal writes a policy's name. `SimPolicy.title` is the policy's
 * own name (the truth ingest's matching is measured against); like the real
 * portals, some publishers write a minority of rows their own way:
 *
 * - 보조금24 puts a local service's district (or city) in brackets after the
 *   service name (`출산지원금(강남구)`) and ends some national service names
 *   with a generic 지원 (`첫만남이용권 지원`);
 * - the Seoul board tags some district rows with the district in square
 *   brackets (`[강남구] 출산지원금`);
 * - a district's own site drops its own name (`출산지원금` on 강남구청);
 * - theme portals (서울맘케어, 아이돌봄, 병원 돌봄) space compounds their
 *   own way (`첫만남 이용권`, `아이돌봄 서비스`).
 *
 * 복지로 writes every name as the policy has it. Which rows vary is fixed by
 * a hash of (policy key, site), so every crawl sees the same names.
 */
export function publishedTitle(p: SimPolicy, siteId: string): string {
  const roll = createHash('sha256').update(`${p.key}\u0000${siteId}`).digest().readUInt8(0);
  const district = p.sigungu && p.title.startsWith(`${p.sigungu} `) ? p.title.slice(p.sigungu.length + 1) : null;
  switch (siteId) {
    case 'gov24-subsidy-api':
      if (district) return roll % 3 === 0 ? `${district}(${p.sigungu})` : p.title;
      if (p.level === '광역') return roll % 4 === 0 ? `${withoutCity(p.title)}(서울특별시)` : p.title;
      if (GOV24_SUFFIXED.has(p.title) || (roll % 5 === 0 && !/(지원|급여|수당|검진|검사)$/.test(p.title) && !/[)]$/.test(p.title))) return `${p.title} 지원`;
      return p.title;
    case 'seoul-policy-board':
      return district && roll % 5 === 0 ? `[${p.sigungu}] ${district}` : p.title;
    case 'gangnam-policy':
      return district && roll % 2 === 0 ? district : p.title;
    case 'seoul-mom-care':
    case 'idolbom':
    case 'hospital-child-care':
      return SPACED[p.title] ?? p.title;
    default:
      return p.title;
  }
}

/** National services 보조금24 lists with a trailing 지원 besides the hashed few. */
const GOV24_SUFFIXED = new Set(['첫만남이용권']);

/** Names the theme portals space differently (compounds split or joined). */
const SPACED: Record<string, string> = {
  첫만남이용권: '첫만남 이용권',
  아이돌봄서비스: '아이돌봄 서비스',
  '아이돌봄서비스 시간제': '아이돌봄 서비스 시간제',
  '입원아동 돌봄서비스': '입원아동 돌봄 서비스',
  '산모·신생아 건강관리 지원': '산모 신생아 건강관리 지원',
  '난임부부 시술비 지원': '난임부부 시술비지원',
  '서울 임산부 교통비 지원': '서울 임산부교통비 지원',
};

/** `서울 임산부 교통비 지원` → `임산부 교통비 지원`: the city's name moves into the brackets (a 서울형 brand name keeps it). */
function withoutCity(title: string): string {
  return title.replace(/^(서울특별시|서울시|서울)\s+/, '');
}
