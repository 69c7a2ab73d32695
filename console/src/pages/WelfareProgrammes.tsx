import { useClient, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { apiError } from '../api';
import { useLang, useT } from '../i18n';
import { Status } from '../ui';
import { welfareDict } from './WelfareProgrammes.i18n';
import './ops.css';

/**
 * 복지사업 사전관리 (issue 19): the programmes with their live counts, the
 * district's creation form, and open / close. Counts only: names are never
 * on this page. Registration, re-screening and the statistics breakdowns
 * are API-only for now (docs/welfare.md).
 */
const LIST = `query ConsoleWelfareProgrammes {
  welfareProgrammes { id name resourceType sponsor quantity unit recommendFrom recommendUntil status recommendationCount }
  welfareStatistics { totals { recommendations duplicatesFlagged ineligibleBlocked concentrationWarnings finalList }
    byProgramme { key counts { duplicatesFlagged ineligibleBlocked concentrationWarnings finalList } } } }`;
const CREATE = `mutation ConsoleWelfareCreate($input: WelfareProgrammeInput!) { createWelfareProgramme(input: $input) { id name } }`;
const OPEN = `mutation ConsoleWelfareOpen($id: ID!) { openWelfareProgramme(id: $id) { id status } }`;
const CLOSE = `mutation ConsoleWelfareClose($id: ID!) { closeWelfareProgramme(id: $id) { id status } }`;

type ProgrammeStatus = 'DRAFT' | 'OPEN' | 'CLOSED' | 'CONFIRMED';
interface Programme {
  id: string;
  name: string;
  resourceType: string;
  sponsor: string;
  quantity: number;
  unit: string;
  recommendFrom: string;
  recommendUntil: string;
  status: ProgrammeStatus;
  recommendationCount: number;
}
interface Counts {
  recommendations?: number;
  duplicatesFlagged: number;
  ineligibleBlocked: number;
  concentrationWarnings: number;
  finalList: number;
}
interface Data {
  welfareProgrammes: Programme[];
  welfareStatistics: { totals: Counts & { recommendations: number }; byProgramme: { key: string; counts: Counts }[] };
}

const today = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
const EMPTY = { name: '', resourceType: '', sponsor: '', quantity: '100', unit: '', recommendFrom: today(), recommendUntil: today(), concentrationMonths: '12', householdLimit: '1' };
type FormKey = keyof typeof EMPTY;
const FIELDS: [FormKey, 'name' | 'resourceType' | 'sponsor' | 'quantity' | 'unit' | 'from' | 'until' | 'months' | 'limit', string][] = [
  ['name', 'name', 'text'], ['resourceType', 'resourceType', 'text'], ['sponsor', 'sponsor', 'text'], ['quantity', 'quantity', 'number'], ['unit', 'unit', 'text'],
  ['recommendFrom', 'from', 'date'], ['recommendUntil', 'until', 'date'], ['concentrationMonths', 'months', 'number'], ['householdLimit', 'limit', 'number'],
];

export function WelfareProgrammes(_props: { params: Record<string, string | undefined> }) {
  const t = useT(welfareDict);
  const { lang } = useLang();
  const client = useClient();
  const [list, reload] = useQuery<Data>({ query: LIST, requestPolicy: 'network-only' });
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const listError = apiError(list.error, lang);
  const stats = new Map(list.data?.welfareStatistics.byProgramme.map((b) => [b.key, b.counts]) ?? []);
  const totals = list.data?.welfareStatistics.totals;

  const run = async (query: string, variables: Record<string, unknown>, done: (data: any) => string) => {
    setBusy(true);
    const res = await client.mutation(query, variables).toPromise();
    setBusy(false);
    const failure = apiError(res.error, lang);
    setError(failure);
    setNotice(failure ? null : done(res.data));
    if (!failure) reload({ requestPolicy: 'network-only' });
    return !failure;
  };
  const create = async (e: Event) => {
    e.preventDefault();
    const input = { ...form, quantity: Number(form.quantity), concentrationMonths: Number(form.concentrationMonths), householdLimit: Number(form.householdLimit) };
    if (await run(CREATE, { input }, (d) => t('created', { name: d.createWelfareProgramme.name }))) setForm({ ...EMPTY });
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <p>{t('intro')}</p>
      {notice && <Status>{notice}</Status>}
      {error && <Status kind="error">{error.message}</Status>}
      {listError && <Status kind="error">{listError.message}</Status>}
      {totals && (
        <p data-testid="welfare-totals">
          {t('totals', { recommendations: totals.recommendations, duplicates: totals.duplicatesFlagged, blocked: totals.ineligibleBlocked, warnings: totals.concentrationWarnings, finalList: totals.finalList })}
        </p>
      )}
      {list.fetching && !list.data ? <p role="status">{t('loading')}</p> : list.data?.welfareProgrammes.length === 0 ? <p>{t('empty')}</p> : list.data && (
        <table>
          <caption>{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th><th scope="col">{t('resourceType')}</th><th scope="col">{t('sponsor')}</th><th scope="col">{t('quantity')}</th>
              <th scope="col">{t('window')}</th><th scope="col">{t('status')}</th><th scope="col">{t('recommendations')}</th><th scope="col">{t('duplicates')}</th>
              <th scope="col">{t('blocked')}</th><th scope="col">{t('warnings')}</th><th scope="col">{t('finalList')}</th><th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.welfareProgrammes.map((p) => {
              const c = stats.get(p.id);
              return (
                <tr key={p.id} data-programme={p.name}>
                  <th scope="row">{p.name}</th><td>{p.resourceType}</td><td>{p.sponsor}</td><td>{p.quantity} {p.unit}</td>
                  <td>{p.recommendFrom} – {p.recommendUntil}</td><td>{t(p.status)}</td><td>{p.recommendationCount}</td>
                  <td>{c?.duplicatesFlagged ?? 0}</td><td>{c?.ineligibleBlocked ?? 0}</td><td>{c?.concentrationWarnings ?? 0}</td><td>{c?.finalList ?? 0}</td>
                  <td>
                    {p.status === 'DRAFT' && <button type="button" disabled={busy} aria-label={`${p.name} ${t('open')}`} onClick={() => void run(OPEN, { id: p.id }, () => t('changed'))}>{t('open')}</button>}
                    {p.status === 'OPEN' && <button type="button" disabled={busy} aria-label={`${p.name} ${t('close')}`} onClick={() => void run(CLOSE, { id: p.id }, () => t('changed'))}>{t('close')}</button>}
                    {p.status === 'OPEN' && <Link href={`/welfare/register?programme=${encodeURIComponent(p.id)}`} aria-label={`${p.name} ${t('recommend')}`}>{t('recommend')}</Link>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <form class="card" onSubmit={(e) => void create(e)}>
        <h2>{t('createHeading')}</h2>
        {FIELDS.map(([key, label, type]) => (
          <div class="field" key={key}>
            <label for={`welfare-${key}`}>{t(label)}</label>
            <input id={`welfare-${key}`} type={type} required value={form[key]} aria-invalid={error?.field === key ? true : undefined}
              onInput={(e) => setForm({ ...form, [key]: e.currentTarget.value })} />
          </div>
        ))}
        <button type="submit" disabled={busy}>{t('create')}</button>
      </form>
    </>
  );
}
