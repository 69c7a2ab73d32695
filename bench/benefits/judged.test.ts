import { join } from 'node:path';
import { judgedSet } from './index';

/**
 * The hand-judged household set (bench/benefits/households.json) as a regression floor: the verdicts a
 * person wrote by reading the texts, against the engine. False promises (ELIGIBLE where the person said
 * NOT_ELIGIBLE) are the worst error and must stay at zero; every verdict carries its reason or question.
 */
test('judged households: accuracy ≥ 95 %, no false promise, every verdict explained', () => {
  const r = judgedSet();
  expect(r.total).toBeGreaterThanOrEqual(30 * 31);
  expect(r.falsePromises).toEqual([]);
  expect(r.noReason).toBe(0);
  expect(r.correct / r.total).toBeGreaterThanOrEqual(0.95);
});

test('held-out households (judged without the engine): accuracy ≥ 95 %, no false promise', () => {
  const r = judgedSet(join(__dirname, 'households-holdout.json'));
  expect(r.total).toBe(20 * 30);
  expect(r.falsePromises).toEqual([]);
  expect(r.noReason).toBe(0);
  expect(r.correct / r.total).toBeGreaterThanOrEqual(0.95);
});
