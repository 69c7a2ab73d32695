import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/**
 * The partners page's usage chart (uPlot, ~50 KB): loaded with import() only
 * when the page shows usage, so the console's first page does not carry it.
 * The caller keeps a data table beside it for screen readers.
 */
export interface UsagePoint {
  day: string;
  requests: number;
  rejected: number;
}

export function drawUsageChart(target: HTMLElement, points: UsagePoint[], labels: { requests: string; rejected: string }): () => void {
  const xs = points.map((p) => Date.parse(`${p.day}T00:00:00+09:00`) / 1000);
  const chart = new uPlot(
    {
      width: Math.min(720, Math.max(320, target.clientWidth || 720)),
      height: 240,
      scales: { x: { time: true } },
      series: [
        {},
        { label: labels.requests, stroke: '#0b5cad', width: 2, points: { show: true } },
        { label: labels.rejected, stroke: '#a4161a', width: 2, dash: [6, 4], points: { show: true } },
      ],
      axes: [{}, { label: '' }],
    },
    [xs, points.map((p) => p.requests), points.map((p) => p.rejected)],
    target,
  );
  return () => chart.destroy();
}
