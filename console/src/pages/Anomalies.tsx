import { useClient } from '@urql/preact';
import { useRef, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { useApiFailure } from '../api';
import { graphql } from '../gql';
import type { AnomalyRule, AnomalyState, ConsoleAnomalyFlagsQuery } from '../gql/graphql';
import { useLang, useT } from '../i18n';
import { QueuePager, useQueue } from '../queue';
import { Status, useDate } from '../ui';
import { anomaliesDict, ruleNames } from './Anomalies.i18n';
import './ops.css';

/**
 * The editors' anomaly queue (issue 20): the flags the checks raised, each
 * with its rule, facility, evidence and dates; an editor confirms one,
 * dismisses it with a reason, or publishes it (never a child admitted
 * twice). Every decision is audited by the API; the page only asks.
 */
const FLAGS = graphql(`query ConsoleAnomalyFlags($filter: AnomalyFlagFilter, $after: String) {
  anomalyFlags(filter: $filter, first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id rule ruleLabel summary state facilityIds facilityName evidence { key label value } observedOn firstSeenAt lastSeenAt resolvedAt decidedBy decidedAt reason } } } }`);
const CONFIRM = graphql(`mutation ConsoleConfirmAnomaly($id: ID!, $reason: String!) { confirmAnomaly(id: $id, reason: $reason) { id state } }`);
const DISMISS = graphql(`mutation ConsoleDismissAnomaly($id: ID!, $reason: String!) { dismissAnomaly(id: $id, reason: $reason) { id state } }`);
const PUBLISH = graphql(`mutation ConsolePublishAnomaly($id: ID!, $reason: String!) { publishAnomaly(id: $id, reason: $reason) { id state } }`);
const RUN = graphql(`mutation ConsoleRunAnomalyChecks { runAnomalyChecks { found opened resolved } }`);

type Page = NonNullable<ConsoleAnomalyFlagsQuery['anomalyFlags']>;
type Flag = Page['edges'][number]['node'];
type Action = 'confirm' | 'dismiss' | 'publish';
type StateChoice = 'pending' | 'CONFIRMED' | 'DISMISSED' | 'PUBLISHED';

const STATE_CHOICES: StateChoice[] = ['pending', 'CONFIRMED', 'DISMISSED', 'PUBLISHED'];
const RULES = Object.keys(ruleNames.ko) as AnomalyRule[];
const MAX_REASON = 500;

interface Filter { state: StateChoice; rule: '' | AnomalyRule }
const DEFAULT: Filter = { state: 'pending', rule: '' };

function filterOf(f: Filter): { states: AnomalyState[]; rules?: AnomalyRule[] } {
  return { states: f.state === 'pending' ? ['OPEN', 'CONFIRMED'] : [f.state], ...(f.rule ? { rules: [f.rule] } : {}) };
}

export function Anomalies(_props: { params: Record<string, string | undefined> }) {
  const t = useT(anomaliesDict);
  const failure = useApiFailure(anomaliesDict);
  const client = useClient();
  const [form, setForm] = useState<Filter>(DEFAULT);
  const [applied, setApplied] = useState<Filter>(DEFAULT);
  const [notice, setNotice] = useState<string | null>(null);
  const { page, cursors, error, setError, busy, setBusy, heading, load, reloadAfter } = useQueue<Filter, Flag, Page>({
    initial: DEFAULT,
    fetch: async (filter, after) => {
      const res = await client.query(FLAGS, { filter: filterOf(filter), after }, { requestPolicy: 'network-only' }).toPromise();
      return { page: res.data?.anomalyFlags ?? null, error: failure(res.error, 'loadFailed') };
    },
    nodeId: (f) => f.id,
    headingId: (f) => `flag-${f.id}-heading`,
  });

  const decided = (message: string, flag: Flag, index: number) => {
    setNotice(message);
    reloadAfter(flag, index);
  };

  const runChecks = async () => {
    setBusy(true);
    setNotice(null);
    const res = await client.mutation(RUN, {}).toPromise();
    setBusy(false);
    const failed = failure(res.error, 'failed');
    setError(failed);
    if (!failed && res.data) {
      setNotice(t('ran', { ...res.data.runAnomalyChecks }));
      void load([null], applied);
    }
  };

  const items = page?.edges.map((e) => e.node) ?? [];
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>{t('heading')}</h1>
      <p>{t('intro')}</p>
      <form class="filters" role="search" aria-label={t('filters')}
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(form);
          setNotice(null);
          void load([null], form);
        }}>
        <div class="field">
          <label for="anomaly-state">{t('state')}</label>
          <select id="anomaly-state" value={form.state} onChange={(e) => setForm({ ...form, state: e.currentTarget.value as StateChoice })}>
            {STATE_CHOICES.map((s) => <option key={s} value={s}>{t(s)}</option>)}
          </select>
        </div>
        <RuleSelect value={form.rule} onChange={(rule) => setForm({ ...form, rule })} />
        <div class="actions"><button type="submit" class="primary" disabled={busy}>{t('apply')}</button></div>
      </form>
      <div class="card">
        <button type="button" disabled={busy} aria-describedby="anomaly-run-hint" onClick={() => void runChecks()}>{t('run')}</button>
        <p id="anomaly-run-hint" class="muted">{t('runHint')}</p>
      </div>
      <div aria-live="assertive">{error && <p class="error" role="alert">{error}</p>}</div>
      <div aria-live="polite">{notice && <Status>{notice}</Status>}</div>
      {page === null && !error && <p role="status">{t('loading')}</p>}
      {page && (items.length === 0 ? <p>{t('empty')}</p> : (
        <>
          <p>{t('count', { n: page.totalCount })} · {t('pageOf', { page: cursors.length })}</p>
          <ul class="anomaly-list" aria-label={t('list')}>
            {items.map((flag, index) => (
              <FlagCard key={`${flag.id}:${flag.state}`} flag={flag} busy={busy} setBusy={setBusy} onDone={(message) => decided(message, flag, index)} />
            ))}
          </ul>
        </>
      ))}
      <QueuePager page={page} cursors={cursors} busy={busy} load={(stack) => void load(stack)}
        labels={{ pager: t('pager'), previous: t('previous'), next: t('next') }} />
    </>
  );
}

