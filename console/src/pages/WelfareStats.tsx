import { useQuery } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { apiError } from '../api';
import { useLang, useT } from '../i18n';
import { Status } from '../ui';
import { statsDict } from './WelfareStats.i18n';
import { COUNT_FIELDS, downloadCsv, statisticsCsv, type Counts, type CsvSection } from './WelfareStatsCsv';
import './ops.css';

/**
 * 복지사업 통계 (issue 19): welfareStatistics as tables, one monthly chart
 * (uPlot, lazily loaded, with the by-month table for screen readers) and a
 * CSV of the same figures. The API scopes the counts to the caller's
 * organisation, so every welfare role sees its own.
 */
const COUNTS = 'counts { recommendations clean duplicatesFlagged ineligibleBlocked concentrationWarnings finalList }';
const STATS = `query ConsoleWelfareStatistics($filter: WelfareStatisticsFilter) {
  welfareProgrammes { id name }
  welfareStatistics(filter: $filter) {
    totals { recommendations clean duplicatesFlagged ineligibleBlocked concentrationWarnings finalList }
    byProgramme { key ${COUNTS} } byDong { key ${COUNTS} } bySponsor { key ${COUNTS} } byOrganisation { key ${COUNTS} }
    byResourceType { key ${COUNTS} } byMonth { key ${COUNTS} } byRecipient { recommendationsPerPerson people } } }`;

const SECTIONS = ['byProgramme', 'byDong', 'bySponsor', 'byOrganisation', 'byResourceType', 'byMonth'] as const;
type Bucket = { key: string; counts: Counts };
interface Data {
  welfareProgrammes: { id: string; name: string }[];
  welfareStatistics: { totals: Counts; byRecipient: { recommendationsPerPerson: number; people: number }[] } & Record<(typeof SECTIONS)[number], Bucket[]>;
}

export function WelfareStats(_props: { params: Record<string, string | undefined> }) {
  const t = useT(statsDict);
  const { lang } = useLang();
  const [filter, setFilter] = useState({ programmeId: '', from: '', until: '' });
  const variables = { filter: { programmeId: filter.programmeId || null, from: filter.from || null, until: filter.until || null } };
  const [res] = useQuery<Data>({ query: STATS, variables, requestPolicy: 'network-only' });
  const error = apiError(res.error, lang);
  const stats = res.data?.welfareStatistics;
  const names = new Map(res.data?.welfareProgrammes.map((p) => [p.id, p.name]) ?? []);
  const label = (section: string, key: string) => (section === 'byProgramme' ? names.get(key) ?? key : key);
  const chart = useRef<HTMLDivElement>(null);
  const months = stats?.byMonth ?? [];

  useEffect(() => {
    if (!chart.current || months.length === 0) return;
    let dispose: (() => void) | null = null;
    let cancelled = false;
    // uPlot is its own chunk, fetched only when there is something to draw.
    void import('./WelfareStatsChart').then(({ drawWelfareChart }) => {
      if (cancelled || !chart.current) return;
      chart.current.replaceChildren();
      const points = months.map((m) => ({ month: m.key, ...m.counts }));
      dispose = drawWelfareChart(chart.current, points, { recommendations: t('recommendations'), duplicates: t('duplicatesFlagged'), blocked: t('ineligibleBlocked') });
    });
    return () => {
      cancelled = true;
      dispose?.();
    };
  }, [JSON.stringify(months), lang]);

  const sections = (): CsvSection[] => stats
    ? [{ section: t('totals'), rows: [{ key: t('totals'), counts: stats.totals }] }, ...SECTIONS.map((s) => ({ section: t(s), rows: stats[s].map((b) => ({ key: label(s, b.key), counts: b.counts })) }))]
    : [];
  const download = () => downloadCsv(statisticsCsv(sections(), [t('section'), t('key'), ...COUNT_FIELDS.map((f) => t(f))]), 'welfare-statistics.csv');
  const table = (id: string, caption: string, rows: { key: string; counts: Counts }[]) => (
    <table key={id} data-testid={`stats-${id}`}>
      <caption>{caption}</caption>
      <thead><tr><th scope="col">{t('key')}</th>{COUNT_FIELDS.map((f) => <th scope="col" key={f}>{t(f)}</th>)}</tr></thead>
      <tbody>{rows.map((r) => <tr key={r.key}><th scope="row">{r.key}</th>{COUNT_FIELDS.map((f) => <td key={f}>{r.counts[f]}</td>)}</tr>)}</tbody>
    </table>
  );

  return (
    <>
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <p>{t('intro')}</p>
      {error && <Status kind="error">{error.message}</Status>}
      <div class="card">
        <div class="field">
          <label for="stats-programme">{t('programme')}</label>
          <select id="stats-programme" value={filter.programmeId} onChange={(e) => setFilter({ ...filter, programmeId: e.currentTarget.value })}>
            <option value="">{t('all')}</option>
            {res.data?.welfareProgrammes.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </div>
        <div class="field"><label for="stats-from">{t('from')}</label><input id="stats-from" type="date" value={filter.from} onInput={(e) => setFilter({ ...filter, from: e.currentTarget.value })} /></div>
        <div class="field"><label for="stats-until">{t('until')}</label><input id="stats-until" type="date" value={filter.until} onInput={(e) => setFilter({ ...filter, until: e.currentTarget.value })} /></div>
      </div>
      {!stats ? <p role="status">{t('loading')}</p> : (
        <>
          <button type="button" onClick={download}>{t('csv')}</button>
          {table('totals', t('totals'), [{ key: t('totals'), counts: stats.totals }])}
          <section aria-labelledby="stats-chart-heading">
            <h2 id="stats-chart-heading">{t('chartHeading')}</h2>
            <p>{t('chartNote')}</p>
            <div ref={chart} aria-hidden="true" data-testid="stats-chart" />
            {table('byMonth', t('byMonth'), stats.byMonth)}
          </section>
          {SECTIONS.filter((s) => s !== 'byMonth').map((s) => table(s, t(s), stats[s].map((b) => ({ key: label(s, b.key), counts: b.counts }))))}
          <table data-testid="stats-byRecipient">
            <caption>{t('byRecipient')}</caption>
            <thead><tr><th scope="col">{t('perPerson')}</th><th scope="col">{t('people')}</th></tr></thead>
            <tbody>{stats.byRecipient.map((r) => <tr key={r.recommendationsPerPerson}><th scope="row">{r.recommendationsPerPerson}</th><td>{r.people}</td></tr>)}</tbody>
          </table>
        </>
      )}
    </>
  );
}
