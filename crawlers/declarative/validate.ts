import type { DeclarativeAdapterConfig, FieldSpec, HandlerConfig, ValueSource, ValueSpec } from './schema';

/**
 * Checks that a config whose shape is valid can also work: every handler is
 * reached and yields records or links, every value can be read from the
 * handler's format, every link can produce a URL. Each mistake here used to
 * validate and then crawl "successfully" with part of the data missing (a
 * `follow` on a JSON page that never yields a link, a `th` on a JSON field);
 * now it is refused before any request, with its path and the reason.
 */
export interface ConfigIssue {
  path: (string | number)[];
  message: string;
}

type Format = HandlerConfig['format'];

/** Which value sources can read something from a page of each format. */
const SOURCES_BY_FORMAT: Record<Format, readonly ValueSource[]> = {
  html: ['th', 'dt', 'css', 'column', 'cell', 'urlParam', 'meta', 'const'],
  xml: ['css', 'field', 'urlParam', 'meta', 'const'],
  json: ['field', 'urlParam', 'meta', 'const'],
  csv: ['field', 'urlParam', 'meta', 'const'],
};

const HINT: Record<Format, string> = {
  html: 'HTML pages are read with th (tables), dt (definition lists), css, column/cell (rows)',
  xml: 'XML items are read with field (a child tag) or css',
  json: 'JSON items are read with field (a key; dots for nested keys)',
  csv: 'CSV rows are read with field (a column header)',
};

function sourceOf(spec: ValueSpec): ValueSource {
  return (Object.keys(spec) as ValueSource[]).find((k) => ['th', 'dt', 'css', 'column', 'cell', 'field', 'urlParam', 'meta', 'const'].includes(k))!;
}

/** Template placeholders other than registry params: `{1}`, `{id}`, `{item.id}`. */
function placeholders(template: string | undefined): string[] {
  return [...(template ?? '').matchAll(/\{([A-Za-z0-9_.]+)\}/g)].map((m) => m[1]!).filter((p) => !p.startsWith('param.'));
}

