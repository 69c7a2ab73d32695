import * as cheerio from 'cheerio';

/**
 * HTML → cheerio with htmlparser2 (several times faster than the default
 * parse5 on the crawl's hot path). It does not invent the elements a
 * browser would (no implied <tbody>), so selectors match the markup as served.
 */
export function loadHtml(text: string): cheerio.CheerioAPI {
  return cheerio.load(text, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } });
}
