import { useClient, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { apiError } from '../api';
import { useLang, useT } from '../i18n';
import { ReasonField, Status, useDate } from '../ui';
import { synonymsDict } from './Synonyms.i18n';
import './ops.css';

const LIST = `query ConsoleSynonyms { synonyms { term synonyms updatedBy updatedAt } }`;
const ADD = `mutation ConsoleAddSynonym($term: String!, $synonyms: [String!]!, $reason: String!) { addSynonym(term: $term, synonyms: $synonyms, reason: $reason) { term } }`;
const REMOVE = `mutation ConsoleRemoveSynonym($term: String!, $synonyms: [String!], $reason: String!) { removeSynonym(term: $term, synonyms: $synonyms, reason: $reason) { term } }`;
const TRY = `query ConsoleTrySynonym($query: String!, $term: String!, $add: [String!], $remove: [String!]) {
  trySynonym(query: $query, term: $term, add: $add, remove: $remove, first: 10) {
    term synonymsBefore synonymsAfter
    before { totalCount records { id name subtype region { sigungu } } }
    after { totalCount records { id name subtype region { sigungu } } } } }`;

interface Synonym {
  term: string;
  synonyms: string[];
  updatedBy: string;
  updatedAt: string;
}
interface Hit {
  id: string;
  name: string;
  subtype: string;
  region: { sigungu: string | null } | null;
}
interface Trial {
  before: { totalCount: number; records: Hit[] };
  after: { totalCount: number; records: Hit[] };
}

const words = (text: string) => text.split(/[,，]/).map((w) => w.trim()).filter(Boolean);

function Results({ label, result, marked, t }: { label: string; result: Trial['before']; marked?: Set<string>; t: ReturnType<typeof useT<keyof (typeof synonymsDict)['ko']>> }) {
  return (
    <section aria-label={label} class="card">
      <h3>{label}</h3>
      {result.records.length === 0 ? <p>{t('noResults')}</p> : (
        <ol>
          {result.records.map((r) => (
            <li key={r.id}>
              <Link href={`/records/${encodeURIComponent(r.id)}`}>{r.name}</Link> <span class="muted">{r.region?.sigungu ?? ''}</span>
              {marked && !marked.has(r.id) && <span class="badge">{t('newHit')}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function Synonyms(_props: { params: Record<string, string | undefined> }) {
  const t = useT(synonymsDict);
  const { lang } = useLang();
  const date = useDate();
  const client = useClient();
  const [list, reload] = useQuery<{ synonyms: Synonym[] }>({ query: LIST, requestPolicy: 'network-only' });
  const [term, setTerm] = useState('');
  const [synonyms, setSynonyms] = useState('');
  const [reason, setReason] = useState('');
  const [query, setQuery] = useState('');
  const [without, setWithout] = useState('');
  const [trial, setTrial] = useState<Trial | null>(null);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const listError = apiError(list.error, lang);

  const add = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const res = await client.mutation(ADD, { term, synonyms: words(synonyms), reason }).toPromise();
    setBusy(false);
    const failure = apiError(res.error, lang);
    setError(failure);
    setNotice(failure ? null : t('added', { term }));
    if (!failure) {
      setSynonyms('');
      reload({ requestPolicy: 'network-only' });
    }
  };
  const remove = async (s: Synonym, synonym: string | null) => {
    setBusy(true);
    const res = await client.mutation(REMOVE, { term: s.term, synonyms: synonym ? [synonym] : null, reason: reason.trim() || t('removeReason') }).toPromise();
    setBusy(false);
    const failure = apiError(res.error, lang);
    setError(failure);
    setNotice(failure ? null : t('removed'));
    reload({ requestPolicy: 'network-only' });
  };
  const tryIt = async (e: Event) => {
    e.preventDefault();
    if (!term.trim() || (words(synonyms).length === 0 && words(without).length === 0)) return setError({ message: t('needTerm') });
    setBusy(true);
    const res = await client.query(TRY, { query, term, add: words(synonyms), remove: words(without) }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    const failure = apiError(res.error, lang);
    setError(failure);
    setTrial(failure ? null : (res.data.trySynonym as Trial));
  };

  const fieldError = (field: string) => (error?.field === field ? error.message : null);
  return (
    <>
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <p>{t('intro')}</p>
      {error && !error.field && <Status kind="error">{error.message}</Status>}
      {notice && <Status>{notice}</Status>}

      <form class="card" aria-labelledby="synonym-add-heading" onSubmit={(e) => void add(e)}>
        <h2 id="synonym-add-heading">{t('addHeading')}</h2>
        <div class="filters">
          <div class="field">
            <label for="synonym-term">{t('addTerm')}</label>
            <input id="synonym-term" required maxLength={100} value={term} aria-invalid={fieldError('term') ? true : undefined} onInput={(e) => setTerm(e.currentTarget.value)} />
            {fieldError('term') && <span class="error">{fieldError('term')}</span>}
          </div>
          <div class="field">
            <label for="synonym-words">{t('addSynonyms')}</label>
            <input id="synonym-words" maxLength={500} value={synonyms} aria-invalid={fieldError('synonyms') ? true : undefined} onInput={(e) => setSynonyms(e.currentTarget.value)} />
            {fieldError('synonyms') && <span class="error">{fieldError('synonyms')}</span>}
          </div>
        </div>
        <ReasonField id="synonym-reason" value={reason} onInput={setReason} error={fieldError('reason')} />
        <button type="submit" class="primary" disabled={busy}>{t('add')}</button>
      </form>

      <form class="card" aria-labelledby="synonym-try-heading" onSubmit={(e) => void tryIt(e)}>
        <h2 id="synonym-try-heading">{t('tryHeading')}</h2>
        <p class="muted">{t('tryIntro')}</p>
        <div class="filters">
          <div class="field">
            <label for="synonym-query">{t('query')}</label>
            <input id="synonym-query" type="search" required maxLength={200} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="synonym-without">{t('tryRemove')}</label>
            <input id="synonym-without" maxLength={500} value={without} onInput={(e) => setWithout(e.currentTarget.value)} />
          </div>
          <button type="submit" disabled={busy}>{t('try')}</button>
        </div>
        {trial && (
          <div class="side-by-side" aria-live="polite">
            <Results label={t('before', { n: trial.before.totalCount })} result={trial.before} t={t} />
            <Results label={t('after', { n: trial.after.totalCount })} result={trial.after} marked={new Set(trial.before.records.map((r) => r.id))} t={t} />
          </div>
        )}
      </form>

      <h2>{t('caption')}</h2>
      {listError && <Status kind="error">{listError.message}</Status>}
      {!list.data && !listError && <p role="status">{t('loading')}</p>}
      {list.data && (list.data.synonyms.length === 0 ? <p>{t('empty')}</p> : (
        <div class="table-wrap">
          <table>
            <thead><tr><th scope="col">{t('term')}</th><th scope="col">{t('synonyms')}</th><th scope="col">{t('updated')}</th><th scope="col">{t('remove')}</th></tr></thead>
            <tbody>
              {list.data.synonyms.map((s) => (
                <tr key={s.term} data-term={s.term}>
                  <th scope="row">{s.term}</th>
                  <td>
                    <ul class="badges">
                      {s.synonyms.map((w) => (
                        <li key={w} class="badge">
                          {w} <button type="button" class="link" disabled={busy} aria-label={t('removeOne', { term: s.term, synonym: w })} onClick={() => void remove(s, w)}>×</button>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{s.updatedBy} · {date(s.updatedAt)}</td>
                  <td><button type="button" class="danger" disabled={busy} aria-label={t('removeTerm', { term: s.term })} onClick={() => void remove(s, null)}>{t('remove')}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
