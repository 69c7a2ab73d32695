import { z } from 'zod';
import { RECORD_KINDS, STAGES } from '../../common/record';

/**
 * The declarative adapter format (docs/adding-a-site.md): list → pagination
 * → detail → field selectors, for HTML, XML, JSON and CSV sources. A site
 * is onboarded by writing one of these as JSON; it is validated here before
 * any request is made.
 */

export const TRANSFORMS = [
  'text', 'int', 'float', 'phone', 'date', 'period', 'hours', 'seats', 'capacity', 'capacityUnit', 'amountKrw', 'ageMonths', 'centerType', 'specialCare', 'stages', 'list', 'url', 'bool', 'facilityKind', 'html',
] as const;

/** Where a value comes from. Exactly one source key must be set. */
const ValueSchema = z
  .object({
    /** View tables: the cell next to the <th> (or <dt>) whose text is this label. */
    th: z.string().min(1).max(60).optional(),
    /** CSS selector within the item (row, XML item) or page. */
    css: z.string().min(1).max(300).optional(),
    /** Table rows: a column by header label (multi-row headers flattened, rowspan/colspan expanded). */
    column: z.string().min(1).max(60).optional(),
    /** Table rows: a column by 0-based index after rowspan/colspan expansion. */
    cell: z.number().int().min(0).max(100).optional(),
    /** JSON/XML/CSV items: a field name (dots for nested JSON). */
    field: z.string().min(1).max(100).optional(),
    /** A query parameter of the page's URL. */
    urlParam: z.string().min(1).max(60).optional(),
    /** A value the request carried from its parent page. */
    meta: z.string().min(1).max(60).optional(),
    /** A constant. */
    const: z.union([z.string().max(500), z.number(), z.boolean(), z.null()]).optional(),
    /** With css: read this attribute instead of the text. */
    attr: z.string().min(1).max(60).optional(),
    /** Keep the first capture group of this regular expression (applied to the text). */
    pattern: z.string().min(1).max(200).optional(),
    transform: z.enum(TRANSFORMS).optional(),
    /** For `seats`: which half to keep. */
    part: z.enum(['enrolled', 'capacity', 'start', 'end', 'min', 'max', 'open', 'close']).optional(),
  })
  .strict()
  .refine((v) => ['th', 'css', 'column', 'cell', 'field', 'urlParam', 'meta', 'const'].filter((k) => k in v).length === 1, {
    message: 'exactly one of th, css, column, cell, field, urlParam, meta, const',
  });

export type ValueSpec = z.infer<typeof ValueSchema>;

const FIELD_TARGET = /^(subtype|name|address|phone|lat|lng|capacity|enrolled|specialCare|sido|sigungu|regionCode|stages|tagText|ageMonths|attrs\.[A-Za-z][A-Za-z0-9]{0,40})$/;

const RecordSchema = z
  .object({
    kind: z.enum(RECORD_KINDS),
    /** FacilityKind (e.g. LOCAL_CHILDREN_CENTER), POLICY or PROGRAM. */
    subtype: z.string().min(1).max(40),
    key: ValueSchema,
    /** Prefix added to the key (e.g. when one site publishes two kinds). */
    keyPrefix: z.string().max(20).optional(),
    fields: z.record(z.string().regex(FIELD_TARGET, 'unknown target field'), ValueSchema),
    /** Stages stated for every record of this handler (otherwise rules decide). */
    stages: z.array(z.enum(STAGES)).max(4).optional(),
  })
  .strict();

const LinkSchema = z
  .object({
    /** Elements to read links from (CSS); for XML/JSON pagination use `paginate`. */
    select: z.string().min(1).max(300),
    attr: z.string().min(1).max(60).default('href'),
    /** Regex with one capture group over the attribute (e.g. `fn_view\('([^']+)'\)`). Without it, the attribute is the URL. */
    pattern: z.string().min(1).max(200).optional(),
    /** URL template; `{1}` is the captured group. */
    url: z.string().min(1).max(500).optional(),
    method: z.enum(['GET', 'POST']).default('GET'),
    /** Form fields for POST, values may use `{1}`. */
    form: z.record(z.string().max(60), z.string().max(200)).optional(),
    label: z.string().min(1).max(40),
    role: z.enum(['list', 'detail']).default('detail'),
    xhr: z.boolean().optional(),
    /** A failure of this request does not make the crawl partial (links the site shows but we do not need). */
    optional: z.boolean().optional(),
    /** Only follow URLs on the site's own host (default true). */
    sameHost: z.boolean().default(true),
    /** Carry values to the next page. */
    meta: z.record(z.string().max(60), ValueSchema).optional(),
  })
  .strict();

/** Numbered pages of an API: pageNo=1…ceil(total/perPage), all enqueued from page 1. */
const PaginateSchema = z
  .object({
    param: z.string().min(1).max(40),
    /** Where the total item count is (JSON path or XML tag). */
    total: z.string().min(1).max(100),
    perPage: z.number().int().min(1).max(1000),
    maxPages: z.number().int().min(1).max(10_000).default(1000),
    label: z.string().min(1).max(40),
  })
  .strict();

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
  })
  .strict();

const StartSchema = z
  .object({
    url: z.string().min(1).max(500),
    method: z.enum(['GET', 'POST']).default('GET'),
    form: z.record(z.string().max(60), z.string().max(200)).optional(),
    label: z.string().min(1).max(40),
    role: z.enum(['list', 'detail']).default('list'),
    xhr: z.boolean().optional(),
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
    const labels = new Set(Object.keys(config.handlers));
    const check = (label: string, path: (string | number)[]): void => {
      if (!labels.has(label)) ctx.addIssue({ code: 'custom', message: `no handler named "${label}"`, path });
    };
    config.start.forEach((s, i) => check(s.label, ['start', i, 'label']));
    for (const [name, h] of Object.entries(config.handlers)) {
      h.follow.forEach((f, i) => check(f.label, ['handlers', name, 'follow', i, 'label']));
      if (h.paginate) check(h.paginate.label, ['handlers', name, 'paginate', 'label']);
      if (h.record && !h.items && h.format !== 'html') ctx.addIssue({ code: 'custom', message: 'XML/JSON/CSV records need `items`', path: ['handlers', name, 'items'] });
    }
  });

export type DeclarativeAdapterConfig = z.infer<typeof DeclarativeAdapterSchema>;
export type HandlerConfig = z.infer<typeof HandlerSchema>;
export type LinkConfig = z.infer<typeof LinkSchema>;