function RuleSelect({ value, onChange }: { value: '' | AnomalyRule; onChange(rule: '' | AnomalyRule): void }) {
  const t = useT(anomaliesDict);
  const rule = useT(ruleNames);
  return (
    <div class="field">
      <label for="anomaly-rule">{t('rule')}</label>
      <select id="anomaly-rule" value={value} onChange={(e) => onChange(e.currentTarget.value as '' | AnomalyRule)}>
        <option value="">{t('anyRule')}</option>
        {RULES.map((r) => <option key={r} value={r}>{rule(r)}</option>)}
      </select>
    </div>
  );
}

/** One flag: what was found, its evidence, and (while it is still to do) the editor's decision. */
function FlagCard({ flag, busy, setBusy, onDone }: { flag: Flag; busy: boolean; setBusy(b: boolean): void; onDone(message: string): void }) {
  const t = useT(anomaliesDict);
  const { lang } = useLang();
  const rule = useT(ruleNames);
  const date = useDate();
  const failure = useApiFailure(anomaliesDict);
  const client = useClient();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const base = `flag-${flag.id}`;
  const facilityId = flag.facilityIds[0] ?? '';
  const name = flag.facilityName ?? t('unknownFacility', { id: facilityId });
  const ruleLabel = lang === 'en' ? rule(flag.rule) : flag.ruleLabel;
  const names = { name, rule: ruleLabel };
  const open = flag.state === 'OPEN' || flag.state === 'CONFIRMED';
  const publishable = flag.rule !== 'ADMITTED_TWICE';

  const act = async (action: Action) => {
    const why = reason.trim() || (action === 'confirm' ? t('defaultConfirm') : '');
    const refused = !why ? t('needReason', { action: t(action) }) : why.length > MAX_REASON ? t('tooLong', { n: why.length }) : null;
    if (refused) {
      setProblem(refused);
      textarea.current?.focus();
      return;
    }
    setBusy(true);
    const doc = action === 'confirm' ? CONFIRM : action === 'dismiss' ? DISMISS : PUBLISH;
    const res = await client.mutation(doc, { id: flag.id, reason: why }).toPromise();
    setBusy(false);
    const failed = failure(res.error, 'failed');
    setProblem(failed);
    if (failed) return textarea.current?.focus();
    onDone(t(action === 'confirm' ? 'confirmed' : action === 'dismiss' ? 'dismissed' : 'published', names));
  };

  const describedBy = [`${base}-hint`, !publishable && `${base}-nopublish`, problem && `${base}-problem`].filter(Boolean).join(' ');
  return (
    <li class="card anomaly" data-flag={flag.id}>
      <h2 id={`${base}-heading`} tabIndex={-1}>
        {ruleLabel} · {facilityId ? <Link href={`/records/${encodeURIComponent(facilityId)}`}>{name}</Link> : name}
        {flag.facilityIds.length > 1 && <span class="muted"> {t('others', { n: flag.facilityIds.length - 1 })}</span>}
      </h2>
      <p class="badges">
        <span class="badge">{t(flag.state === 'OPEN' ? 'OPEN' : flag.state)}</span>
        {flag.resolvedAt && <span class="badge">{t('resolved')}</span>}
      </p>
      <p class="anomaly-summary">{flag.summary}</p>
      {flag.facilityIds.length > 1 && (
        <ul class="anomaly-facilities">
          {flag.facilityIds.map((id) => <li key={id}><Link href={`/records/${encodeURIComponent(id)}`}><code>{id}</code></Link></li>)}
        </ul>
      )}
      <dl class="anomaly-dates">
        <div><dt>{t('observed')}</dt><dd>{flag.observedOn}</dd></div>
        <div><dt>{t('firstSeen')}</dt><dd>{date(flag.firstSeenAt)}</dd></div>
        <div><dt>{t('lastSeen')}</dt><dd>{date(flag.lastSeenAt)}</dd></div>
      </dl>
      {flag.resolvedAt && <p class="muted">{t('resolvedAt', { at: date(flag.resolvedAt) })}</p>}
      {flag.decidedAt && (
        <p>{t('decided', { who: flag.decidedBy ?? '—', at: date(flag.decidedAt) })}{flag.reason && <> · {t('reasonWas', { reason: flag.reason })}</>}</p>
      )}
      <details>
        <summary>{t('evidence')}</summary>
        <table>
          <caption class="visually-hidden">{t('evidenceCaption', { rule: ruleLabel })}</caption>
          <thead><tr><th scope="col">{t('item')}</th><th scope="col">{t('value')}</th></tr></thead>
          <tbody>
            {flag.evidence.map((e) => <tr key={e.key}><th scope="row">{e.label}</th><td class="value">{e.value}</td></tr>)}
          </tbody>
        </table>
      </details>
      {open && (
        <div class="anomaly-decide" role="group" aria-label={t('decide', names)}>
          <div class="field">
            <label for={`${base}-reason`}>{t('reason')}</label>
            <textarea id={`${base}-reason`} ref={textarea} maxLength={MAX_REASON} value={reason} aria-invalid={problem ? true : undefined} aria-describedby={describedBy}
              onInput={(e) => setReason(e.currentTarget.value)} />
            <span id={`${base}-hint`} class="muted">{t('reasonHint')} {flag.state === 'OPEN' && t('reasonHintConfirm')}</span>
            {!publishable && <span id={`${base}-nopublish`} class="muted">{t('noPublish')}</span>}
            <div aria-live="assertive">{problem && <span id={`${base}-problem`} class="error" role="alert">{problem}</span>}</div>
          </div>
          <div class="actions">
            {flag.state === 'OPEN' && <button type="button" disabled={busy} aria-label={t('confirmOne', names)} onClick={() => void act('confirm')}>{t('confirm')}</button>}
            <button type="button" class="danger" disabled={busy} aria-label={t('dismissOne', names)} onClick={() => void act('dismiss')}>{t('dismiss')}</button>
            {publishable && <button type="button" class="primary" disabled={busy} aria-label={t('publishOne', names)} onClick={() => void act('publish')}>{t('publish')}</button>}
          </div>
        </div>
      )}
    </li>
  );
}
