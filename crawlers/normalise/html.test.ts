import { loadHtml } from '../declarative/html';
import { nodeText, sanitiseHtml } from './html';
import { cleanText } from './text';

describe('sanitiseHtml', () => {
  it('keeps structure and text, drops what a legacy CMS editor adds', () => {
    const raw = `<p style="font-family:'굴림'"><font color="red"><b>월 20만원</b></font> 지원</p><ul><li onclick="fn_view('1')">첫째아</li></ul>`;
    expect(sanitiseHtml(raw)).toBe('<p><b>월 20만원</b> 지원</p><ul><li>첫째아</li></ul>');
  });

  it('removes scripts, event handlers, frames and script URLs, keeping none of their content', () => {
    const raw = `<p>안내<script>alert(document.cookie)</script></p><img src=x onerror="alert(1)"><iframe src="http://evil.example/"></iframe>
      <a href="javascript:alert(1)">신청</a><a href="https://www.gov.kr/portal/service" onmouseover="x()">정부24</a><style>p{}</style>`;
    const clean = sanitiseHtml(raw)!;
    expect(clean).not.toMatch(/script|onerror|onmouseover|iframe|img|style|alert/i);
    expect(clean).toContain('<p>안내</p>');
    expect(clean).toContain('<a rel="noopener noreferrer nofollow" target="_blank">신청</a>');
    expect(clean).toContain('<a href="https://www.gov.kr/portal/service" rel="noopener noreferrer nofollow" target="_blank">정부24</a>');
  });

  it('returns null for empty, tag-only and oversized fragments', () => {
    expect(sanitiseHtml('')).toBeNull();
    expect(sanitiseHtml('<p>&nbsp;</p><span> </span><div></div>')).toBeNull();
    expect(sanitiseHtml(`<p>${'가'.repeat(30_000)}</p>`)).toBeNull();
  });
});

describe('nodeText', () => {
  const cell = (html: string) => {
    const $ = loadHtml(`<table><tr><th>x</th><td>${html}</td></tr></table>`);
    return cleanText(nodeText($('td')[0]!));
  };
  it.each([
    ['11:30<br>(3월 31일 휴강)', '11:30 (3월 31일 휴강)'],
    ['10:00~12:00<br/>14:00~16:00', '10:00~12:00 14:00~16:00'],
    ['<p>첫째아</p><p>둘째아</p>', '첫째아 둘째아'],
    ['<div>월 20만원</div>지원', '월 20만원 지원'],
    ['<ul><li>서류</li><li>방문</li></ul>', '서류 방문'],
    ['<span>해님</span><b>어린이집</b>', '해님어린이집'],
    ['안내<script>var x = 1;</script><style>p{}</style>', '안내'],
    ['<dl><dt>대상</dt><dd>만 0~5세</dd></dl>', '대상 만 0~5세'],
  ])('%s → %s', (html, expected) => {
    expect(cell(html)).toBe(expected);
  });

  it('gives the element itself no padding, so anchored patterns still match', () => {
    const $ = loadHtml('<div id="a">123<br>456</div>');
    expect(nodeText($('#a')[0]!)).toBe('123 456');
  });

  it('stops at its bound and survives deep nesting', () => {
    const $ = loadHtml(`<div id="a">${'<span>'.repeat(5000)}가${'</span>'.repeat(5000)}</div>`);
    expect(nodeText($('#a')[0]!)).toBe('가');
    const $$ = loadHtml(`<div id="b">${'가'.repeat(100)}</div>`);
    expect(nodeText($$('#b')[0]!, 10)).toHaveLength(10);
  });
});
