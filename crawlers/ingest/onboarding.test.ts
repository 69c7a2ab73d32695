import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestHub, type TestHub } from '../../gateway/testing/hub';
import { startSimulator, type Simulator } from '../../simulator/server';
import { worldAt, worldDiff } from '../../simulator/world';
import { recordId } from '../../common/record-id';
import type { SiteConfig } from '../core/adapter';
import { crawlSite } from '../core/runner';
import { adapterFor, loadRegistry, withBaseUrls } from '../sites';

/** Issue 4 end to end: crawled sites → catalog → the gateway, across ticks, broken sites and a 31st site. */
let hub: TestHub;
let sim: Simulator;
let sites: SiteConfig[];
const SITES = ['seoul-childcare-portal', 'seoul-policy-board', 'hourly-care'];

beforeAll(async () => {
  hub = await startTestHub();
  sim = await startSimulator({ seed: 42, only: SITES });
  sites = withBaseUrls(loadRegistry(), Object.fromEntries(sim.sites.map((s) => [s.id, s.baseUrl]))).filter((s) => SITES.includes(s.id));
});
afterAll(async () => {
  await hub?.close();
  await sim?.close();
});

const site = (id: string) => sites.find((s) => s.id === id)!;
const crawl = (id: string, options = {}) => crawlSite(hub.store, site(id), adapterFor(site(id)), { politeness: false, workers: 4, ...options });
const snapshot = async () =>
  new Map(
    (await hub.store.query<{ k: string; v: string }>(`select site_id || ':' || source_key as k, content_hash || ':' || status || ':' || miss_count as v from catalog.source_record`)).rows.map((r) => [r.k, r.v]),
  );

