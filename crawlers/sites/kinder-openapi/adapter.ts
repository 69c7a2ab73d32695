import { createHash } from 'node:crypto';
import type { SourceRecord } from '../../../common/record';
import { ParseError, type DraftRecord, type SiteAdapter } from '../../core/adapter';
import { readKindergartens } from '../../seed/kindergarten';

/**
 * 유치원알리미 basicInfo API: JSON sent in CP949 with no charset (the fetch
 * layer detects it). One request per 시군구; the items are read by the same
 * code as the bundled snapshot of this API (crawlers/seed/kindergarten.ts).
 */
const SEOUL_GU = ['11110', '11140', '11170', '11200', '11215', '11230', '11260', '11290', '11305', '11320', '11350', '11380', '11410', '11440', '11470', '11500', '11530', '11545', '11560', '11590', '11620', '11650', '11680', '11710', '11740'];

export const adapter: SiteAdapter = {
  name: 'kinder-openapi',
  version: '1',
  start: (site) =>
    SEOUL_GU.map((code) => ({
      url: new URL(`/api/notice/basicInfo.do?key=${encodeURIComponent(site.params.key ?? '')}&sidoCode=11&sggCode=${code}`, site.baseUrl).toString(),
      label: 'district',
      role: 'list' as const,
      expect: 'json' as const,
    })),
  parse(page) {
    const text = page.text ?? '';
    let status: unknown;
    try {
      status = (JSON.parse(text) as { status?: unknown }).status;
    } catch {
      throw new ParseError('JSON이 아닙니다 / not JSON');
    }
    if (status !== 'SUCCESS') throw new ParseError(`API 오류 / API error: status=${String(status).slice(0, 50)}`);
    const bytes = Buffer.from(text, 'utf8');
    const read = readKindergartens({ name: 'basicInfo.json', bytes, hash: createHash('sha256').update(bytes).digest('hex'), url: page.finalUrl });
    return { records: read.records.map(toDraft), follow: [] };
  },
};

export function toDraft(record: SourceRecord): DraftRecord {
  const { provenance: _p, ...rest } = record;
  return rest;
}
