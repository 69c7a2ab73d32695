import { useClient, useQuery } from '@urql/preact';
import type { CombinedError } from '@urql/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useSearch } from 'wouter-preact';
import { SEONGDONG_DONGS } from '../../../subgraphs/welfare/dongs';
import { getSession, useSession } from '../auth';
import { useLang, useT, type Lang } from '../i18n';
import { useDate } from '../ui';
import { registerDict } from './WelfareRegister.i18n';
import './ops.css';

/**
 * 대상자 추천 등록 (issue 19): a recommending organisation fills in a person
 * and sees the registration checks (welfarePrecheck, which saves nothing)
 * while typing, then submits (recommendWelfare). The identity key is the
 * one thing here that must not leak: a password input, sent only in POST
 * bodies, kept in component memory, never in the URL, storage or logs, and
 * cleared once a submit is answered.
 */
const PROGRAMMES = `query ConsoleWelfareOpenProgrammes { welfareProgrammes(status: OPEN) { id name recommendFrom recommendUntil } }`;
const CHECKS = `registryStatus duplicateOf { organisationId organisationKind at } concentration { count dates months } householdCount householdLimit messages { code severity messageKo messageEn }`;
const PRECHECK = `query ConsoleWelfarePrecheck($input: WelfareRecommendationInput!) { welfarePrecheck(input: $input) { ${CHECKS} } }`;
const RECOMMEND = `mutation ConsoleWelfareRecommend($input: WelfareRecommendationInput!) { recommendWelfare(input: $input) { outcome recommendation { id } checks { ${CHECKS} } } }`;
/** The identity key travels in request bodies only: a GET would put it in the URL (and in every access log). */
const POST_ONLY = { preferGetMethod: false } as const;
const DEBOUNCE_MS = 300;

type Kind = 'RESIDENT_REGISTRATION_NUMBER' | 'OTHER';
interface Message { code: string; severity: 'BLOCK' | 'FLAG' | 'WARN'; messageKo: string; messageEn: string }
interface Checks {
  registryStatus: 'RESIDENT' | 'DECEASED' | 'MOVED_OUT' | 'NOT_FOUND';
  duplicateOf: { organisationId: string; organisationKind: string; at: string } | null;
  concentration: { count: number; dates: string[]; months: number };
  householdCount: number;
  householdLimit: number;
  messages: Message[];
}
interface Registration { outcome: 'SAVED' | 'FLAGGED' | 'BLOCKED'; recommendation: { id: string } | null; checks: Checks }
interface Bilingual { code: string; ko: string; en: string; field?: string }

const PERSON = { name: '', birthDate: '', identityKey: '', householdKey: '', reason: '' };
type Form = typeof PERSON & { programmeId: string; identityKind: Kind; dong: string };
// The API's formats (subgraphs/welfare/register.ts): checked here only to know when the checks can run.
const KEY_FORMAT: Record<Kind, RegExp> = { RESIDENT_REGISTRATION_NUMBER: /^\d{6}-?\d{7}$/, OTHER: /^[0-9A-Za-z\- ]{4,40}$/ };

function missingFields(f: Form): ('programme' | 'name' | 'birthDate' | 'identityKey' | 'household' | 'dong' | 'reason')[] {
  const out: ReturnType<typeof missingFields> = [];
  if (!f.programmeId) out.push('programme');
  if (!f.name.trim()) out.push('name');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.birthDate)) out.push('birthDate');
  if (!KEY_FORMAT[f.identityKind].test(f.identityKey.trim())) out.push('identityKey');
  if (!f.householdKey.trim()) out.push('household');
  if (!f.dong) out.push('dong');
  if (!f.reason.trim()) out.push('reason');
  return out;
}

/** A fresh idempotency key. crypto.randomUUID needs a secure context; a hub on a closed network may be plain http. */
function newAttemptKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A 동주민센터's own 동, from its token's `org` claim (a default for the select; the API enforces it). */
function tokenDong(): string {
  try {
    const part = getSession()?.accessToken.split('.')[1] ?? '';
    const bytes = Uint8Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    const dong = (JSON.parse(new TextDecoder().decode(bytes)) as { org?: { dong?: unknown } }).org?.dong;
    return typeof dong === 'string' && (SEONGDONG_DONGS as readonly string[]).includes(dong) ? dong : '';
  } catch {
    return '';
  }
}

