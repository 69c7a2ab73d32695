/**
 * The statistics page's query and its figures as rows: the tables, the CSV
 * and the charts all read these rows, so the download holds exactly what
 * the tables show.
 */
export const STATS_QUERY = `query ConsoleStats($range: StatsRangeInput!, $filter: FacilityStatsFilter) {
  facilityStats(range: $range, filter: $filter) { points { period facilities capacity enrolled { value suppressed } freeSeats { value suppressed } } }
  waitingListStats(range: $range, filter: $filter) { period applications { value suppressed } offers { value suppressed } offersDeclined { value suppressed } offersExpired { value suppressed } }
  policyStats(range: $range) { points { period policies open closed } }
}`;

export interface Figure {
  value: number | null;
  suppressed: boolean;
}

export interface StatsData {
  facilityStats: { points: { period: string; facilities: number; capacity: number; enrolled: Figure; freeSeats: Figure }[] }[];
  waitingListStats: { period: string; applications: Figure; offers: Figure; offersDeclined: Figure; offersExpired: Figure }[];
  policyStats: { points: { period: string; policies: number; open: number; closed: number }[] }[];
}

/** A cell: a count, or suppressed (fewer than 5 people behind it; never shown as 0). */
export type Cell = number | 'suppressed';

export interface StatsTable {
  id: 'facilities' | 'waiting' | 'policies';
  /** Dictionary keys of the columns after the period. */
  columns: string[];
  rows: { period: string; cells: Cell[] }[];
}

const cell = (f: Figure | number): Cell => (typeof f === 'number' ? f : f.suppressed || f.value === null ? 'suppressed' : f.value);

export function statsTables(data: StatsData): StatsTable[] {
  // Ungrouped queries answer one series (or none when nothing was filed).
  const facility = data.facilityStats[0]?.points ?? [];
  const policy = data.policyStats[0]?.points ?? [];
  return [
    { id: 'facilities', columns: ['facilities', 'capacity', 'enrolled', 'freeSeats'], rows: facility.map((p) => ({ period: p.period, cells: [p.facilities, p.capacity, cell(p.enrolled), cell(p.freeSeats)] })) },
    {
      id: 'waiting',
      columns: ['applications', 'offers', 'offersDeclined', 'offersExpired'],
      rows: data.waitingListStats.map((p) => ({ period: p.period, cells: [cell(p.applications), cell(p.offers), cell(p.offersDeclined), cell(p.offersExpired)] })),
    },
    { id: 'policies', columns: ['policies', 'open', 'closed'], rows: policy.map((p) => ({ period: p.period, cells: [p.policies, p.open, p.closed] })) },
  ];
}

const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The tables as one CSV (long form: table, period, measure, value), UTF-8
 * with a BOM so Excel in Korea opens it as UTF-8 rather than CP949.
 */
export function statsCsv(tables: StatsTable[], label: (key: string) => string, suppressed: string): string {
  const lines = [[label('csvTable'), label('period'), label('csvMeasure'), label('csvValue')]];
  for (const t of tables) {
    for (const r of t.rows) r.cells.forEach((c, i) => lines.push([label(`${t.id}Caption`), r.period, label(t.columns[i]!), c === 'suppressed' ? suppressed : String(c)]));
  }
  return `\uFEFF${lines.map((l) => l.map(quote).join(',')).join('\r\n')}\r\n`;
}
