import iconv from 'iconv-lite';
import { decodeBytes } from './decode';

describe('decodeBytes', () => {
  it('decodes CP949 including the extension syllables TextDecoder garbles', () => {
    const bytes = iconv.encode('똠방각하 햏 산후조리원', 'cp949');
    expect(decodeBytes(bytes, 'cp949')).toBe('똠방각하 햏 산후조리원');
  });

  it('drops a UTF-8 BOM', () => {
    expect(decodeBytes(Buffer.from('\ufeff시군구명,어린이집코드', 'utf8'), 'utf-8')).toBe('시군구명,어린이집코드');
  });
});
