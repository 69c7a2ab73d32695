import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from '@urql/core';
import { accessToken, refresh } from './auth';
import { pickMessage, useT, type Dict, type Lang } from './i18n';

/**
 * The console's GraphQL client (urql): the same /graphql the public uses,
 * with the editor's bearer token. A 401 (token expired under us) gets one
 * refresh and one retry. A new client per session, so nothing one editor
 * loaded is shown to the next.
 */
async function authedFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const send = (token: string | null) => {
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers, credentials: 'same-origin' });
  };
  const res = await send(await accessToken());
  if (res.status !== 401) return res;
  const renewed = await refresh();
  return renewed ? send(renewed.accessToken) : res;
}

export function createApiClient(): Client {
  return new Client({
    url: '/graphql',
    // Root query fields are nullable so partners keep what other subgraphs answered; a console screen
    // reads its query whole or not at all: a query answered with errors shows the error, never half a page.
    exchanges: [mapExchange({ onResult: (result) => (result.error && result.operation.kind === 'query' ? { ...result, data: undefined } : result) }), cacheExchange, fetchExchange],
    fetch: authedFetch,
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
  });
}

export interface ApiErrorInfo {
  code: string;
  message: string;
  /** The patch field the API refused, when it says (BAD_USER_INPUT with extensions.field). */
  field?: string;
}

/** The first GraphQL error of a result, as the editor should read it. */
export function apiError(error: CombinedError | undefined, lang: Lang): ApiErrorInfo | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (!first) return { code: 'NETWORK', message: lang === 'en' ? 'Cannot reach the hub.' : '허브에 연결할 수 없습니다.' };
  const ext = (first.extensions ?? {}) as { code?: string; messageKo?: string; messageEn?: string; field?: string };
  return { code: ext.code ?? 'UNEXPECTED', message: pickMessage(lang, { ...ext, message: first.message }), field: ext.field };
}

/**
 * A page's message for a failed call: its `key` text (with `{message}` and
 * `{en}`) filled with the API's Korean message and the English beside it;
 * null when the call did not fail.
 */
export function useApiFailure<K extends string>(dict: Dict<K>): (error: CombinedError | undefined, key: K) => string | null {
  const t = useT(dict);
  return (error, key) => {
    const ko = apiError(error, 'ko');
    const en = apiError(error, 'en');
    return ko && en ? t(key, { message: ko.message, en: en.message }) : null;
  };
}
