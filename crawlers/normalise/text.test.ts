import { cleanText } from './text';

describe('cleanText', () => {
  it('collapses layout whitespace, entities, NBSP and zero-width characters', () => {
    expect(cleanText('  해님&nbsp;어린이집\n\t(강서)&#40;1&#41;\u200b ')).toBe('해님 어린이집 (강서)(1)');
    expect(cleanText('A\u00a0\u00a0B\u3000C')).toBe('A B C');
    expect(cleanText('\ufeff서울')).toBe('서울');
    expect(cleanText('a &amp;nbsp; b')).toBe('a b');
    expect(cleanText('&lt;b&gt; &#x3C; &unknown;')).toBe('<b> < &unknown;');
  });

  it('returns null for nothing and trims to the bound', () => {
    expect(cleanText('   ')).toBeNull();
    expect(cleanText('&nbsp;')).toBeNull();
    expect(cleanText(null)).toBeNull();
    expect(cleanText('가나다라마', 3)).toBe('가나다');
    expect(cleanText('x'.repeat(100_000))!.length).toBe(20_000);
  });

  it('never produces lone surrogates from bad numeric entities', () => {
    expect(cleanText('a&#xD800;b&#9999999;c')).toBe('abc');
  });
});
