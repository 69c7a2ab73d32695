import type { Principal } from '../../common/auth';
import { HubError } from '../../common/errors';

/**
 * Curation is for content editors and administrators only. No token (an
 * anonymous caller, or a partner with only an API key) is UNAUTHENTICATED;
 * any other role (PARENT, CENTER_STAFF) is FORBIDDEN.
 */
export function requireEditor(principal: Principal | null): Principal {
  if (!principal) {
    throw new HubError('UNAUTHENTICATED', { ko: '편집자(EDITOR) 또는 관리자(ADMIN) 토큰이 필요합니다.', en: 'An EDITOR or ADMIN bearer token is required.' });
  }
  if (principal.role !== 'EDITOR' && principal.role !== 'ADMIN') {
    throw new HubError('FORBIDDEN', { ko: '큐레이션은 편집자와 관리자만 할 수 있습니다.', en: 'Only editors and administrators may curate.' });
  }
  return principal;
}
