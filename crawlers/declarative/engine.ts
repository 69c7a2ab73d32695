import { loadHtml } from './html';
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { parse as parseCsv } from 'csv-parse/sync';
import { FACILITY_KINDS } from '../../common/record';
import { ParseError, type CrawlRequest, type DraftRecord, type ParseResult, type SiteAdapter, type SiteConfig } from '../core/adapter';
import type { FetchedPage } from '../core/fetch';
import { cleanText, nodeText } from '../normalise';
import { DeclarativeAdapterSchema, type DeclarativeAdapterConfig, type HandlerConfig, type LinkConfig, type ValueSpec } from './schema';
import { expandTable, labelledValue, type ExpandedTable } from './table';
import { applyTransform, pageDate, safeRegex } from './transforms';

/**
 * Turns a validated declarative config into a SiteAdapter. Parsing is pure:
 * the same page always yields the same records and links.
 */
export function declarativeAdapter(input: unknown): SiteAdapter {
  const result = DeclarativeAdapterSchema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`어댑터 설정 오류 / invalid adapter config: ${issues}`);
  }
  const config = result.data;
  return {
    name: config.name,
    version: config.version,
    start: (site) => startRequests(config, site),
    parse: (page, request, site) => parsePage(config, page, request, site),
  };
}

function template(value: string, site: SiteConfig, extra: Record<string, string> = {}): string {
  return value.replace(/\{(param\.)?([A-Za-z0-9_]+)\}/g, (whole, isParam: string | undefined, name: string) => {
    if (isParam) return site.params[name] ?? '';
    return extra[name] ?? whole;
  });
}

function startRequests(config: DeclarativeAdapterConfig, site: SiteConfig): CrawlRequest[] {
  const out: CrawlRequest[] = [];
  for (const s of config.start) {
    for (const value of s.each ?? [null]) {
      const vars: Record<string, string> = value === null ? {} : { value };
      const form = s.form ? Object.fromEntries(Object.entries(s.form).map(([k, v]) => [k, template(v, site, vars)])) : undefined;
      out.push({
        url: new URL(template(s.url, site, vars), site.baseUrl).toString(),
        method: s.method,
        form,
        label: s.label,
        role: s.role,
        xhr: s.xhr,
        expect: config.handlers[s.label]?.format === 'html' ? 'html' : (config.handlers[s.label]?.format ?? 'any'),
      });
    }
  }
  return out;
}

interface Doc {
  format: HandlerConfig['format'];
  $: CheerioAPI | null;
  json: unknown;
  csv: Record<string, string>[] | null;
}

function load(page: FetchedPage, format: HandlerConfig['format']): Doc {
  const text = page.text ?? page.bytes.toString('utf8');
  switch (format) {
    case 'html':
      return { format, $: loadHtml(text), json: null, csv: null };
    case 'xml':
      return { format, $: cheerio.load(text, { xml: true }), json: null, csv: null };
    case 'json':
      try {
        return { format, $: null, json: JSON.parse(text), csv: null };
      } catch {
        throw new ParseError('JSON이 아닙니다 / not JSON');
      }
    case 'csv':
      try {
        const rows = parseCsv(text, { columns: true, bom: true, relax_column_count: true, skip_empty_lines: true, trim: true, to: 200_000 }) as Record<string, string>[];
        return { format, $: null, json: null, csv: rows };
      } catch (error) {
        throw new ParseError(`CSV를 읽을 수 없습니다 / unreadable CSV: ${(error as Error).message.slice(0, 200)}`);
      }
  }
}

