// A parse worker thread (parse-pool.ts). The hub runs its TypeScript through tsx, so the worker does too.
require('tsx/cjs');
require('./parse-worker-main.ts');
