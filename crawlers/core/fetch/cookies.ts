/** A small cookie jar for one site: name=value pairs with path and expiry, sent back to the same host only. */
interface Cookie {
  value: string;
  path: string;
  expires: number | null;
}

const MAX_COOKIES = 50;
const MAX_VALUE = 4096;

export class CookieJar {
  private readonly cookies = new Map<string, Cookie>();

  constructor(private readonly host: string) {}

  store(setCookie: string | string[] | undefined, url: URL): void {
    if (!setCookie || url.host !== this.host) return;
    for (const line of (Array.isArray(setCookie) ? setCookie : [setCookie]).slice(0, MAX_COOKIES)) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim().slice(0, MAX_VALUE);
      let path = '/';
      let expires: number | null = null;
      for (const attr of attrs) {
        const [k = '', v = ''] = attr.split('=').map((s) => s.trim());
        if (/^path$/i.test(k) && v.startsWith('/')) path = v;
        else if (/^max-age$/i.test(k) && /^-?\d+$/.test(v)) expires = Date.now() + Number(v) * 1000;
        else if (/^expires$/i.test(k) && expires === null) {
          const t = Date.parse(v);
          if (Number.isFinite(t)) expires = t;
        }
      }
      if (expires !== null && expires <= Date.now()) this.cookies.delete(name);
      else if (this.cookies.size < MAX_COOKIES || this.cookies.has(name)) this.cookies.set(name, { value, path, expires });
    }
  }

  header(url: URL): string | undefined {
    if (url.host !== this.host) return undefined;
    const now = Date.now();
    const parts: string[] = [];
    for (const [name, c] of this.cookies) {
      if (c.expires !== null && c.expires <= now) continue;
      if (!url.pathname.startsWith(c.path)) continue;
      parts.push(`${name}=${c.value}`);
    }
    return parts.length ? parts.join('; ') : undefined;
  }
}
