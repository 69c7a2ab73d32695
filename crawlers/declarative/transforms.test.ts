import type { FetchedPage } from '../core/fetch';
import { declarativeAdapter } from './engine';
import { applyTransform, pageDate } from './transforms';

const BASE = 'http://127.0.0.1/';
const t = (raw: string, spec: Parameters<typeof applyTransform>[1], reference: string | null = '2026-03-02') => applyTransform(raw, spec, BASE, reference);

describe('transforms: what config-only adapters get from the normalisers', () => {
  test('period: weekdays and no year, resolved against the page date and marked; a single date is one day', () => {
    expect(t('4/7(화)~4/14(화)', { th: 'x', transform: 'period' })).toEqual({ text: '4/7(화)~4/14(화)', start: '2026-04-07', end: '2026-04-14', always: false, yearInferred: true });
    expect(t('26.03.25(수)', { th: 'x', transform: 'period' })).toEqual({ text: '26.03.25(수)', start: '2026-03-25', end: '2026-03-25', always: false });
    // One end alone cannot say its year was guessed, so it is not handed out; a stated year is.
    expect(t('3. 16.(월) ~ 4. 3.(금)', { th: 'x', transform: 'period', part: 'start' })).toBeNull();
    expect(t('26. 3. 16.(월) ~ 4. 3.(금)', { th: 'x', transform: 'period', part: 'end' })).toBe('2026-04-03');
    expect(t('4/7(화)', { th: 'x', transform: 'date' })).toBeNull();
    expect(t('26. 3. 27.(금)', { th: 'x', transform: 'date' })).toBe('2026-03-27');
  });

  test('hours keep every session of a line', () => {
    expect(t('10:00~12:00 / 14:00~16:00', { th: 'x', transform: 'hours' })).toEqual({
      text: '10:00~12:00 / 14:00~16:00',
      open: '10:00',
      close: '16:00',
      ranges: [
        { open: '10:00', close: '12:00' },
        { open: '14:00', close: '16:00' },
      ],
    });
    expect(t('10:00~12:00 / 14:00~16:00', { th: 'x', transform: 'hours', part: 'close' })).toBe('16:00');
  });

  test.each([
    ['정원 20명', 20, '명'],
    ['20명 모집', 20, '명'],
    ['선착순 15가정', 15, '가정'],
    ['예약제 (회기당 1명)', null, null],
  ])('capacity / capacityUnit of %s → %s %s', (raw, capacity, unit) => {
    expect(t(raw, { th: 'x', transform: 'capacity' })).toBe(capacity);
    expect(t(raw, { th: 'x', transform: 'capacityUnit' })).toBe(unit);
  });

  test('ageMonths gives the whole age range (months, pregnancy weeks, grades); part min/max the months', () => {
    expect(t('만 0~5세', { th: 'x', transform: 'ageMonths' })).toEqual({ text: '만 0~5세', min: 0, max: 71, pregnancyWeeks: null, schoolGrades: null });
    expect(t('임신 16주 이상', { th: 'x', transform: 'ageMonths' })).toMatchObject({ min: null, pregnancyWeeks: { min: 16, max: null } });
    expect(t('초등 1~3학년', { th: 'x', transform: 'ageMonths' })).toMatchObject({ schoolGrades: { min: 1, max: 3 } });
    expect(t('생후 4개월~12개월', { th: 'x', transform: 'ageMonths', part: 'max' })).toBe(12);
  });

  test('pageDate: the page\'s Last-Modified, else the response Date, as a Korean day', () => {
    expect(pageDate({ lastModified: 'Sun, 01 Mar 2026 20:00:00 GMT', headers: { date: 'Wed, 02 Dec 2026 00:00:00 GMT' } })).toBe('2026-03-02');
    expect(pageDate({ lastModified: null, headers: { date: 'Wed, 02 Dec 2026 00:00:00 GMT' } })).toBe('2026-12-02');
    expect(pageDate({ lastModified: null, headers: {} })).toBeNull();
  });
});

