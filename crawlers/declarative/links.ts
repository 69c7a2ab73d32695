import type { CrawlRequest, SiteConfig } from '../core/adapter';
import type { HandlerConfig, LinkConfig, PaginateConfig } from './schema';
import { safeRegex } from './transforms';
import { fieldOf, itemsAt, jsonPath, readValue, type Ctx, type Item } from './values';

/**
 * The requests a page leads to: links read from elements (`select`), one
 * link per item of an API's array (`from`, with a URL template over the
 * item's fields), and the further pages of an API (`paginate`).
 */

const MAX_LINKS = 2000;
/** Carried values are bounded per value and in all (they ride along in the request queue). */
const MAX_META_VALUE = 4000;
const MAX_META_TOTAL = 12_000;

/** `{param.x}` → the registry's param; other `{name}` → `vars[name]`, left as is when unknown. */
export function template(value: string, site: SiteConfig, vars: Record<string, string> = {}): string {
  return value.replace(/\{(param\.)?([A-Za-z0-9_.]+)\}/g, (whole, isParam: string | undefined, name: string) => {
    if (isParam) return site.params[name] ?? '';
    return vars[name] ?? whole;
  });
}

/** A URL component as legacy sites expect it: encoded, but a `/` inside an id stays a path separator. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2F/g, '/');
}

function carry(ctx: Ctx, link: LinkConfig, item: Item): Record<string, string> | undefined {
  const meta: Record<string, string> = {};
  let total = 0;
  for (const [k, spec] of Object.entries(link.meta ?? {})) {
    const v = readValue(ctx, spec, item);
    if (v === null || v === undefined) continue;
    const text = String(v).slice(0, Math.max(0, Math.min(MAX_META_VALUE, MAX_META_TOTAL - total)));
    total += text.length;
    meta[k] = text;
  }
  // One hop only: to carry a value further (list → detail → frame), the next link names it again with `{ "meta": … }`.
  return Object.keys(meta).length ? meta : undefined;
}

function request(ctx: Ctx, link: LinkConfig, target: string, form: Record<string, string> | undefined, meta: Record<string, string> | undefined): CrawlRequest | null {
  const base = new URL(ctx.page.finalUrl);
  let url: URL;
  try {
    url = new URL(target, base);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol)) return null;
  if (link.sameHost && url.host !== base.host) return null;
  url.hash = '';
  return { url: url.toString(), method: link.method, form, label: link.label, role: link.role, xhr: link.xhr, optional: link.optional, meta };
}

/** Links read from elements: an attribute (or the text), optionally through a pattern into a URL template. */
export function selectLinks(ctx: Ctx, link: LinkConfig): CrawlRequest[] {
  const $ = ctx.doc.$;
  if (!$ || !link.select) return [];
  const out: CrawlRequest[] = [];
  const attr = link.attr ?? 'href';
  $(link.select).each((_, el) => {
    if (out.length >= MAX_LINKS) return false;
    // `#text`: the element's text is the value (XML APIs put ids and URLs in elements, not attributes).
    const raw = attr === '#text' ? $(el).text().trim() : $(el).attr(attr);
    if (!raw) return undefined;
    let captured: string | null = null;
    if (link.pattern) {
      const m = safeRegex(link.pattern).exec(raw.slice(0, 2000));
      if (!m) return undefined;
      captured = m[1] ?? m[0];
    }
    const vars = { 1: captured === null ? '' : encode(captured) };
    const target = link.url ? template(link.url, ctx.site, vars) : raw.trim();
    if (!link.url && (/^(javascript:|#|mailto:|tel:)/i.test(target) || target === '')) return undefined;
    const form = link.form ? Object.fromEntries(Object.entries(link.form).map(([k, v]) => [k, template(v, ctx.site, { 1: captured ?? '' })])) : undefined;
    const req = request(ctx, link, target, form, carry(ctx, link, { el: $(el).closest('tr')[0] ?? el }));
    if (req) out.push(req);
    return undefined;
  });
  return out;
}

/**
 * One link per item of an array (`from`): `{name}` in the URL and form is the
 * item's field. An item without one of the named fields yields no link (a
 * URL with a hole in it would only fetch an error page).
 */
export function itemLinks(ctx: Ctx, link: LinkConfig): CrawlRequest[] {
  if (!link.from || !link.url) return [];
  const out: CrawlRequest[] = [];
  for (const item of itemsAt(ctx, link.from).slice(0, MAX_LINKS)) {
    let missing = false;
    const fill = (s: string, encoded: boolean): string =>
      s.replace(/\{([A-Za-z0-9_.]+)\}/g, (whole, name: string) => {
        if (name.startsWith('param.')) return whole;
        const v = fieldOf(ctx, item, name);
        const text = v === null ? '' : String(v).trim();
        if (!text) missing = true;
        return encoded ? encode(text) : text;
      });
    const target = template(fill(link.url, true), ctx.site);
    const form = link.form ? Object.fromEntries(Object.entries(link.form).map(([k, v]) => [k, template(fill(v, false), ctx.site)])) : undefined;
    if (missing) continue;
    const req = request(ctx, link, target, form, carry(ctx, link, item));
    if (req) out.push(req);
  }
  return out;
}

/** Where the paging parameter lives: in the form of a POST that has one, else in the query string. */
function pager(ctx: Ctx, param: string): { read: () => string | null; at: (value: string) => Pick<CrawlRequest, 'url' | 'form'> } {
  const { request: req } = ctx;
  const inForm = req.method === 'POST' && req.form !== undefined && !new URL(req.url).searchParams.has(param);
  return {
    read: () => (inForm ? (req.form?.[param] ?? null) : new URL(req.url).searchParams.get(param)),
    at: (value) => {
      if (inForm) return { url: req.url, form: { ...req.form, [param]: value } };
      const next = new URL(req.url);
      next.searchParams.set(param, value);
      return { url: next.toString(), form: req.form };
    },
  };
}

function countAt(ctx: Ctx, spec: PaginateConfig, handler: HandlerConfig): number {
  const path = spec.count ?? handler.items ?? handler.follow.find((f) => f.from)?.from;
  return path ? itemsAt(ctx, path).length : 0;
}

function valueAt(ctx: Ctx, path: string): string {
  const v = ctx.doc.$ ? ctx.doc.$(path).first().text() : jsonPath(ctx.doc.json, path);
  return v === undefined || v === null ? '' : String(v).trim();
}

/**
 * Further pages of an API. With a total, the first page enqueues all the
 * others at once (they are fetched in parallel); without one, each full page
 * enqueues the next; a cursor chain is followed one page at a time.
 * Always bounded by maxPages.
 */
export function paginate(ctx: Ctx, spec: PaginateConfig, handler: HandlerConfig): CrawlRequest[] {
  const { read, at } = pager(ctx, spec.param);
  const req = ctx.request;
  const next = (value: string, meta = req.meta): CrawlRequest => ({ ...at(value), method: req.method, label: spec.label, role: 'list', xhr: req.xhr, referer: req.referer, expect: req.expect, meta });
  if (spec.mode === 'cursor') {
    const cursor = valueAt(ctx, spec.next!).slice(0, 500);
    const depth = Number(req.meta?._page ?? '1');
    if (!cursor || cursor === read() || !(depth < spec.maxPages)) return [];
    return [next(cursor, { ...(req.meta ?? {}), _page: String(depth + 1) })];
  }
  const step = spec.mode === 'offset' ? spec.perPage : 1;
  const first = spec.first ?? (spec.mode === 'offset' ? 0 : 1);
  const current = Number.parseInt(read() ?? String(first), 10);
  if (!Number.isFinite(current)) return [];
  if (spec.total) {
    if (current !== first) return [];
    const total = Number.parseInt(valueAt(ctx, spec.total).replace(/,/g, '') || '0', 10);
    if (!Number.isFinite(total) || total <= spec.perPage) return [];
    const pages = Math.min(spec.maxPages, Math.ceil(total / spec.perPage));
    return Array.from({ length: pages - 1 }, (_, k) => next(String(first + (k + 1) * step)));
  }
  const index = Math.floor((current - first) / step);
  if (countAt(ctx, spec, handler) < spec.perPage || index + 1 >= spec.maxPages) return [];
  return [next(String(current + step))];
}
