import { graphql } from '../gql';
import type { DocumentInput } from '@urql/core';
import { useMutation, useQuery } from '@urql/preact';
import type { Stage } from '../gql/graphql';
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { apiError, type ApiErrorInfo } from '../api';
import { useSession } from '../auth';
import { FIELDS, STAGES, STAGE_LABELS, fieldValue, show, type CuratedRecordData, type FieldSpec } from '../fields';
import { useLang, useT } from '../i18n';
import { ReasonField, StateBadges, Status, useDate } from '../ui';
import { recordDict } from './Record.i18n';
import { RecordTrend } from './RecordTrend';

const RECORD = graphql(`query ConsoleRecord($id: ID!) { curatedRecord(id: $id) { ...ConsoleRecord } }`);
const CURATE = graphql(`mutation ConsoleCurate($id: ID!, $patch: JSON!, $reason: String!) { curateRecord(id: $id, patch: $patch, reason: $reason) { ...ConsoleRecord } }`);
const REVERT = graphql(`mutation ConsoleRevert($id: ID!, $field: String!, $reason: String!) { revertOverride(id: $id, field: $field, reason: $reason) { ...ConsoleRecord } }`);
const SUMMARY = graphql(`mutation ConsoleSummary($id: ID!, $text: String!, $reason: String!) { setPlainSummary(id: $id, text: $text, reason: $reason) { ...ConsoleRecord } }`);
const STAGES_M = graphql(`mutation ConsoleStages($id: ID!, $stages: [Stage!]!, $primary: Stage!, $reason: String!) { setStages(id: $id, stages: $stages, primary: $primary, reason: $reason) { ...ConsoleRecord } }`);
const PUBLISH = graphql(`mutation ConsolePublish($id: ID!, $reason: String!) { publish(id: $id, reason: $reason) { ...ConsoleRecord } }`);
const UNPUBLISH = graphql(`mutation ConsoleUnpublish($id: ID!, $reason: String!) { unpublish(id: $id, reason: $reason) { ...ConsoleRecord } }`);
const UNMERGE = graphql(`mutation ConsoleUnmerge($id: ID!, $reason: String!) { unmerge(id: $id, reason: $reason) { ...ConsoleRecord } }`);

type T = ReturnType<typeof useT<keyof (typeof recordDict)['ko']>>;

/** Which input an API error belongs to: `patch.phone` → phone, `reason` → reason, anything else → the form. */
function errorAt(error: ApiErrorInfo | null, name: string): string | null {
  if (!error?.field) return null;
  const field = error.field.replace(/^patch\./, '').split('.')[0];
  return field === name ? error.message : null;
}

