// The simulated world's public face: importers use `simulator/world`, the pieces live beside it.
// world-at.ts: worldAt (tick 0, ticks, memo); diff.ts: worldDiff; facilities.ts, programs.ts, policies.ts,
// enrolment.ts: each collection's tick 0 and per-tick changes; seoul.ts: districts, addresses, phones.
export type { World } from './types';
export { publishedTitle } from './titles';
export { evolveSteps, worldAt } from './world-at';
export { worldDiff, type WorldDiff } from './diff';
export { CP949_ONLY_SYLLABLES } from './programs';