/** Both languages of an API error (the page shows the reader's first, the other beside it). */
function bilingual(error: CombinedError | undefined): Bilingual | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (!first) return { code: 'NETWORK', ko: '허브의 응답을 받지 못했습니다.', en: 'No answer from the hub.' };
  const ext = (first.extensions ?? {}) as { code?: string; messageKo?: string; messageEn?: string; field?: string };
  return { code: ext.code ?? 'UNEXPECTED', ko: ext.messageKo ?? first.message, en: ext.messageEn ?? first.message, field: ext.field };
}

function Both({ lang, ko, en }: { lang: Lang; ko: string; en: string }) {
  const [first, second, secondLang] = lang === 'en' ? [en, ko, 'ko'] : [ko, en, 'en'];
  return <>{first} <span class="muted" lang={secondLang}>({second})</span></>;
}

function CheckList({ checks }: { checks: Checks }) {
  const t = useT(registerDict);
  const { lang } = useLang();
  const date = useDate();
  const dup = checks.duplicateOf;
  const c = checks.concentration;
  const rows = [
    { id: 'registry', label: t('registry'), severity: checks.registryStatus === 'RESIDENT' ? null : 'BLOCK', text: t(checks.registryStatus), code: /^INELIGIBLE_/ },
    { id: 'duplicate', label: t('duplicate'), severity: dup ? 'FLAG' : null, code: /^DUPLICATE$/,
      text: dup ? t('duplicateOf', { org: dup.organisationId, kind: t(`kind${dup.organisationKind}` as 'kindDISTRICT') || dup.organisationKind, at: date(dup.at) }) : t('noDuplicate') },
    { id: 'concentration', label: t('concentration'), severity: c.count > 0 ? 'WARN' : null, code: /^CONCENTRATION$/,
      text: c.count > 0 ? t('concentrationOf', { months: c.months, count: c.count, dates: c.dates.join(', ') }) : t('noConcentration', { months: c.months }) },
    { id: 'household', label: t('householdLimit'), severity: checks.householdCount >= checks.householdLimit ? 'WARN' : null, code: /^HOUSEHOLD_LIMIT$/,
      text: t('householdCount', { count: checks.householdCount, limit: checks.householdLimit }) },
  ] as const;
  return (
    <ul class="checks">
      {rows.map((row) => {
        const message = checks.messages.find((m) => row.code.test(m.code));
        return (
          <li key={row.id} data-check={row.id} data-severity={row.severity ?? 'PASS'}>
            <strong>{row.label}</strong>: <span class="badge">{row.severity ? t(row.severity) : t('pass')}</span> {row.text}
            {message && <div><Both lang={lang} ko={message.messageKo} en={message.messageEn} /></div>}
          </li>
        );
      })}
    </ul>
  );
}

