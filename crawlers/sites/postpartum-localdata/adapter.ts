import { loadHtml } from '../../declarative/html';
import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { ParseError, type SiteAdapter } from '../../core/adapter';
import { readPostpartum } from '../../seed/postpartum';
import { toDraft } from '../kinder-openapi/adapter';

/**
 * LOCALDATA 산후조리업: the download page, then the CSV (CP949, TM
 * coordinates), read by the same code as the bundled copy. The page also
 * links a stale 2019 file that answers with an HTML error page "as the
 * file": it is fetched as optional, fails as ERROR_PAGE_AS_DOWNLOAD, and
 * does not make the crawl partial.
 */
export const adapter: SiteAdapter = {
  name: 'postpartum-localdata',
  version: '1',
  start: (site) => [{ url: new URL('/data/list.do', site.baseUrl).toString(), label: 'downloads', role: 'list', expect: 'html' }],
  parse(page, request) {
    if (request.label === 'downloads') {
      const $ = loadHtml(page.text ?? '');
      const links = $('a.btn_down').map((_, a) => $(a).attr('href')).get();
      if (!links.length) throw new ParseError('내려받기 링크가 없습니다 / no download links');
      return {
        records: [],
        follow: links.map((href) => ({
          url: new URL(href, page.finalUrl).toString(),
          label: 'csv',
          role: 'list' as const,
          expect: 'csv' as const,
          // Only the current file matters; archived years may be gone.
          optional: !href.endsWith('/postpartum.csv'),
        })),
      };
    }
    // The CSV is CP949; decode from the raw bytes (the fetch layer's text may have guessed otherwise for a download).
    const bytes = iconv.decode(page.bytes, 'cp949').startsWith('개방자치단체코드') ? page.bytes : iconv.encode(page.text ?? '', 'cp949');
    const read = readPostpartum({ name: 'postpartum.csv', bytes, hash: createHash('sha256').update(page.bytes).digest('hex'), url: page.finalUrl });
    if (!read.records.length) throw new ParseError('CSV에 자료가 없습니다 / CSV without rows');
    return { records: read.records.map(toDraft), follow: [] };
  },
};
