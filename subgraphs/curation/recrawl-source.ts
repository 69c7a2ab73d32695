import type { Principal } from '../../common/auth';
import { badInput, HubError } from '../../common/errors';
import { loadRegistry } from '../../crawlers/sites/load-registry';
import type { Store } from '../../store';

/**
 * The sources page's re-crawl button (issue 17): queues a crawl job the
 * hub's crawl workers claim like a scheduled one (crawlers/scheduler.ts), so
 * a site is never crawled twice at once. ADMIN only: a crawl costs the site.
 */
export interface CrawlJobRow {
  id: string;
  siteId: string;
  state: string;
  reason: string;
  enqueuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

export function requireAdmin(principal: Principal | null): Principal {
  if (!principal) throw new HubError('UNAUTHENTICATED', { ko: '관리자(ADMIN) 토큰이 필요합니다.', en: 'An ADMIN bearer token is required.' });
  if (principal.role !== 'ADMIN') throw new HubError('FORBIDDEN', { ko: '다시 수집은 관리자만 할 수 있습니다.', en: 'Only administrators may start a crawl.' });
  return principal;
}

export async function recrawlSource(store: Store, actor: Principal, siteId: string, reason: string): Promise<CrawlJobRow> {
  if (!loadRegistry().some((s) => s.id === siteId)) {
    throw badInput('siteId', `등록되지 않은 사이트입니다: ${siteId.slice(0, 80)}`, `Not a registered site: ${siteId.slice(0, 80)}`);
  }
  // The job's reason says who asked (the sub, never an e-mail or name).
  // The scheduler brings the whole crawler (HTML parsing, sanitising): loaded when an editor first asks for a re-crawl.
  const { enqueueCrawl } = require('../../crawlers/scheduler') as typeof import('../../crawlers/scheduler');
  await enqueueCrawl(store, siteId, `admin ${actor.sub}: ${reason}`);
  const { rows } = await store.query<{ id: number; site_id: string; state: string; reason: string; enqueued_at: unknown; started_at: unknown; finished_at: unknown }>(
    `select id, site_id, state, reason, enqueued_at, started_at, finished_at from ingest.crawl_job
     where site_id = $1 and state in ('pending', 'running') order by (state = 'pending') desc, id desc limit 1`,
    [siteId],
  );
  const row = rows[0];
  if (!row) throw new HubError('INTERNAL_SERVER_ERROR');
  return { id: String(row.id), siteId: row.site_id, state: row.state, reason: row.reason, enqueuedAt: iso(row.enqueued_at)!, startedAt: iso(row.started_at), finishedAt: iso(row.finished_at) };
}
