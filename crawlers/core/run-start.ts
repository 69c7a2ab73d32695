import { hostname } from 'node:os';
import type { Store } from '../../store/types';
import type { SiteAdapter, SiteConfig } from './adapter';
import { enqueue } from './run-queue';

/** Plan stage: a run is started (its start requests queued) or a dead process's run is taken over. */
export async function startOrResume(db: Store, site: SiteConfig, adapter: SiteAdapter, adapterTag: string, staleRunMs: number): Promise<{ runId: number; resumed: boolean }> {
  return db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext('ingest.crawl_run:' || $1))`, [site.id]);
    const { rows } = await tx.query<{ id: number; stale: boolean; owner: string | null }>(
      `select id, owner, heartbeat_at < now() - ($2::int * interval '1 millisecond') as stale from ingest.crawl_run where site_id = $1 and status = 'running'`,
      [site.id, staleRunMs],
    );
    const running = rows[0];
    if (running && !running.stale && !ownerIsGone(running.owner)) {
      throw new CrawlAlreadyRunning(site.id, Number(running.id));
    }
    if (running) {
      // The process that ran it is gone: its claims go back to the queue; finished pages stay finished.
      await tx.query(`update ingest.request set state = 'pending', claimed_until = null where run_id = $1 and state = 'claimed'`, [running.id]);
      await tx.query(`update ingest.crawl_run set resumes = resumes + 1, heartbeat_at = now(), owner = $2 where id = $1`, [running.id, OWNER]);
      return { runId: Number(running.id), resumed: true };
    }
    const { rows: created } = await tx.query<{ id: number }>(`insert into ingest.crawl_run (site_id, adapter, owner) values ($1, $2, $3) returning id`, [site.id, adapterTag, OWNER]);
    const runId = Number(created[0]!.id);
    const start = adapter.start(site).map((f) => ({ f: { ...f, role: f.role ?? ('list' as const) }, depth: 0 }));
    await enqueue(tx, runId, site.baseUrl, start, Number.MAX_SAFE_INTEGER);
    return { runId, resumed: false };
  });
}

const OWNER = `${hostname()}:${process.pid}`;

/** A run owned by a process of this host that no longer exists (killed) can be taken over at once. */
function ownerIsGone(owner: string | null): boolean {
  if (!owner) return false;
  const [host, pid] = owner.split(':');
  if (host !== hostname() || !pid) return false;
  if (Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch {
    return true;
  }
}

export class CrawlAlreadyRunning extends Error {
  constructor(
    readonly siteId: string,
    readonly runId: number,
  ) {
    super(`${siteId}: 이미 수집 중입니다 (run ${runId}) / a crawl of this site is already running`);
    this.name = 'CrawlAlreadyRunning';
  }
}
