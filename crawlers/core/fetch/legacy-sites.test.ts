import { startSimulator, type Simulator } from '../../../simulator/server';
import { worldAt } from '../../../simulator/world';
import { CrawlError, SiteFetcher, type SitePolicy } from './index';

/** The fetch layer against the simulated legacy sites on loopback (no fetch mocks). */
let sim: Simulator;
const fetchers: SiteFetcher[] = [];

beforeAll(async () => {
  sim = await startSimulator({ seed: 42 });
});
afterAll(async () => {
  await Promise.all(fetchers.map((f) => f.close()));
  await sim.close();
});

function fetcher(siteId: string, policy: Partial<SitePolicy> = {}): SiteFetcher {
  const f = new SiteFetcher({ siteId, baseUrl: sim.site(siteId).baseUrl, politeness: false, backoffBaseMs: 20, ...policy });
  fetchers.push(f);
  return f;
}

async function failure(promise: Promise<unknown>): Promise<CrawlError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CrawlError) return error;
    throw error;
  }
  throw new Error('expected a CrawlError');
}

const world = worldAt(42, 0);

describe('encodings', () => {
  test('CP949 page with CP949-only syllables (똠, 햏, 뷁 …) decodes exactly', async () => {
    const f = fetcher('gangnam-health');
    const page = await f.fetch({ url: `${sim.site('gangnam-health').baseUrl}/program/list.do?page=1` });
    expect(page.encoding).toBe('cp949');
    const titles = world.programs.filter((p) => p.publisher === 'gangnam-health').slice(0, 15).map((p) => p.title);
    expect(titles.some((t) => /[똠햏뷁쌰펲]/.test(t))).toBe(true);
    for (const title of titles) expect(page.text).toContain(title.replace(/&/g, '&amp;'));
    expect(page.text).not.toContain('\ufffd');
  });

  test('missing charset header: the <meta> decides (노원구, CP949)', async () => {
    const page = await fetcher('nowon-ccic').fetch({ url: `${sim.site('nowon-ccic').baseUrl}/center/list.do?page=1` });
    expect(page.contentType).toBe('text/html');
    expect(page.encodingSource).toBe('meta');
    const first = world.childcare.filter((c) => c.sigungu === '노원구').sort((a, b) => (a.fields['어린이집유형'] ?? '').localeCompare(b.fields['어린이집유형'] ?? '', 'ko') || a.code.localeCompare(b.code))[0]!;
    expect(page.text).toContain(first.fields['어린이집명']);
  });

  test('wrong charset header (says UTF-8 over CP949 bytes) falls through to <meta>', async () => {
    const page = await fetcher('gwanak-ccic').fetch({ url: `${sim.site('gwanak-ccic').baseUrl}/center/list.do?page=1` });
    expect(page.contentType).toContain('UTF-8');
    expect(page.encoding).toBe('cp949');
    expect(page.text).toContain('관악구');
    expect(page.text).not.toContain('\ufffd');
  });

  test('UTF-8 BOM is honoured and stripped', async () => {
    const page = await fetcher('gangseo-ccic').fetch({ url: `${sim.site('gangseo-ccic').baseUrl}/center/list.do?page=1` });
    expect(page.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(page.encodingSource).toBe('bom');
    expect(page.text!.charCodeAt(0)).not.toBe(0xfeff);
  });

  test('JSON sent in CP949 with no charset is detected', async () => {
    const page = await fetcher('kinder-openapi').fetch({ url: `${sim.site('kinder-openapi').baseUrl}/api/notice/basicInfo.do?key=k&sidoCode=11&sggCode=11230`, expect: 'json' });
    const json = JSON.parse(page.text!) as { kinderInfo: { kindername: string }[] };
    expect(json.kinderInfo.map((k) => k.kindername)).toEqual(world.kindergartens.map((k) => k.kindername));
  });
});

describe('failures end as typed errors', () => {
  test('429 with Retry-After: the host backs off for the time asked, then every request succeeds', async () => {
    const f = fetcher('shared-parenting', { concurrency: 16, retries: 4 });
    const base = sim.site('shared-parenting').baseUrl;
    const started = Date.now();
    const pages = await Promise.all(Array.from({ length: 16 }, (_, i) => f.fetch({ url: `${base}/facility/list.do?page=${(i % 3) + 1}&n=${i}` })));
    expect(pages.every((p) => p.status === 200)).toBe(true);
    expect(f.stats().retries).toBeGreaterThan(0);
    // Retry-After: 1 → the retried requests waited at least a second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(sim.requests('shared-parenting').some((r) => r.status === 429)).toBe(true);
  });

  test('429s teach the fetcher the host\'s pace: a long burst at concurrency 8 ends with every request answered', async () => {
    // 복지로's twin allows 20 requests a second; 120 pages, 8 in flight, politeness off, the default 3 retries.
    const f = fetcher('bokjiro-api', { concurrency: 8, politeness: false });
    const base = sim.site('bokjiro-api').baseUrl;
    const before = sim.requests('bokjiro-api').length;
    const pages = await Promise.all(Array.from({ length: 120 }, (_, i) => f.fetch({ url: `${base}/openapi/rest/wantedList?pageNo=${(i % 5) + 1}&numOfRows=10&n=${i}` })));
    expect(pages.every((p) => p.status === 200)).toBe(true);
    const seen = sim.requests('bokjiro-api').slice(before);
    const refused = seen.filter((r) => r.status === 429).length;
    expect(refused).toBeGreaterThan(0);
    // Without the learnt pace the retries arrive in bursts and about a third of all requests are refused.
    expect(refused / seen.length).toBeLessThan(0.2);
    expect(f.stats().throttleMs).toBeGreaterThanOrEqual(50);
    expect(f.stats().errors).toEqual({});
  }, 60_000);

  test('a redirect loop is REDIRECT_LOOP, not a crash or a hang', async () => {
    const error = await failure(fetcher('multicultural-center').fetch({ url: `${sim.site('multicultural-center').baseUrl}/program/old.do` }));
    expect(error.errorClass).toBe('REDIRECT_LOOP');
    expect(error.action).toBe('skip');
  });

  test('an oversized page is TOO_LARGE and its transfer is cut short', async () => {
    const error = await failure(fetcher('family-center', { maxBodyBytes: 1024 * 1024 }).fetch({ url: `${sim.site('family-center').baseUrl}/program/archive.do` }));
    expect(error.errorClass).toBe('TOO_LARGE');
  });

  test('robots.txt Disallow is never fetched', async () => {
    const error = await failure(fetcher('youth-counsel').fetch({ url: `${sim.site('youth-counsel').baseUrl}/private/counsel-records.do` }));
    expect(error.errorClass).toBe('ROBOTS_DISALLOWED');
    expect(sim.requests('youth-counsel').some((r) => r.path.startsWith('/private/'))).toBe(false);
  });

  test('robots Crawl-delay spaces requests when polite', async () => {
    const f = fetcher('youth-counsel', { politeness: true, delayMs: 0 });
    const base = sim.site('youth-counsel').baseUrl;
    const started = Date.now();
    await f.fetch({ url: `${base}/` });
    await f.fetch({ url: `${base}/facility/list.do` });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  test('intermittent 500s are retried until the page comes', async () => {
    const f = fetcher('hospital-child-care');
    const base = sim.site('hospital-child-care').baseUrl;
    const pages = await Promise.all(world.facilities.filter((x) => x.publisher === 'hospital-child-care').map((x) => f.fetch({ url: `${base}/facility/view.do?id=${x.key}` })));
    expect(pages.every((p) => p.status === 200)).toBe(true);
    expect(sim.requests('hospital-child-care').some((r) => r.status === 500)).toBe(true);
    expect(pages.some((p) => p.attempts > 1)).toBe(true);
  });

  test('an HTML error page served as the download is ERROR_PAGE_AS_DOWNLOAD', async () => {
    const error = await failure(fetcher('postpartum-localdata').fetch({ url: `${sim.site('postpartum-localdata').baseUrl}/download/postpartum_2019.csv`, expect: 'csv' }));
    expect(error.errorClass).toBe('ERROR_PAGE_AS_DOWNLOAD');
  });

  test('a slow site beyond the timeout is TIMEOUT after the retries', async () => {
    const error = await failure(fetcher('emergency-care-24', { timeoutMs: 80, retries: 1 }).fetch({ url: `${sim.site('emergency-care-24').baseUrl}/facility/list.do` }));
    expect(error.errorClass).toBe('TIMEOUT');
    expect(error.attempts).toBe(2);
  });

  test('a removed page is NOT_FOUND', async () => {
    const error = await failure(fetcher('hourly-care').fetch({ url: `${sim.site('hourly-care').baseUrl}/facility/view.do?id=NO-SUCH` }));
    expect(error.errorClass).toBe('NOT_FOUND');
  });
});

describe('sessions, forms and validators', () => {
  test('the session listing needs the cookie of a first GET plus Referer and X-Requested-With', async () => {
    const base = sim.site('songpa-ccic').baseUrl;
    const cold = await fetcher('songpa-ccic').fetch({ url: `${base}/center/listAjax.do?page=1`, xhr: true, referer: `${base}/center/list.do` });
    expect(cold.text).toContain('잘못된 접근');
    const f = fetcher('songpa-ccic');
    await f.fetch({ url: `${base}/` });
    const warm = await f.fetch({ url: `${base}/center/listAjax.do?page=1`, xhr: true, referer: `${base}/center/list.do` });
    expect(warm.text).toContain('div class="board_list"');
  });

  test('eGovFrame POST paging: the form body picks the page', async () => {
    const f = fetcher('seoul-childcare-portal');
    const url = `${sim.site('seoul-childcare-portal').baseUrl}/cpms/cpmsList.do`;
    const one = await f.fetch({ url });
    const three = await f.fetch({ url, method: 'POST', form: { pageIndex: '3' } });
    expect(one.text).toContain('(1/');
    expect(three.text).toContain('(3/');
  });

  test('conditional GET: ETag and Last-Modified give 304 on sites that support them', async () => {
    const f = fetcher('seoul-youth-center');
    const url = `${sim.site('seoul-youth-center').baseUrl}/program/list.do`;
    const first = await f.fetch({ url });
    expect(first.etag).toBeTruthy();
    const again = await f.fetch({ url, conditional: { etag: first.etag, lastModified: first.lastModified } });
    expect(again.notModified).toBe(true);
    expect(again.bytes.length).toBe(0);
    const board = fetcher('seoul-policy-board');
    const boardUrl = `${sim.site('seoul-policy-board').baseUrl}/board/list.do`;
    const lm = await board.fetch({ url: boardUrl });
    expect(lm.etag).toBeNull();
    expect((await board.fetch({ url: boardUrl, conditional: { lastModified: lm.lastModified } })).notModified).toBe(true);
    // A site without validators always sends the page.
    const plain = fetcher('hourly-care');
    const plainPage = await plain.fetch({ url: `${sim.site('hourly-care').baseUrl}/facility/list.do` });
    expect(plainPage.etag).toBeNull();
    expect(plainPage.lastModified).toBeNull();
  });
});
