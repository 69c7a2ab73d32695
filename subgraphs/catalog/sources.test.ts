import { startTestHub, type TestHub } from '../../gateway/testing/hub';

/**
 * `sources` as the console's operations page reads it (issue 17): health,
 * freshness, the progress of a running crawl and a queued re-crawl, from the
 * crawl runs and jobs the crawler writes.
 */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
}, 60_000);
afterAll(async () => t?.close());

const SOURCES = `{ sources { id health freshnessHours stale queuedAt progress { pagesFetched expectedPages fraction errors }
  lastCrawl { status errors { class count sample { url } } } } }`;

async function sources(): Promise<Record<string, any>> {
  const { body } = await t.gql(SOURCES);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return Object.fromEntries(body.data.sources.map((s: { id: string }) => [s.id, s]));
}

test('a site never crawled is NEVER_CRAWLED and stale', async () => {
  const s = (await sources())['seoul-dahamkke'];
  expect(s).toMatchObject({ health: 'NEVER_CRAWLED', freshnessHours: null, stale: true, progress: null, queuedAt: null });
});

test('a running crawl shows its progress against the last success, a failed one FAILING with its error class', async () => {
  await t.store.query(
    `insert into ingest.crawl_run (site_id, status, adapter, started_at, finished_at, pages) values
       ('seoul-dahamkke', 'succeeded', 'test', now() - interval '3 hours', now() - interval '2 hours', 40),
       ('seoul-dahamkke', 'running', 'test', now() - interval '1 minute', null, 10)`,
  );
  await t.store.query(`update ingest.crawl_run set errors = '{"HTTP_5XX": 2}' where site_id = 'seoul-dahamkke' and status = 'running'`);
  const running = (await sources())['seoul-dahamkke'];
  expect(running.health).toBe('RUNNING');
  expect(running.stale).toBe(false);
  expect(running.freshnessHours).toBeCloseTo(2, 0);
  expect(running.progress).toEqual({ pagesFetched: 10, expectedPages: 40, fraction: 0.25, errors: 2 });

  await t.store.query(`update ingest.crawl_run set status = 'failed', finished_at = now() where site_id = 'seoul-dahamkke' and status = 'running'`);
  const failed = (await sources())['seoul-dahamkke'];
  expect(failed).toMatchObject({ health: 'FAILING', progress: null });
  expect(failed.lastCrawl.errors).toEqual([{ class: 'HTTP_5XX', count: 2, sample: null }]);
});

test('a queued crawl shows when it was queued; an old success is stale', async () => {
  await t.store.query(`insert into ingest.crawl_job (site_id, reason) values ('seoul-dahamkke', 'test')`);
  await t.store.query(`update ingest.crawl_run set finished_at = now() - interval '3 days' where site_id = 'seoul-dahamkke' and status = 'succeeded'`);
  const s = (await sources())['seoul-dahamkke'];
  expect(s.queuedAt).toEqual(expect.any(String));
  expect(s.stale).toBe(true);
  expect(s.freshnessHours).toBeGreaterThan(48);
});
