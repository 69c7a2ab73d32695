import { z } from 'zod';
import { RECORD_KINDS, STAGES } from '../../common/record';
import { checkConfig } from './validate';

/**
 * The declarative adapter format (docs/adding-a-site.md): list → pagination
 * → detail → field selectors, for HTML, XML, JSON and CSV sources. A site
 * is onboarded by writing one of these as JSON; it is validated here before
 * any request is made — both its shape and whether every handler can ever
 * yield something (validate.ts), so a config mistake is refused with its
 * path instead of ending as a crawl that "succeeded" with half the data.
 */

export const TRANSFORMS = [
  'text', 'int', 'float', 'phone', 'date', 'period', 'hours', 'seats', 'capacity', 'capacityUnit', 'amountKrw', 'ageMonths', 'centerType', 'specialCare', 'stages', 'list', 'url', 'bool', 'facilityKind', 'html',
] as const;

/** The keys that say where a value comes from; a value spec sets exactly one. */
export const VALUE_SOURCES = ['th', 'dt', 'css', 'column', 'cell', 'field', 'urlParam', 'meta', 'const'] as const;
export type ValueSource = (typeof VALUE_SOURCES)[number];

/** Where a value comes from. Exactly one source key must be set. */
const ValueSchema = z
  .object({
    /** Tables (`<th>label</th><td>value</td>`): the first `<td>` after the `<th>` whose text is this label. Reads table headers only. */
    th: z.string().min(1).max(60).optional(),
    /** Definition lists (`<dt>label</dt><dd>value</dd>`): the `<dd>` right after the `<dt>` whose text is this label. Reads `<dt>` only. */
    dt: z.string().min(1).max(60).optional(),
    /** CSS selector within the item (row, XML item) or page. */
    css: z.string().min(1).max(300).optional(),
    /** Table rows: a column by header label (multi-row headers flattened, rowspan/colspan expanded). */
    column: z.string().min(1).max(60).optional(),
    /** Table rows: a column by 0-based index after rowspan/colspan expansion. */
    cell: z.number().int().min(0).max(100).optional(),
    /** JSON/XML/CSV items: a field name (dots for nested JSON). */
    field: z.string().min(1).max(100).optional(),
    /** A query parameter of the page's URL (or a form field of its POST). */
    urlParam: z.string().min(1).max(60).optional(),
    /** A value the request carried from its parent page (`follow[].meta`). */
    meta: z.string().min(1).max(60).optional(),
    /** A constant. */
    const: z.union([z.string().max(500), z.number(), z.boolean(), z.null()]).optional(),
    /** With css: read this attribute instead of the text. */
    attr: z.string().min(1).max(60).optional(),
    /** Keep the first capture group of this regular expression (applied to the text). */
    pattern: z.string().min(1).max(200).optional(),
    transform: z.enum(TRANSFORMS).optional(),
    /** For `seats`, `period`, `ageMonths`, `hours`: which part to keep. */
    part: z.enum(['enrolled', 'capacity', 'start', 'end', 'min', 'max', 'open', 'close']).optional(),
  })
  .strict()
  .refine((v) => VALUE_SOURCES.filter((k) => k in v).length === 1, {
    message: `exactly one of ${VALUE_SOURCES.join(', ')}`,
  });

export type ValueSpec = z.infer<typeof ValueSchema>;

/** A field: one value spec, or alternatives tried in order (the first that gives a value wins: `정원` here, `현원/정원` there). */
const FieldSchema = z.union([ValueSchema, z.array(ValueSchema).min(1).max(5)]);
export type FieldSpec = z.infer<typeof FieldSchema>;

const FIELD_TARGET = /^(subtype|name|address|phone|lat|lng|capacity|enrolled|specialCare|sido|sigungu|regionCode|stages|tagText|ageMonths|attrs\.[A-Za-z][A-Za-z0-9]{0,40})$/;

const RecordSchema = z
  .object({
    kind: z.enum(RECORD_KINDS),
    /** FacilityKind (e.g. LOCAL_CHILDREN_CENTER), POLICY or PROGRAM. */
    subtype: z.string().min(1).max(40),
    key: ValueSchema,
    /** Prefix added to the key (e.g. when one site publishes two kinds). */
    keyPrefix: z.string().max(20).optional(),
    fields: z.record(z.string().regex(FIELD_TARGET, 'unknown target field'), FieldSchema),
    /** Stages stated for every record of this handler (otherwise rules decide). */
    stages: z.array(z.enum(STAGES)).max(4).optional(),
  })
  .strict();

