import type { OpeningHours } from '../../common/attrs';
import { cleanText } from './text';

const MAX_HOURS = 200;
const TIME = /(오전|오후|AM|PM)?\s*(\d{1,2})\s*(?:시|:)\s*(?:(\d{2})\s*분?)?/gi;

/**
 * Opening hours → `HH:MM` ends: `09시00분~20시00분` (유치원알리미),
 * `09:00~20:00`, `9시~18시`, `오전 9시 ~ 오후 6시`, `24시간`. The first two
 * times are open and close; the text keeps everything (weekend hours, notes).
 */
export function parseHours(value: string | null | undefined): OpeningHours | null {
  const text = cleanText(value, MAX_HOURS);
  if (!text) return null;
  if (/24\s*시간/.test(text)) return { text, open: '00:00', close: '24:00' };
  const times: string[] = [];
  for (const m of text.matchAll(TIME)) {
    let hour = Number(m[2]);
    const minute = Number(m[3] ?? 0);
    if (/오후|pm/i.test(m[1] ?? '') && hour < 12) hour += 12;
    if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) continue;
    times.push(`${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
    if (times.length === 2) break;
  }
  return { text, open: times[0] ?? null, close: times[1] ?? null };
}
