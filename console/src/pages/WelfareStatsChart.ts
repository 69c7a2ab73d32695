import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/**
 * The statistics page's monthly chart (uPlot): loaded with import() only when
 * the page has figures, so the console's first page does not carry it. The
 * page keeps the by-month table beside it for screen readers.
 */
export interface MonthPoint {
  month: string;
  recommendations: number;
  duplicatesFlagged: number;
  ineligibleBlocked: number;
}

export function drawWelfareChart(target: HTMLElement, points: MonthPoint[], labels: { recommendations: string; duplicates: string; blocked: string }): () => void {
  const xs = points.map((p) => Date.parse(`${p.month}-01T00:00:00+09:00`) / 1000);
  const chart = new uPlot(
    {
      width: Math.min(720, Math.max(320, target.clientWidth || 720)),
      height: 240,
      scales: { x: { time: true } },
      series: [
        {},
        { label: labels.recommendations, stroke: '#0b5cad', width: 2, points: { show: true } },
        { label: labels.duplicates, stroke: '#7a4b00', width: 2, dash: [6, 4], points: { show: true } },
        { label: labels.blocked, stroke: '#a4161a', width: 2, dash: [2, 2], points: { show: true } },
      ],
    },
    [xs, points.map((p) => p.recommendations), points.map((p) => p.duplicatesFlagged), points.map((p) => p.ineligibleBlocked)],
    target,
  );
  return () => chart.destroy();
}
