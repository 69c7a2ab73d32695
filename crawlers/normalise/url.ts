const MAX_URL = 500;

/**
 * A homepage cell → an absolute http(s) URL, or null. Sources write
 * `www.puruni.com/x` or `band.us/@x` without a scheme (http:// is assumed),
 * and sometimes prose (`보육포털, 키즈노트, 인스타그램,`) that is no address.
 */
export function normaliseUrl(value: string | null | undefined): string | null {
  if (value == null) return null;
  const text = value.slice(0, MAX_URL).trim();
  if (!text || /\s/.test(text)) return null;
  const withScheme = /^https?:\/\//i.test(text) ? text : /^[a-z0-9-]+(\.[a-z0-9-]+)+(?:[/:?#]|$)/i.test(text) ? `http://${text}` : null;
  if (!withScheme) return null;
  try {
    const url = new URL(withScheme);
    return url.hostname.includes('.') ? url.href : null;
  } catch {
    return null;
  }
}
