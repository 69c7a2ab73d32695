import type { Organisation, Principal } from '../../common/auth';
import { HubError } from '../../common/errors';

/**
 * Who may do what in welfare pre-screening (issue 19; the four roles of the
 * source system, DOMAIN "Welfare pre-screening rules"):
 * - COMMUNITY_CENTER (동주민센터): recommends residents of its 동; sees the recommendations of its 동.
 * - WELFARE_AGENCY (복지관·민간기관): recommends anyone in the district; sees its own recommendations.
 * - DISTRICT_OFFICER (구청 주무부서): sees everything; creates and runs the programmes its department owns.
 * - ADMIN: everything, except recommending (it belongs to no recommending organisation).
 * A welfare role without its organisation claim is refused: its scope would be unknown.
 */
export interface WelfareActor {
  principal: Principal;
  /** The organisation; for ADMIN a synthetic `admin` one, never matched against data. */
  organisation: Organisation;
}

const need = () =>
  new HubError('UNAUTHENTICATED', { ko: '복지 사전관리는 동주민센터·복지기관·구청 담당자 또는 관리자 토큰이 필요합니다.', en: 'Welfare pre-screening needs a community centre, welfare agency, district officer or ADMIN token.' });
const forbidden = (ko: string, en: string) => new HubError('FORBIDDEN', { ko, en });

export function welfareActor(principal: Principal | null): WelfareActor {
  if (!principal) throw need();
  if (principal.role === 'ADMIN') return { principal, organisation: { id: 'admin', kind: 'DISTRICT' } };
  const org = principal.organisation;
  const expected = { COMMUNITY_CENTER: 'COMMUNITY_CENTER', WELFARE_AGENCY: 'WELFARE_AGENCY', DISTRICT_OFFICER: 'DISTRICT' } as const;
  if (principal.role !== 'COMMUNITY_CENTER' && principal.role !== 'WELFARE_AGENCY' && principal.role !== 'DISTRICT_OFFICER') {
    throw forbidden('복지 사전관리 권한이 없습니다.', 'This role has no access to welfare pre-screening.');
  }
  if (!org || org.kind !== expected[principal.role] || (principal.role === 'COMMUNITY_CENTER' && !org.dong)) {
    throw forbidden('토큰에 소속 기관(동) 정보가 없거나 역할과 맞지 않습니다.', 'The token carries no organisation (or 동) matching its role.');
  }
  return { principal, organisation: org };
}

export const isDistrict = (a: WelfareActor) => a.principal.role === 'DISTRICT_OFFICER' || a.principal.role === 'ADMIN';

/** Programme management: the district department that owns it, or ADMIN. */
export function requireProgrammeOwner(actor: WelfareActor, ownerOrg?: string): void {
  if (actor.principal.role === 'ADMIN') return;
  if (actor.principal.role !== 'DISTRICT_OFFICER') throw forbidden('복지사업 관리는 구청 주무부서만 할 수 있습니다.', 'Only the district department that owns a programme may manage it.');
  if (ownerOrg !== undefined && ownerOrg !== actor.organisation.id) {
    throw forbidden('다른 부서가 주관하는 복지사업입니다.', 'Another district department owns this programme.');
  }
}

export function requireDistrict(actor: WelfareActor): void {
  if (!isDistrict(actor)) throw forbidden('구청 담당자와 관리자만 볼 수 있습니다.', 'Only district officers and administrators may see this.');
}

/** Recommending: an organisation that recommends (not ADMIN); a 동주민센터 only residents of its own 동. */
export function requireRecommender(actor: WelfareActor, dong: string): void {
  if (actor.principal.role === 'ADMIN') throw forbidden('관리자는 추천기관이 아닙니다.', 'An administrator is not a recommending organisation.');
  if (actor.principal.role === 'COMMUNITY_CENTER' && actor.organisation.dong !== dong) {
    throw forbidden('다른 동의 주민은 추천할 수 없습니다.', 'A community centre recommends residents of its own 동 only.');
  }
}

/**
 * The SQL condition of the recommendations an actor sees, on alias `r`, with
 * its parameters from `$first`: all (district), its 동, or its own.
 */
export function scopeSql(actor: WelfareActor, first: number): { sql: string; params: unknown[] } {
  if (isDistrict(actor)) return { sql: 'true', params: [] };
  if (actor.principal.role === 'COMMUNITY_CENTER') return { sql: `r.dong = $${first}`, params: [actor.organisation.dong] };
  return { sql: `r.org_id = $${first}`, params: [actor.organisation.id] };
}

export function inScope(actor: WelfareActor, row: { dong: string; orgId: string }): boolean {
  if (isDistrict(actor)) return true;
  if (actor.principal.role === 'COMMUNITY_CENTER') return row.dong === actor.organisation.dong;
  return row.orgId === actor.organisation.id;
}

/** The whole name: the district, ADMIN, and the organisation that recommended the person. */
export function seesWholeName(actor: WelfareActor, row: { orgId: string }): boolean {
  return isDistrict(actor) || row.orgId === actor.organisation.id;
}
