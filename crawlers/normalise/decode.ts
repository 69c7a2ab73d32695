import iconv from 'iconv-lite';

export type SourceEncoding = 'utf-8' | 'cp949' | 'euc-kr';

/**
 * Bytes of a Korean public-data file → text. CP949/EUC-KR go through
 * iconv-lite because Node's `TextDecoder('euc-kr')` garbles the CP949
 * extension syllables (똠, 햏 …). A leading UTF-8 BOM (Excel exports) is dropped.
 */
export function decodeBytes(bytes: Uint8Array, encoding: SourceEncoding): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = encoding === 'utf-8' ? buffer.toString('utf8') : iconv.decode(buffer, 'cp949');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
