import { useClient, useQuery } from '@urql/preact';
import { useRef, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { useApiFailure } from '../api';
import { graphql } from '../gql';
import type { ConsoleModerationQueueQuery, ModerationAction } from '../gql/graphql';
import { useT } from '../i18n';
import { QueuePager, useQueue } from '../queue';
import { Status, useDate } from '../ui';
import { moderationDict } from './Moderation.i18n';
import './ops.css';

/**
 * 소통방 검토 대기열 (issue 23): held reviews and questions and reported
 * reviews, oldest first, as moderationQueue returns them. An editor publishes
 * one, hides it with a reason the author sees, or (for what was just hidden
 * here) publishes it again. The API audits every decision; the page only asks.
 */
const QUEUE = graphql(`query ConsoleModerationQueue($after: String) {
  moderationQueue(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { kind since
      review { id targetId reviewer body average holdReasons createdAt reports { reason note createdAt } }
      question { id title body categoryLabel author facilityId policyId holdReasons createdAt } } } } }`);
const TARGET = graphql(`query ConsoleModerationTarget($id: ID!) { curatedRecord(id: $id) { id name } }`);
// One decision on a review or a question ($review picks which), so the page has one mutation to send.
const DECIDE = graphql(`mutation ConsoleModerate($id: ID!, $action: ModerationAction!, $reason: String, $review: Boolean!) {
  moderateReview(id: $id, action: $action, reason: $reason) @include(if: $review) { id }
  moderateQuestion(id: $id, action: $action, reason: $reason) @skip(if: $review) { id } }`);

type Page = NonNullable<ConsoleModerationQueueQuery['moderationQueue']>;
type Item = Page['edges'][number]['node'];
interface Hidden { id: string; isReview: boolean; what: string; reason: string }
const MAX_REASON = 500;
const MASKS = [['(전화번호 비공개)', 'maskedPhone'], ['(주민등록번호 비공개)', 'maskedResident'], ['(이메일 비공개)', 'maskedEmail']] as const;

const idOf = (item: Item) => item.review?.id ?? item.question?.id ?? '';

/** Sends one decision; null when done, else the message to show. */
function useDecide() {
  const client = useClient();
  const failure = useApiFailure(moderationDict);
  return async (isReview: boolean, id: string, action: ModerationAction, reason?: string) => {
    const res = await client.mutation(DECIDE, { id, action, reason: reason ?? null, review: isReview }).toPromise();
    return failure(res.error, 'failed');
  };
}

export function Moderation(_props: { params: Record<string, string | undefined> }) {
  const t = useT(moderationDict);
  const failure = useApiFailure(moderationDict);
  const decide = useDecide();
  const client = useClient();
  const [notice, setNotice] = useState<string | null>(null);
  const [recent, setRecent] = useState<Hidden[]>([]);
  const { page, cursors, error, setError, busy, setBusy, heading, load, reloadAfter } = useQueue<null, Item, Page>({
    initial: null,
    fetch: async (_vars, after) => {
      const res = await client.query(QUEUE, { after }, { requestPolicy: 'network-only' }).toPromise();
      return { page: res.data?.moderationQueue ?? null, error: failure(res.error, 'loadFailed') };
    },
    nodeId: idOf,
    headingId: (item) => `mod-${idOf(item)}-heading`,
  });

  const decided = (message: string, item: Item, index: number, hidden?: Hidden) => {
    setNotice(message);
    setError(null);
    if (hidden) setRecent((list) => [hidden, ...list.filter((h) => h.id !== hidden.id)]);
    reloadAfter(item, index);
  };

  const restore = async (h: Hidden) => {
    setBusy(true);
    const failed = await decide(h.isReview, h.id, 'RESTORE');
    setBusy(false);
    if (failed) return setError(failed);
    setRecent((list) => list.filter((x) => x.id !== h.id));
    setNotice(t('restored', { what: h.what }));
    heading.current?.focus();
    void load(cursors);
  };

  const items = page?.edges.map((e) => e.node) ?? [];
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>{t('heading')}</h1>
      <p>{t('intro')}</p>
      <div aria-live="assertive">{error && <p class="error" role="alert">{error}</p>}</div>
      <div aria-live="polite">{notice && <Status>{notice}</Status>}</div>
      {page === null && !error && <p role="status">{t('loading')}</p>}
      {page && (items.length === 0 ? <p>{t('empty')}</p> : (
        <>
          <p>{t('count', { n: page.totalCount })} · {t('pageOf', { page: cursors.length })}</p>
          <ul class="mod-list" aria-label={t('list')}>
            {items.map((item, index) => (
              <ItemCard key={`${idOf(item)}:${item.kind}`} item={item} busy={busy} setBusy={setBusy}
                onDone={(message, hidden) => decided(message, item, index, hidden)} />
            ))}
          </ul>
        </>
      ))}
      <QueuePager page={page} cursors={cursors} busy={busy} load={(stack) => void load(stack)}
        labels={{ pager: t('pager'), previous: t('previous'), next: t('next') }} />
      {recent.length > 0 && (
        <section class="card" aria-labelledby="mod-recent">
          <h2 id="mod-recent">{t('recent')}</h2>
          <p class="muted">{t('recentHint')}</p>
          <ul class="mod-recent">
            {recent.map((h) => (
              <li key={h.id} data-hidden={h.id}>
                <span>{h.what} · {t('hiddenBecause', { reason: h.reason })}</span>{' '}
                <button type="button" disabled={busy} aria-label={t('restoreOne', { what: h.what })} onClick={() => void restore(h)}>{t('restore')}</button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The name of a catalog record (from curation, so unpublished ones too), linking to its record page. */
function RecordLink({ id }: { id: string }) {
  const t = useT(moderationDict);
  const [res] = useQuery({ query: TARGET, variables: { id } });
  const name = res.data?.curatedRecord?.name ?? t('unknownTarget', { id });
  return <Link href={`/records/${encodeURIComponent(id)}`}>{name}</Link>;
}

function useRecordName(id: string | null | undefined): string | null {
  const [res] = useQuery({ query: TARGET, variables: { id: id ?? '' }, pause: !id });
  return res.data?.curatedRecord?.name ?? null;
}

/** The text as stored, with what the screen masked marked, and a line saying what it masked. */
function Body({ text }: { text: string }) {
  const t = useT(moderationDict);
  const parts = text.split(/(\((?:전화번호|주민등록번호|이메일) 비공개\))/);
  const found = MASKS.map(([mark, key]) => ({ key, n: parts.filter((p) => p === mark).length })).filter((m) => m.n > 0);
  return (
    <>
      <blockquote class="mod-body">{parts.map((p, i) => (i % 2 ? <mark key={i}>{p}</mark> : p))}</blockquote>
      <p>{t('masked')}: {found.length ? found.map((m) => t('maskedCount', { what: t(m.key), n: m.n })).join(', ') : t('maskedNone')}</p>
    </>
  );
}

/** One post of the queue: what the screen found, the reports, and the editor's decision. */
function ItemCard({ item, busy, setBusy, onDone }: { item: Item; busy: boolean; setBusy(b: boolean): void; onDone(message: string, hidden?: Hidden): void }) {
  const t = useT(moderationDict);
  const date = useDate();
  const decide = useDecide();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const review = item.review;
  const question = item.question;
  const id = idOf(item);
  const base = `mod-${id}`;
  const targetName = useRecordName(review?.targetId);
  const what = review ? t('review', { target: targetName ?? review.targetId }) : t('question', { title: question?.title ?? id });
  const holdReasons = review?.holdReasons ?? question?.holdReasons ?? [];

  const act = async (action: ModerationAction) => {
    const why = reason.trim();
    const refused = action !== 'HIDE' ? null : !why ? t('needReason') : why.length > MAX_REASON ? t('tooLong', { n: why.length }) : null;
    if (refused) {
      setProblem(refused);
      textarea.current?.focus();
      return;
    }
    setBusy(true);
    const failed = await decide(Boolean(review), id, action, action === 'HIDE' ? why : undefined);
    setBusy(false);
    setProblem(failed);
    if (failed) return textarea.current?.focus();
    if (action === 'HIDE') onDone(t('hidden', { what, reason: why }), { id, isReview: Boolean(review), what, reason: why });
    else onDone(t(action === 'APPROVE' ? 'approved' : 'restored', { what }));
  };

  const describedBy = [`${base}-hint`, problem && `${base}-problem`].filter(Boolean).join(' ');
  return (
    <li class="card mod-item" data-item={id}>
      <h2 id={`${base}-heading`} tabIndex={-1}>
        {t(item.kind)} · {review ? <RecordLink id={review.targetId} /> : question?.title}
      </h2>
      <dl class="mod-facts">
        <div><dt>{t('author')}</dt><dd>{review?.reviewer ?? question?.author}</dd></div>
        <div><dt>{t('written')}</dt><dd>{date(review?.createdAt ?? question?.createdAt)}</dd></div>
        <div><dt>{t('since')}</dt><dd>{date(item.since)}</dd></div>
        {review && <div><dt>{t('scores')}</dt><dd>{review.average}</dd></div>}
        {question && <div><dt>{t('category')}</dt><dd>{question.categoryLabel}</dd></div>}
        {question?.facilityId && <div><dt>{t('about')}</dt><dd><RecordLink id={question.facilityId} /></dd></div>}
        {question?.policyId && <div><dt>{t('about')}</dt><dd><RecordLink id={question.policyId} /></dd></div>}
      </dl>
      {holdReasons.length > 0 && (
        <p>{t('holdReasons')}: <span class="badges">{holdReasons.map((r) => <span key={r} class="badge">{t(r)}</span>)}</span></p>
      )}
      <Body text={review?.body ?? question?.body ?? ''} />
      {review && review.reports.length > 0 && (
        <div class="mod-reports">
          <h3>{t('reports', { n: review.reports.length })}</h3>
          <ul>
            {review.reports.map((r, i) => (
              <li key={i}>{t(r.reason === 'ABUSIVE' ? 'ABUSIVE_REPORT' : r.reason)} — {r.note ?? t('noNote')} <span class="muted">({date(r.createdAt)})</span></li>
            ))}
          </ul>
        </div>
      )}
      <div class="mod-decide" role="group" aria-label={t('decide', { what })}>
        <div class="field">
          <label for={`${base}-reason`}>{t('reason')}</label>
          <textarea id={`${base}-reason`} ref={textarea} maxLength={MAX_REASON} value={reason} aria-invalid={problem ? true : undefined} aria-describedby={describedBy}
            onInput={(e) => setReason(e.currentTarget.value)} />
          <span id={`${base}-hint`} class="muted">{t('reasonHint')}</span>
          <div aria-live="assertive">{problem && <span id={`${base}-problem`} class="error" role="alert">{problem}</span>}</div>
        </div>
        <div class="actions">
          <button type="button" class="primary" disabled={busy} aria-label={item.kind === 'REPORTED_REVIEW' ? `${t('approveReported')} (${what})` : t('approveOne', { what })} onClick={() => void act('APPROVE')}>
            {item.kind === 'REPORTED_REVIEW' ? t('approveReported') : t('approve')}
          </button>
          <button type="button" class="danger" disabled={busy} aria-label={t('hideOne', { what })} onClick={() => void act('HIDE')}>{t('hide')}</button>
        </div>
      </div>
    </li>
  );
}
