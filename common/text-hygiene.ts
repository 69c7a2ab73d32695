/**
 * Text no field of the hub accepts: NUL (PostgreSQL cannot store it in text;
 * it truncates C strings downstream) and lone UTF-16 surrogates (not
 * Unicode: they cannot be encoded as UTF-8). Other control characters are
 * each field's own rule.
 */
const UNSAFE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasUnsafeText(value: string): boolean {
  return UNSAFE.test(value);
}

/**
 * The path of the first unsafe string inside a JSON value (`name`,
 * `household.members.0.relationship`), or null. Bounded: at most `limit`
 * nodes are visited (a body is already bounded in bytes).
 */
export function findUnsafeText(value: unknown, path = '', limit = { left: 100_000 }): string | null {
  if (--limit.left < 0) return null;
  if (typeof value === 'string') return hasUnsafeText(value) ? path || '(value)' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], path ? `${path}.${i}` : String(i), limit);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (hasUnsafeText(key)) return path ? `${path}.(key)` : '(key)';
      const found = findUnsafeText(v, path ? `${path}.${key}` : key, limit);
      if (found) return found;
    }
  }
  return null;
}

/** UTF-8 bytes decoded strictly: null when they are not valid UTF-8 (instead of silently replacing bytes). */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}
