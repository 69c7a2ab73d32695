import { badInput, HubError } from '../../common/errors';
import type { Queryable } from '../../store/types';
import { dayFreeSeats } from './free-seats';
import { AGES, DAY } from './layout';
import type { StatsContext } from './resolvers';
import type { StatsRange } from './store';
import { figure, type Figure } from './suppress';
import { validateRange } from './validation';
import type { QueryFacilityTrendArgs } from './__generated__/resolvers-types';

/**
 * facilityTrend (issue 20: "a facility page shows its own trend"): one
 * facility's raw rows of stats.facility_day, read through the (fkey, day)
 * index of migration 0035 — an index range scan, however many facilities
 * share the days. A week or month is its last day with a row for this
 * facility in the range, as facilityStats takes the last filed day: these
 * are stocks, a month of seats is not thirty months of seats.
 *
 * Free seats are the centre's public freeSeats (free-seats.ts: the age
 * classes' free seats, capped by 정원 − 현원; 정원 − 현원 when the classes
 * are incomplete); an age class's are its capacity − enrolled.
 *
 * Suppression is facilityStats's (suppress.ts): enrolled and waiting count
 * people, so 1–4 is withheld, and free seats go with a small enrolment
 * (정원 − 여석 = 현원) — the classes' enrolment too when their sum is the figure.
 */

/** Longest facility id accepted; catalogue ids are far shorter. */
const MAX_ID_LENGTH = 200;

export interface FacilityDayRow {
  period: string;
  day: string;
  /** stats.facility_day.v, 0-based (v[i - 1] is DAY position i); -1 is unknown. */
  v: number[];
}

/** The facility's stats key; null when the history never filed it. */
async function facilityKey(db: Queryable, facilityId: string): Promise<number | null> {
  const { rows } = await db.query<{ fkey: number }>(`select fkey from stats.facility where facility_id = $1`, [facilityId]);
  return rows[0] ? Number(rows[0].fkey) : null;
}

async function isFacility(db: Queryable, facilityId: string): Promise<boolean> {
  const { rows } = await db.query(`select 1 from catalog.record where id = $1 and kind = 'FACILITY'`, [facilityId]);
  return rows.length > 0;
}

/** Per period, the facility's last row in the range (one index range scan on (fkey, day)). */
export async function facilityDays(db: Queryable, fkey: number, range: StatsRange): Promise<FacilityDayRow[]> {
  const { rows } = await db.query<{ period: string; day: string; v: (number | string)[] }>(
    `select distinct on (date_trunc($4, d.day)) to_char(date_trunc($4, d.day)::date, 'YYYY-MM-DD') as period, to_char(d.day, 'YYYY-MM-DD') as day, d.v
       from stats.facility_day d
      where d.fkey = $1 and d.day between $2::date and $3::date
      order by date_trunc($4, d.day), d.day desc`,
    [fkey, range.from, range.to, range.granularity],
  );
  return rows.map((r) => ({ period: r.period, day: r.day, v: r.v.map(Number) }));
}

const known = (n: number): number | null => (n >= 0 ? n : null);
/** A count of people, suppressed when small; null (and not suppressed) when unpublished. */
const people = (n: number | null): Figure => (n === null ? { value: null, suppressed: false } : figure(n, n));
const freeSeats = (capacity: number | null, enrolled: number | null): Figure =>
  capacity === null || enrolled === null ? { value: null, suppressed: false } : figure(Math.max(0, capacity - enrolled), enrolled);

/** One point of facilityTrend from a raw row, with facilityStats's suppressions. */
export function trendPoint(row: FacilityDayRow) {
  const at = (i: number) => row.v[i - 1] ?? -1;
  const capacity = known(at(DAY.capacity));
  const enrolled = known(at(DAY.enrolled));
  const waiting = AGES.reduce<number>((n, a) => n + Math.max(0, at(DAY.waitingAge(a))), 0);
  const free = dayFreeSeats(at);
  return {
    period: row.period,
    day: row.day,
    status: at(DAY.status) === 1 ? 'OPERATING' : 'WITHDRAWN',
    capacity,
    enrolled: people(enrolled),
    freeSeats: free.freeSeats === null ? { value: null, suppressed: false } : figure(free.freeSeats, enrolled ?? 0, free.classes?.enrolled ?? 0),
    waiting: figure(waiting, waiting),
    // Classes the facility publishes, and any class someone waits for (apply ranks per class whatever the source says).
    ageClasses: AGES.filter((a) => at(DAY.capacityAge(a)) >= 0 || at(DAY.enrolledAge(a)) >= 0 || at(DAY.waitingAge(a)) > 0).map((age) => {
      const c = known(at(DAY.capacityAge(age)));
      const e = known(at(DAY.enrolledAge(age)));
      const w = Math.max(0, at(DAY.waitingAge(age)));
      return { age, capacity: c, enrolled: people(e), freeSeats: freeSeats(c, e), waiting: figure(w, w) };
    }),
  };
}

export const facilityTrendResolvers = {
  Query: {
    async facilityTrend(_: unknown, args: QueryFacilityTrendArgs, ctx: StatsContext) {
      const facilityId = String(args.facilityId ?? '').trim();
      if (!facilityId || facilityId.length > MAX_ID_LENGTH) {
        throw badInput('facilityId', `시설 ID는 1–${MAX_ID_LENGTH}자입니다.`, `A facility id has 1–${MAX_ID_LENGTH} characters.`);
      }
      const range = validateRange(args.range);
      const fkey = await facilityKey(ctx.store, facilityId);
      if (fkey === null) {
        // A facility of the catalogue not filed yet has an empty trend; an id that is no facility is not found.
        if (await isFacility(ctx.store, facilityId)) return { facilityId, points: [] };
        throw new HubError('NOT_FOUND', { ko: '그런 시설이 없습니다.', en: 'No such facility.' }, { field: 'facilityId' });
      }
      return { facilityId, points: (await facilityDays(ctx.store, fkey, range)).map(trendPoint) };
    },
  },
};