test('tick → re-crawl: a changed vacancy, a new policy and a withdrawn policy (after 3 misses) show through the gateway, and nothing else changed', async () => {
  for (const id of SITES) expect((await crawl(id)).status).toBe('succeeded');
  const before = await snapshot();

  sim.setTick(1);
  const diff = worldDiff(42, 0, 1);
  const moved = diff.changed.childcare;
  const added = diff.added.policies.filter((k) => worldAt(42, 1).policies.find((p) => p.key === k)!.publishers.includes('seoul-policy-board'));
  const removed = diff.removed.policies.filter((k) => worldAt(42, 0).policies.find((p) => p.key === k)!.publishers.includes('seoul-policy-board'));
  const edited = diff.changed.policies.filter((k) => worldAt(42, 1).policies.find((p) => p.key === k)!.publishers.includes('seoul-policy-board'));
  expect(moved.length).toBeGreaterThan(0);
  expect(added.length).toBeGreaterThan(0);
  expect(removed.length).toBeGreaterThan(0);

  for (let run = 1; run <= 3; run++) {
    expect((await crawl('seoul-childcare-portal')).status).toBe('succeeded');
    expect((await crawl('seoul-policy-board')).status).toBe('succeeded');
  }
  const after = await snapshot();
  // Exactly the records the tick touched changed (a withdrawn one changes status after its third miss).
  const changed = [...after.keys()].filter((k) => before.get(k) !== after.get(k));
  const expected = new Set([
    ...moved.map((c) => `seoul-childcare-portal:${c}`),
    ...added.map((k) => `seoul-policy-board:${k}`),
    ...removed.map((k) => `seoul-policy-board:${k}`),
    ...edited.map((k) => `seoul-policy-board:${k}`),
  ]);
  expect(changed.sort()).toEqual([...expected].sort());

  const centre = worldAt(42, 1).childcare.find((c) => c.code === moved[0])!;
  const vacancy = await hub.gql(`query($id: ID!) { facility(id: $id) { ... on ChildcareCenter { enrolled } } }`, { id: recordId('FACILITY', 'seoul-childcare-portal', centre.code) });
  expect(vacancy.body.data.facility.enrolled).toBe(Number(centre.fields['현원']));
  const newPolicy = await hub.gql(`query($id: ID!) { policy(id: $id) { id name withdrawn stages stageReasons } }`, { id: recordId('POLICY', 'seoul-policy-board', added[0]!) });
  // The record says why it has its stages: the board states them (생애주기), so the source wins.
  expect(newPolicy.body.data.policy.stageReasons).toEqual(['source']);
  expect(newPolicy.body.data.policy).toMatchObject({ name: worldAt(42, 1).policies.find((p) => p.key === added[0])!.title, withdrawn: false });
  // The board's body markup is kept for display, sanitised: its styles, <font> and onclick handler are gone.
  const body = await hub.gql(`query($id: ID!) { policy(id: $id) { benefit benefitHtml } }`, { id: recordId('POLICY', 'seoul-policy-board', added[0]!) });
  const { benefit, benefitHtml } = body.body.data.policy;
  expect(benefitHtml).toMatch(/^<p>[^<]*<\/p>$/);
  expect(benefitHtml).not.toMatch(/onclick|style|font/);
  expect(benefitHtml.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&')).toBe(benefit);
  const gone = await hub.gql(`query($id: ID!) { policy(id: $id) { id withdrawn } }`, { id: recordId('POLICY', 'seoul-policy-board', removed[0]!) });
  expect(gone.body.data.policy.withdrawn).toBe(true);
  sim.setTick(0);
}, 240_000);

test('a site that answers 500 to a whole crawl keeps all its records, unwithdrawn', async () => {
  const before = await snapshot();
  const mine = [...before.entries()].filter(([k]) => k.startsWith('hourly-care:'));
  expect(mine.length).toBeGreaterThan(50);
  sim.breakSite('hourly-care', true);
  try {
    for (let run = 1; run <= 4; run++) {
      const r = await crawl('hourly-care', { fetcherOptions: { backoffBaseMs: 5, retries: 1 } });
      expect(['failed', 'partial', 'aborted']).toContain(r.status);
      expect(r.withdrawn).toBe(0);
    }
  } finally {
    sim.breakSite('hourly-care', false);
  }
  const after = await snapshot();
  for (const [k, v] of mine) expect(after.get(k)).toBe(v);
  const sources = await hub.gql(`{ sources { id name agency url stages recordCount
    lastCrawl { status startedAt finishedAt pagesFetched notModified recordsUpserted recordsWithdrawn errors { class count sample { url error } } }
    lastSuccess { status pagesFetched } } }`);
  const hourly = sources.body.data.sources.find((s: { id: string }) => s.id === 'hourly-care');
  expect(hourly.recordCount).toBe(mine.length);
  expect(hourly.lastCrawl).toMatchObject({ recordsUpserted: 0, recordsWithdrawn: 0 });
  expect(hourly.lastCrawl.status).not.toBe('SUCCEEDED');
  // Each error class says how often and shows one failed request of the simulated site.
  const http5xx = hourly.lastCrawl.errors.find((e: { class: string }) => e.class === 'HTTP_5XX');
  expect(http5xx.count).toBeGreaterThan(0);
  expect(http5xx.sample).toEqual({ url: expect.stringMatching(/^\//), error: expect.stringMatching(/500/) });
  expect(hourly.lastSuccess.status).toBe('SUCCEEDED');
  expect(hourly.lastSuccess.pagesFetched).toBeGreaterThan(0);
}, 120_000);

test('a 31st site added by a config file only is crawled and queried through the gateway', async () => {
  // The site: a small board of support policies (the markup of a typical 구청 board).
  const items = [
    ['101', '도봉구 아기 첫 생일 축하금', '도봉구에 1년 이상 거주한 만 1세 아동 가정', '30만원', '2026.01.02~2026.12.31'],
    ['102', '도봉구 다둥이 교육비 지원', '세 자녀 이상 가정의 초등학생', '연 20만원', '상시'],
    ['103', '도봉구 청소년 마음 쉼터', '도봉구 거주 청소년', '', '상시'],
  ];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    if (url.pathname === '/notice/list.html') {
      res.end(`<html><body><table class="list"><tr><th>번호</th><th>제목</th></tr>${items.map(([id, title]) => `<tr><td>${id}</td><td><a href="javascript:void(0)" onclick="goView('${id}')">${title}</a></td></tr>`).join('')}</table></body></html>`);
    } else if (url.pathname === '/notice/view.html') {
      const it = items.find(([id]) => id === url.searchParams.get('no'));
      if (!it) res.writeHead(404).end('없음');
      else res.end(`<html><body><dl class="view"><dt>사업명</dt><dd>${it[1]}</dd><dt>지원대상</dt><dd>${it[2]}</dd><dt>지원금액</dt><dd>${it[3]}</dd><dt>신청기간</dt><dd>${it[4]}</dd></dl></body></html>`);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const dir = mkdtempSync(join(tmpdir(), 'dolbom-site31-'));
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    writeFileSync(
      join(dir, 'registry.json'),
      JSON.stringify({ sites: [{ id: 'dobong-welfare', name: '도봉구 복지정책', agency: '서울특별시 도봉구', baseUrl: base, schedule: '0 */6 * * *', adapter: 'config', priority: 50, stages: ['INFANT'], params: {} }] }),
    );
    mkdirSync(join(dir, 'dobong-welfare'));
    writeFileSync(
      join(dir, 'dobong-welfare', 'adapter.json'),
      JSON.stringify({
        name: 'dobong-welfare',
        version: '1',
        start: [{ url: '/notice/list.html', label: 'list' }],
        handlers: {
          list: { expect: 'table.list', follow: [{ select: 'a[onclick]', attr: 'onclick', pattern: "goView\\('(\\d+)'\\)", url: '/notice/view.html?no={1}', label: 'view' }] },
          view: {
            expect: 'dl.view',
            record: {
              kind: 'POLICY',
              subtype: 'POLICY',
              key: { urlParam: 'no' },
              // A <dl> page: `dt` reads definition lists (`th` reads tables only).
              fields: { name: { dt: '사업명' }, sigungu: { const: '도봉구' }, sido: { const: '서울특별시' }, tagText: { dt: '지원대상' }, 'attrs.target': { dt: '지원대상' }, 'attrs.amountKrw': { dt: '지원금액', transform: 'amountKrw' }, 'attrs.applicationPeriod': { dt: '신청기간', transform: 'period' } },
            },
          },
        },
      }),
    );
    const [site31] = loadRegistry(join(dir, 'registry.json'));
    const r = await crawlSite(hub.store, site31!, adapterFor(site31!, dir), { politeness: false });
    expect(r).toMatchObject({ status: 'succeeded', records: 3 });
    const res = await hub.gql(`query($id: ID!) { policy(id: $id) { id name stages ... on InfantPolicy { amountKrw } ... on ElementaryPolicy { amountKrw } } }`, { id: recordId('POLICY', 'dobong-welfare', '101') });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.policy).toMatchObject({ name: '도봉구 아기 첫 생일 축하금', amountKrw: 300000 });
    const youth = await hub.gql(`query($id: ID!) { policy(id: $id) { stages stageReasons } }`, { id: recordId('POLICY', 'dobong-welfare', '103') });
    expect(youth.body.data.policy.stages).toContain('YOUTH');
    // No stage on the page: a keyword rule of lifecycle-rules.json tagged it, and the record names that rule.
    expect(youth.body.data.policy.stageReasons).toContain('keyword:youth');
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
