import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { Document, Spectral } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { readFileSync } from 'node:fs';
import { recordId } from '../../common/record-id';
import { startTestHub, type TestHub } from '../testing/hub';
import { createKey, getText, xmlParser } from './testing';

/**
 * The OpenAPI document (CI's lint of it): valid against the official OAS 3.1
 * schema (as shipped by @seriousme/openapi-schema-validator, checked with Ajv),
 * and true: every route it documents answers as documented.
 */
let hub: TestHub;
let key: string;
let doc: any;

beforeAll(async () => {
  hub = await startTestHub({ programs: true });
  ({ key } = await createKey(hub.store));
  doc = await (await fetch(`${hub.hub.url}/openapi/v1/openapi.json`)).json();
});
afterAll(async () => {
  await hub?.close();
});

test('the document validates against the OpenAPI 3.1 schema', () => {
  // The official OAS 3.1 schema as @seriousme/openapi-schema-validator ships it (kept current, adapted for Ajv);
  // that package is ESM-only, so its schema is used with Ajv directly.
  const schema = JSON.parse(readFileSync(require.resolve('@seriousme/openapi-schema-validator/schemas/v3.1/schema.json'), 'utf8'));
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // The OAS schema names media ranges (text/*) with a format Ajv does not know; any string is one.
  ajv.addFormat('media-range', true);
  const validate = ajv.compile(schema);
  expect(validate(doc) ? [] : validate.errors).toEqual([]);
  // The lint has teeth: a document missing a required member fails.
  expect(validate({ ...doc, info: { title: 'x' } })).toBe(false);
  expect(doc.openapi).toMatch(/^3\.1\./);
  // Every schema object of the document is itself a valid JSON Schema 2020-12 schema.
  for (const [name, s] of Object.entries<object>(doc.components.schemas)) expect([name, ajv.validateSchema(s)]).toEqual([name, true]);
  expect(Object.keys(doc.paths).sort()).toEqual([
    '/benefits',
    '/changes',
    '/facilities',
    '/facilities/{id}',
    '/facilities/{id}/inspections',
    '/facilities/{id}/reviews',
    '/facilities/{id}/waitlist',
    '/policies',
    '/policies/{id}',
    '/programs',
    '/programs/{id}',
    '/qna',
    '/search',
    '/sources',
    '/stats/crawls',
    '/stats/facilities',
    '/stats/policies',
    '/stats/programs',
    '/stats/waiting-lists',
    '/stats/welfare',
  ]);
});

test('every parameter example and default is valid for its own schema (what Spectral\'s oas rules check)', () => {
  const ajv = new Ajv2020({ strict: false });
  const invalid: string[] = [];
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      for (const p of op.parameters ?? []) {
        const check = ajv.compile(p.schema);
        if (p.example !== undefined && !check(p.example)) invalid.push(`${method} ${path} ${p.name} example ${JSON.stringify(p.example)}`);
        if (p.schema.default !== undefined && !check(p.schema.default)) invalid.push(`${method} ${path} ${p.name} default ${JSON.stringify(p.schema.default)}`);
        if (!p.description) invalid.push(`${method} ${path} ${p.name} has no description`);
      }
      if (!op.operationId) invalid.push(`${method} ${path} has no operationId`);
      if (!op.summary && !op.description) invalid.push(`${method} ${path} has no summary`);
    }
  }
  expect(invalid).toEqual([]);
});

test("Spectral's oas ruleset (recommended) finds nothing: no error, no warning", async () => {
  const spectral = new Spectral();
  spectral.setRuleset({ extends: [[oas as never, 'recommended']] });
  const results = await spectral.run(new Document(JSON.stringify(doc, null, 2), Parsers.Json));
  // Severity 0 = error, 1 = warning; hints and infos are style notes.
  expect(results.filter((r) => r.severity <= 1).map((r) => `${r.code} at ${r.path.join('.')}: ${r.message}`)).toEqual([]);
});

test('every documented route answers as documented, in JSON (schema-checked) and in XML', async () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'openapi', components: doc.components });
  const ids: Record<string, string> = {
    facilities: recordId('FACILITY', 'fixture', 'c1'),
    policies: recordId('POLICY', 'fixture', 'pol1'),
    programs: recordId('PROGRAM', 'fixture', 'program:intake'),
  };
  let walked = 0;
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    const op = item.get;
    if (!op) continue; // POST /benefits: its own test (subgraphs/benefits/alerts.test.ts)
    const query = new URLSearchParams({ serviceKey: key });
    for (const p of op.parameters) if (p.in === 'query' && p.example !== undefined && p.name !== 'type') query.set(p.name, p.example);
    const concrete = path.replace('{id}', ids[path.split('/')[1]!]!);
    const url = `${hub.hub.url}${doc.servers[0].url}${concrete}`;

    const jsonAnswer = await getText(`${url}?${query}&type=json`);
    expect([path, jsonAnswer.status]).toEqual([path, 200]);
    const body = JSON.parse(jsonAnswer.text);
    const schemaRef = op.responses['200'].content['application/json'].schema.$ref as string;
    const validate = ajv.getSchema(`openapi${schemaRef}`)!;
    expect([path, validate(body) ? [] : validate.errors]).toEqual([path, []]);
    expect(body.response.header.resultCode).toBe('00');

    const xmlAnswer = await getText(`${url}?${query}&type=xml`);
    expect(xmlAnswer.status).toBe(200);
    const tree = xmlParser.parse(xmlAnswer.text);
    expect(tree.response.header.resultCode).toBe('00');
    expect((tree.response.body.items.item ?? []).length).toBe(body.response.body.items.item.length);
    expect(tree.response.body.totalCount).toBe(String(body.response.body.totalCount));

    // A documented error: without a key, 400 with resultCode 11, in the documented error shape.
    expect(op.responses['400']).toBeDefined();
    const noKey = await getText(`${url}?type=json`);
    const errorBody = JSON.parse(noKey.text);
    const validateError = ajv.getSchema(`openapi${op.responses['400'].content['application/json'].schema.$ref}`)!;
    expect([path, noKey.status, errorBody.response.header.resultCode, validateError(errorBody)]).toEqual([path, 400, '11', true]);
    walked++;
  }
  expect(walked).toBe(19);
});

test('the docs page works offline: plain HTML naming every route, no scripts and no outside resources', async () => {
  const page = await getText(`${hub.hub.url}/openapi/v1/docs`);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  for (const path of Object.keys(doc.paths)) expect(page.text).toContain(`/openapi/v1${path}`);
  expect(page.text).not.toMatch(/<script|<link|src="http|@import/i);
  for (const code of ['00', '03', '10', '11', '20', '22', '23', '30', '31', '99']) expect(page.text).toContain(`<code>${code}</code>`);
});
