import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { cleanText } from '../normalise';

/**
 * Layout tables with rowspan/colspan expanded into a plain grid, so a config
 * can name a column by its header label or index whatever the merged cells.
 */
export interface ExpandedTable {
  /** Leaf header label per column (`정원`, not `아동현황`); an upper label when the leaf is empty. */
  header: string[];
  /** Body row element → its cells, one per grid column (a rowspan cell repeats down the rows it covers). */
  rows: Map<Element, Element[]>;
}

const MAX_SPAN = 100;
const MAX_COLUMNS = 200;
const MAX_ROWS = 20_000;

export function expandTable($: CheerioAPI, table: Element): ExpandedTable {
  const headRows: Element[] = [];
  const bodyRows: Element[] = [];
  $(table)
    .find('tr')
    .each((_, tr) => {
      // Nested tables belong to their own table.
      if ($(tr).closest('table')[0] !== table) return;
      const inHead = $(tr).parent().is('thead') || ($(tr).children('th').length > 0 && $(tr).children('td').length === 0 && bodyRows.length === 0);
      (inHead ? headRows : bodyRows).push(tr);
    });
  const header = flattenHeader($, expand($, headRows.slice(0, 10)));
  const grid = expand($, bodyRows.slice(0, MAX_ROWS));
  const rows = new Map<Element, Element[]>();
  bodyRows.slice(0, MAX_ROWS).forEach((tr, i) => rows.set(tr, grid[i] ?? []));
  return { header, rows };
}

/** The grid of cells of consecutive rows, with rowspan/colspan cells repeated over the slots they cover. */
function expand($: CheerioAPI, trs: Element[]): Element[][] {
  const grid: Element[][] = trs.map(() => []);
  trs.forEach((tr, r) => {
    let c = 0;
    $(tr)
      .children('th, td')
      .each((_, cell) => {
        const row = grid[r]!;
        while (row[c] !== undefined && c < MAX_COLUMNS) c++;
        const rowspan = span($(cell).attr('rowspan'));
        const colspan = span($(cell).attr('colspan'));
        for (let dr = 0; dr < rowspan && r + dr < trs.length; dr++) {
          for (let dc = 0; dc < colspan && c + dc < MAX_COLUMNS; dc++) grid[r + dr]![c + dc] = cell;
        }
        c += colspan;
      });
  });
  return grid;
}

function flattenHeader($: CheerioAPI, grid: Element[][]): string[] {
  const width = Math.max(0, ...grid.map((r) => r.length));
  const header: string[] = [];
  for (let c = 0; c < width; c++) {
    let label = '';
    for (let r = grid.length - 1; r >= 0 && !label; r--) {
      const cell = grid[r]![c];
      if (cell) label = cleanText($(cell).text(), 200) ?? '';
    }
    header.push(label);
  }
  return header;
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/**
 * The value next to a label: `th` reads tables (`<th>지원대상</th><td>…</td>`:
 * the first `<td>` after the `<th>`), `dt` reads definition lists
 * (`<dt>지원대상</dt><dd>…</dd>`: the `<dd>` right after the `<dt>`; a `<dt>`
 * followed by another `<dt>` has no value). Each reads only its own kind of
 * label, so a config says which layout it expects.
 */
export function labelledValue($: CheerioAPI, scope: AnyNode | null, label: string, kind: 'th' | 'dt' = 'th'): Element | null {
  const want = normaliseLabel(label);
  let found: Element | null = null;
  const root = scope ? $(scope) : $.root();
  root.find(kind).each((_, el) => {
    if (found) return false;
    if (normaliseLabel($(el).text()) !== want) return undefined;
    const next = kind === 'th' ? $(el).nextAll('td').first() : $(el).nextAll('dt, dd').first().filter('dd');
    if (next.length) found = next[0] as Element;
    return undefined;
  });
  return found;
}

function normaliseLabel(text: string): string {
  return text.replace(/[\s:*·※]/g, '').slice(0, 60);
}
