import type { OpeningHours } from '../../common/attrs';
import { cleanText } from './text';

const MAX_HOURS = 200;
/** Ranges read from one line; a timetable longer than this is prose the text keeps. */
const MAX_RANGES = 8;
const TIME_SRC = '(오전|오후|AM|PM)?\\s*(\\d{1,2})\\s*(?:시|:)\\s*(?:(\\d{2})\\s*분?)?';
const TIME = new RegExp(TIME_SRC, 'gi');
const RANGE = new RegExp(`${TIME_SRC}\\s*(?:~|∼|〜|～|-|–|부터)\\s*${TIME_SRC}`, 'gi');
// Two ranges are one day's sessions only when nothing but a separator stands between them
// (`10:00~12:00 / 14:00~16:00`); a day name (`토 09:00~13:00`) or a note (`(점심 12:00~13:00)`) is not.
const SESSION_GAP = /^\s*(?:[/,·|&]|및)?\s*$/;

/**
 * Opening hours → `HH:MM` ends: `09시00분~20시00분` (유치원알리미),
 * `09:00~20:00`, `9시~18시`, `오전 9시 ~ 오후 6시`, `24시간`. Several
 * sessions on one line (`10:00~12:00 / 14:00~16:00`) are all kept in
 * `ranges`, and open/close are the first open and the last close. The text
 * keeps everything else (weekend hours, breaks, notes).
 */
export function parseHours(value: string | null | undefined): OpeningHours | null {
  const text = cleanText(value, MAX_HOURS);
  if (!text) return null;
  if (/24\s*시간/.test(text)) return { text, open: '00:00', close: '24:00' };
  const ranges = sessions(text);
  if (ranges.length > 1) return { text, open: ranges[0]!.open, close: ranges[ranges.length - 1]!.close, ranges };
  if (ranges.length === 1) return { text, ...ranges[0]! };
  // No `a~b` pair: the first two times are open and close (`09시 20시`), as before.
  const times: string[] = [];
  for (const m of text.matchAll(TIME)) {
    const t = clock(m[1], m[2]!, m[3]);
    if (t) times.push(t);
    if (times.length === 2) break;
  }
  return { text, open: times[0] ?? null, close: times[1] ?? null };
}

/** The sessions of the first day the text describes, in order, each starting no earlier than the last ended. */
function sessions(text: string): { open: string; close: string }[] {
  const out: { open: string; close: string }[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(RANGE)) {
    if (out.length >= MAX_RANGES) break;
    const open = clock(m[1], m[2]!, m[3]);
    let close = clock(m[4], m[5]!, m[6]);
    if (!open || !close) continue;
    // `오후 1시~5시`, `10시~2시`: a close without its own marker that would come before the open is in the afternoon.
    if (close < open && m[4] === undefined && Number(close.slice(0, 2)) < 12) close = clock('오후', m[5]!, m[6]) ?? close;
    if (out.length > 0) {
      if (!SESSION_GAP.test(text.slice(lastEnd, m.index)) || open < out[out.length - 1]!.close) break;
    }
    out.push({ open, close });
    lastEnd = m.index + m[0].length;
  }
  return out;
}

function clock(marker: string | undefined, h: string, min: string | undefined): string | null {
  let hour = Number(h);
  const minute = Number(min ?? 0);
  if (/오후|pm/i.test(marker ?? '') && hour < 12) hour += 12;
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