export function checkConfig(config: DeclarativeAdapterConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (path: (string | number)[], message: string): void => void issues.push({ path, message });
  const handlers = config.handlers;
  const labels = new Set(Object.keys(handlers));
  const known = (label: string, path: (string | number)[]): boolean => {
    if (labels.has(label)) return true;
    add(path, `no handler named "${label}"`);
    return false;
  };

  config.start.forEach((s, i) => known(s.label, ['start', i, 'label']));
  // Meta names each handler receives from the links that lead to it.
  const carried = new Map<string, Set<string>>();
  for (const [name, h] of Object.entries(handlers)) {
    h.follow.forEach((f, i) => {
      if (!known(f.label, ['handlers', name, 'follow', i, 'label'])) return;
      const set = carried.get(f.label) ?? new Set<string>();
      for (const k of Object.keys(f.meta ?? {})) set.add(k);
      carried.set(f.label, set);
    });
    if (h.paginate) known(h.paginate.label, ['handlers', name, 'paginate', 'label']);
  }

  // Reachability: a handler no start request or link leads to is a mistake (a renamed label, a typo).
  const reached = new Set<string>();
  const queue = config.start.map((s) => s.label).filter((l) => labels.has(l));
  while (queue.length) {
    const label = queue.shift()!;
    if (reached.has(label)) continue;
    reached.add(label);
    const h = handlers[label]!;
    for (const f of h.follow) if (labels.has(f.label)) queue.push(f.label);
    if (h.paginate && labels.has(h.paginate.label)) queue.push(h.paginate.label);
  }
  for (const name of labels) {
    if (!reached.has(name)) add(['handlers', name], 'no start request, follow link or paginate leads to this handler: its pages would never be fetched (a misspelt label?)');
  }
  // A crawl that walks pages and stores nothing (a list handler that only pages, its detail link forgotten) would "succeed" empty.
  if (reached.size && ![...reached].some((label) => handlers[label]!.record)) {
    add(['handlers'], 'no handler reached from `start` has a `record`: the crawl would fetch pages and store nothing (a `follow` to the detail pages missing?)');
  }

  for (const [name, h] of Object.entries(handlers)) {
    const at = (...rest: (string | number)[]): (string | number)[] => ['handlers', name, ...rest];
    const yields = h.record !== undefined || h.follow.length > 0 || h.paginate !== undefined;
    if (!yields && !h.yieldsNothing) {
      add(at(), 'yields neither records (`record`) nor links (`follow`, `paginate`): its pages would be fetched for nothing. Add one, or `"yieldsNothing": true` if only their failures matter');
    }
    if (yields && h.yieldsNothing) add(at('yieldsNothing'), '`yieldsNothing` contradicts the record/follow/paginate of this handler');

    const checkSpec = (spec: ValueSpec, path: (string | number)[], inRow: boolean): void => {
      const source = sourceOf(spec);
      if (!SOURCES_BY_FORMAT[h.format].includes(source)) {
        add(path, `\`${source}\` can never read a value from a ${h.format.toUpperCase()} page (${HINT[h.format]})`);
        return;
      }
      if ((source === 'column' || source === 'cell') && !inRow) add(path, `\`${source}\` reads a table row: the handler needs \`items\` (its rows)`);
      if (source === 'meta' && !carried.get(name)?.has(spec.meta!)) add(path, `no follow link to "${name}" carries meta "${spec.meta}"`);
    };
    const checkField = (spec: FieldSpec, path: (string | number)[], inRow: boolean): void => {
      if (Array.isArray(spec)) spec.forEach((s, i) => checkSpec(s, [...path, i], inRow));
      else checkSpec(spec, path, inRow);
    };

    if (h.record) {
      if (!h.items && h.format !== 'html') add(at('items'), 'XML/JSON/CSV records need `items`');
      checkSpec(h.record.key, at('record', 'key'), h.items !== undefined);
      if (!('name' in h.record.fields)) add(at('record', 'fields', 'name'), 'required: a record without a name is dropped, so this handler would store nothing');
      for (const [target, spec] of Object.entries(h.record.fields)) checkField(spec, at('record', 'fields', target), h.items !== undefined);
    }

    h.follow.forEach((f, i) => {
      const path = at('follow', i);
      if (f.select !== undefined && (h.format === 'json' || h.format === 'csv')) {
        add([...path, 'select'], `a ${h.format.toUpperCase()} page has no elements to select: use \`from\` (the path of an array) and a \`url\` template with {field} of each item`);
      }
      if (f.from !== undefined && h.format === 'html') add([...path, 'from'], 'HTML links are read with `select` (and `attr`/`pattern`)');
      const used = [...placeholders(f.url), ...Object.values(f.form ?? {}).flatMap((v) => placeholders(v))];
      if (f.from !== undefined && used.length === 0) add([...path, 'url'], 'the template names no field of the item (e.g. `/view.do?id={id}`): every item would link to the same page');
      if (f.from !== undefined && used.includes('1')) add([...path, 'url'], '`{1}` is the captured group of `select`+`pattern` — with `from`, name the item field: `{id}`');
      if (f.select !== undefined && f.pattern && f.url !== undefined && !used.includes('1')) {
        add([...path, 'url'], 'the pattern captures a group but neither `url` nor `form` uses `{1}`: every match would link to the same page');
      }
      for (const [k, spec] of Object.entries(f.meta ?? {})) {
        if (spec.transform && spec.transform !== 'text') add([...path, 'meta', k, 'transform'], 'meta carries text: apply the transform where the record is built (`{ "meta": … , "transform": … }`)');
        // Links in HTML are read in the row of the link element, so column/cell work there.
        checkSpec(spec, [...path, 'meta', k], true);
      }
      const target = handlers[f.label];
      // One record, one page: a list that stores a record and also follows that record's detail page keeps it live when the detail answers 404.
      if (h.record && target?.record && target.record.kind === h.record.kind && f.role === 'detail' && !f.optional) {
        add(path, `this handler stores ${h.record.kind} records and so do its detail pages (handlers.${f.label}): a record whose detail page answers 404 would stay live from the list. Build the record on one page and carry list values with \`meta\``);
      }
    });

    if (h.paginate) {
      const p = h.paginate;
      if (h.format === 'csv') add(at('paginate'), 'CSV downloads do not page');
      if (p.mode !== 'cursor' && !p.total && !p.count && !h.items && !h.follow.some((f) => f.from)) {
        add(at('paginate'), 'without `total` the pages are fetched while they come back full, which needs `count` (or the handler\'s `items`, or a `follow[].from`) to tell');
      }
    }
  }
  return issues;
}
