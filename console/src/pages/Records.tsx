import { graphql } from '../gql';
import type { CuratedRecordKind, Stage } from '../gql/graphql';
import { useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { Link, useLocation, useSearch } from 'wouter-preact';
import { apiError } from '../api';
import { FACILITY_KINDS, STAGES, STAGE_LABELS } from '../fields';
import { useLang, useT } from '../i18n';
import { StateBadges, Status, useDate } from '../ui';
import { recordsDict } from './Records.i18n';

const LIST = graphql(`
  query ConsoleRecords($filter: CuratedRecordFilter, $first: Int, $after: String) {
    curatedRecords(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id recordKind subtype name region { sido sigungu } phone published withdrawn mergedInto updatedAt overrides { field } } }
    }
    sources { id name }
  }`);

interface Row {
  id: string;
  recordKind: string;
  subtype: string;
  name: string;
  region: { sido: string | null; sigungu: string | null } | null;
  phone: string | null;
  published: boolean;
  withdrawn: boolean;
  mergedInto: string | null;
  updatedAt: string;
  overrides: { field: string }[];
}

const KEYS = ['text', 'kind', 'subtype', 'stage', 'sigungu', 'source', 'state'] as const;
type Key = (typeof KEYS)[number];

/** The filters live in the address (?text=…&kind=…), so a search can be bookmarked, shared and gone back to. */
function filterOf(params: URLSearchParams) {
  const state = params.get('state');
  return {
    text: params.get('text') || undefined,
    recordKind: (params.get('kind') || undefined) as CuratedRecordKind | undefined,
    subtype: params.get('subtype') || undefined,
    stage: (params.get('stage') || undefined) as Stage | undefined,
    sigungu: params.get('sigungu') || undefined,
    source: params.get('source') || undefined,
    curated: state === 'curated' ? true : undefined,
    published: state === 'unpublished' ? false : state === 'public' ? true : undefined,
    merged: state === 'merged' ? true : state === 'unpublished' ? false : undefined,
  };
}

export function Records(_props: { params: Record<string, string | undefined> }) {
  const t = useT(recordsDict);
  const { lang } = useLang();
  const date = useDate();
  const search = useSearch();
  const [, navigate] = useLocation();
  const params = new URLSearchParams(search);
  const [form, setForm] = useState<Record<Key, string>>(() => Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ''])) as Record<Key, string>);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [selected, setSelected] = useState<Row[]>([]);
  const after = cursors[cursors.length - 1] ?? null;
  const [result] = useQuery({
    query: LIST,
    variables: { filter: filterOf(params), first: 25, after },
  });
  const error = apiError(result.error, lang);
  const page = result.data?.curatedRecords;

  const submit = (event: Event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const key of KEYS) if (form[key].trim()) next.set(key, form[key].trim());
    setCursors([null]);
    navigate(next.size ? `/records?${next}` : '/records');
  };
  const reset = () => {
    setForm(Object.fromEntries(KEYS.map((k) => [k, ''])) as Record<Key, string>);
    setCursors([null]);
    navigate('/records');
  };
  const toggle = (row: Row, on: boolean) => setSelected((list) => (on ? [...list.filter((r) => r.id !== row.id), row] : list.filter((r) => r.id !== row.id)));
  const mergeable = selected.length === 2 && selected[0]!.recordKind === selected[1]!.recordKind && selected[0]!.recordKind !== 'PROGRAM';
  const set = (key: Key) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });

  return (
    <>
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <form class="filters" role="search" aria-label={t('filters')} onSubmit={submit}>
        <div class="field">
          <label for="f-text">{t('text')}</label>
          <input id="f-text" type="search" value={form.text} onInput={set('text')} />
        </div>
        <div class="field">
          <label for="f-kind">{t('kind')}</label>
          <select id="f-kind" value={form.kind} onChange={set('kind')}>
            <option value="">{t('any')}</option>
            <option value="FACILITY">{t('FACILITY')}</option>
            <option value="POLICY">{t('POLICY')}</option>
            <option value="PROGRAM">{t('PROGRAM')}</option>
          </select>
        </div>
        <div class="field">
          <label for="f-subtype">{t('subtype')}</label>
          <select id="f-subtype" value={form.subtype} onChange={set('subtype')}>
            <option value="">{t('any')}</option>
            {Object.entries(FACILITY_KINDS).map(([code, ko]) => <option key={code} value={code}>{lang === 'en' ? code : ko}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="f-stage">{t('stage')}</label>
          <select id="f-stage" value={form.stage} onChange={set('stage')}>
            <option value="">{t('any')}</option>
            {STAGES.map((s) => <option key={s} value={s}>{STAGE_LABELS[s]![lang]}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="f-sigungu">{t('sigungu')}</label>
          <input id="f-sigungu" type="text" value={form.sigungu} onInput={set('sigungu')} size={10} />
        </div>
        <div class="field">
          <label for="f-source">{t('source')}</label>
          <select id="f-source" value={form.source} onChange={set('source')}>
            <option value="">{t('any')}</option>
            {(result.data?.sources ?? []).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="f-state">{t('state')}</label>
          <select id="f-state" value={form.state} onChange={set('state')}>
            <option value="">{t('any')}</option>
            <option value="curated">{t('curated')}</option>
            <option value="unpublished">{t('unpublished')}</option>
            <option value="merged">{t('merged')}</option>
            <option value="public">{t('public')}</option>
          </select>
        </div>
        <div class="actions">
          <button type="submit" class="primary">{t('search')}</button>
          <button type="button" onClick={reset}>{t('reset')}</button>
        </div>
      </form>

      {error && <Status kind="error">{error.message}</Status>}
      {result.fetching && !page && <p role="status">{t('loading')}</p>}
      {page && (
        <>
          <p role="status">{t('results', { n: page.totalCount })}</p>
          <div class="actions">
            <button type="button" disabled={!mergeable} aria-describedby="merge-hint"
              onClick={() => navigate(`/merge?keep=${encodeURIComponent(selected[0]!.id)}&merge=${encodeURIComponent(selected[1]!.id)}`)}>
              {t('mergeSelected')}
            </button>
            <span id="merge-hint" class="muted">{t('selectTwo')}</span>
          </div>
          {page.edges.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">{t('results', { n: page.totalCount })}</caption>
                <thead>
                  <tr>
                    <th scope="col"><span class="visually-hidden">✓</span></th>
                    <th scope="col">{t('name')}</th>
                    <th scope="col">{t('type')}</th>
                    <th scope="col">{t('region')}</th>
                    <th scope="col">{t('phone')}</th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col">{t('updated')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td>
                        <input type="checkbox" aria-label={t('select', { name: node.name })} checked={selected.some((r) => r.id === node.id)}
                          onChange={(e) => toggle(node, e.currentTarget.checked)} />
                      </td>
                      <td><Link href={`/records/${encodeURIComponent(node.id)}`}>{node.name}</Link></td>
                      <td>{node.recordKind === 'FACILITY' ? (lang === 'en' ? node.subtype : FACILITY_KINDS[node.subtype as keyof typeof FACILITY_KINDS] ?? node.subtype) : t(node.recordKind)}</td>
                      <td>{[node.region?.sido, node.region?.sigungu].filter(Boolean).join(' ') || '—'}</td>
                      <td>{node.phone ?? '—'}</td>
                      <td><StateBadges record={node} /></td>
                      <td>{date(node.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div class="actions pager">
            <button type="button" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>{t('prev')}</button>
            <button type="button" disabled={!page.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, page.pageInfo.endCursor])}>{t('next')}</button>
          </div>
        </>
      )}
    </>
  );
}
