import { normaliseUrl } from './url';

describe('normaliseUrl', () => {
  it.each([
    ['https://hanbit.kidsnote.ac', 'https://hanbit.kidsnote.ac/'],
    ['www.puruni.com/netmarble', 'http://www.puruni.com/netmarble'],
    ['band.us/@aristar', 'http://band.us/@aristar'],
    ['http://cafe.naver.com/grimkid', 'http://cafe.naver.com/grimkid'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });

  it.each([['보육포털, 키즈노트, 인스타그램,'], [''], ['없음'], ['javascript:alert(1)'], ['http://localhost']])('%s → null', (input) => {
    expect(normaliseUrl(input)).toBeNull();
  });
});
