import { useClient } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { apiError } from '../api';
import { show } from '../fields';
import { useLang, useT } from '../i18n';
import { Status, useDate } from '../ui';
import { actionNames, auditDict } from './Audit.i18n';
import './ops.css';

const LOG = `query ConsoleAudit($filter: AuditLogFilter, $after: String) {
  auditLog(filter: $filter, first: 50, after: $after) { pageInfo { hasNextPage endCursor }
    edges { node { id at actor actorRole action recordId term field before after reason } } } }`;
const CSV = `query ConsoleAuditCsv($filter: AuditLogFilter) { auditLogCsv(filter: $filter) }`;

interface Entry {
  id: string;
  at: string;
  actor: string;
  actorRole: string;
  action: keyof (typeof actionNames)['ko'];
  recordId: string | null;
  term: string | null;
  field: string | null;
  before: unknown;
  after: unknown;
  reason: string;
}

interface Form {
  recordId: string;
  actor: string;
  action: string;
  since: string;
  until: string;
}

const EMPTY: Form = { recordId: '', actor: '', action: '', since: '', until: '' };
const ACTIONS = Object.keys(actionNames.ko) as Entry['action'][];
const DAY_MS = 86_400_000;

/** Dates are days in Korea: from 00:00 KST of `since` to before 00:00 KST of the day after `until`. */
export function filterOf(form: Form): Record<string, string> {
  const filter: Record<string, string> = {};
  if (form.recordId.trim()) filter.recordId = form.recordId.trim();
  if (form.actor.trim()) filter.actor = form.actor.trim();
  if (form.action) filter.action = form.action;
  if (form.since) filter.since = new Date(`${form.since}T00:00:00+09:00`).toISOString();
  if (form.until) filter.until = new Date(Date.parse(`${form.until}T00:00:00+09:00`) + DAY_MS).toISOString();
  return filter;
}

export function Audit(_props: { params: Record<string, string | undefined> }) {
  const t = useT(auditDict);
  const action = useT(actionNames);
  const { lang } = useLang();
  const date = useDate();
  const client = useClient();
  const [form, setForm] = useState<Form>(EMPTY);
  const [applied, setApplied] = useState<Form>(EMPTY);
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async (filter: Form, after: string | null) => {
    setBusy(true);
    const res = await client.query(LOG, { filter: filterOf(filter), after }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    const failure = apiError(res.error, lang);
    setError(failure?.message ?? null);
    if (failure || !res.data) return;
    const page = res.data.auditLog as { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Entry }[] };
    const rows = page.edges.map((e) => e.node);
    setEntries((previous) => (after && previous ? [...previous, ...rows] : rows));
    setNext(page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null);
  };
  useEffect(() => void load(EMPTY, null), []);

  const download = async () => {
    setBusy(true);
    const res = await client.query(CSV, { filter: filterOf(applied) }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    const failure = apiError(res.error, lang);
    if (failure || !res.data) return setError(failure?.message ?? null);
    const csv = res.data.auditLogCsv as string;
    const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `dolbom-audit-${new Date().toISOString().slice(0, 10)}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    setNotice(t('csvDone', { n: Math.max(0, csv.trimEnd().split('\r\n').length - 1) }));
  };

  const input = (name: keyof Form, label: string, type = 'text') => (
    <div class="field">
      <label for={`audit-${name}`}>{label}</label>
      <input id={`audit-${name}`} name={name} type={type} value={form[name]} onInput={(e) => setForm({ ...form, [name]: e.currentTarget.value })} />
    </div>
  );

  return (
    <>
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <p>{t('intro')}</p>
      <form class="filters" role="search" aria-label={t('filters')}
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(form);
          setNotice(null);
          void load(form, null);
        }}>
        {input('recordId', t('recordId'))}
        {input('actor', t('actor'))}
        <div class="field">
          <label for="audit-action">{t('action')}</label>
          <select id="audit-action" value={form.action} onChange={(e) => setForm({ ...form, action: e.currentTarget.value })}>
            <option value="">{t('anyAction')}</option>
            {ACTIONS.map((a) => <option key={a} value={a}>{action(a)}</option>)}
          </select>
        </div>
        {input('since', t('since'), 'date')}
        {input('until', t('until'), 'date')}
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>{t('apply')}</button>
          <button type="button" disabled={busy} onClick={() => { setForm(EMPTY); setApplied(EMPTY); void load(EMPTY, null); }}>{t('reset')}</button>
        </div>
      </form>
      <div class="card">
        <button type="button" disabled={busy} aria-describedby="audit-csv-hint" onClick={() => void download()}>{t('csv')}</button>
        <p id="audit-csv-hint" class="muted">{t('csvHint')}</p>
      </div>
      {error && <Status kind="error">{error}</Status>}
      {notice && <Status>{notice}</Status>}
      {entries === null && !error && <p role="status">{t('loading')}</p>}
      {entries?.length === 0 && <p>{t('empty')}</p>}
      {entries && entries.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('at')}</th><th scope="col">{t('who')}</th><th scope="col">{t('what')}</th><th scope="col">{t('record')}</th>
                <th scope="col">{t('field')}</th><th scope="col">{t('before')}</th><th scope="col">{t('after')}</th><th scope="col">{t('reason')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} data-audit={e.id}>
                  <td>{date(e.at)}</td>
                  <td>{e.actor} <span class="muted">({e.actorRole})</span></td>
                  <td>{action(e.action)}</td>
                  <td>{e.recordId ? <Link href={`/records/${encodeURIComponent(e.recordId)}`}><code>{e.recordId}</code></Link> : e.term ? t('synonymTerm', { term: e.term }) : '—'}</td>
                  <td>{e.field ?? '—'}</td>
                  <td class="value">{show(e.before)}</td>
                  <td class="value">{show(e.after)}</td>
                  <td>{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next && <div class="pager"><button type="button" disabled={busy} onClick={() => void load(applied, next)}>{t('more')}</button></div>}
    </>
  );
}
