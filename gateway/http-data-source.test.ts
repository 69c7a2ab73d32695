import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { HttpSubgraph } from './http-data-source';

let server: Server;
let url: string;
const agent = new Agent({ keepAliveTimeout: 1000 });
const seen: { headers: IncomingMessage['headers']; body: Record<string, unknown> }[] = [];
let status = 200;

beforeAll(async () => {
  server = createServer((req, res) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', () => {
      seen.push({ headers: req.headers, body: JSON.parse(text) });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(status === 200 ? { data: { ok: true } } : { errors: [{ message: 'nope' }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await agent.close();
  await new Promise((resolve) => server.close(resolve));
});

const options = (query: string, headers: Record<string, string>) =>
  ({ request: { query, variables: { a: 1 } }, context: { headers } }) as unknown as GraphQLDataSourceProcessOptions;

describe('HttpSubgraph', () => {
  it('posts the operation and forwards only the caller headers', async () => {
    status = 200;
    const result = await new HttpSubgraph(url, agent).process(options('{ ok }', { authorization: 'Bearer t', 'x-api-key': 'k', cookie: 'secret' }));
    expect(result).toEqual({ data: { ok: true } });
    const last = seen.at(-1)!;
    expect(last.body).toEqual({ query: '{ ok }', variables: { a: 1 } });
    expect(last.headers.authorization).toBe('Bearer t');
    expect(last.headers['x-api-key']).toBe('k');
    expect(last.headers.cookie).toBeUndefined();
  });

  it('turns an HTTP error into the error Apollo raises for it', async () => {
    status = 401;
    await expect(new HttpSubgraph(url, agent).process(options('{ ok }', {}))).rejects.toMatchObject({
      message: '401: Unauthorized',
      extensions: { code: 'UNAUTHENTICATED', response: { status: 401, body: { errors: [{ message: 'nope' }] } } },
    });
  });
});