function FieldEditor({ record, spec, onDone, t }: { record: CuratedRecordData; spec: FieldSpec; onDone(saved: boolean): void; t: T }) {
  const { lang } = useLang();
  const current = fieldValue(record, spec.name);
  const [value, setValue] = useState(spec.input === 'json' ? JSON.stringify(current ?? null) : current == null ? '' : String(current));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiErrorInfo | null>(null);
  const [{ fetching }, curate] = useMutation(CURATE);
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  const id = `edit-${spec.name}`;
  const label = lang === 'en' ? spec.en : spec.ko;

  const submit = async (event: Event) => {
    event.preventDefault();
    let parsed: unknown;
    try {
      parsed = spec.input === 'json' ? JSON.parse(value) : spec.input === 'number' ? (value.trim() === '' ? null : Number(value)) : value.trim() === '' ? null : value;
    } catch {
      setError({ code: 'BAD_USER_INPUT', field: spec.name, message: t('badJson') });
      return;
    }
    if (!reason.trim()) {
      setError({ code: 'BAD_USER_INPUT', field: 'reason', message: t('reasonRequired') });
      return;
    }
    const result = await curate({ id: record.id, patch: { [spec.name]: parsed }, reason });
    const failure = apiError(result.error, lang);
    setError(failure);
    if (!failure) onDone(true);
  };
  const valueError = errorAt(error, spec.name);
  const reasonError = errorAt(error, 'reason');
  const otherError = error && !valueError && !reasonError ? error.message : null;
  const props = {
    id: `${id}-value`,
    ref: inputRef,
    value,
    'aria-invalid': valueError ? true : undefined,
    'aria-describedby': valueError ? `${id}-value-error` : undefined,
    onInput: (e: Event) => setValue((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <form class="card" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('editing', { field: label })}</h3>
      <div class="field">
        <label for={`${id}-value`}>{spec.input === 'json' ? t('valueJson') : t('value')}</label>
        {spec.input === 'longtext' || spec.input === 'json' ? <textarea {...props} /> : <input type={spec.input === 'number' ? 'number' : 'text'} {...props} />}
        {valueError && <span id={`${id}-value-error`} class="error">{valueError}</span>}
      </div>
      <ReasonField id={`${id}-reason`} value={reason} onInput={setReason} error={reasonError} />
      {otherError && <Status kind="error">{otherError}</Status>}
      <div class="actions">
        <button type="submit" class="primary" disabled={fetching}>{t('save')}</button>
        <button type="button" onClick={() => onDone(false)}>{t('cancel')}</button>
      </div>
    </form>
  );
}

function FieldsTable({ record, t }: { record: CuratedRecordData; t: T }) {
  const { lang } = useLang();
  const date = useDate();
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [revertFor, setRevertFor] = useState<string | null>(null);
  const me = useSession()?.principal.sub;
  const specs = FIELDS.filter((f) => f.kinds.includes(record.recordKind));
  const overrides = new Map(record.overrides.map((o) => [o.field, o]));
  return (
    <section aria-labelledby="fields-heading">
      <h2 id="fields-heading">{t('fields')}</h2>
      {notice && <Status>{notice}</Status>}
      <div class="table-wrap">
        <table>
          <thead>
            <tr><th scope="col">{t('field')}</th><th scope="col">{t('shown')}</th><th scope="col">{t('base')}</th><th scope="col">{t('override')}</th><th scope="col"><span class="visually-hidden">{t('edit', { field: '' })}</span></th></tr>
          </thead>
          <tbody>
            {specs.map((spec) => {
              const o = overrides.get(spec.name);
              const label = lang === 'en' ? spec.en : spec.ko;
              const shown = fieldValue(record, spec.name);
              return (
                <Fragment key={spec.name}>
                  <tr>
                    <th scope="row">{label} <code class="muted">{spec.name}</code></th>
                    <td class="value" data-field={spec.name}>{show(shown)}</td>
                    <td class="value">{show(o ? o.baseValue : shown)}</td>
                    <td>
                      {o ? (
                        <>
                          <div>{t('by', { who: o.setBy === me ? t('me') : o.setBy, when: date(o.setAt) })}</div>
                          <div class="muted">{t('because', { reason: o.reason })}</div>
                          {o.needsReview && <div class="badge">{t('needsReview')}</div>}
                        </>
                      ) : '—'}
                    </td>
                    <td class="actions">
                      <button type="button" aria-expanded={editing === spec.name} onClick={() => { setNotice(null); setEditing(editing === spec.name ? null : spec.name); }}>
                        {t('edit', { field: label })}
                      </button>
                      {o && <button type="button" class="danger" onClick={() => setRevertFor(spec.name)}>{t('revert', { field: label })}</button>}
                    </td>
                  </tr>
                  {(editing === spec.name || revertFor === spec.name) && (
                    <tr>
                      <td colSpan={5}>
                        {editing === spec.name && (
                          <FieldEditor record={record} spec={spec} t={t} onDone={(saved) => { setEditing(null); if (saved) setNotice(t('saved')); }} />
                        )}
                        {revertFor === spec.name && (
                          <ReasonAction id={`revert-${spec.name}`} label={t('revert', { field: label })} document={REVERT} variables={{ id: record.id, field: spec.name }}
                            t={t} danger onDone={() => { setRevertFor(null); setNotice(t('saved')); }} onCancel={() => setRevertFor(null)} />
                        )}
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** One mutation that needs only a reason: publish, unpublish, unmerge, revert. */
function ReasonAction({ id, label, document, variables, onDone, onCancel, t, danger }: { id: string; label: string; document: DocumentInput<unknown, { id: string; reason: string; field?: string }>; variables: { id: string; field?: string }; onDone?(): void; onCancel?(): void; t: T; danger?: boolean }) {
  const { lang } = useLang();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiErrorInfo | null>(null);
  const [{ fetching }, run] = useMutation(document);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError({ code: 'BAD_USER_INPUT', field: 'reason', message: t('reasonRequired') });
      return;
    }
    const result = await run({ ...variables, reason });
    const failure = apiError(result.error, lang);
    setError(failure);
    if (!failure) {
      setReason('');
      onDone?.();
    }
  };
  return (
    <form class="reason-action" noValidate onSubmit={submit} aria-label={label}>
      <ReasonField id={`${id}-reason`} value={reason} onInput={setReason} error={errorAt(error, 'reason')} />
      {error && !errorAt(error, 'reason') && <Status kind="error">{error.message}</Status>}
      <div class="actions">
        <button type="submit" class={danger ? 'danger' : 'primary'} disabled={fetching}>{label}</button>
        {onCancel && <button type="button" onClick={onCancel}>{t('cancel')}</button>}
      </div>
    </form>
  );
}

function SummaryForm({ record, t }: { record: CuratedRecordData; t: T }) {
  const { lang } = useLang();
  const [text, setText] = useState(record.plainSummary ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiErrorInfo | null>(null);
  const [done, setDone] = useState(false);
  const [{ fetching }, run] = useMutation(SUMMARY);
  const submit = async (event: Event) => {
    event.preventDefault();
    setDone(false);
    if (!reason.trim()) return setError({ code: 'BAD_USER_INPUT', field: 'reason', message: t('reasonRequired') });
    const failure = apiError((await run({ id: record.id, text, reason })).error, lang);
    setError(failure);
    if (!failure) {
      setReason('');
      setDone(true);
    }
  };
  const textError = errorAt(error, 'text');
  return (
    <section aria-labelledby="summary-heading" class="card">
      <h2 id="summary-heading">{t('summary')}</h2>
      <form noValidate onSubmit={submit}>
        <div class="field">
          <label for="summary-text">{t('summaryText')}</label>
          <textarea id="summary-text" maxLength={1000} value={text} aria-invalid={textError ? true : undefined}
            aria-describedby={`summary-help${textError ? ' summary-error' : ''}`} onInput={(e) => setText(e.currentTarget.value)} />
          <span id="summary-help" class="muted">{t('summaryHelp')}</span>
          {textError && <span id="summary-error" class="error">{textError}</span>}
        </div>
        <ReasonField id="summary-reason" value={reason} onInput={setReason} error={errorAt(error, 'reason')} />
        {error && !textError && !errorAt(error, 'reason') && <Status kind="error">{error.message}</Status>}
        {done && <Status>{t('saved')}</Status>}
        <button type="submit" class="primary" disabled={fetching}>{t('saveSummary')}</button>
      </form>
    </section>
  );
}

function StagesForm({ record, t }: { record: CuratedRecordData; t: T }) {
  const { lang } = useLang();
  const [stages, setStages] = useState<string[]>(record.stages);
  const [primary, setPrimary] = useState(record.primaryStage);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiErrorInfo | null>(null);
  const [done, setDone] = useState(false);
  const [{ fetching }, run] = useMutation(STAGES_M);
  const submit = async (event: Event) => {
    event.preventDefault();
    setDone(false);
    if (!reason.trim()) return setError({ code: 'BAD_USER_INPUT', field: 'reason', message: t('reasonRequired') });
    const failure = apiError((await run({ id: record.id, stages: stages as Stage[], primary: primary as Stage, reason })).error, lang);
    setError(failure);
    if (!failure) {
      setReason('');
      setDone(true);
    }
  };
  const stageError = errorAt(error, 'stages') ?? errorAt(error, 'primary');
  return (
    <section aria-labelledby="stages-heading" class="card">
      <h2 id="stages-heading">{t('stages')}</h2>
      <form noValidate onSubmit={submit}>
        <fieldset aria-describedby={stageError ? 'stages-error' : undefined}>
          <legend>{t('stagesLegend')}</legend>
          {STAGES.map((s) => (
            <label key={s} class="check">
              <input type="checkbox" checked={stages.includes(s)} onChange={(e) => setStages(e.currentTarget.checked ? [...stages, s] : stages.filter((x) => x !== s))} />
              {STAGE_LABELS[s]![lang]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('primary')}</legend>
          {STAGES.map((s) => (
            <label key={s} class="check">
              <input type="radio" name="primary-stage" value={s} checked={primary === s} onChange={() => setPrimary(s)} />
              {STAGE_LABELS[s]![lang]}
            </label>
          ))}
        </fieldset>
        {stageError && <p id="stages-error" class="error">{stageError}</p>}
        <ReasonField id="stages-reason" value={reason} onInput={setReason} error={errorAt(error, 'reason')} />
        {error && !stageError && !errorAt(error, 'reason') && <Status kind="error">{error.message}</Status>}
        {done && <Status>{t('saved')}</Status>}
        <button type="submit" class="primary" disabled={fetching}>{t('saveStages')}</button>
      </form>
    </section>
  );
}

/** One instance per record id, so a notice or an open form never carries over to the next record. */
export function Record({ params }: { params: Record<string, string | undefined> }) {
  return <RecordView key={params.id} params={params} />;
}

function RecordView({ params }: { params: Record<string, string | undefined> }) {
  const t = useT(recordDict);
  const { lang } = useLang();
  const date = useDate();
  const id = decodeURIComponent(params.id ?? '');
  const [result] = useQuery({ query: RECORD, variables: { id } });
  const [notice, setNotice] = useState<string | null>(null);
  const error = apiError(result.error, lang);
  const record = result.data?.curatedRecord;
  if (error) return <><h1 tabIndex={-1}>{id}</h1><Status kind="error">{error.message}</Status></>;
  if (!result.data) return <><h1 tabIndex={-1}>{id}</h1><p role="status">{t('loading')}</p></>;
  if (!record) return <><h1 tabIndex={-1}>{id}</h1><p>{t('notFound')}</p><Link href="/records">{t('back')}</Link></>;
  return (
    <>
      <p><Link href="/records">← {t('back')}</Link></p>
      <h1 tabIndex={-1}>{record.name}</h1>
      <p class="muted">{t('kindLine', { kind: record.recordKind, subtype: record.subtype, id: record.id })} <StateBadges record={record} /></p>
      {notice && <Status>{notice}</Status>}

      <FieldsTable record={record} t={t} />
      {record.recordKind === 'FACILITY' && <RecordTrend key={record.id} facilityId={record.id} />}
      <div class="side-by-side">
        <SummaryForm key={`summary-${record.updatedAt}`} record={record} t={t} />
        <StagesForm key={`stages-${record.updatedAt}`} record={record} t={t} />
      </div>

      <section aria-labelledby="publish-heading" class="card">
        <h2 id="publish-heading">{t('publishing')}</h2>
        <p>{record.published ? t('isPublic') : t('isHidden')}</p>
        {!record.mergedInto && (
          record.published ? (
            <ReasonAction key="unpublish" id="unpublish" label={t('unpublish')} document={UNPUBLISH} variables={{ id: record.id }} t={t} danger onDone={() => setNotice(t('unpublished'))} />
          ) : (
            <ReasonAction key="publish" id="publish" label={t('publish')} document={PUBLISH} variables={{ id: record.id }} t={t} onDone={() => setNotice(t('published'))} />
          )
        )}
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t('sources')}</h2>
        <div class="table-wrap">
          <table>
            <thead><tr><th scope="col">{t('site')}</th><th scope="col">{t('page')}</th><th scope="col">{t('fetched')}</th><th scope="col">{t('priority')}</th><th scope="col">{t('sourceStatus')}</th></tr></thead>
            <tbody>
              {record.sources.map((s) => (
                <tr key={`${s.siteId}/${s.sourceKey}`}>
                  <td>{s.siteId}</td>
                  <td class="value">{s.url ? <a href={s.url} rel="noreferrer noopener" target="_blank">{s.url}</a> : '—'}</td>
                  <td>{date(s.fetchedAt)}</td>
                  <td>{s.priority}</td>
                  <td>{s.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {record.recordKind !== 'PROGRAM' && (
        <section aria-labelledby="merge-heading" class="card">
          <h2 id="merge-heading">{t('merge')}</h2>
          {record.mergedInto ? (
            <>
              <p>{t('mergedInto')} <Link href={`/records/${encodeURIComponent(record.mergedInto)}`}>{record.mergedInto}</Link></p>
              <ReasonAction id="unmerge" label={t('unmerge')} document={UNMERGE} variables={{ id: record.id }} t={t} danger onDone={() => setNotice(t('unmerged'))} />
            </>
          ) : (
            <>
              {record.mergedIds.length > 0 && (
                <>
                  <h3>{t('mergedIds')}</h3>
                  <ul>{record.mergedIds.map((m) => <li key={m}><Link href={`/records/${encodeURIComponent(m)}`}>{m}</Link></li>)}</ul>
                </>
              )}
              <p><Link href={`/merge?keep=${encodeURIComponent(record.id)}`}>{t('mergeWith')}</Link></p>
            </>
          )}
        </section>
      )}
    </>
  );
}
