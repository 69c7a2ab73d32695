import { useClient, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import type { CombinedError } from '@urql/preact';
import { apiError } from '../api';
import { useLang, useT } from '../i18n';
import { Status, useDate } from '../ui';
import { rescreenDict } from './WelfareRescreen.i18n';
import './ops.css';

/**
 * 재확인 및 확정 (issue 19): the district's re-screening table of one
 * programme, bulk include / exclude with a reason, the bulk registry
 * re-check (people die or move between registration and confirmation) and
 * the confirmation of the final list. Names arrive masked from the API.
 */
const PROGRAMMES = `query ConsoleWelfareRescreenProgrammes { welfareProgrammes { id name status quantity unit } }`;
const LIST = `query ConsoleWelfareRescreenList($id: ID!, $filter: WelfareRecommendationFilter) {
  welfareRecommendations(programmeId: $id, filter: $filter, first: 200) { totalCount edges { node {
    id name dong organisationId flagged duplicateOf { organisationId } registryStatus concentration { count } decision decisionReason inFinalList } } } }`;
const DECIDE = `mutation ConsoleWelfareDecide($ids: [ID!]!, $d: WelfareDecision!, $r: String!) { decideWelfareRecommendations(ids: $ids, decision: $d, reason: $r) { id decision } }`;
const RECHECK = `mutation ConsoleWelfareRecheck($id: ID!) { recheckWelfareRegistry(programmeId: $id) { checked changed { id name dong organisationId registryStatus } } }`;
const CONFIRM = `mutation ConsoleWelfareConfirm($id: ID!, $r: String!) { confirmWelfareList(programmeId: $id, reason: $r) { id status confirmedAt } }`;

type Registry = 'RESIDENT' | 'DECEASED' | 'MOVED_OUT' | 'NOT_FOUND';
interface Rec {
  id: string; name: string; dong: string; organisationId: string; flagged: boolean; duplicateOf: { organisationId: string } | null;
  registryStatus: Registry; concentration: { count: number }; decision: 'INCLUDE' | 'EXCLUDE' | null; decisionReason: string | null; inFinalList: boolean | null;
}
interface Changed { id: string; name: string; dong: string; organisationId: string; registryStatus: Registry }

/** Both languages of a refusal: the officer may forward it to someone reading either. */
function bothLanguages(error: CombinedError | undefined): { ko: string; en: string } | null {
  if (!error) return null;
  const ext = (error.graphQLErrors[0]?.extensions ?? {}) as { messageKo?: string; messageEn?: string };
  const fallback = error.graphQLErrors[0]?.message ?? error.message;
  return { ko: ext.messageKo ?? fallback, en: ext.messageEn ?? fallback };
}

export function WelfareRescreen(_props: { params: Record<string, string | undefined> }) {
  const t = useT(rescreenDict);
  const { lang } = useLang();
  const date = useDate();
  const client = useClient();
  const [programmeId, setProgrammeId] = useState('');
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState('');
  const [confirmReason, setConfirmReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [changed, setChanged] = useState<Changed[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [programmes] = useQuery<{ welfareProgrammes: { id: string; name: string; status: string }[] }>({ query: PROGRAMMES, requestPolicy: 'network-only' });
  const [list, reload] = useQuery<{ welfareRecommendations: { totalCount: number; edges: { node: Rec }[] } }>({
    query: LIST, variables: { id: programmeId, filter: flaggedOnly ? { flaggedOnly: true } : null }, pause: !programmeId, requestPolicy: 'network-only',
  });
  const rows = list.data?.welfareRecommendations.edges.map((e) => e.node) ?? [];
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const listError = apiError(list.error ?? programmes.error, lang);

  const mutate = async (query: string, variables: Record<string, unknown>) => {
    setBusy(true);
    const res = await client.mutation(query, variables).toPromise();
    setBusy(false);
    if (!res.error) reload({ requestPolicy: 'network-only' });
    return res;
  };
  const decide = async (decision: 'INCLUDE' | 'EXCLUDE') => {
    setNotice(null);
    if (selected.size === 0) return setError(t('noneSelected'));
    if (!reason.trim()) return setError(t('reasonRequired'));
    const res = await mutate(DECIDE, { ids: [...selected], d: decision, r: reason.trim() });
    setError(apiError(res.error, lang)?.message ?? null);
    if (!res.error) {
      setNotice(t('decided', { count: selected.size, decision: t(decision) }));
      setSelected(new Set());
      setReason('');
    }
  };
  const recheck = async () => {
    setNotice(null);
    const res = await mutate(RECHECK, { id: programmeId });
    setError(apiError(res.error, lang)?.message ?? null);
    if (res.data) {
      const r = res.data.recheckWelfareRegistry as { checked: number; changed: Changed[] };
      setChanged(r.changed);
      setNotice(t('rechecked', { checked: r.checked, count: r.changed.length }));
    }
  };
  const confirm = async () => {
    setNotice(null);
    if (!confirmReason.trim()) return setError(t('reasonRequired'));
    const res = await mutate(CONFIRM, { id: programmeId, r: confirmReason.trim() });
    const failed = bothLanguages(res.error);
    setError(failed ? t('confirmFailed', failed) : null);
    if (res.data) setNotice(t('confirmed', { at: date(res.data.confirmWelfareList.confirmedAt) }));
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id); else next.delete(id);
    setSelected(next);
  };
  const outcome = (r: Rec) => [
    r.registryStatus !== 'RESIDENT' ? t(r.registryStatus) : null,
    r.flagged ? t('duplicate', { org: r.duplicateOf?.organisationId ?? '' }) : null,
    r.concentration.count > 0 ? t('concentration', { count: r.concentration.count }) : null,
  ].filter(Boolean).join(', ') || t('clean');

  return (
    <>
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <p>{t('intro')}</p>
      {notice && <Status>{notice}</Status>}
      {error && <Status kind="error">{error}</Status>}
      {listError && <Status kind="error">{listError.message}</Status>}
      <div class="field">
        <label for="rescreen-programme">{t('programme')}</label>
        <select id="rescreen-programme" value={programmeId} onChange={(e) => { setProgrammeId(e.currentTarget.value); setSelected(new Set()); setChanged(null); setNotice(null); setError(null); }}>
          <option value="">{t('choose')}</option>
          {programmes.data?.welfareProgrammes.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </div>
      {programmeId && (
        <>
          <div class="field">
            <input id="rescreen-flagged" type="checkbox" checked={flaggedOnly} onChange={(e) => { setFlaggedOnly(e.currentTarget.checked); setSelected(new Set()); }} />
            <label for="rescreen-flagged">{t('flaggedOnly')}</label>
          </div>
          {list.fetching && !list.data ? <p role="status">{t('loading')}</p> : rows.length === 0 ? <p>{t('empty')}</p> : (
            <table>
              <caption>{t('caption')}</caption>
              <thead>
                <tr>
                  <th scope="col"><input type="checkbox" aria-label={t('selectAll')} checked={allSelected}
                    onChange={(e) => setSelected(e.currentTarget.checked ? new Set(rows.map((r) => r.id)) : new Set())} /></th>
                  <th scope="col">{t('name')}</th><th scope="col">{t('organisation')}</th><th scope="col">{t('dong')}</th>
                  <th scope="col">{t('outcome')}</th><th scope="col">{t('decision')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} data-recommendation={r.id}>
                    <td><input type="checkbox" aria-label={t('select', { name: r.name, org: r.organisationId, dong: r.dong })} checked={selected.has(r.id)}
                      onChange={(e) => toggle(r.id, e.currentTarget.checked)} /></td>
                    <th scope="row">{r.name}</th><td>{r.organisationId}</td><td>{r.dong}</td><td>{outcome(r)}</td>
                    <td>{r.decision ? `${t(r.decision)}${r.decisionReason ? ` — ${r.decisionReason}` : ''}` : t('undecided')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div class="card">
            <div class="field">
              <label for="rescreen-reason">{t('reason')}</label>
              <input id="rescreen-reason" type="text" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
            </div>
            <button type="button" disabled={busy} onClick={() => void decide('INCLUDE')}>{t('include')}</button>{' '}
            <button type="button" disabled={busy} onClick={() => void decide('EXCLUDE')}>{t('exclude')}</button>
          </div>
          <div class="card">
            <button type="button" disabled={busy} onClick={() => void recheck()}>{t('recheck')}</button>
            {changed && changed.length > 0 && (
              <table data-testid="recheck-changed">
                <caption>{t('changedCaption')}</caption>
                <thead><tr><th scope="col">{t('name')}</th><th scope="col">{t('organisation')}</th><th scope="col">{t('dong')}</th><th scope="col">{t('outcome')}</th></tr></thead>
                <tbody>{changed.map((c) => <tr key={c.id}><th scope="row">{c.name}</th><td>{c.organisationId}</td><td>{c.dong}</td><td>{t(c.registryStatus)}</td></tr>)}</tbody>
              </table>
            )}
          </div>
          <div class="card">
            <div class="field">
              <label for="rescreen-confirm-reason">{t('confirmReason')}</label>
              <input id="rescreen-confirm-reason" type="text" value={confirmReason} onInput={(e) => setConfirmReason(e.currentTarget.value)} />
            </div>
            <button type="button" disabled={busy} onClick={() => void confirm()}>{t('confirm')}</button>
          </div>
        </>
      )}
    </>
  );
}