describe('the engine reads cells as a reader sees them and dates against the page', () => {
  // A 육아종합지원센터 programme view as the issue met it: <br> inside cells, weekdays, no year.
  const html = `<html><body><table class="view">
    <tr><th>프로그램명</th><td>베이비 마사지</td></tr>
    <tr><th>교육기간</th><td>3. 16.(월) ~ 4. 3.(금)</td></tr>
    <tr><th>시간</th><td>10:00~12:00<br>14:00~16:00</td></tr>
    <tr><th>일정</th><td>11:30<br>(3월 31일 휴강)</td></tr>
    <tr><th>모집인원</th><td>예약제<br>(회기당 1명)</td></tr>
    <tr><th>대상</th><td>만 0~5세 자녀를 둔 부모</td></tr>
  </table></body></html>`;
  const page = (headers: Record<string, string>, lastModified: string | null = null): FetchedPage => ({
    url: `${BASE}program/view.do?idx=7`,
    finalUrl: `${BASE}program/view.do?idx=7`,
    method: 'GET',
    status: 200,
    notModified: false,
    headers,
    bytes: Buffer.from(html),
    text: html,
    encoding: 'utf-8',
    encodingSource: null,
    contentType: 'text/html',
    etag: null,
    lastModified,
    contentHash: 'h',
    redirects: 0,
    attempts: 1,
    elapsedMs: 1,
  });
  const adapter = declarativeAdapter({
    name: 'ccic-like',
    version: '1',
    start: [{ url: '/program/view.do?idx=7', label: 'view', role: 'detail' }],
    handlers: {
      view: {
        expect: 'table.view',
        record: {
          kind: 'PROGRAM',
          subtype: 'PROGRAM',
          key: { urlParam: 'idx' },
          fields: {
            name: { th: '프로그램명' },
            capacity: { th: '모집인원', transform: 'capacity' },
            ageMonths: { th: '대상', transform: 'ageMonths' },
            'attrs.period': { th: '교육기간', transform: 'period' },
            'attrs.hours': { th: '시간', transform: 'hours' },
            'attrs.schedule': { th: '일정' },
          },
        },
      },
    },
  });
  const site = { id: 'x', name: 'x', agency: '서울특별시 노원구', baseUrl: BASE, adapter: 'config', priority: 50, schedule: '0 * * * *', stages: [], params: {} };

  test('<br> is a space, several sessions are kept, no capacity is invented, the year comes from the page', () => {
    const { records } = adapter.parse(page({ date: 'Mon, 02 Mar 2026 01:00:00 GMT' }), { url: `${BASE}program/view.do?idx=7`, label: 'view' }, site);
    expect(records).toHaveLength(1);
    const r = records[0]!;
    expect(r.capacity).toBeUndefined();
    expect(r.ageMonths).toMatchObject({ min: 0, max: 71 });
    expect(r.attrs).toMatchObject({
      schedule: '11:30 (3월 31일 휴강)',
      period: { start: '2026-03-16', end: '2026-04-03', yearInferred: true },
      hours: { open: '10:00', close: '16:00', ranges: [{ open: '10:00', close: '12:00' }, { open: '14:00', close: '16:00' }] },
    });
  });

  test('the page\'s Last-Modified is the reference before the crawl day', () => {
    // Written in spring 2026, crawled in 2029: read against the crawl day alone it would be 2029's (no year near 2029 has 3/16 on a Monday).
    const at = (lastModified: string | null) => adapter.parse(page({ date: 'Fri, 02 Mar 2029 01:00:00 GMT' }, lastModified), { url: `${BASE}program/view.do?idx=7`, label: 'view' }, site).records[0]!.attrs.period;
    expect(at('Sun, 01 Mar 2026 00:00:00 GMT')).toMatchObject({ start: '2026-03-16', end: '2026-04-03', yearInferred: true });
    expect(at(null)).toMatchObject({ start: '2029-03-16', yearInferred: true });
  });
});
