import { useClient, useQuery } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import { apiError } from '../api';
import { useSession } from '../auth';
import { useLang, useT } from '../i18n';
import { Status, useDate } from '../ui';
import { sourcesDict } from './Sources.i18n';
import './ops.css';

const SOURCES = `query ConsoleSources { sources { id name agency url recordCount health freshnessHours stale queuedAt
  progress { pagesFetched expectedPages fraction errors }
  lastSuccess { finishedAt }
  lastCrawl { status finishedAt errors { class count sample { url error } } } } }`;
const RECRAWL = `mutation ConsoleRecrawl($siteId: String!, $reason: String!) { recrawlSource(siteId: $siteId, reason: $reason) { id state } }`;

type Health = 'NEVER_CRAWLED' | 'RUNNING' | 'OK' | 'PARTIAL' | 'FAILING';
interface Source {
  id: string;
  name: string;
  agency: string;
  url: string;
  recordCount: number;
  health: Health;
  freshnessHours: number | null;
  stale: boolean;
  queuedAt: string | null;
  progress: { pagesFetched: number; expectedPages: number | null; fraction: number | null; errors: number } | null;
  lastSuccess: { finishedAt: string | null } | null;
  lastCrawl: { status: string; finishedAt: string | null; errors: { class: string; count: number; sample: { url: string; error: string | null } | null }[] } | null;
}

/** While a crawl runs or waits, the table refreshes itself every few seconds. */
const POLL_MS = 3000;

export function Sources(_props: { params: Record<string, string | undefined> }) {
  const t = useT(sourcesDict);
  const { lang } = useLang();
  const date = useDate();
  const client = useClient();
  const session = useSession();
  const admin = session?.principal.role === 'ADMIN';
  const [result, reload] = useQuery<{ sources: Source[] }>({ query: SOURCES, requestPolicy: 'network-only' });
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const error = apiError(result.error, lang);
  const sources = result.data?.sources ?? [];
  const active = sources.some((s) => s.health === 'RUNNING' || s.queuedAt);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => reload({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [active]);

  const recrawl = async (s: Source) => {
    const res = await client.mutation(RECRAWL, { siteId: s.id, reason: t('recrawlReason') }).toPromise();
    const problem = apiError(res.error, lang);
    setFailure(problem?.message ?? null);
    setNotice(problem ? null : t('recrawled', { name: s.name }));
    reload({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <p>{t('intro')}</p>
      {!admin && <p class="muted">{t('adminOnly')}</p>}
      <div class="actions"><button type="button" onClick={() => reload({ requestPolicy: 'network-only' })}>{t('refresh')}</button></div>
      {error && <Status kind="error">{error.message}</Status>}
      {failure && <Status kind="error">{failure}</Status>}
      {notice && <Status>{notice}</Status>}
      {!result.data && !error && <p role="status">{t('loading')}</p>}
      {result.data && (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('site')}</th><th scope="col" class="nowrap">{t('status')}</th><th scope="col">{t('lastSuccess')}</th><th scope="col">{t('freshness')}</th>
                <th scope="col">{t('records')}</th><th scope="col">{t('errors')}</th><th scope="col">{t('progress')}</th>
                {admin && <th scope="col">{t('action')}</th>}
              </tr>
            </thead>
            <tbody>
              {sources.map((s) => (
                <tr key={s.id} data-source={s.id}>
                  <th scope="row">{s.name}<br /><span class="muted"><code>{s.id}</code> · {s.agency}</span></th>
                  <td class={`nowrap health-${s.health}`}>{t(s.health)}</td>
                  <td>{s.lastSuccess?.finishedAt ? date(s.lastSuccess.finishedAt) : t('never')}</td>
                  <td class="nowrap">{s.freshnessHours === null ? t('never') : t('hoursAgo', { h: s.freshnessHours })} <span class="badge">{s.stale ? t('stale') : t('fresh')}</span></td>
                  <td class="nowrap">{s.recordCount.toLocaleString(lang === 'en' ? 'en-GB' : 'ko-KR')}</td>
                  <td>
                    {s.lastCrawl && s.lastCrawl.errors.length > 0 ? (
                      <ul>
                        {s.lastCrawl.errors.map((e) => (
                          <li key={e.class} data-error-class={e.class}>
                            <code>{e.class}</code> × {e.count}
                            {e.sample && <div class="muted value">{t('sample', { url: e.sample.url })}{e.sample.error ? ` — ${e.sample.error}` : ''}</div>}
                          </li>
                        ))}
                      </ul>
                    ) : t('noErrors')}
                  </td>
                  <td>
                    {s.progress ? (
                      <>
                        {s.progress.fraction !== null && <progress max={1} value={s.progress.fraction} aria-label={t('progress')} />}{' '}
                        {s.progress.expectedPages ? t('pages', { n: s.progress.pagesFetched, total: s.progress.expectedPages }) : t('pagesOnly', { n: s.progress.pagesFetched })}
                      </>
                    ) : s.queuedAt ? t('queued', { at: date(s.queuedAt) }) : '—'}
                  </td>
                  {admin && (
                    <td class="nowrap"><button type="button" disabled={Boolean(s.queuedAt)} aria-label={t('recrawlSite', { name: s.name })} onClick={() => void recrawl(s)}>{t('recrawl')}</button></td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
