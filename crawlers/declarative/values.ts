import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { FACILITY_KINDS } from '../../common/record';
import type { CrawlRequest, DraftRecord, SiteConfig } from '../core/adapter';
import type { FetchedPage } from '../core/fetch';
import { cleanText } from '../normalise';
import { textOf } from './html';
import type { FieldSpec, HandlerConfig, ValueSpec } from './schema';
import { expandTable, labelledValue, type ExpandedTable } from './table';
import { applyTransform, pageDate } from './transforms';

/** A fetched page as the handler's format reads it. */
export interface Doc {
  format: HandlerConfig['format'];
  $: CheerioAPI | null;
  json: unknown;
  csv: Record<string, string>[] | null;
}

/** What one parse works on; tables are expanded once per page. */
export interface Ctx {
  doc: Doc;
  page: FetchedPage;
  request: CrawlRequest;
  site: SiteConfig;
  tables: Map<Element, ExpandedTable>;
}

/** One item of a page: an element (HTML row, XML item) or an object (JSON item, CSV row). */
export type Item = { el: AnyNode } | { obj: Record<string, unknown> };

const MAX_ITEMS = 5000;

export function jsonPath(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split('.').slice(0, 20)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** The items at a selector (HTML/XML), JSON path (an array, or one object) or every CSV row. */
export function itemsAt(ctx: Ctx, selector: string, minCells?: number): Item[] {
  const { doc } = ctx;
  if (doc.$) {
    const out: Item[] = [];
    doc.$(selector).each((_, el) => {
      if (out.length >= MAX_ITEMS) return false;
      if (minCells && el.type === 'tag' && el.name === 'tr' && rowCells(ctx, el as Element).length < minCells) return undefined;
      out.push({ el });
      return undefined;
    });
    return out;
  }
  if (doc.csv) return doc.csv.slice(0, 200_000).map((obj) => ({ obj }));
  const arr = jsonPath(doc.json, selector);
  if (Array.isArray(arr)) return arr.slice(0, MAX_ITEMS).filter((x): x is Record<string, unknown> => x !== null && typeof x === 'object').map((obj) => ({ obj }));
  if (arr && typeof arr === 'object') return [{ obj: arr as Record<string, unknown> }];
  return [];
}

export function rowCells(ctx: Ctx, tr: Element): Element[] {
  const $ = ctx.doc.$!;
  const table = $(tr).closest('table')[0] as Element | undefined;
  if (!table) return [];
  let expanded = ctx.tables.get(table);
  if (!expanded) {
    expanded = expandTable($, table);
    ctx.tables.set(table, expanded);
  }
  return expanded.rows.get(tr) ?? [];
}

/** The raw value of an item's field: JSON/CSV key (dots for nesting) or XML child tag. Objects come back as JSON text. */
export function fieldOf(ctx: Ctx, item: Item | null, field: string): string | number | boolean | null {
  if (item && 'obj' in item) {
    const v = jsonPath(item.obj, field);
    return v === undefined || v === null ? null : typeof v === 'object' ? JSON.stringify(v) : (v as string | number | boolean);
  }
  const $ = ctx.doc.$;
  if (!$) return null;
  const scope = item && 'el' in item ? $(item.el) : $.root();
  const found = scope.children(field).first();
  return found.length ? found.text() : scope.find(field).first().text() || null;
}

/** Reads one value spec, then applies its pattern and transform. */
export function readValue(ctx: Ctx, spec: ValueSpec, item: Item | null): unknown {
  let raw: string | number | boolean | null = null;
  const $ = ctx.doc.$;
  if ('const' in spec) return spec.const ?? null;
  if (spec.urlParam) {
    try {
      raw = new URL(ctx.page.finalUrl).searchParams.get(spec.urlParam) ?? new URL(ctx.request.url).searchParams.get(spec.urlParam) ?? ctx.request.form?.[spec.urlParam] ?? null;
    } catch {
      raw = null;
    }
  } else if (spec.meta) {
    raw = ctx.request.meta?.[spec.meta] ?? null;
  } else if (spec.field) {
    raw = fieldOf(ctx, item, spec.field);
  } else if ($) {
    const scopeNode = item && 'el' in item ? item.el : null;
    let el: AnyNode | null = null;
    const label = spec.th ?? spec.dt;
    if (label) {
      const kind = spec.th ? 'th' : 'dt';
      // Within the item first (a row, a block), then the whole page (a link's meta read from its detail view).
      el = labelledValue($, scopeNode, label, kind) ?? (scopeNode ? labelledValue($, null, label, kind) : null);
    } else if (spec.css) el = (scopeNode ? $(scopeNode).find(spec.css) : $(spec.css)).first()[0] ?? null;
    else if (spec.cell !== undefined || spec.column) {
      if (scopeNode && scopeNode.type === 'tag') {
        const cells = rowCells(ctx, scopeNode as Element);
        let index = spec.cell ?? -1;
        if (spec.column) {
          const table = $(scopeNode).closest('table')[0] as Element | undefined;
          const header = table ? (ctx.tables.get(table)?.header ?? []) : [];
          index = header.findIndex((h) => h.replace(/\s/g, '') === spec.column!.replace(/\s/g, ''));
        }
        el = index >= 0 ? (cells[index] ?? null) : null;
      }
    }
    if (el) raw = spec.attr ? ($(el).attr(spec.attr) ?? null) : spec.transform === 'html' ? $(el).html() : ctx.doc.format === 'html' ? textOf(el) : $(el).text();
  }
  // Dates without a year are read against the page's own date (Last-Modified, else the response's Date).
  return applyTransform(raw, spec, ctx.page.finalUrl, pageDate(ctx.page));
}

/** A field with alternatives: the first spec that gives a value wins. */
export function readField(ctx: Ctx, spec: FieldSpec, item: Item | null): unknown {
  if (!Array.isArray(spec)) return readValue(ctx, spec, item);
  let last: unknown = null;
  for (const one of spec) {
    last = readValue(ctx, one, item);
    if (last !== null && last !== undefined && !(Array.isArray(last) && last.length === 0)) return last;
  }
  return last;
}

export function buildRecord(ctx: Ctx, spec: NonNullable<HandlerConfig['record']>, item: Item | null): DraftRecord | null {
  const key = readValue(ctx, { ...spec.key, transform: spec.key.transform ?? 'text' }, item);
  if (key === null || key === undefined || key === '') return null;
  const draft: DraftRecord = {
    kind: spec.kind,
    sourceKey: `${spec.keyPrefix ?? ''}${String(key)}`.slice(0, 200),
    subtype: spec.kind === 'FACILITY' ? (spec.subtype in FACILITY_KINDS ? spec.subtype : 'OTHER') : spec.kind,
    name: '',
    attrs: {},
  };
  if (spec.stages) draft.stages = [...spec.stages];
  for (const [target, fieldSpec] of Object.entries(spec.fields)) {
    const value = readField(ctx, fieldSpec, item);
    if (value === null || value === undefined) continue;
    if (target.startsWith('attrs.')) draft.attrs[target.slice(6)] = value;
    else if (target === 'subtype') {
      if (spec.kind === 'FACILITY' && typeof value === 'string' && value in FACILITY_KINDS) draft.subtype = value;
    } else if (target === 'stages') {
      if (Array.isArray(value) && value.length) draft.stages = value as DraftRecord['stages'];
    } else (draft as unknown as Record<string, unknown>)[target] = value;
  }
  draft.name = cleanText(String(draft.name ?? ''), 300) ?? '';
  if (!draft.name) return null;
  return draft;
}
