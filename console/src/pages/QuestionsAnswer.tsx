import { useClient } from '@urql/preact';
import { useRef, useState } from 'preact/hooks';
import { useApiFailure } from '../api';
import { graphql } from '../gql';
import { useT } from '../i18n';
import type { UnansweredQuestion } from './Questions';
import { questionsDict } from './Questions.i18n';

/**
 * The answer editor of the unanswered-questions queue: plain text, bounded as
 * answerQuestion bounds it (2–4000 characters), with catalog links found
 * through the public `search` (policies and facilities), shown as removable
 * chips (at most 10, as the API allows).
 */
const SEARCH = graphql(`query ConsoleAnswerSearch($q: String!) {
  search(query: $q, filter: { recordKinds: [POLICY, FACILITY] }, first: 8) { totalCount
    edges { node { __typename ... on Facility { id name } ... on Policy { id name } } } } }`);
const ANSWER = graphql(`mutation ConsoleAnswerQuestion($input: AnswerInput!) { answerQuestion(input: $input) { id links { id kind name } } }`);

const MAX_BODY = 4000;
const MAX_LINKS = 10;
interface Hit { id: string; name: string; kind: 'POLICY' | 'FACILITY' }

/** The Q&A screens' message for a failed call (their dictionary's `failed`, `loadFailed`, `searchFailed`). */
export const useFailure = () => useApiFailure(questionsDict);

export function AnswerEditor({ id, question, busy, setBusy, onDone }: {
  id: string; question: UnansweredQuestion; busy: boolean; setBusy(b: boolean): void; onDone(message: string): void;
}) {
  const t = useT(questionsDict);
  const failure = useFailure();
  const client = useClient();
  const [body, setBody] = useState('');
  const [links, setLinks] = useState<Hit[]>([]);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [searched, setSearched] = useState('');
  const [searching, setSearching] = useState(false);
  const [linkNotice, setLinkNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);

  const find = async () => {
    const q = query.trim();
    if (!q) return searchBox.current?.focus();
    setSearching(true);
    const res = await client.query(SEARCH, { q }, { requestPolicy: 'network-only' }).toPromise();
    setSearching(false);
    const failed = failure(res.error, 'searchFailed');
    if (failed || !res.data?.search) {
      setLinkNotice(failed);
      return;
    }
    const found = res.data.search.edges.flatMap((e): Hit[] => {
      const node = e.node;
      if (!node || !('id' in node)) return [];
      return [{ id: node.id, name: node.name, kind: node.__typename.endsWith('Policy') ? 'POLICY' : 'FACILITY' }];
    });
    setHits(found);
    setSearched(q);
    setLinkNotice(found.length ? t('found', { n: found.length }) : t('noResults', { q }));
  };

  const link = (hit: Hit) => {
    if (links.length >= MAX_LINKS) return setLinkNotice(t('tooMany'));
    setLinks([...links, hit]);
    setLinkNotice(t('linkedNow', { name: hit.name }));
  };
  const unlink = (hit: Hit) => {
    setLinks(links.filter((l) => l.id !== hit.id));
    setLinkNotice(t('unlinkedNow', { name: hit.name }));
    searchBox.current?.focus();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const text = body.trim();
    const refused = text.length < 2 ? t('needBody') : text.length > MAX_BODY ? t('tooLong', { n: text.length }) : null;
    if (refused) {
      setProblem(refused);
      return textarea.current?.focus();
    }
    setBusy(true);
    const res = await client.mutation(ANSWER, { input: { questionId: question.id, body: text, linkIds: links.map((l) => l.id) } }).toPromise();
    setBusy(false);
    const failed = failure(res.error, 'failed');
    setProblem(failed);
    if (failed) return textarea.current?.focus();
    onDone(t('answered', { title: question.title, n: res.data?.answerQuestion?.links.length ?? links.length }));
  };

  const base = id;
  const describedBy = [`${base}-hint`, problem && `${base}-problem`].filter(Boolean).join(' ');
  return (
    <form id={id} class="answer-editor" aria-label={t('editor', { title: question.title })} onSubmit={(e) => void submit(e)}>
      <div class="field">
        <label for={`${base}-body`}>{t('body')}</label>
        <textarea id={`${base}-body`} ref={textarea} rows={6} maxLength={MAX_BODY} value={body} aria-invalid={problem ? true : undefined} aria-describedby={describedBy}
          onInput={(e) => setBody(e.currentTarget.value)} />
        <span id={`${base}-hint`} class="muted">{t('bodyHint', { n: body.length })}</span>
        <div aria-live="assertive">{problem && <span id={`${base}-problem`} class="error" role="alert">{problem}</span>}</div>
      </div>
      <fieldset class="answer-links">
        <legend>{t('links', { n: links.length })}</legend>
        {links.length === 0 ? <p class="muted">{t('noLinks')}</p> : (
          <ul class="chips">
            {links.map((l) => (
              <li key={l.id} class="chip" data-link={l.id}>
                <span>{l.name} <span class="muted">({t(l.kind)})</span></span>
                <button type="button" class="link" aria-label={t('unlink', { name: l.name })} onClick={() => unlink(l)}>×</button>
              </li>
            ))}
          </ul>
        )}
        <div role="search" aria-label={t('search')}>
          <div class="field">
            <label for={`${base}-search`}>{t('search')}</label>
            <input id={`${base}-search`} ref={searchBox} type="search" maxLength={200} value={query} aria-describedby={`${base}-search-hint`}
              onInput={(e) => setQuery(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void find();
                }
              }} />
            <span id={`${base}-search-hint`} class="muted">{t('searchHint')}</span>
          </div>
          <div class="actions"><button type="button" disabled={searching} onClick={() => void find()}>{t('searchButton')}</button></div>
        </div>
        <div aria-live="polite">{searching ? <p role="status">{t('searching')}</p> : linkNotice && <p role="status">{linkNotice}</p>}</div>
        {hits && hits.length > 0 && (
          <ul class="answer-hits" aria-label={`${t('results')}: ${searched}`}>
            {hits.map((hit) => {
              const done = links.some((l) => l.id === hit.id);
              return (
                <li key={hit.id} data-hit={hit.id}>
                  <span>{hit.name} <span class="muted">({t(hit.kind)})</span></span>{' '}
                  {done ? <span class="badge">{t('linked')}</span> : (
                    <button type="button" aria-label={t('linkOne', { name: hit.name })} onClick={() => link(hit)}>{t('link')}</button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
      <div class="actions"><button type="submit" class="primary" disabled={busy}>{t('submit')}</button></div>
    </form>
  );
}
