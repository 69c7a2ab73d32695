import { sanitiseHtml } from './html';

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
