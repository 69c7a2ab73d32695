import type { ComponentType } from 'preact';
import type { Role } from './auth';
import { Anomalies } from './pages/Anomalies';
import { Audit } from './pages/Audit';
import { Merge } from './pages/Merge';
import { Moderation } from './pages/Moderation';
import { Partners } from './pages/Partners';
import { Questions } from './pages/Questions';
import { Record } from './pages/Record';
import { Records } from './pages/Records';
import { Review } from './pages/Review';
import { Sources } from './pages/Sources';
import { Stats } from './pages/Stats';
import { Synonyms } from './pages/Synonyms';
import { WelfareProgrammes } from './pages/WelfareProgrammes';
import { WelfareRegister } from './pages/WelfareRegister';
import { WelfareRescreen } from './pages/WelfareRescreen';
import { WelfareStats } from './pages/WelfareStats';

/**
 * The console's screens, in navigation order. One line per page: a page
 * added later (or by another hand) is one entry here. `soon` marks a screen
 * a later issue brings, shown as "준비 중" so the navigation keeps its place.
 */
export interface ConsoleRoute {
  path: string;
  ko: string;
  en: string;
  page?: ComponentType<{ params: Record<string, string | undefined> }>;
  /** Roles that see it (default EDITOR and ADMIN). */
  roles?: Role[];
  /** Not in the navigation (a detail page). */
  hidden?: boolean;
  /** The issue that brings this screen. */
  soon?: string;
}

export const ROUTES: ConsoleRoute[] = [
  { path: '/records', ko: '기록', en: 'Records', page: Records },
  { path: '/records/:id', ko: '기록', en: 'Record', page: Record, hidden: true },
  { path: '/review', ko: '검토 대기열', en: 'Review queue', page: Review },
  { path: '/merge', ko: '병합', en: 'Merge', page: Merge },
  { path: '/audit', ko: '감사 기록', en: 'Audit log', page: Audit },
  { path: '/anomalies', ko: '이상 징후', en: 'Anomaly flags', page: Anomalies },
  { path: '/synonyms', ko: '검색 동의어', en: 'Search synonyms', page: Synonyms },
  { path: '/sources', ko: '수집 현황', en: 'Sources', page: Sources },
  { path: '/stats', ko: '보육 통계', en: 'Statistics', page: Stats },
  { path: '/community/moderation', ko: '소통방 검토 대기열', en: 'Moderation queue', page: Moderation },
  { path: '/community/questions', ko: '답변 대기 질문', en: 'Unanswered questions', page: Questions, roles: ['COUNSELLOR', 'EDITOR', 'ADMIN'] },
  { path: '/partners', ko: '제휴 서비스 키', en: 'Partner keys', page: Partners, roles: ['ADMIN'] },
  { path: '/duplicates', ko: '정책 중복 후보', en: 'Policy duplicates', soon: '#15' },
  { path: '/benefits', ko: '가구별 혜택 판정', en: 'Household benefits', soon: '#18' },
  // Issue 19: the welfare roles see these screens only (main.tsx admits anyone with a screen of their own).
  { path: '/welfare', ko: '복지사업 사전관리', en: 'Welfare pre-screening', page: WelfareProgrammes, roles: ['ADMIN', 'DISTRICT_OFFICER', 'COMMUNITY_CENTER', 'WELFARE_AGENCY'] },
  { path: '/welfare/register', ko: '대상자 추천 등록', en: 'Recommend a person', page: WelfareRegister, roles: ['ADMIN', 'DISTRICT_OFFICER', 'COMMUNITY_CENTER', 'WELFARE_AGENCY'] },
  { path: '/welfare/rescreen', ko: '재확인 및 확정', en: 'Re-screening and confirmation', page: WelfareRescreen, roles: ['ADMIN', 'DISTRICT_OFFICER'] },
  { path: '/welfare/stats', ko: '복지사업 통계', en: 'Welfare statistics', page: WelfareStats, roles: ['ADMIN', 'DISTRICT_OFFICER', 'COMMUNITY_CENTER', 'WELFARE_AGENCY'] },
];
