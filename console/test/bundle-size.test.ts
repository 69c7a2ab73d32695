import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONSOLE_DIST } from '../../gateway/console-static';
import { ensureBuilt } from './harness';

/**
 * The first page ships at most 300 KB of JavaScript, gzipped (issue 17): the
 * scripts index.html loads, plus every module they preload. A page added
 * later counts too, unless it is split off with a dynamic import.
 */
const BUDGET = 300 * 1024;

test('the JavaScript of the first page is within 300 KB gzipped', () => {
  ensureBuilt();
  const html = readFileSync(join(CONSOLE_DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/console\/([^"]+\.js)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  const sizes = scripts.map((file) => {
    const path = join(CONSOLE_DIST, file);
    expect(existsSync(path)).toBe(true);
    return { file, gzipped: gzipSync(readFileSync(path), { level: 9 }).length };
  });
  const total = sizes.reduce((sum, s) => sum + s.gzipped, 0);
  expect({ total: total <= BUDGET, sizes }).toEqual({ total: true, sizes });
}, 120_000);
