import { graphql } from '../gql';
import { useClient, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { apiError } from '../api';
import { FIELDS, show } from '../fields';
import { useLang, useT } from '../i18n';
import { Status, useDate } from '../ui';
import { reviewDict } from './Review.i18n';

const QUEUE = graphql(`query ConsoleReview { reviewQueue(first: 100) { totalCount edges { node { recordId field overrideValue oldBase newBase since record { id name } } } } }`);
const KEEP = graphql(`mutation ConsoleKeep($id: ID!, $field: String!, $reason: String!) { keepOverride(id: $id, field: $field, reason: $reason) { id } }`);
const REVERT = graphql(`mutation ConsoleRevertReview($id: ID!, $field: String!, $reason: String!) { revertOverride(id: $id, field: $field, reason: $reason) { id } }`);

interface Item {
  recordId: string;
  field: string;
  overrideValue: unknown;
  oldBase: unknown;
  newBase: unknown;
  since: string;
  record: { id: string; name: string };
}

const keyOf = (item: Pick<Item, 'recordId' | 'field'>) => `${item.recordId}\u0000${item.field}`;

export function Review(_props: { params: Record<string, string | undefined> }) {
  const t = useT(reviewDict);
  const { lang } = useLang();
  const date = useDate();
  const client = useClient();
  const [result, reload] = useQuery({ query: QUEUE, requestPolicy: 'network-only' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: string | null; failed: string | null }>({ ok: null, failed: null });
  const error = apiError(result.error, lang);
  // Null when the curation subgraph could not answer (the error above says so).
  const queue = result.data?.reviewQueue ?? null;
  const items = queue?.edges.map((e) => e.node) ?? [];
  const fieldLabel = (name: string) => {
    const spec = FIELDS.find((f) => f.name === name);
    return spec ? (lang === 'en' ? spec.en : spec.ko) : name;
  };

  /** Keeps or reverts these items one by one (each its own audited change) and reports how many went through. */
  const act = async (action: 'keep' | 'revert', targets: Item[]) => {
    setBusy(true);
    const why = reason.trim() || (action === 'keep' ? t('defaultKeep') : t('defaultRevert'));
    let ok = 0;
    const failures: string[] = [];
    for (const item of targets) {
      const res = await client.mutation(action === 'keep' ? KEEP : REVERT, { id: item.recordId, field: item.field, reason: why }).toPromise();
      const failure = apiError(res.error, lang);
      if (failure) failures.push(failure.message);
      else ok++;
    }
    setBusy(false);
    setSelected(new Set());
    setOutcome({
      ok: ok ? t(action === 'keep' ? 'kept' : 'reverted', { n: ok }) : null,
      failed: failures.length ? t('failed', { n: failures.length, message: failures[0]! }) : null,
    });
    reload({ requestPolicy: 'network-only' });
  };

  const chosen = items.filter((item) => selected.has(keyOf(item)));
  const all = items.length > 0 && chosen.length === items.length;
  return (
    <>
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <p>{t('intro')}</p>
      {error && <Status kind="error">{error.message}</Status>}
      {outcome.ok && <Status>{outcome.ok}</Status>}
      {outcome.failed && <Status kind="error">{outcome.failed}</Status>}
      {!result.data && !error && <p role="status">{t('loading')}</p>}
      {queue && (items.length === 0 ? <p>{t('empty')}</p> : (
        <>
          <p>{t('count', { n: queue.totalCount })}{queue.totalCount > items.length && ` ${t('firstPage', { n: items.length })}`}</p>
          <div class="card" role="group" aria-label={t('bulk')}>
            <div class="field">
              <label for="review-reason">{t('reason')}</label>
              <input id="review-reason" type="text" maxLength={500} value={reason} aria-describedby="review-reason-hint" onInput={(e) => setReason(e.currentTarget.value)} />
              <span id="review-reason-hint" class="muted">{t('reasonHint')}</span>
            </div>
            <div class="actions">
              <button type="button" class="primary" disabled={busy || chosen.length === 0} onClick={() => void act('keep', chosen)}>{t('keepSelected', { n: chosen.length })}</button>
              <button type="button" class="danger" disabled={busy || chosen.length === 0} onClick={() => void act('revert', chosen)}>{t('revertSelected', { n: chosen.length })}</button>
            </div>
          </div>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">
                    <input type="checkbox" aria-label={t('selectAll')} checked={all}
                      onChange={(e) => setSelected(e.currentTarget.checked ? new Set(items.map(keyOf)) : new Set())} />
                  </th>
                  <th scope="col">{t('record')}</th><th scope="col">{t('field')}</th><th scope="col">{t('override')}</th>
                  <th scope="col">{t('oldBase')}</th><th scope="col">{t('newBase')}</th><th scope="col">{t('since')}</th>
                  <th scope="col"><span class="visually-hidden">{t('keep')} / {t('revert')}</span></th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => {
                  const names = { name: item.record.name, field: fieldLabel(item.field) };
                  return (
                    <tr key={keyOf(item)} data-review={`${item.recordId}/${item.field}`}>
                      <td>
                        <input type="checkbox" aria-label={t('select', names)} checked={selected.has(keyOf(item))}
                          onChange={(e) => {
                            const next = new Set(selected);
                            if (e.currentTarget.checked) next.add(keyOf(item));
                            else next.delete(keyOf(item));
                            setSelected(next);
                          }} />
                      </td>
                      <td><Link href={`/records/${encodeURIComponent(item.recordId)}`}>{item.record.name}</Link></td>
                      <td>{names.field}</td>
                      <td class="value">{show(item.overrideValue)}</td>
                      <td class="value">{show(item.oldBase)}</td>
                      <td class="value">{show(item.newBase)}</td>
                      <td>{date(item.since)}</td>
                      <td class="actions">
                        <button type="button" disabled={busy} aria-label={t('keepOne', names)} onClick={() => void act('keep', [item])}>{t('keep')}</button>
                        <button type="button" class="danger" disabled={busy} aria-label={t('revertOne', names)} onClick={() => void act('revert', [item])}>{t('revert')}</button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ))}
    </>
  );
}
