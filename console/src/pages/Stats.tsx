import { useQuery } from '@urql/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { apiError } from '../api';
import { useLang, useT } from '../i18n';
import { statsDict } from './Stats.i18n';
import { STATS_QUERY, statsCsv, statsTables, type StatsData, type StatsTable } from './stats-table';
import './ops.css';

type Granularity = 'DAY' | 'WEEK' | 'MONTH';
interface Filters { sido: string; sigungu: string; from: string; to: string; granularity: Granularity }

/** A KST day `back` days before today, YYYY-MM-DD. */
const kstDay = (back = 0) => new Date(Date.now() + 9 * 3600_000 - back * 86_400_000).toISOString().slice(0, 10);

function variables(f: Filters) {
  const sido = f.sido.trim();
  const sigungu = f.sigungu.trim();
  return { range: { from: f.from, to: f.to, granularity: f.granularity }, filter: sido ? { region: { sido, sigungu: sigungu || null } } : null };
}

function Chart({ table }: { table: StatsTable }) {
  const t = useT(statsDict);
  const { lang } = useLang();
  const target = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!target.current || table.rows.length === 0) return;
    let dispose: (() => void) | null = null;
    let cancelled = false;
    // uPlot comes as its own chunk only now: the console's first page stays within its budget.
    void import('./StatsChart').then(({ drawStatsChart }) => {
      if (cancelled || !target.current) return;
      target.current.replaceChildren();
      dispose = drawStatsChart(target.current, table, (k) => t(k as never));
    });
    return () => {
      cancelled = true;
      dispose?.();
    };
  }, [JSON.stringify(table), lang]);
  return <div class="chart" role="img" aria-label={t('chartLabel', { name: t(`${table.id}Caption` as never) })} ref={target} data-testid={`chart-${table.id}`} />;
}

function Table({ table }: { table: StatsTable }) {
  const t = useT(statsDict);
  return (
    <section class="card" aria-labelledby={`stats-${table.id}-heading`}>
      <h2 id={`stats-${table.id}-heading`}>{t(`${table.id}Caption` as never)}</h2>
      {table.rows.length === 0 ? <p>{t('empty')}</p> : (
        <div class="stats-pair">
          <Chart table={table} />
          <div class="table-wrap">
            <table data-testid={`table-${table.id}`}>
              <caption>{t(`${table.id}Caption` as never)}</caption>
              <thead><tr><th scope="col">{t('period')}</th>{table.columns.map((c) => <th scope="col" key={c}>{t(c as never)}</th>)}</tr></thead>
              <tbody>
                {table.rows.map((r) => (
                  <tr key={r.period}>
                    <th scope="row">{r.period}</th>
                    {r.cells.map((c, i) => <td key={i}>{c === 'suppressed' ? t('suppressed') : String(c)}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

export function Stats(_props: { params: Record<string, string | undefined> }) {
  const t = useT(statsDict);
  const { lang } = useLang();
  const [draft, setDraft] = useState<Filters>({ sido: '', sigungu: '', from: kstDay(29), to: kstDay(0), granularity: 'DAY' });
  const [applied, setApplied] = useState<Filters>(draft);
  const vars = useMemo(() => variables(applied), [applied]);
  const [result] = useQuery<StatsData>({ query: STATS_QUERY, variables: vars, requestPolicy: 'network-only' });
  const tables = result.data ? statsTables(result.data) : null;
  // The failure in both languages: an editor forwarding it to the operators may not read Korean.
  const ko = apiError(result.error, 'ko');
  const en = apiError(result.error, 'en');
  const csvUrl = useMemo(() => {
    if (!tables) return null;
    const csv = statsCsv(tables, (k) => t(k as never), t('suppressed'));
    return URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  }, [JSON.stringify(tables), lang]);
  useEffect(() => () => { if (csvUrl) URL.revokeObjectURL(csvUrl); }, [csvUrl]);
  const set = (key: keyof Filters) => (e: Event) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value });

  return (
    <>
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <p>{t('intro')}</p>
      <form class="card" aria-labelledby="stats-filters" onSubmit={(e) => { e.preventDefault(); setApplied(draft); }}>
        <h2 id="stats-filters">{t('filters')}</h2>
        <div class="filters">
          <div class="field"><label for="stats-sido">{t('sido')}</label><input id="stats-sido" value={draft.sido} onInput={set('sido')} placeholder="서울특별시" /></div>
          <div class="field"><label for="stats-sigungu">{t('sigungu')}</label><input id="stats-sigungu" value={draft.sigungu} onInput={set('sigungu')} placeholder="강서구" /></div>
          <div class="field"><label for="stats-from">{t('from')}</label><input id="stats-from" type="date" required value={draft.from} onInput={set('from')} /></div>
          <div class="field"><label for="stats-to">{t('to')}</label><input id="stats-to" type="date" required value={draft.to} onInput={set('to')} /></div>
          <div class="field">
            <label for="stats-granularity">{t('granularity')}</label>
            <select id="stats-granularity" value={draft.granularity} onChange={set('granularity')}>
              {(['DAY', 'WEEK', 'MONTH'] as const).map((g) => <option key={g} value={g}>{t(g)}</option>)}
            </select>
          </div>
        </div>
        <button type="submit" class="primary">{t('apply')}</button>
      </form>
      <div aria-live="polite" aria-atomic="true">
        {result.fetching && <p role="status">{t('loading')}</p>}
      </div>
      <div aria-live="assertive">
        {ko && en && <p class="error" role="alert">{t('failed', { message: ko.message, en: en.message })}</p>}
      </div>
      {tables && (
        <>
          <p class="muted">{t('suppressedNote')}</p>
          {csvUrl && <p><a class="button" href={csvUrl} download={`dolbom-stats-${applied.from}-${applied.to}.csv`}>{t('csv')}</a></p>}
          {tables.map((table) => <Table key={table.id} table={table} />)}
        </>
      )}
    </>
  );
}
