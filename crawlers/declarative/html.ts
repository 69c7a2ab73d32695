import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';

/**
 * HTML → cheerio with htmlparser2 (several times faster than the default
 * parse5 on the crawl's hot path). It does not invent the elements a
 * browser would (no implied <tbody>), so selectors match the markup as served.
 */
export function loadHtml(text: string): cheerio.CheerioAPI {
  return cheerio.load(text, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } });
}

/** Elements a browser lays out on their own line: their text never runs into the next one's. */
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul']);
const MAX_NODES = 20_000;

/**
 * The text of an element as a reader sees it: `<br>` and block boundaries
 * become spaces (`11:30<br>(3월 31일 휴강)` → `11:30 (3월 31일 휴강)`, not
 * `11:30(3월…`), scripts and styles are skipped. cheerio's `.text()` joins
 * them with nothing. Whitespace is left for cleanText to collapse.
 */
export function textOf(node: AnyNode): string {
  const out: string[] = [];
  let visited = 0;
  const walk = (n: AnyNode): void => {
    if (++visited > MAX_NODES) return;
    if (n.type === 'text') {
      out.push((n as unknown as { data: string }).data);
      return;
    }
    if (n.type !== 'tag' && n.type !== 'root' && n.type !== 'cdata') return;
    const el = n as unknown as { name?: string; children?: AnyNode[] };
    if (el.name === 'script' || el.name === 'style') return;
    if (el.name === 'br') {
      out.push(' ');
      return;
    }
    const block = el.name !== undefined && BLOCK.has(el.name);
    if (block) out.push(' ');
    for (const child of el.children ?? []) walk(child);
    if (block) out.push(' ');
  };
  walk(node);
  return out.join('');
}
