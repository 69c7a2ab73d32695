import { createHash } from 'node:crypto';
import * as cheerio from 'cheerio';
import { parse as parseCsv } from 'csv-parse/sync';
import { ParseError, type CrawlRequest, type DraftRecord, type ParseResult, type SiteAdapter, type SiteConfig } from '../core/adapter';
import type { FetchedPage } from '../core/fetch';
import { NORMALISERS_VERSION } from '../normalise';
import { loadHtml } from './html';
import { itemLinks, paginate, selectLinks, template } from './links';
import { DeclarativeAdapterSchema, type DeclarativeAdapterConfig, type HandlerConfig } from './schema';
import { buildRecord, itemsAt, jsonPath, type Ctx, type Doc } from './values';

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
  const details = detailLabels(config);
  // The version says which config parsed a page; with a fingerprint of the content, an edited config re-reads pages
  // whose bytes did not change at the next crawl even when nobody bumped `version` (else their stored links and
  // records — of the old config — would be reused).
  // The normalisers' version too: a config's pages read by older normalisers are read again.
  const fingerprint = createHash('sha256').update(JSON.stringify(config)).update(NORMALISERS_VERSION).digest('hex').slice(0, 8);
  return {
    name: config.name,
    version: `${config.version}+${fingerprint}`,
    start: (site) => startRequests(config, site),
    parse: (page, request, site) => parsePage(config, page, request, site),
    detailLabels: (label) => details.get(label) ?? [],
  };
}

/** Per handler, the detail pages its config says it leads to (non-optional `role: detail` links): the runner checks they were reached. */
function detailLabels(config: DeclarativeAdapterConfig): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, h] of Object.entries(config.handlers)) {
    const labels = [...new Set(h.follow.filter((f) => f.role === 'detail' && !f.optional && f.label !== name).map((f) => f.label))];
    if (labels.length) out.set(name, labels);
  }
  return out;
}

function expectOf(config: DeclarativeAdapterConfig, label: string): CrawlRequest['expect'] {
  const format = config.handlers[label]?.format ?? 'html';
  return format === 'html' ? 'html' : format;
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
        referer: s.referer ? new URL(template(s.referer, site, vars), site.baseUrl).toString() : undefined,
        expect: expectOf(config, s.label),
      });
    }
  }
  return out;
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

function parsePage(config: DeclarativeAdapterConfig, page: FetchedPage, request: CrawlRequest, site: SiteConfig): ParseResult {
  const handler = config.handlers[request.label];
  if (!handler) throw new ParseError(`no handler "${request.label}"`);
  const doc = load(page, handler.format);
  checkExpectations(doc, handler);

  const records: DraftRecord[] = [];
  const follow: CrawlRequest[] = [];
  const ctx: Ctx = { doc, page, request, site, tables: new Map() };

  if (handler.record) {
    const items = handler.items ? itemsAt(ctx, handler.items, handler.minCells) : [null];
    for (const item of items) {
      const record = buildRecord(ctx, handler.record, item);
      if (record) records.push(record);
    }
  }
  for (const link of handler.follow) {
    const found = link.from ? itemLinks(ctx, link) : selectLinks(ctx, link);
    follow.push(...found.map((f) => ({ ...f, expect: expectOf(config, f.label) })));
  }
  if (handler.paginate) follow.push(...paginate(ctx, handler.paginate, handler));
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
