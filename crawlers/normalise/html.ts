import sanitize from 'sanitize-html';

/** Crawled HTML longer than this is cut before sanitising (a CMS body is a few KB). */
const MAX_INPUT = 50_000;
/** Sanitised fragments longer than this are dropped: the text fields still carry the content. */
const MAX_OUTPUT = 20_000;

/**
 * The markup a policy or programme body may keep for display: structure
 * (paragraphs, lists, tables, emphasis) and plain links. Everything a legacy
 * CMS editor adds besides (inline styles, <font>, scripts, event handlers,
 * iframes, images from other hosts) goes.
 */
const OPTIONS: sanitize.IOptions = {
  allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'a', 'h4', 'h5', 'h6'],
  allowedAttributes: { a: ['href', 'rel', 'target'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  // Contents of these are dropped with the tag, not kept as text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed'],
  transformTags: {
    // Links leave the hub: never pass the referrer, never let the target page script this one.
    a: sanitize.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
  },
};

/**
 * Sanitises an HTML fragment crawled from a legacy site so it is safe to
 * render: an allowlist of tags and attributes, http(s)/mailto/tel links only.
 * Tags outside the list (<font>, <span style>, <div>) go and their text stays.
 * Returns null for an empty result or one over the size bound.
 */
export function sanitiseHtml(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const clean = sanitize(raw.slice(0, MAX_INPUT), OPTIONS)
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
  if (!clean || clean.length > MAX_OUTPUT) return null;
  // Whitespace-only or tag-only fragments carry nothing to show.
  if (!clean.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, '').trim()) return null;
  return clean;
}

/** Elements that start a new line in a browser: their text is kept apart from the text around them. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

/** The parts of a parsed node the walk reads (domhandler's Text, Element, CDATA, Document). */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  children?: DomNode[];
}

/**
 * The text of a parsed HTML element as a reader sees it: `<br>` and block
 * elements (`<p>`, `<div>`, `<li>` …) become spaces, so `11:30<br>(3월 31일
 * 휴강)` reads `11:30 (3월 31일 휴강)`, not `11:30(3월 31일 휴강)` as cheerio's
 * `.text()` joins it. Script and style content is left out. Whitespace is
 * not collapsed (cleanText does that). At most `max` characters are read;
 * the walk is iterative, so deep legacy nesting cannot overflow the stack.
 */
export function nodeText(node: DomNode, max = 40_000): string {
  const out: string[] = [];
  let length = 0;
  const stack: (DomNode | null)[] = [node];
  while (stack.length > 0 && length < max) {
    const n = stack.pop()!;
    if (n === null) {
      out.push(' ');
      continue;
    }
    if (n.type === 'text') {
      out.push(n.data ?? '');
      length += n.data?.length ?? 0;
      continue;
    }
    if (n.type === 'comment' || n.type === 'directive') continue;
    const name = n.name?.toLowerCase() ?? '';
    if (HIDDEN.has(name) || n.type === 'script' || n.type === 'style') continue;
    if (name === 'br') {
      out.push(' ');
      continue;
    }
    // The element asked for is not spaced from itself: patterns over its text (`^(\d+)`) see what .text() gave them.
    const block = n !== node && BLOCK.has(name);
    if (block) {
      out.push(' ');
      stack.push(null);
    }
    const children = n.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out.join('').slice(0, max);
}
