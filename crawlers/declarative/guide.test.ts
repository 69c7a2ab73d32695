import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { declarativeAdapter } from './engine';

/** The configs docs/adding-a-site.md shows whole (start and handlers) are valid: an operator copying one starts from something that works. */
const GUIDE = readFileSync(join(__dirname, '..', '..', 'docs', 'adding-a-site.md'), 'utf8');
const blocks = [...GUIDE.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());

function asConfig(block: string): Record<string, unknown> | null {
  for (const text of [block, `{${block}}`]) {
    try {
      const value = JSON.parse(text) as Record<string, unknown>;
      if (value && typeof value === 'object' && 'start' in value && 'handlers' in value) return { name: 'guide-example', version: '1', ...value };
    } catch {
      // A fragment (one handler, one link): shown in context, not on its own.
    }
  }
  return null;
}

const configs = blocks.map(asConfig).filter((c): c is Record<string, unknown> => c !== null);

test('the guide shows at least the board, JSON API and CSV configs whole', () => {
  expect(configs.length).toBeGreaterThanOrEqual(3);
});

test.each(configs.map((c, i) => [i, c] as const))('whole config %i of the guide validates', (_i, config) => {
  expect(() => declarativeAdapter(config)).not.toThrow();
});
