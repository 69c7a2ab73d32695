import { useClient, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { isEditor, useSession } from '../auth';
import { graphql } from '../gql';
import type { ConsoleUnansweredQuestionsQuery } from '../gql/graphql';
import { useT } from '../i18n';
import { QueuePager, useQueue } from '../queue';
import { Status, useDate } from '../ui';
import { questionsDict } from './Questions.i18n';
import { AnswerEditor, useFailure } from './QuestionsAnswer';
import './ops.css';

/**
 * 답변 대기 질문 (issue 23): the Q&A board's questions without an answer,
 * oldest first, each with how long it has waited; a counsellor (or an editor)
 * writes an answer, linking policies and facilities found with the catalog's
 * search. An answered question leaves the queue.
 */
const QUEUE = graphql(`query ConsoleUnansweredQuestions($after: String) {
  unansweredQuestions(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title body categoryLabel author facilityId policyId ageMinutes createdAt } } } }`);
const RECORD = graphql(`query ConsoleQuestionRecord($id: ID!, $facility: Boolean!) {
  facility(id: $id) @include(if: $facility) { id name } policy(id: $id) @skip(if: $facility) { id name } }`);

type Page = NonNullable<ConsoleUnansweredQuestionsQuery['unansweredQuestions']>;
export type UnansweredQuestion = Page['edges'][number]['node'];

/** How long a question has waited: minutes under an hour, hours under a day, then days (3일 전). */
export function useAge(): (minutes: number) => string {
  const t = useT(questionsDict);
  return (minutes) =>
    minutes < 1 ? t('justNow')
      : minutes < 60 ? t('minutesAgo', { n: minutes })
        : minutes < 24 * 60 ? t('hoursAgo', { n: Math.floor(minutes / 60) })
          : t('daysAgo', { n: Math.floor(minutes / (24 * 60)) });
}

export function Questions(_props: { params: Record<string, string | undefined> }) {
  const t = useT(questionsDict);
  const failure = useFailure();
  const client = useClient();
  const [notice, setNotice] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  // After an answer, focus goes to the question now in its place (or the heading when none is left).
  const { page, cursors, error, busy, setBusy, heading, load, reloadAfter } = useQueue<null, UnansweredQuestion, Page>({
    initial: null,
    fetch: async (_vars, after) => {
      const res = await client.query(QUEUE, { after }, { requestPolicy: 'network-only' }).toPromise();
      return { page: res.data?.unansweredQuestions ?? null, error: failure(res.error, 'loadFailed') };
    },
    nodeId: (q) => q.id,
    headingId: (q) => `question-${q.id}-heading`,
  });

  const answered = (message: string, question: UnansweredQuestion, index: number) => {
    setNotice(message);
    setOpen(null);
    reloadAfter(question, index);
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
            {items.map((question, index) => (
              <QuestionCard key={question.id} question={question} open={open === question.id} busy={busy} setBusy={setBusy}
                onToggle={() => setOpen(open === question.id ? null : question.id)}
                onDone={(message) => answered(message, question, index)} />
            ))}
          </ul>
        </>
      ))}
      <QueuePager page={page} cursors={cursors} busy={busy} load={(stack) => void load(stack)}
        labels={{ pager: t('pager'), previous: t('previous'), next: t('next') }} />
    </>
  );
}

/** A catalog record the question is about, by its public name; for editors, a link to the console's record page (counsellors have none). */
function CatalogName({ id, kind }: { id: string; kind: 'facility' | 'policy' }) {
  const t = useT(questionsDict);
  const editor = isEditor(useSession()?.principal);
  const [res] = useQuery({ query: RECORD, variables: { id, facility: kind === 'facility' } });
  const name = (kind === 'facility' ? res.data?.facility?.name : res.data?.policy?.name) ?? t('unknownRecord', { id });
  return editor ? <Link href={`/records/${encodeURIComponent(id)}`}>{name}</Link> : <span>{name}</span>;
}

function QuestionCard({ question, open, busy, setBusy, onToggle, onDone }: {
  question: UnansweredQuestion; open: boolean; busy: boolean; setBusy(b: boolean): void; onToggle(): void; onDone(message: string): void;
}) {
  const t = useT(questionsDict);
  const date = useDate();
  const age = useAge();
  const base = `question-${question.id}`;
  return (
    <li class="card mod-item" data-question={question.id}>
      <h2 id={`${base}-heading`} tabIndex={-1}>{question.title}</h2>
      <p class="badges">
        <span class="badge">{question.categoryLabel}</span>
      </p>
      <dl class="mod-facts">
        <div><dt>{t('age')}</dt><dd data-age>{age(question.ageMinutes)}</dd></div>
        <div><dt>{t('asked')}</dt><dd>{date(question.createdAt)}</dd></div>
        <div><dt>{t('category')}</dt><dd>{question.categoryLabel}</dd></div>
        <div><dt>{t('author')}</dt><dd>{question.author}</dd></div>
        {question.facilityId && <div><dt>{t('facility')}</dt><dd><CatalogName id={question.facilityId} kind="facility" /></dd></div>}
        {question.policyId && <div><dt>{t('policy')}</dt><dd><CatalogName id={question.policyId} kind="policy" /></dd></div>}
      </dl>
      <blockquote class="mod-body">{question.body}</blockquote>
      <div class="actions">
        <button type="button" aria-expanded={open} aria-controls={open ? `${base}-editor` : undefined} aria-label={open ? t('close') : t('answerOne', { title: question.title })} onClick={onToggle}>
          {open ? t('close') : t('answerThis')}
        </button>
      </div>
      {open && <AnswerEditor id={`${base}-editor`} question={question} busy={busy} setBusy={setBusy} onDone={onDone} />}
    </li>
  );
}
