import { connect } from 'node:net';
import { recordId } from '../common/record-id';
import { rng } from '../simulator/world/random';
import { createKey } from './openapi/testing';
import { startTestHub, type TestHub } from './testing/hub';

/**
 * Bad input answers a typed error, never a 5xx (issue 21): NUL and lone
 * surrogates in any string argument or variable, bytes that are not UTF-8,
 * and what Node's HTTP parser refuses (headers too large, a malformed URL),
 * each in the caller's envelope. Then a bounded fuzz with a fixed seed over
 * GraphQL and the Open API.
 */
let t: TestHub;
let key: string;
beforeAll(async () => {
  t = await startTestHub();
  key = (await createKey(t.store)).key;
}, 120_000);
afterAll(() => t?.close());

/** Sends raw bytes and reads the whole answer (status line, headers, body). */
function raw(bytes: Buffer): Promise<{ status: number; body: string }> {
  const url = new URL(t.hub.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
    socket.end(bytes);
  });
}

describe('strings no field accepts', () => {
  const id = recordId('FACILITY', 'fixture', 'c1');
  test.each([
    ['NUL in an inline id', `{ facility(id: "\\u0000abc") { id } }`, undefined, 'id'],
    ['NUL in a variable', `query($id: ID!) { facility(id: $id) { id } }`, { id: `\u0000${id}` }, 'variables.id'],
    ['lone surrogate in a search (variable)', `query($q: String) { search(query: $q) { totalCount } }`, { q: 'ab\ud800' }, 'variables.q'],
    ['lone surrogate in a nested variable', `query($f: FacilityFilter) { facilities(filter: $f) { totalCount } }`, { f: { sigungu: '\udc00강서구' } }, 'variables.f.sigungu'],
  ])('%s → 400 BAD_USER_INPUT naming the field', async (_name, query, variables, field) => {
    // Twice: the second time the parsed document comes from the gateway's cache, and so does its check.
    for (let i = 0; i < 2; i++) {
      const { status, body } = await t.gql(query, variables as Record<string, unknown> | undefined);
      expect(status).toBe(400);
      expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(body.errors![0].extensions.messageKo).toMatch(/허용되지 않는 문자/);
    }
  });

  test('a lone surrogate written inline is refused by the GraphQL parser itself, typed', async () => {
    const { status, body } = await t.gql(`{ search(query: "\\ud800") { totalCount } }`);
    expect(status).toBe(400);
    expect(body.errors![0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors![0].extensions.messageKo).toBeTruthy();
  });

  test('a body that is not UTF-8 → 400 BAD_USER_INPUT', async () => {
    const bytes = Buffer.concat([Buffer.from('{"query":"{ search(query: \\"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('\\") { totalCount } }"}')]);
    const res = await fetch(`${t.hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bytes });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  test('the Open API refuses a NUL in a parameter in its envelope', async () => {
    const res = await fetch(`${t.hub.url}/openapi/v1/search?serviceKey=${encodeURIComponent(key)}&type=json&query=%00abc`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.response.header).toMatchObject({ resultCode: '10', errorCode: 'BAD_USER_INPUT' });
  });
});

describe('refused by the HTTP parser, answered in the envelope', () => {
  test('headers too large → 431 with a GraphQL error', async () => {
    const { status, body } = await raw(Buffer.from(`POST /graphql HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\ncontent-length: 2\r\n\r\n{}`));
    expect(status).toBe(431);
    expect(JSON.parse(body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
  test('headers too large on the Open API → 431 in the data.go.kr envelope', async () => {
    const { status, body } = await raw(Buffer.from(`GET /openapi/v1/facilities HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`));
    expect(status).toBe(431);
    expect(JSON.parse(body).response.header).toMatchObject({ resultCode: '10', errorCode: 'BAD_USER_INPUT' });
  });
  test('raw UTF-8 and spaces in the request line → 400 typed', async () => {
    const { status, body } = await raw(Buffer.concat([Buffer.from('GET /openapi/v1/search?query='), Buffer.from('강서 구', 'utf8'), Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n')]));
    expect(status).toBe(400);
    expect(JSON.parse(body).response.header.errorCode).toBe('BAD_USER_INPUT');
  });
  test('a NUL in a header value → 400 typed', async () => {
    const { status, body } = await raw(Buffer.from('POST /graphql HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer a\u0000b\r\ncontent-length: 2\r\n\r\n{}'));
    expect(status).toBe(400);
    expect(JSON.parse(body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('fuzz (fixed seed, bounded)', () => {
  const r = rng('input-hygiene-fuzz', 21);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const nasty = ['', '\u0000', '\ud800', '\udfff', '강서구', "'; drop table x; --", '<script>alert(1)</script>', 'a'.repeat(5000), '%00', '..', '🙂', '\u202e', '-1', '99999999999999999999', '1e309', 'null', '{}', '[]', ' ', '\t\n'];
  const value = (): unknown => pick<() => unknown>([() => pick(nasty), () => Math.floor(r() * 2 ** 40) - 2 ** 39, () => r() * 1e12, () => null, () => true, () => [pick(nasty)], () => ({ x: pick(nasty) })])();
  const QUERIES = [
    'query($v: ID!) { facility(id: $v) { id name } }',
    'query($v: String) { search(query: $v) { totalCount } }',
    'query($v: Int) { facilities(first: $v) { totalCount } }',
    'query($v: String) { facilities(after: $v) { totalCount } }',
    'query($v: FacilityFilter) { facilities(filter: $v) { totalCount } }',
    'query($v: ID!) { policy(id: $v) { id } }',
    'query($v: HouseholdInput!) { benefitsFor(household: $v) { totalCount } }',
  ];
  const ROUTES = ['/openapi/v1/facilities', '/openapi/v1/policies', '/openapi/v1/search', '/openapi/v1/programs', '/openapi/v1/changes', '/openapi/v1/facilities/x', '/openapi/v1/nope'];
  const PARAMS = ['query', 'pageNo', 'numOfRows', 'sido', 'sigungu', 'type', 'since', 'stage', 'kind'];

  test('1,500 generated requests: no 5xx, every refusal typed', async () => {
    const failures: string[] = [];
    for (let i = 0; i < 1500; i++) {
      let res: Response;
      let label: string;
      if (r() < 0.6) {
        const body = r() < 0.1 ? pick(nasty) : JSON.stringify({ query: pick(QUERIES), variables: { v: value() } });
        label = `graphql ${body.slice(0, 120)}`;
        res = await fetch(`${t.hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      } else {
        const params = new URLSearchParams({ serviceKey: r() < 0.8 ? key : pick(nasty), type: pick(['json', 'xml', pick(nasty)]) });
        for (let k = Math.floor(r() * 4); k > 0; k--) params.set(pick(PARAMS), String(value()));
        label = `rest ${pick(ROUTES)}?${params.toString().slice(0, 120)}`;
        res = await fetch(`${t.hub.url}${label.slice(5).split('?')[0]}?${params}`);
      }
      const text = await res.text();
      let typed = false;
      try {
        const json = JSON.parse(text);
        typed = Array.isArray(json.errors) ? json.errors.every((e: any) => typeof e.extensions?.code === 'string') : json.data !== undefined || typeof json.response?.header?.resultCode === 'string';
      } catch {
        // XML answers of the Open API carry the result code as an element.
        typed = /<resultCode>\d{2}<\/resultCode>/.test(text);
      }
      if (res.status >= 500 || !typed) failures.push(`${res.status} ${label} → ${text.slice(0, 160)}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