export function WelfareRegister(_props: { params: Record<string, string | undefined> }) {
  const t = useT(registerDict);
  const { lang } = useLang();
  const client = useClient();
  const session = useSession();
  const isAdmin = session?.principal.role === 'ADMIN';
  const preselected = new URLSearchParams(useSearch()).get('programme') ?? '';
  const [programmes] = useQuery<{ welfareProgrammes: { id: string; name: string; recommendFrom: string; recommendUntil: string }[] }>({ query: PROGRAMMES, requestPolicy: 'network-only' });
  const [form, setForm] = useState<Form>(() => ({ ...PERSON, programmeId: preselected, identityKind: 'RESIDENT_REGISTRATION_NUMBER', dong: tokenDong() }));
  const [check, setCheck] = useState<{ forInput: string; checks?: Checks; error?: Bilingual } | null>(null);
  const [outcome, setOutcome] = useState<Registration | null>(null);
  const [submitError, setSubmitError] = useState<Bilingual | null>(null);
  const [busy, setBusy] = useState(false);
  // One submit attempt: its idempotency key and what it sent. Sending the same form again after a lost
  // answer is a retry of that attempt (same key, so the hub replays instead of saving a duplicate of it).
  const attempt = useRef<{ key: string; input: string } | null>(null);
  // Belt and braces with the disabled button: a second submit event (Enter, a fast double click) can arrive
  // before the re-render that disables it; this guard refuses it regardless.
  const inFlight = useRef(false);

  const missing = missingFields(form);
  // The complete input as one string: the checks' dependency, and what an attempt remembers it sent.
  const input = missing.length === 0 && !isAdmin ? JSON.stringify({ ...form, name: form.name.trim(), identityKey: form.identityKey.trim() }) : null;

  useEffect(() => {
    if (!input) return setCheck(null);
    let live = true;
    let sub: { unsubscribe(): void } | null = null;
    const timer = setTimeout(() => {
      sub = client.query<{ welfarePrecheck: Checks }>(PRECHECK, { input: JSON.parse(input) }, { ...POST_ONLY, requestPolicy: 'network-only' }).subscribe((res) => {
        if (!live) return;
        live = false;
        // One answer is all a check needs; staying subscribed would re-run it whenever a submit touches the cache.
        queueMicrotask(() => sub?.unsubscribe());
        const error = bilingual(res.error);
        setCheck(error || !res.data ? { forInput: input, error: error ?? undefined } : { forInput: input, checks: res.data.welfarePrecheck });
      });
    }, DEBOUNCE_MS);
    // A newer input cancels this one: the timer if it has not fired, else the request (urql aborts it), so a stale answer never shows.
    return () => {
      live = false;
      clearTimeout(timer);
      sub?.unsubscribe();
    };
  }, [input, client]);

  const submit = async (e?: Event) => {
    e?.preventDefault();
    if (inFlight.current || isAdmin || !input) return;
    if (attempt.current?.input !== input) attempt.current = { key: newAttemptKey(), input };
    const current = attempt.current;
    inFlight.current = true;
    setBusy(true);
    setSubmitError(null);
    const res = await client.mutation<{ recommendWelfare: Registration }>(RECOMMEND, { input: { ...JSON.parse(current.input), idempotencyKey: current.key } }, POST_ONLY).toPromise();
    inFlight.current = false;
    setBusy(false);
    const registration = res.data?.recommendWelfare;
    if (!registration) return setSubmitError(bilingual(res.error));
    attempt.current = null;
    setOutcome(registration);
    // Answered: the key goes. A blocked person keeps the rest (the number may have been mistyped); a saved one clears the person.
    setForm((f) => (registration.outcome === 'BLOCKED' ? { ...f, identityKey: '' } : { ...f, ...PERSON }));
  };

  const set = (key: keyof Form) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [key]: e.currentTarget.value });
  const invalid = (field: string) => (check?.error?.field === field || submitError?.field === field ? true : undefined);
  const list = programmes.data?.welfareProgrammes;
  const shown = check && check.forInput === input ? check : null;
  const blocked = shown?.checks && shown.checks.registryStatus !== 'RESIDENT';

  return (
    <>
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <p>{t('intro')}</p>
      {isAdmin && <p class="notice" role="note">{t('adminNote')}</p>}
      {programmes.error && <p class="error" role="alert"><Both lang={lang} {...(bilingual(programmes.error) as Bilingual)} /></p>}
      {programmes.fetching && !list ? <p role="status">{t('loading')}</p> : list?.length === 0 && <p>{t('noProgrammes')}</p>}
      <form class="card" onSubmit={(e) => void submit(e)} autoComplete="off">
        <fieldset disabled={isAdmin || !list?.length}>
          <legend>{t('person')}</legend>
          <div class="field">
            <label for="wr-programme">{t('programme')}</label>
            <select id="wr-programme" required value={form.programmeId} onChange={set('programmeId')} aria-invalid={invalid('programmeId')}>
              <option value="">{t('choose')}</option>
              {list?.map((p) => <option key={p.id} value={p.id}>{p.name} ({t('window', { from: p.recommendFrom, until: p.recommendUntil })})</option>)}
            </select>
          </div>
          <div class="field">
            <label for="wr-name">{t('name')}</label>
            <input id="wr-name" type="text" required maxLength={40} autoComplete="off" value={form.name} onInput={set('name')} aria-invalid={invalid('name')} />
          </div>
          <div class="field">
            <label for="wr-birth">{t('birthDate')}</label>
            <input id="wr-birth" type="date" required value={form.birthDate} onInput={set('birthDate')} aria-invalid={invalid('birthDate')} />
          </div>
          <fieldset>
            <legend>{t('identityKind')}</legend>
            {(['RESIDENT_REGISTRATION_NUMBER', 'OTHER'] as const).map((kind) => (
              <label class="check" key={kind}>
                <input type="radio" name="wr-kind" value={kind} checked={form.identityKind === kind} onChange={() => setForm({ ...form, identityKind: kind })} />
                {t(kind)}
              </label>
            ))}
          </fieldset>
          <div class="field">
            <label for="wr-key">{t(form.identityKind === 'OTHER' ? 'identityKeyOther' : 'identityKeyRrn')}</label>
            <input id="wr-key" type="password" required autoComplete="off" spellcheck={false} value={form.identityKey} onInput={set('identityKey')}
              aria-describedby="wr-key-hint" aria-invalid={invalid('identityKey')} />
            <span id="wr-key-hint" class="muted">{t('identityHint')}</span>
          </div>
          <div class="field">
            <label for="wr-household">{t('household')}</label>
            <input id="wr-household" type="text" required maxLength={60} autoComplete="off" value={form.householdKey} onInput={set('householdKey')} aria-invalid={invalid('householdKey')} />
          </div>
          <div class="field">
            <label for="wr-dong">{t('dong')}</label>
            <select id="wr-dong" required value={form.dong} onChange={set('dong')} aria-describedby="wr-dong-hint" aria-invalid={invalid('dong')}>
              <option value="">{t('choose')}</option>
              {SEONGDONG_DONGS.map((d) => <option key={d} value={d}>{d}</option>)}
            </select>
            <span id="wr-dong-hint" class="muted">{t('dongHint')}</span>
          </div>
          <div class="field">
            <label for="wr-reason">{t('reason')}</label>
            <textarea id="wr-reason" required maxLength={500} value={form.reason} onInput={set('reason')} aria-invalid={invalid('reason')} />
          </div>
        </fieldset>

        <section aria-labelledby="wr-checks-heading">
          <h2 id="wr-checks-heading">{t('checksHeading')}</h2>
          <div aria-live="polite" aria-busy={input !== null && !shown} data-testid="welfare-checks">
            {!input ? !isAdmin && <p>{t('missing', { fields: missing.map((m) => t(m)).join(', ') })}</p>
              : !shown ? <p>{t('checking')}</p>
              : shown.error ? <p class="error"><Both lang={lang} ko={shown.error.ko} en={shown.error.en} /></p>
              : shown.checks && (
                <>
                  <p>{t('checked')}</p>
                  <CheckList checks={shown.checks} />
                  {blocked && <p class="error">{t('blockedNote')}</p>}
                </>
              )}
          </div>
        </section>

        <div class="actions">
          <button type="submit" class="primary" disabled={busy || !input}>{busy ? t('submitting') : t('submit')}</button>
        </div>
        {submitError && (
          <div role="alert">
            <p class="error"><Both lang={lang} ko={submitError.ko} en={submitError.en} /></p>
            {submitError.code === 'NETWORK' && (
              <p>
                {t('retryHint')} <button type="button" disabled={busy} onClick={() => void submit()}>{t('retry')}</button>
              </p>
            )}
          </div>
        )}
      </form>

      <section aria-labelledby="wr-outcome-heading">
        <h2 id="wr-outcome-heading">{t('outcomeHeading')}</h2>
        <div role="status" aria-live="polite" data-testid="welfare-outcome">
          {outcome && (
            <div data-outcome={outcome.outcome}>
              <p class={outcome.outcome === 'BLOCKED' ? 'error' : 'notice'}>
                {t(outcome.outcome)} {outcome.recommendation && <span class="muted">{t('recommendationId', { id: outcome.recommendation.id })}</span>}
              </p>
              {outcome.checks.messages.length > 0 && <ul>
                {outcome.checks.messages.map((m) => <li key={m.code}><span class="badge">{t(m.severity)}</span> <Both lang={lang} ko={m.messageKo} en={m.messageEn} /></li>)}
              </ul>}
            </div>
          )}
        </div>
      </section>
    </>
  );
}
