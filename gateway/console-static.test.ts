import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONSOLE_CSP, serveSpa } from './console-static';

/** The console's static files: assets as they are, client routes get index.html, nothing outside the directory, the CSP on every answer. */
let dir: string;
let server: Server;
let base: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'console-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'console-static-secret.txt'), 'TOP-SECRET-CONTENT');
  const handler = serveSpa('/console', dir);
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(tmpdir(), 'console-static-secret.txt'), { force: true });
});

const get = (path: string, method = 'GET') => fetch(`${base}${path}`, { method, redirect: 'manual' });

test('hashed assets are served with a year of cache, index.html never cached, both with the CSP', async () => {
  const asset = await get('/console/assets/index-abc123.js');
  expect(asset.status).toBe(200);
  expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
  expect(asset.headers.get('cache-control')).toContain('immutable');
  expect(asset.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
  const index = await get('/console/');
  expect(index.status).toBe(200);
  expect(index.headers.get('cache-control')).toBe('no-cache');
  expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(index.headers.get('x-frame-options')).toBe('DENY');
});

test('client routes fall back to index.html; missing files are 404; /console redirects to /console/', async () => {
  for (const path of ['/console/records', '/console/records/fac_123', '/console/review?x=1']) {
    const res = await get(path);
    expect([path, res.status, await res.text()]).toEqual([path, 200, '<!doctype html><title>console</title>']);
  }
  expect((await get('/console/assets/gone-123.js')).status).toBe(404);
  expect((await get('/console/favicon.ico')).status).toBe(404);
  const bare = await get('/console');
  expect([bare.status, bare.headers.get('location')]).toEqual([301, '/console/']);
  expect((await get('/consolex')).status).toBe(404);
  expect((await get('/console/', 'POST')).status).toBe(405);
});

test('no path leaves the directory', async () => {
  for (const path of ['/console/../console-static-secret.txt', '/console/%2e%2e/console-static-secret.txt', '/console/assets/..%2f..%2fconsole-static-secret.txt']) {
    const res = await get(path);
    expect(await res.text()).not.toContain('TOP-SECRET-CONTENT');
  }
});