function jsonPath(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split('.').slice(0, 20)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function parsePage(config: DeclarativeAdapterConfig, page: FetchedPage, request: CrawlRequest, site: SiteConfig): ParseResult {
  const handler = config.handlers[request.label];
  if (!handler) throw new ParseError(`no handler "${request.label}"`);
  const doc = load(page, handler.format);
  checkExpectations(doc, handler);

  const records: DraftRecord[] = [];
  const follow: CrawlRequest[] = [];
  const ctx: Ctx = { doc, page, request, site, tables: new Map() };

  if (handler.record) {
    if (handler.items) {
      for (const item of items(ctx, handler)) {
        const record = buildRecord(ctx, handler.record, item);
        if (record) records.push(record);
      }
    } else {
      const record = buildRecord(ctx, handler.record, null);
      if (record) records.push(record);
    }
  }
  for (const link of handler.follow) follow.push(...links(ctx, link));
  if (handler.paginate) follow.push(...paginate(ctx, handler.paginate));
  return { records, follow };
}

function checkExpectations(doc: Doc, handler: HandlerConfig): void {
  if (handler.expect) {
    const present = doc.$ ? doc.$(handler.expect).length > 0 : jsonPath(doc.json, handler.expect) !== undefined;
    if (!present) throw new ParseError(`기대한 내용이 없습니다 / expected "${handler.expect}" not found (error page or changed layout)`);
  }
  if (handler.expectValue) {
    const { path, equals } = handler.expectValue;
    const actual = doc.$ ? doc.$(path).first().text().trim() : jsonPath(doc.json, path);
    if (String(actual) !== String(equals)) throw new ParseError(`API 오류 응답 / API error: ${path}=${String(actual).slice(0, 100)}`);
  }
}

interface Ctx {
  doc: Doc;
  page: FetchedPage;
  request: CrawlRequest;
  site: SiteConfig;
  tables: Map<Element, ExpandedTable>;
}

type Item = { el: AnyNode } | { obj: Record<string, unknown> };

function items(ctx: Ctx, handler: HandlerConfig): Item[] {
  const { doc } = ctx;
  const selector = handler.items!;
  if (doc.$) {
    const out: Item[] = [];
    doc.$(selector).each((_, el) => {
      if (out.length >= 5000) return false;
      if (handler.minCells && el.type === 'tag' && el.name === 'tr') {
        const cells = rowCells(ctx, el as Element);
        if (cells.length < handler.minCells) return undefined;
      }
      out.push({ el });
      return undefined;
    });
    return out;
  }
  if (doc.csv) return doc.csv.slice(0, 200_000).map((obj) => ({ obj }));
  const arr = jsonPath(doc.json, selector);
  if (Array.isArray(arr)) return arr.slice(0, 5000).filter((x): x is Record<string, unknown> => x !== null && typeof x === 'object').map((obj) => ({ obj }));
  if (arr && typeof arr === 'object') return [{ obj: arr as Record<string, unknown> }];
  return [];
}

function rowCells(ctx: Ctx, tr: Element): Element[] {
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

function readValue(ctx: Ctx, spec: ValueSpec, item: Item | null): unknown {
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
    if (item && 'obj' in item) {
      const v = jsonPath(item.obj, spec.field);
      raw = v === undefined || v === null ? null : typeof v === 'object' ? JSON.stringify(v) : (v as string | number | boolean);
    } else if ($) {
      const scope = item && 'el' in item ? $(item.el) : $.root();
      const found = scope.children(spec.field).first();
      raw = found.length ? found.text() : scope.find(spec.field).first().text() || null;
    }
  } else if ($) {
    const scopeNode = item && 'el' in item ? item.el : null;
    let el: AnyNode | null = null;
    if (spec.th) el = labelledValue($, scopeNode, spec.th) ?? (scopeNode ? labelledValue($, null, spec.th) : null);
    else if (spec.css) el = (scopeNode ? $(scopeNode).find(spec.css) : $(spec.css)).first()[0] ?? null;
    else if (spec.cell !== undefined || spec.column) {
      if (scopeNode && scopeNode.type === 'tag') {
        const cells = rowCells(ctx, scopeNode as Element);
        let index = spec.cell ?? -1;
        if (spec.column) {
          const table = $(scopeNode).closest('table')[0] as Element | undefined;
          const header = table ? ctx.tables.get(table)?.header ?? [] : [];
          index = header.findIndex((h) => h.replace(/\s/g, '') === spec.column!.replace(/\s/g, ''));
        }
        el = index >= 0 ? (cells[index] ?? null) : null;
      }
    }
    if (el) raw = spec.attr ? ($(el).attr(spec.attr) ?? null) : spec.transform === 'html' ? $(el).html() : nodeText(el);
  }
  return applyTransform(raw, spec, ctx.page.finalUrl, pageDate(ctx.page));
}

function buildRecord(ctx: Ctx, spec: NonNullable<HandlerConfig['record']>, item: Item | null): DraftRecord | null {
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
  for (const [target, valueSpec] of Object.entries(spec.fields)) {
    const value = readValue(ctx, valueSpec, item);
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

function links(ctx: Ctx, link: LinkConfig): CrawlRequest[] {
  const $ = ctx.doc.$;
  if (!$) return [];
  const out: CrawlRequest[] = [];
  const base = new URL(ctx.page.finalUrl);
  $(link.select).each((_, el) => {
    if (out.length >= 2000) return false;
    // `#text`: the element's text is the value (XML APIs put ids and URLs in elements, not attributes).
    const raw = link.attr === '#text' ? $(el).text().trim() : $(el).attr(link.attr);
    if (!raw) return undefined;
    let captured: string | null = null;
    if (link.pattern) {
      const m = safeRegex(link.pattern).exec(raw.slice(0, 2000));
      if (!m) return undefined;
      captured = m[1] ?? m[0];
    }
    const fill = (s: string): string => s.replace(/\{1\}/g, captured === null ? '' : encodeURIComponent(captured).replace(/%2F/g, '/'));
    const target = link.url ? fill(template(link.url, ctx.site)) : raw.trim();
    if (!link.url && (/^(javascript:|#|mailto:|tel:)/i.test(target) || target === '')) return undefined;
    let url: URL;
    try {
      url = new URL(target, base);
    } catch {
      return undefined;
    }
    if (!/^https?:$/.test(url.protocol)) return undefined;
    if (link.sameHost && url.host !== base.host) return undefined;
    url.hash = '';
    const meta: Record<string, string> = {};
    for (const [k, spec] of Object.entries(link.meta ?? {})) {
      const v = readValue(ctx, spec, { el: $(el).closest('tr')[0] ?? el });
      if (v !== null && v !== undefined) meta[k] = String(v).slice(0, 200);
    }
    out.push({
      url: url.toString(),
      method: link.method,
      form: link.form ? Object.fromEntries(Object.entries(link.form).map(([k, v]) => [k, fill(v)])) : undefined,
      label: link.label,
      role: link.role,
      xhr: link.xhr,
      optional: link.optional,
      meta: Object.keys(meta).length ? meta : undefined,
    });
    return undefined;
  });
  return out;
}

function paginate(ctx: Ctx, spec: NonNullable<HandlerConfig['paginate']>): CrawlRequest[] {
  const url = new URL(ctx.request.url);
  const current = Number.parseInt(url.searchParams.get(spec.param) ?? '1', 10);
  if (current !== 1) return [];
  const totalRaw = ctx.doc.$ ? ctx.doc.$(spec.total).first().text() : jsonPath(ctx.doc.json, spec.total);
  const total = Number.parseInt(String(totalRaw ?? '0'), 10);
  if (!Number.isFinite(total) || total <= spec.perPage) return [];
  const pages = Math.min(spec.maxPages, Math.ceil(total / spec.perPage));
  const out: CrawlRequest[] = [];
  for (let n = 2; n <= pages; n++) {
    const next = new URL(url);
    next.searchParams.set(spec.param, String(n));
    out.push({ url: next.toString(), label: spec.label, role: 'list', expect: ctx.request.expect });
  }
  return out;
}
