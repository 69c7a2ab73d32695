import chardet from 'chardet';
import iconv from 'iconv-lite';

export type EncodingSource = 'header' | 'bom' | 'meta' | 'detected' | 'default';

export interface Decoded {
  text: string;
  /** `utf-8` or `cp949` (every Korean legacy label decodes as CP949), or another iconv-lite name. */
  encoding: string;
  source: EncodingSource;
}

/** Labels Korean sites use for what is really CP949 (a superset of EUC-KR with 8,822 more syllables). */
const KOREAN_LABELS = new Set(['euc-kr', 'euckr', 'ks_c_5601-1987', 'ks_c_5601', 'ksc5601', 'x-windows-949', 'windows-949', 'cp949', 'ms949', 'uhc', 'korean', 'csksc56011987', 'iso-ir-149']);
const META_WINDOW = 4096;

export function canonicalEncoding(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (KOREAN_LABELS.has(l)) return 'cp949';
  if (l === 'utf-8' || l === 'utf8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  return iconv.encodingExists(l) ? l : null;
}

/** Strict UTF-8 check (a declared UTF-8 that the bytes contradict must not win). */
function validUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeAs(bytes: Buffer, encoding: string): string | null {
  if (encoding === 'utf-8') return validUtf8(bytes) ? stripBom(bytes.toString('utf8')) : null;
  const text = iconv.decode(bytes, encoding);
  // A wrong guess shows as replacement characters; more than a trace means the bytes are not in this encoding.
  const bad = (text.match(/\ufffd/g) ?? []).length;
  return bad > Math.max(2, text.length / 1000) ? null : stripBom(text);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Bytes → text. Order: charset in Content-Type → BOM → `<meta charset>` /
 * `<?xml encoding?>` → detection (chardet) → UTF-8. A declaration that the
 * bytes contradict (a header saying UTF-8 over CP949 bytes) falls through to
 * the next source. CP949 is always decoded with iconv-lite: Node's own
 * TextDecoder('euc-kr') is not what legacy Korean sites send.
 */
export function decodeDocument(bytes: Buffer, contentType: string | undefined | null): Decoded {
  const header = canonicalEncoding(/charset\s*=\s*([^;\s]+)/i.exec(contentType ?? '')?.[1]);
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (header && !(hasBom && header !== 'utf-8')) {
    const text = decodeAs(bytes, header);
    if (text !== null) return { text, encoding: header, source: 'header' };
  }
  if (hasBom) {
    const text = decodeAs(bytes.subarray(3), 'utf-8');
    if (text !== null) return { text, encoding: 'utf-8', source: 'bom' };
  }
  const head = bytes.subarray(0, META_WINDOW).toString('latin1');
  const declared =
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)["']/i.exec(head)?.[1] ?? null;
  const meta = canonicalEncoding(declared);
  if (meta) {
    const text = decodeAs(bytes, meta);
    if (text !== null) return { text, encoding: meta, source: 'meta' };
  }
  if (validUtf8(bytes)) return { text: stripBom(bytes.toString('utf8')), encoding: 'utf-8', source: 'detected' };
  const guess = canonicalEncoding(chardet.detect(bytes.subarray(0, 64 * 1024)));
  const candidates = [guess, 'cp949'].filter((e): e is string => !!e && e !== 'utf-8');
  for (const encoding of candidates) {
    const text = decodeAs(bytes, encoding);
    if (text !== null) return { text, encoding, source: 'detected' };
  }
  return { text: stripBom(bytes.toString('utf8')), encoding: 'utf-8', source: 'default' };
}
