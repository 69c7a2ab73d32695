import { ERROR_CODES, RESULT_MESSAGES } from '../../common/errors';
import { FORMAT_PARAMS } from './params';
import { allParams, ROUTES, type RouteSpec } from './routes';
import { OPENAPI_PREFIX } from './rest-handler';

/**
 * The human docs page at /openapi/v1/docs: plain HTML printed from the same
 * route table as the OpenAPI document, no script and no CDN, so it works
 * offline and on any partner's intranet.
 */
const esc = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function example(route: RouteSpec, type: 'json' | 'xml'): string {
  const params = allParams(route).filter((p) => p.in === 'query' && p.example !== undefined);
  const path = route.path.replace(/\{(\w+)\}/g, (_m, name) => allParams(route).find((p) => p.name === name)?.example ?? name);
  const query = [...params.map((p) => `${p.name}=${encodeURIComponent(p.example!)}`), `type=${type}`].join('&');
  return `curl -s 'http://localhost:4000${OPENAPI_PREFIX}${path}?serviceKey=$SERVICE_KEY&${query}'`;
}

function routeSection(route: RouteSpec): string {
  const rows = [...allParams(route), ...FORMAT_PARAMS]
    .map((p) => `<tr><td><code>${esc(p.name)}</code></td><td>${p.in}</td><td>${p.required || p.in === 'path' ? '필수 required' : ''}</td><td>${esc(p.description.ko)}<br>${esc(p.description.en)}${p.values && p.values.length <= 20 ? `<br><small>${esc(p.values.join(', '))}</small>` : ''}</td></tr>`)
    .join('');
  const fields = Object.entries(route.item)
    .map(([name, f]) => `<tr><td><code>${esc(name)}</code></td><td>${f.type}${f.nullable ? ' | null' : ''}</td><td>${esc(f.description)}</td></tr>`)
    .join('');
  return `<section id="${route.operationId}"><h2>GET ${OPENAPI_PREFIX}${esc(route.path)}</h2>
<p><b>${esc(route.summary.ko)}</b> / ${esc(route.summary.en)}</p><p>${esc(route.description.ko)}<br>${esc(route.description.en)}</p>
<table><tr><th>parameter</th><th>in</th><th></th><th>description</th></tr><tr><td><code>serviceKey</code></td><td>query</td><td>필수 required</td><td>서비스 키 (또는 X-API-Key 헤더) / service key, or the X-API-Key header</td></tr>${rows}</table>
<h3>item</h3><table><tr><th>field</th><th>type</th><th>description</th></tr>${fields}</table>
<pre>${esc(example(route, 'json'))}\n${esc(example(route, 'xml'))}</pre></section>`;
}

export function renderDocsPage(): string {
  const codes = Object.entries(RESULT_MESSAGES)
    .map(([code, msg]) => {
      const entries = Object.entries(ERROR_CODES).filter(([, e]) => e.resultCode === code);
      const http = code === '00' ? '200' : [...new Set(entries.map(([, e]) => e.http))].join(', ');
      return `<tr><td><code>${code}</code></td><td>${esc(msg)}</td><td>${http}</td><td>${esc(entries.map(([name, e]) => `${name}: ${e.ko} ${e.en}`).join(' · '))}</td></tr>`;
    })
    .join('');
  const toc = ROUTES.map((r) => `<li><a href="#${r.operationId}">${esc(r.path)}</a> — ${esc(r.summary.ko)}</li>`).join('') + '<li><a href="#benefitsFor">/benefits</a> — 우리 가구 혜택 판정 (POST)</li>';
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>돌봄 허브 Open API</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222}table{border-collapse:collapse;width:100%;margin:.5em 0}td,th{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}pre{background:#f4f4f4;padding:8px;overflow:auto}code{background:#f4f4f4}section{border-top:2px solid #ddd;margin-top:2em}</style>
</head><body><h1>돌봄 허브 Open API <small>v1</small></h1>
<p>공공데이터포털과 같은 방식: <code>serviceKey</code>(그대로 또는 URL 인코딩, 또는 <code>X-API-Key</code> 헤더), <code>pageNo</code>, <code>numOfRows</code>(최대 100), <code>type=json|xml</code>(<code>_type</code>도 가능, 기본 xml). 응답은 <code>response.header.resultCode/resultMsg</code>와 <code>response.body.items.item[]</code>; JSON의 <code>item</code>은 항상 배열입니다.</p>
<p>Same conventions as 공공데이터포털 APIs. Machine-readable: <a href="${OPENAPI_PREFIX}/openapi.json">${OPENAPI_PREFIX}/openapi.json</a> (OpenAPI 3.1). GraphQL: <code>POST /graphql</code> with the same key (<code>X-API-Key</code>); apply on behalf of a citizen: key with scope <code>apply</code> plus <code>Authorization: Bearer &lt;citizen token&gt;</code>.</p>
<h2>결과코드 / Result codes</h2><table><tr><th>resultCode</th><th>resultMsg</th><th>HTTP</th><th>errorCode</th></tr>${codes}</table>
<p>서비스 키가 없으면 <code>11</code> (NO_MANDATORY_REQUEST_PARAMETERS_ERROR, HTTP 400). A missing key answers 11. Quotas (22 daily, 23 per second) come with a <code>Retry-After</code> header; daily quotas reset at midnight KST.</p>
<h2>API</h2><ul>${toc}</ul>${ROUTES.map(routeSection).join('\n')}
${BENEFITS_SECTION}</body></html>`;
}

/** POST /benefits (issue 18): a JSON body, not query parameters, so it has its own section. */
const BENEFITS_SECTION = `<section id="benefitsFor"><h2>POST ${OPENAPI_PREFIX}/benefits</h2>
<p><b>우리 가구 혜택 판정</b> / Benefits for a household</p><p>JSON 본문 <code>{household, on, filter, pageNo, numOfRows}</code>로 가구를 보내면 모든 지원정책을 ELIGIBLE / MAYBE / NOT_ELIGIBLE로 판정하고 조건별 사유(요건, 가구의 값, 근거 문장)를 답합니다. 응답은 기본 JSON입니다. 가구 정보는 저장하지 않습니다.<br>POST a household as JSON; every policy judged with the reason per criterion (GraphQL <code>benefitsFor</code>). JSON by default. Nothing is stored.</p>
<pre>${esc(`curl -s -X POST '${OPENAPI_PREFIX}/benefits' -H "X-API-Key: $SERVICE_KEY" -H 'content-type: application/json' -d '{"household":{"members":[{"relationship":"SELF"},{"relationship":"CHILD","birthDate":"2025-10-01"}],"region":{"sido":"서울","sigungu":"강남구","monthsOfResidence":12},"monthlyIncomeKrw":4000000},"numOfRows":10}'`)}</pre></section>`;
