import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { StatsTable } from './stats-table';

/**
 * One line chart per statistics table (uPlot, loaded with import() only when
 * the page has figures). Suppressed cells are gaps, never 0. The page keeps
 * the table beside it for screen readers.
 */
const COLOURS = ['#0b5cad', '#a4161a', '#2b7a0b', '#6a3d9a'];

export function drawStatsChart(target: HTMLElement, table: StatsTable, label: (key: string) => string): () => void {
  // The x axis is the period index, labelled with the period itself: uPlot's time axis would show the
  // reader's local clock hours, and a period is a KST calendar day, week or month, not an instant.
  const xs = table.rows.map((_, i) => i);
  const periods = table.rows.map((r) => r.period);
  const chart = new uPlot(
    {
      width: Math.min(720, Math.max(320, target.clientWidth || 720)),
      height: 220,
      scales: { x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] } },
      series: [{ label: label('period'), value: (_u: uPlot, i: number | null) => (i === null ? '--' : periods[i] ?? '--') }, ...table.columns.map((c, i) => ({ label: label(c), stroke: COLOURS[i % COLOURS.length], width: 2, dash: i % 2 ? [6, 4] : undefined, points: { show: true } }))],
      axes: [{ splits: () => xs, values: (_u, splits) => splits.map((i) => periods[i] ?? '') }, { label: '' }],
    },
    [xs, ...table.columns.map((_, i) => table.rows.map((r) => { const c = r.cells[i]; return c === 'suppressed' || c === undefined ? null : c; }))],
    target,
  );
  return () => chart.destroy();
}
