/**
 * Jest's order of test files, slowest first, so the two workers finish together.
 *
 * Jest orders by the durations it cached on an earlier run, and by file size
 * when it has none — on a fresh clone (CI) that put a 3-minute crawl suite
 * among the last files while the other worker sat idle. Here a file without a
 * cached duration takes its duration from `jest.durations.json` (seconds on
 * PGlite, measured on a 2-core machine: `npm run test:durations` rewrites it
 * from a run's `--json` report), and only a file in neither falls back to its size.
 */
const Sequencer = require('@jest/test-sequencer').default;
const { readFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const ESTIMATES = (() => {
  try {
    return JSON.parse(readFileSync(join(__dirname, 'jest.durations.json'), 'utf8')).seconds;
  } catch {
    return {};
  }
})();

class SlowestFirst extends Sequencer {
  sort(tests) {
    const sizes = new Map();
    const size = (t) => {
      if (!sizes.has(t.path)) sizes.set(t.path, t.context.hasteFS.getSize(t.path) ?? 0);
      return sizes.get(t.path);
    };
    const expected = (t) => {
      const cached = this.time(t);
      if (cached != null) return cached;
      const estimate = ESTIMATES[relative(__dirname, t.path).split('\\').join('/')];
      // Unknown files are put by size among the short ones (1 KB ≈ 1 s is this suite's median).
      return estimate != null ? estimate * 1000 : size(t);
    };
    for (const t of tests) t.duration = expected(t);
    return [...tests].sort((a, b) => {
      const failed = Number(this.hasFailed(b)) - Number(this.hasFailed(a));
      return failed || b.duration - a.duration || (a.path < b.path ? -1 : 1);
    });
  }
}

module.exports = SlowestFirst;
