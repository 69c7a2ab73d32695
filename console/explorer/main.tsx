import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { ToolbarButton, useHeadersEditorState } from '@graphiql/react';
import { GraphiQL } from 'graphiql';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './explorer.css';

/**
 * GraphiQL at `/` (issue 17): headers editor, schema docs of every type
 * (introspection is on at the gateway), and one click to put the console's
 * signed-in token into the headers. The console keeps its access token in
 * memory only, so this page asks /auth/refresh for a fresh one with the
 * refresh cookie and the double-submit CSRF cookie.
 */
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

// One tab: GraphiQL's tab strip (role=tab with a close button inside) fails axe's nested-interactive rule.
const DEFAULT_QUERY = `# 돌봄 허브 GraphQL 탐색기 / Dolbom Hub explorer
# 왼쪽 아래 "헤더 / Headers"에 {"Authorization": "Bearer …"}를 넣으면 편집자 변경(mutation)도 실행됩니다.
# Put {"Authorization": "Bearer …"} in the headers editor to run editors' mutations.
# 강서구 어린이집 / Childcare centres in Gangseo-gu
{
  facilities(filter: { stages: [INFANT], region: { sido: "서울특별시", sigungu: "강서구" } }, first: 3) {
    totalCount
    edges { node { id name address phone ... on ChildcareCenter { centerTypeLabel capacity enrolled freeSeats } } }
  }
}

# 쉬운 말 요약 넣기 (편집자 토큰 필요) / Set a plain-language summary (editor token)
mutation SetPlainSummary($id: ID!) {
  setPlainSummary(id: $id, text: "부모님을 위한 쉬운 설명입니다.", reason: "탐색기에서 확인") { id name plainSummary }
}
`;

const EDITOR_LABELS: Array<[string, string]> = [
  ['.graphiql-query-editor', '쿼리 편집기 / Query editor'],
  ['.graphiql-editor-tool .graphiql-editor:nth-child(1)', '변수 편집기 / Variables editor'],
  ['.graphiql-editor-tool .graphiql-editor:nth-child(2)', '헤더 편집기 / Headers editor'],
  ['.graphiql-response', '결과 / Response'],
];

/**
 * CodeMirror 5 renders unlabelled textareas and a scroll box that keyboard
 * users cannot reach; GraphiQL 4 does not pass CodeMirror's own label option
 * through. Label them (and make the scroll box focusable) as they appear.
 * Each write only happens when the attribute differs, so the observer settles.
 */
function labelEditors(root: HTMLElement): void {
  const apply = () => {
    for (const [selector, label] of EDITOR_LABELS) {
      for (const area of root.querySelectorAll<HTMLTextAreaElement>(`${selector} .CodeMirror textarea`)) {
        if (area.getAttribute('aria-label') !== label) area.setAttribute('aria-label', label);
      }
    }
    // Tabs hold their own close buttons, which ARIA forbids inside role=tab (axe: nested-interactive): plain list items instead.
    for (const list of root.querySelectorAll('.graphiql-tabs[role="tablist"]')) list.setAttribute('role', 'list');
    for (const tab of root.querySelectorAll('.graphiql-tab[role="tab"]')) {
      tab.removeAttribute('role');
      tab.removeAttribute('aria-selected');
    }
    for (const scroll of root.querySelectorAll<HTMLElement>('.CodeMirror-scroll')) if (scroll.tabIndex !== 0) scroll.tabIndex = 0;
  };
  apply();
  new MutationObserver(apply).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['role', 'aria-selected', 'tabindex'] });
}

function csrfCookie(): string | null {
  const match = /(?:^|;\s*)dolbom_csrf=([^;]+)/.exec(document.cookie);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** Sets (or replaces) the Authorization header in the headers editor's JSON, keeping the others. */
export function withAuthorization(headersText: string, token: string): string {
  let headers: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(headersText || '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) headers = parsed as Record<string, unknown>;
  } catch {
    // Unreadable headers are replaced rather than merged.
  }
  for (const key of Object.keys(headers)) if (key.toLowerCase() === 'authorization') delete headers[key];
  return JSON.stringify({ ...headers, Authorization: `Bearer ${token}` }, null, 2);
}

function ConsoleTokenButton() {
  const [headers, setHeaders] = useHeadersEditorState();
  const [status, setStatus] = useState('');
  const useToken = async () => {
    const csrf = csrfCookie();
    if (!csrf) {
      setStatus('콘솔에 먼저 로그인하세요 (/console/) / Sign in to the console first');
      return;
    }
    try {
      const res = await fetch('/auth/refresh', { method: 'POST', credentials: 'same-origin', headers: { 'x-csrf-token': csrf } });
      if (!res.ok) throw new Error(String(res.status));
      const body = (await res.json()) as { accessToken: string; principal?: { email?: string; role?: string } };
      // GraphiQL's headers editor is CodeMirror 5, which hangs its instance on the wrapper element. The
      // instance the headers hook closed over can be the one from before the editor mounted (null), so
      // the editor is written directly; its change event updates GraphiQL's own header state.
      const wrapper = document.querySelectorAll('.graphiql-editor-tool .graphiql-editor')[1]?.querySelector('.CodeMirror') as (Element & { CodeMirror?: { getValue(): string; setValue(v: string): void } }) | null;
      if (wrapper?.CodeMirror) wrapper.CodeMirror.setValue(withAuthorization(wrapper.CodeMirror.getValue(), body.accessToken));
      else setHeaders(withAuthorization(headers, body.accessToken));
      setStatus(`헤더에 토큰을 넣었습니다 (${body.principal?.role ?? ''}) / Token added to the headers`);
    } catch {
      setStatus('토큰을 받지 못했습니다. 콘솔에 다시 로그인하세요 / Could not get a token; sign in to the console again');
    }
  };
  return (
    <>
      <ToolbarButton label="콘솔 토큰 넣기 / Use my console token" onClick={() => void useToken()} data-testid="use-console-token">
        <svg aria-hidden="true" className="graphiql-toolbar-icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5">
          <circle cx="8" cy="15" r="4" />
          <path d="M11 12l8-8m-3 3l2 2m-4 0l2 2" strokeLinecap="round" />
        </svg>
      </ToolbarButton>
      <span role="status" className="dolbom-status">{status}</span>
    </>
  );
}

function Explorer() {
  return (
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={DEFAULT_QUERY}
      forcedTheme="light"
      defaultEditorToolsVisibility="headers"
      isHeadersEditorEnabled
      shouldPersistHeaders={false}
    >
      <GraphiQL.Logo>
        <a href="/console/" className="dolbom-logo">돌봄 허브 · Dolbom Hub</a>
      </GraphiQL.Logo>
      <GraphiQL.Toolbar>
        {({ prettify, merge, copy }) => (
          <>
            {prettify}
            {merge}
            {copy}
            <ConsoleTokenButton />
          </>
        )}
      </GraphiQL.Toolbar>
    </GraphiQL>
  );
}

const root = document.getElementById('explorer')!;
labelEditors(root);
createRoot(root).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
