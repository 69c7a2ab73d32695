import { graphql } from '../gql';
import { useMutation, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { Link, useLocation, useSearch } from 'wouter-preact';
import { apiError, type ApiErrorInfo } from '../api';
import { FIELDS, fieldValue, show, type CuratedRecordData } from '../fields';
import { useLang, useT } from '../i18n';
import { ReasonField, StateBadges, Status } from '../ui';
import { mergeDict } from './Merge.i18n';

const PAIR = graphql(`query ConsoleMergePair($keep: ID!, $merge: ID!) { keep: curatedRecord(id: $keep) { ...ConsoleRecord } merge: curatedRecord(id: $merge) { ...ConsoleRecord } }`);
const MERGE_FACILITIES = graphql(`mutation ConsoleMergeFacilities($keepId: ID!, $mergeIds: [ID!]!, $reason: String!) { mergeFacilities(keepId: $keepId, mergeIds: $mergeIds, reason: $reason) { ...ConsoleRecord } }`);
const MERGE_POLICIES = graphql(`mutation ConsoleMergePolicies($keepId: ID!, $mergeIds: [ID!]!, $reason: String!) { mergePolicies(keepId: $keepId, mergeIds: $mergeIds, reason: $reason) { ...ConsoleRecord } }`);

/** Two records side by side, field by field, then one merge with a reason. */
export function Merge(_props: { params: Record<string, string | undefined> }) {
  const t = useT(mergeDict);
  const { lang } = useLang();
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const keepId = params.get('keep') ?? '';
  const mergeId = params.get('merge') ?? '';
  const [form, setForm] = useState({ keep: keepId, merge: mergeId });
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiErrorInfo | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const ready = Boolean(keepId && mergeId && keepId !== mergeId);
  const [pair] = useQuery({ query: PAIR, variables: { keep: keepId, merge: mergeId }, pause: !ready });
  const [facilities, mergeFacilities] = useMutation(MERGE_FACILITIES);
  const [policies, mergePolicies] = useMutation(MERGE_POLICIES);

  const preview = (event: Event) => {
    event.preventDefault();
    setDone(null);
    navigate(`/merge?keep=${encodeURIComponent(form.keep.trim())}&merge=${encodeURIComponent(form.merge.trim())}`);
  };
  const keep = pair.data?.keep;
  const merge = pair.data?.merge;
  const problem = !pair.data ? null
    : !keep ? t('notFound', { id: keepId })
    : !merge ? t('notFound', { id: mergeId })
    : keep.recordKind !== merge.recordKind ? t('kindMismatch')
    : keep.recordKind === 'PROGRAM' ? t('programs')
    : null;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!keep || !merge) return;
    if (!reason.trim()) return setError({ code: 'BAD_USER_INPUT', field: 'reason', message: t('reasonRequired') });
    const run = keep.recordKind === 'POLICY' ? mergePolicies : mergeFacilities;
    const result = await run({ keepId: keep.id, mergeIds: [merge.id], reason });
    const failure = apiError(result.error, lang);
    setError(failure);
    if (!failure) setDone(keep.id);
  };

  const specs = keep ? FIELDS.filter((f) => f.kinds.includes(keep.recordKind)) : [];
  const reasonError = error?.field === 'reason' ? error.message : null;
  return (
    <>
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <p>{t('intro')}</p>
      <form class="filters" onSubmit={preview}>
        <div class="field">
          <label for="merge-keep">{t('keep')}</label>
          <input id="merge-keep" type="text" size={40} value={form.keep} onInput={(e) => setForm({ ...form, keep: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="merge-merge">{t('merge')}</label>
          <input id="merge-merge" type="text" size={40} value={form.merge} onInput={(e) => setForm({ ...form, merge: e.currentTarget.value })} />
        </div>
        <div class="actions">
          <button type="submit" class="primary">{t('preview')}</button>
          <button type="button" onClick={() => { setForm({ keep: form.merge, merge: form.keep }); navigate(`/merge?keep=${encodeURIComponent(form.merge)}&merge=${encodeURIComponent(form.keep)}`); }}>{t('swap')}</button>
        </div>
      </form>

      {ready && pair.fetching && !pair.data && <p role="status">{t('loading')}</p>}
      {pair.error && <Status kind="error">{apiError(pair.error, lang)?.message}</Status>}
      {problem && <Status kind="error">{problem}</Status>}
      {done && (
        <>
          <Status>{t('done')}</Status>
          <p><Link href={`/records/${encodeURIComponent(done)}`}>{t('open')}</Link></p>
        </>
      )}
      {keep && merge && !problem && (
        <>
          <div class="table-wrap">
            <table class="merge-preview">
              <thead>
                <tr>
                  <th scope="col">{t('field')}</th>
                  <th scope="col">{t('kept')}: <Link href={`/records/${encodeURIComponent(keep.id)}`}>{keep.name}</Link> <StateBadges record={keep} /></th>
                  <th scope="col">{t('merged')}: <Link href={`/records/${encodeURIComponent(merge.id)}`}>{merge.name}</Link> <StateBadges record={merge} /></th>
                  <th scope="col"><span class="visually-hidden">{t('differs')}</span></th>
                </tr>
              </thead>
              <tbody>
                <tr><th scope="row">ID</th><td class="value">{keep.id}</td><td class="value">{merge.id}</td><td /></tr>
                {specs.map((spec) => {
                  const a = show(fieldValue(keep, spec.name));
                  const b = show(fieldValue(merge, spec.name));
                  return (
                    <tr key={spec.name}>
                      <th scope="row">{lang === 'en' ? spec.en : spec.ko}</th>
                      <td class="value">{a}</td>
                      <td class="value">{b}</td>
                      <td class={a === b ? 'muted' : 'diff'}>{a === b ? t('same') : t('differs')}</td>
                    </tr>
                  );
                })}
                <tr>
                  <th scope="row">{t('sources')}</th>
                  <td>{keep.sources.map((s) => s.siteId).join(', ') || '—'}</td>
                  <td>{merge.sources.map((s) => s.siteId).join(', ') || '—'}</td>
                  <td />
                </tr>
              </tbody>
            </table>
          </div>
          {!done && (
            <form class="card" noValidate onSubmit={submit}>
              <ReasonField id="merge-reason" value={reason} onInput={setReason} error={reasonError} />
              {error && !reasonError && <Status kind="error">{error.message}</Status>}
              <button type="submit" class="primary" disabled={facilities.fetching || policies.fetching}>{t('submit')}</button>
            </form>
          )}
        </>
      )}
    </>
  );
}