const LinkSchema = z
  .object({
    /** HTML/XML: elements to read links from (CSS). Exactly one of `select` and `from`. */
    select: z.string().min(1).max(300).optional(),
    /**
     * JSON/XML/CSV: one link per item of this array (JSON path; XML: a selector of item elements; CSV: any, every
     * row). `url` is then a template whose `{name}` are the item's fields (dots for nested JSON, child tags in XML).
     */
    from: z.string().min(1).max(300).optional(),
    /** With `select`: the attribute holding the link (default `href`; `#text` for the element's text). */
    attr: z.string().min(1).max(60).optional(),
    /** With `select`: a regex with one capture group over the attribute (e.g. `fn_view\('([^']+)'\)`). Without it, the attribute is the URL. */
    pattern: z.string().min(1).max(200).optional(),
    /** URL template: `{1}` is the captured group (`select`), `{field}` an item's field (`from`), `{param.x}` a registry param. */
    url: z.string().min(1).max(500).optional(),
    method: z.enum(['GET', 'POST']).default('GET'),
    /** Form fields for POST; values are templates like `url`. */
    form: z.record(z.string().max(60), z.string().max(200)).optional(),
    label: z.string().min(1).max(40),
    /** `list`: pages that carry a set of records (a 404 there is a failure). `detail`: one record (a 404 means the record is gone). */
    role: z.enum(['list', 'detail']).default('detail'),
    xhr: z.boolean().optional(),
    /** A failure of this request does not make the crawl partial (links the site shows but we do not need). */
    optional: z.boolean().optional(),
    /** Only follow URLs on the site's own host (default true). */
    sameHost: z.boolean().default(true),
    /** Values carried to the next page (`{ "meta": name }` there): how one record is built from two pages. Raw text; transform where the record is built. */
    meta: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,40}$/), ValueSchema).optional(),
  })
  .strict()
  .refine((l) => (l.select === undefined) !== (l.from === undefined), { message: 'exactly one of select (HTML/XML elements) or from (an array of JSON/XML/CSV items)' })
  .refine((l) => l.from === undefined || l.url !== undefined, { message: '`from` needs a `url` template ({field} of each item)', path: ['url'] })
  .refine((l) => l.from === undefined || (l.attr === undefined && l.pattern === undefined), { message: '`attr` and `pattern` read an element: use them with `select`', path: ['from'] });

/**
 * API pages. `page`: numbered pages (`pageNo=1…ceil(total/perPage)`); `offset`: row offsets (`start=0, 100, …`);
 * `cursor`: each page names the next (`next` in the response) and they are fetched one after another. The
 * parameter goes where the first request carries it: the POST form when there is one, else the query string.
 */
const PaginateSchema = z
  .object({
    mode: z.enum(['page', 'offset', 'cursor']).default('page'),
    param: z.string().min(1).max(40),
    /** page/offset: where the total item count is (JSON path or XML tag). Without it, pages are fetched one by one while they come back full. */
    total: z.string().min(1).max(100).optional(),
    /** page/offset without `total`: the array whose length tells whether the page was full (default: the handler's `items`, or the first `follow[].from`). */
    count: z.string().min(1).max(100).optional(),
    /** cursor: where the next page's cursor is (JSON path or XML tag); an empty or repeated value ends the chain. */
    next: z.string().min(1).max(100).optional(),
    perPage: z.number().int().min(1).max(1000).default(100),
    /** The first page's number (page: default 1) or offset (offset: default 0). */
    first: z.number().int().min(0).max(1_000_000).optional(),
    maxPages: z.number().int().min(1).max(10_000).default(1000),
    label: z.string().min(1).max(40),
  })
  .strict()
  .refine((p) => p.mode !== 'cursor' || p.next !== undefined, { message: 'cursor paging needs `next` (where the next cursor is)', path: ['next'] });

const HandlerSchema = z
  .object({
    format: z.enum(['html', 'xml', 'json', 'csv']).default('html'),
    /** A selector (HTML/XML) or JSON path that must be present, or the page is an error page (ParseError). */
    expect: z.string().min(1).max(300).optional(),
    /** JSON path / JSON field / XML tag whose value must equal `expectValue` (API status). */
    expectValue: z.object({ path: z.string().min(1).max(100), equals: z.union([z.string(), z.number()]) }).strict().optional(),
    /** One record per item: CSS/XML selector of rows, JSON path of an array, or `rows` for CSV. */
    items: z.string().min(1).max(300).optional(),
    /** HTML tables: rows with fewer cells (after expansion) are skipped (e.g. "no data" rows). */
    minCells: z.number().int().min(1).max(100).optional(),
    record: RecordSchema.optional(),
    follow: z.array(LinkSchema).max(20).default([]),
    paginate: PaginateSchema.optional(),
    /** Pages fetched only so that a failure there is noticed and typed (links a site shows that we do not need): says the handler yields nothing on purpose. */
    yieldsNothing: z.literal(true).optional(),
  })
  .strict();

const StartSchema = z
  .object({
    url: z.string().min(1).max(500),
    method: z.enum(['GET', 'POST']).default('GET'),
    form: z.record(z.string().max(60), z.string().max(200)).optional(),
    label: z.string().min(1).max(40),
    role: z.enum(['list', 'detail']).default('list'),
    /** Sends `X-Requested-With: XMLHttpRequest` (listings loaded by AJAX). */
    xhr: z.boolean().optional(),
    /** The page that would have made this request (path or URL): sites that check `Referer` on their AJAX endpoints. */
    referer: z.string().min(1).max(500).optional(),
    /** Expand into one request per value: `{value}` in url/form is replaced (e.g. district codes). */
    each: z.array(z.string().max(40)).max(500).optional(),
  })
  .strict();

export const DeclarativeAdapterSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().regex(/^[a-z0-9-]{2,60}$/),
    version: z.string().regex(/^\d+(\.\d+){0,2}$/),
    description: z.string().max(500).optional(),
    start: z.array(StartSchema).min(1).max(500),
    handlers: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,39}$/), HandlerSchema),
  })
  .strict()
  .superRefine((config, ctx) => {
    for (const issue of checkConfig(config)) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  });

export type DeclarativeAdapterConfig = z.infer<typeof DeclarativeAdapterSchema>;
export type HandlerConfig = z.infer<typeof HandlerSchema>;
export type LinkConfig = z.infer<typeof LinkSchema>;
export type PaginateConfig = z.infer<typeof PaginateSchema>;
