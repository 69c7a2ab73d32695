import type { Principal, Role } from '../../common/auth';
import { HubError } from '../../common/errors';

/** The caller, or UNAUTHENTICATED: every apply operation needs a token. */
export function requirePrincipal(principal: Principal | null): Principal {
  if (!principal) throw new HubError('UNAUTHENTICATED');
  return principal;
}

/** The caller when their role is one of `roles`; FORBIDDEN otherwise. */
export function requireRole(principal: Principal | null, ...roles: Role[]): Principal {
  const p = requirePrincipal(principal);
  if (!roles.includes(p.role)) throw forbidden();
  return p;
}

/** ADMIN, or CENTER_STAFF whose token names this facility. */
export function canManageFacility(principal: Principal, facilityId: string): boolean {
  return principal.role === 'ADMIN' || (principal.role === 'CENTER_STAFF' && principal.facilityIds.includes(facilityId));
}

export function requireFacilityManager(principal: Principal | null, facilityId: string): Principal {
  const p = requireRole(principal, 'CENTER_STAFF', 'ADMIN');
  if (!canManageFacility(p, facilityId)) throw forbidden();
  return p;
}

export function forbidden(): HubError {
  return new HubError('FORBIDDEN');
}

/**
 * Someone else's record answers NOT_FOUND to a parent, never FORBIDDEN, so
 * ids cannot be probed for existence.
 */
export function notFound(what: string): HubError {
  return new HubError('NOT_FOUND', { ko: `${what}을(를) 찾을 수 없습니다.`, en: `No such ${what}.` });
}
