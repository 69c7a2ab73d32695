import { useClient, useQuery } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { apiError } from '../api';
import { useLang, useT } from '../i18n';
import { Status, useDate } from '../ui';
import { partnersDict } from './Partners.i18n';
import type { UsagePoint } from './UsageChart';
import './ops.css';

const KEYS = `query ConsoleApiKeys { apiKeys { id name keyPrefix scopes perSecond perDay allowedOrigins createdBy createdAt revokedAt } }`;
const USAGE = `query ConsoleApiKeyUsage($keyId: ID) { apiKeyUsage(keyId: $keyId) { keyId day requests rejected } }`;
const CREATE = `mutation ConsoleCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name } } }`;
const UPDATE = `mutation ConsoleUpdateApiKey($id: ID!, $input: UpdateApiKeyInput!) { updateApiKey(id: $id, input: $input) { id } }`;
const REVOKE = `mutation ConsoleRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;

interface ApiKey {
  id: string;
  name: string;
  keyPrefix: string;
  scopes: string[];
  perSecond: number;
  perDay: number;
  allowedOrigins: string[];
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const toInt = (text: string) => (text.trim() === '' ? null : Number(text));

/** The last `n` days in Korea (YYYY-MM-DD), oldest first: the days apiKeyUsage answers by default. */
function lastDays(n: number, now = Date.now()): string[] {
  return Array.from({ length: n }, (_, i) => new Date(now + 9 * 3600_000 - (n - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}

/** Sums usage rows into one point per day of the last 30, oldest first; days without requests count 0. */
export function perDay(rows: { day: string; requests: number; rejected: number }[]): UsagePoint[] {
  if (rows.length === 0) return [];
  const byDay = new Map<string, UsagePoint>(lastDays(30).map((day) => [day, { day, requests: 0, rejected: 0 }]));
  for (const r of rows) {
    const p = byDay.get(r.day) ?? { day: r.day, requests: 0, rejected: 0 };
    p.requests += r.requests;
    p.rejected += r.rejected;
    byDay.set(r.day, p);
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

function KeyRow({ k, onDone }: { k: ApiKey; onDone(message: string | null, error: string | null): void }) {
  const t = useT(partnersDict);
  const { lang } = useLang();
  const date = useDate();
  const client = useClient();
  const [perSecond, setPerSecond] = useState(String(k.perSecond));
  const [limit, setLimit] = useState(String(k.perDay));
  const [origins, setOrigins] = useState(k.allowedOrigins.join('\n'));
  const save = async (e: Event) => {
    e.preventDefault();
    const res = await client.mutation(UPDATE, { id: k.id, input: { perSecond: toInt(perSecond), perDay: toInt(limit), allowedOrigins: lines(origins) } }).toPromise();
    const failure = apiError(res.error, lang);
    onDone(failure ? null : t('saved', { name: k.name }), failure?.message ?? null);
  };
  const revoke = async () => {
    const res = await client.mutation(REVOKE, { id: k.id }).toPromise();
    const failure = apiError(res.error, lang);
    onDone(failure ? null : t('revokedDone', { name: k.name }), failure?.message ?? null);
  };
  const id = (name: string) => `key-${k.id}-${name}`;
  return (
    <tr data-key={k.id}>
      <th scope="row">{k.name}<br /><span class="muted">{k.createdBy}</span></th>
      <td><code>{k.keyPrefix}…</code></td>
      <td>{k.scopes.join(', ')}</td>
      <td>{date(k.createdAt)}</td>
      <td>{k.revokedAt ? t('revoked', { at: date(k.revokedAt) }) : t('active')}</td>
      <td>
        {k.revokedAt ? t('limitsText', { s: k.perSecond, d: k.perDay }) : (
          <form aria-label={t('edit', { name: k.name })} onSubmit={(e) => void save(e)}>
            <div class="filters">
              <div class="field"><label for={id('ps')}>{t('perSecond')}</label><input id={id('ps')} type="number" min={1} value={perSecond} onInput={(e) => setPerSecond(e.currentTarget.value)} /></div>
              <div class="field"><label for={id('pd')}>{t('perDay')}</label><input id={id('pd')} type="number" min={1} value={limit} onInput={(e) => setLimit(e.currentTarget.value)} /></div>
            </div>
            <div class="field"><label for={id('or')}>{t('origins')}</label><textarea id={id('or')} rows={2} value={origins} onInput={(e) => setOrigins(e.currentTarget.value)} /></div>
            <div class="actions">
              <button type="submit" aria-label={t('saveKey', { name: k.name })}>{t('save')}</button>
              <button type="button" class="danger" aria-label={t('revokeKey', { name: k.name })} onClick={() => void revoke()}>{t('revoke')}</button>
            </div>
          </form>
        )}
      </td>
    </tr>
  );
}

function Usage({ keys }: { keys: ApiKey[] }) {
  const t = useT(partnersDict);
  const { lang } = useLang();
  const [keyId, setKeyId] = useState('');
  const [usage] = useQuery<{ apiKeyUsage: { keyId: string; day: string; requests: number; rejected: number }[] }>({ query: USAGE, variables: { keyId: keyId || null }, requestPolicy: 'network-only' });
  const chart = useRef<HTMLDivElement>(null);
  const points = perDay(usage.data?.apiKeyUsage ?? []);
  const error = apiError(usage.error, lang);
  useEffect(() => {
    if (!chart.current || points.length === 0) return;
    let dispose: (() => void) | null = null;
    let cancelled = false;
    // uPlot is fetched only now, as its own chunk: the console's first page stays small.
    void import('./UsageChart').then(({ drawUsageChart }) => {
      if (cancelled || !chart.current) return;
      chart.current.replaceChildren();
      dispose = drawUsageChart(chart.current, points, { requests: t('requests'), rejected: t('rejected') });
    });
    return () => {
      cancelled = true;
      dispose?.();
    };
  }, [JSON.stringify(points), lang]);
  return (
    <section aria-labelledby="usage-heading">
      <h2 id="usage-heading">{t('usageHeading')}</h2>
      <div class="field">
        <label for="usage-key">{t('usageKey')}</label>
        <select id="usage-key" value={keyId} onChange={(e) => setKeyId(e.currentTarget.value)}>
          <option value="">{t('allKeys')}</option>
          {keys.map((k) => <option key={k.id} value={k.id}>{k.name} ({k.keyPrefix}…)</option>)}
        </select>
      </div>
      {error && <Status kind="error">{error.message}</Status>}
      {usage.data && points.length === 0 && <p>{t('usageEmpty')}</p>}
      {points.length > 0 && (
        <>
          <div class="chart" role="img" aria-label={t('chartLabel')} ref={chart} data-testid="usage-chart" />
          <details>
            <summary>{t('tableSummary')}</summary>
            <table data-testid="usage-table">
              <thead><tr><th scope="col">{t('day')}</th><th scope="col">{t('requests')}</th><th scope="col">{t('rejected')}</th></tr></thead>
              <tbody>{points.map((p) => <tr key={p.day}><th scope="row">{p.day}</th><td>{p.requests}</td><td>{p.rejected}</td></tr>)}</tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}

export function Partners(_props: { params: Record<string, string | undefined> }) {
  const t = useT(partnersDict);
  const { lang } = useLang();
  const client = useClient();
  const [keys, reload] = useQuery<{ apiKeys: ApiKey[] }>({ query: KEYS, requestPolicy: 'network-only' });
  const [name, setName] = useState('');
  const [perSecond, setPerSecond] = useState('');
  const [limit, setLimit] = useState('');
  const [origins, setOrigins] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ message: string; field?: string } | null>(null);
  const error = apiError(keys.error, lang);

  const create = async (e: Event) => {
    e.preventDefault();
    const input = { name, scopes: ['read'], perSecond: toInt(perSecond), perDay: toInt(limit), allowedOrigins: lines(origins) };
    const res = await client.mutation(CREATE, { input }).toPromise();
    const problem = apiError(res.error, lang);
    setFailure(problem);
    if (problem) return;
    setSecret(res.data.createApiKey.key as string);
    setName('');
    reload({ requestPolicy: 'network-only' });
  };
  const done = (message: string | null, problem: string | null) => {
    setNotice(message);
    setFailure(problem ? { message: problem } : null);
    reload({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <p>{t('intro')}</p>
      {error && <Status kind="error">{error.message}</Status>}
      {failure && <Status kind="error">{failure.message}</Status>}
      {notice && <Status>{notice}</Status>}
      <form class="card" aria-labelledby="key-create-heading" onSubmit={(e) => void create(e)}>
        <h2 id="key-create-heading">{t('createHeading')}</h2>
        <div class="filters">
          <div class="field"><label for="key-name">{t('name')}</label><input id="key-name" required maxLength={100} value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
          <div class="field"><label for="key-ps">{t('perSecond')}</label><input id="key-ps" type="number" min={1} value={perSecond} onInput={(e) => setPerSecond(e.currentTarget.value)} /></div>
          <div class="field"><label for="key-pd">{t('perDay')}</label><input id="key-pd" type="number" min={1} value={limit} onInput={(e) => setLimit(e.currentTarget.value)} /></div>
        </div>
        <div class="field"><label for="key-origins">{t('origins')}</label><textarea id="key-origins" rows={2} value={origins} onInput={(e) => setOrigins(e.currentTarget.value)} /></div>
        <button type="submit" class="primary">{t('create')}</button>
      </form>
      {secret && (
        <div class="card" role="status">
          <h2>{t('secretHeading')}</h2>
          <p class="secret" data-testid="new-key">{secret}</p>
          <p class="muted">{t('secretHint')}</p>
        </div>
      )}
      <h2>{t('keysHeading')}</h2>
      {!keys.data && !error && <p role="status">{t('loading')}</p>}
      {keys.data && (keys.data.apiKeys.length === 0 ? <p>{t('empty')}</p> : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t('caption')}</caption>
            <thead>
              <tr><th scope="col">{t('name')}</th><th scope="col">{t('prefix')}</th><th scope="col">{t('scopes')}</th><th scope="col">{t('created')}</th><th scope="col">{t('state')}</th><th scope="col">{t('limits')}</th></tr>
            </thead>
            <tbody>{keys.data.apiKeys.map((k) => <KeyRow key={`${k.id}:${k.perSecond}:${k.perDay}:${k.revokedAt}`} k={k} onDone={done} />)}</tbody>
          </table>
        </div>
      ))}
      {keys.data && <Usage keys={keys.data.apiKeys} />}
    </>
  );
}
