import { useQuery } from '@urql/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { apiError } from '../api';
import { graphql } from '../gql';
import type { ConsoleFacilityTrendQuery } from '../gql/graphql';
import { useLang, useT } from '../i18n';
import { recordTrendDict } from './RecordTrend.i18n';
import type { Cell } from './stats-table';
import './ops.css';

/**
 * A facility's own trend on its record page (issue 20): facilityTrend as a
 * line chart (the statistics page's uPlot chart, its own lazy chunk) with the
 * captioned table beside it for screen readers. A suppressed cell reads
 * 비공개 and is a gap in the chart, never 0; an unpublished figure reads 미공개.
 */
const TREND = graphql(`query ConsoleFacilityTrend($id: ID!, $range: StatsRangeInput!) {
  facilityTrend(facilityId: $id, range: $range) {
    points { period day status capacity enrolled { value suppressed } freeSeats { value suppressed } waiting { value suppressed } }
  }
}`);

type Granularity = 'DAY' | 'WEEK' | 'MONTH';
interface Range { from: string; to: string; granularity: Granularity }
type Point = NonNullable<ConsoleFacilityTrendQuery['facilityTrend']>['points'][number];
/** A table cell: a number, suppressed, or not published by the source (null). */
type TrendCell = Cell | null;

const COLUMNS = ['capacity', 'enrolled', 'freeSeats', 'waiting'] as const;
/** A KST day `back` days before today, YYYY-MM-DD. */
const kstDay = (back = 0) => new Date(Date.now() + 9 * 3600_000 - back * 86_400_000).toISOString().slice(0, 10);
const cell = (f: { value?: number | null; suppressed: boolean } | number | null | undefined): TrendCell =>
  f == null ? null : typeof f === 'number' ? f : f.suppressed ? 'suppressed' : f.value ?? null;

export function trendRows(points: readonly Point[]) {
  return points.map((p) => ({ period: p.period as string, day: p.day as string, status: p.status, cells: [cell(p.capacity), cell(p.enrolled), cell(p.freeSeats), cell(p.waiting)] }));
}

function Chart({ rows, label }: { rows: ReturnType<typeof trendRows>; label: (k: string) => string }) {
  const target = useRef<HTMLDivElement>(null);
  const { lang } = useLang();
  useEffect(() => {
    if (!target.current || rows.length === 0) return;
    let dispose: (() => void) | null = null;
    let cancelled = false;
    // The statistics page's chart; uPlot comes as its own chunk only when there is something to draw.
    void import('./StatsChart').then(({ drawStatsChart }) => {
      if (cancelled || !target.current) return;
      target.current.replaceChildren();
      // drawStatsChart reads only the columns and rows (an unpublished figure is a gap, as a suppressed one).
      const table = { id: 'facilities' as const, columns: [...COLUMNS], rows: rows.map((r) => ({ period: r.period, cells: r.cells.map((c) => c ?? 'suppressed') })) };
      dispose = drawStatsChart(target.current, table, label);
    });
    return () => {
      cancelled = true;
      dispose?.();
    };
  }, [JSON.stringify(rows), lang]);
  return <div class="chart" role="img" aria-label={label('chartLabel')} ref={target} data-testid="chart-trend" />;
}

export function RecordTrend({ facilityId }: { facilityId: string }) {
  const t = useT(recordTrendDict);
  const [draft, setDraft] = useState<Range>({ from: kstDay(89), to: kstDay(0), granularity: 'DAY' });
  const [applied, setApplied] = useState<Range>(draft);
  const variables = useMemo(() => ({ id: facilityId, range: applied }), [facilityId, applied]);
  const [result] = useQuery({ query: TREND, variables, requestPolicy: 'network-only' });
  const rows = result.data?.facilityTrend ? trendRows(result.data.facilityTrend.points) : null;
  // The failure in both languages, as the statistics page shows it.
  const ko = apiError(result.error, 'ko');
  const en = apiError(result.error, 'en');
  const label = (k: string) => (k === 'chartLabel' ? t('chartLabel', { name: t('caption') }) : t(k as never));
  const show = (c: TrendCell) => (c === null ? t('unknown') : c === 'suppressed' ? t('suppressed') : String(c));
  const set = (key: keyof Range) => (e: Event) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value });

  return (
    <section class="card" aria-labelledby="trend-heading">
      <h2 id="trend-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <form aria-label={t('filters')} onSubmit={(e) => { e.preventDefault(); setApplied(draft); }}>
        <div class="filters">
          <div class="field"><label for="trend-from">{t('from')}</label><input id="trend-from" type="date" required value={draft.from} onInput={set('from')} /></div>
          <div class="field"><label for="trend-to">{t('to')}</label><input id="trend-to" type="date" required value={draft.to} onInput={set('to')} /></div>
          <div class="field">
            <label for="trend-granularity">{t('granularity')}</label>
            <select id="trend-granularity" value={draft.granularity} onChange={set('granularity')}>
              {(['DAY', 'WEEK', 'MONTH'] as const).map((g) => <option key={g} value={g}>{t(g)}</option>)}
            </select>
          </div>
        </div>
        <button type="submit">{t('apply')}</button>
      </form>
      <div aria-live="polite" aria-atomic="true">{result.fetching && <p role="status">{t('loading')}</p>}</div>
      <div aria-live="assertive">{ko && en && <p class="error" role="alert">{t('failed', { message: ko.message, en: en.message })}</p>}</div>
      {rows && (rows.length === 0 ? <p>{t('empty')}</p> : (
        <>
          <p class="muted">{t('suppressedNote')}</p>
          <div class="stats-pair">
            <Chart rows={rows} label={label} />
            <div class="table-wrap">
              <table data-testid="table-trend">
                <caption>{t('caption')}</caption>
                <thead>
                  <tr><th scope="col">{t('period')}</th><th scope="col">{t('day')}</th><th scope="col">{t('status')}</th>{COLUMNS.map((c) => <th scope="col" key={c}>{t(c)}</th>)}</tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.period}>
                      <th scope="row">{r.period}</th>
                      <td>{r.day}</td>
                      <td>{t(r.status)}</td>
                      {r.cells.map((c, i) => <td key={i}>{show(c)}</td>)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </>
      ))}
    </section>
  );
}
