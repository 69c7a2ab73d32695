import type { Principal } from '../../common/auth';
import { HubError } from '../../common/errors';

/**
 * Who may do what on the board (docs/community.md has the matrix): anyone
 * reads published posts; PARENT writes reviews (with a relationship),
 * reports and asks; CENTER_STAFF replies for its facilities; COUNSELLOR,
 * EDITOR and ADMIN answer; EDITOR and ADMIN moderate.
 */
export function signedIn(p: Principal | null): Principal {
  if (!p) throw new HubError('UNAUTHENTICATED', { ko: '로그인이 필요합니다.', en: 'Sign in first (a bearer token is required).' });
  return p;
}

export function requireParent(p: Principal | null): Principal {
  const principal = signedIn(p);
  if (principal.role !== 'PARENT') throw new HubError('FORBIDDEN', { ko: '학부모 계정만 글을 쓸 수 있습니다.', en: 'Only parents may post reviews, reports and questions.' });
  return principal;
}

export const isEditor = (p: Principal | null) => p?.role === 'EDITOR' || p?.role === 'ADMIN';

export function requireEditor(p: Principal | null): Principal {
  const principal = signedIn(p);
  if (!isEditor(principal)) throw new HubError('FORBIDDEN', { ko: '검토는 편집자와 관리자만 할 수 있습니다.', en: 'Only editors and administrators moderate.' });
  return principal;
}

export function requireAnswerer(p: Principal | null): Principal {
  const principal = signedIn(p);
  if (principal.role !== 'COUNSELLOR' && !isEditor(principal)) {
    throw new HubError('FORBIDDEN', { ko: '답변은 보육상담사와 편집자만 할 수 있습니다.', en: 'Only counsellors and editors answer questions.' });
  }
  return principal;
}

export const notFound = (what: 'review' | 'question' | 'answer') =>
  new HubError('NOT_FOUND', {
    review: { ko: '후기를 찾을 수 없습니다.', en: 'No such review.' },
    question: { ko: '질문을 찾을 수 없습니다.', en: 'No such question.' },
    answer: { ko: '답변을 찾을 수 없습니다.', en: 'No such answer.' },
  }[what]);
