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
