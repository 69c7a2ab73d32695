import { bundled } from './bundled';
import { centrePlaces, centrePrograms, moveCentrePrograms } from './centre';
import { moveEnrolment, moveKindergartens } from './enrolment';
import { facilities, moveFacilities, relocateCentres } from './facilities';
import { movePolicies, policies } from './policies';
import { movePrograms, programs } from './programs';
import { rng } from './random';
import type { World } from './types';

/**
 * The simulated world at a tick: the bundled real data (어린이집, 유치원,
 * 산후조리원) plus synthetic facilities, programmes and policies, all
 * deterministic from the seed. Tick t is tick t-1 with a few seeded changes
 * (vacancies move, courses fill, policies are added, edited and withdrawn,
 * some facilities and programmes disappear), so the same (seed, tick)
 * always yields the same world.
 */

/**
 * Memo: per seed, a checkpoint every CHECKPOINT ticks (so a late tick is
 * reached by evolving at most CHECKPOINT-1 steps from a stored one), plus a
 * small LRU of recently asked worlds (the sites ask for t and t-1).
 */
const CHECKPOINT = 25;
const MAX_SEEDS = 4;
const LRU_SIZE = 8;
const checkpoints = new Map<number, Map<number, World>>();
const recent = new Map<string, World>();
let steps = 0;

/** Tick transitions computed by this module so far (tests check the memo with it, not with a clock). */
export function evolveSteps(): number {
  return steps;
}

function remember(world: World): void {
  const id = `${world.seed}:${world.tick}`;
  recent.delete(id);
  recent.set(id, world);
  while (recent.size > LRU_SIZE) recent.delete(recent.keys().next().value!);
}

export function worldAt(seed: number, tick: number): World {
  if (!Number.isInteger(tick) || tick < 0) throw new Error(`tick must be a non-negative integer (got ${tick})`);
  if (!Number.isFinite(seed)) throw new Error(`seed must be a finite number (got ${seed})`);
  const hit = recent.get(`${seed}:${tick}`);
  if (hit) {
    remember(hit);
    return hit;
  }
  let stored = checkpoints.get(seed);
  if (!stored) {
    if (checkpoints.size >= MAX_SEEDS) checkpoints.delete(checkpoints.keys().next().value!);
    stored = new Map([[0, baseWorld(seed)]]);
    checkpoints.set(seed, stored);
  }
  // Start from the nearest world at or below `tick`: a recent one or a checkpoint.
  let world = stored.get(Math.floor(tick / CHECKPOINT) * CHECKPOINT) ?? null;
  if (!world) {
    let c = Math.floor(tick / CHECKPOINT) * CHECKPOINT;
    while (!stored.has(c)) c -= CHECKPOINT;
    world = stored.get(c)!;
  }
  for (const w of recent.values()) if (w.seed === seed && w.tick <= tick && w.tick > world.tick) world = w;
  while (world.tick < tick) {
    world = evolve(world);
    steps++;
    if (world.tick % CHECKPOINT === 0) stored.set(world.tick, world);
  }
  remember(world);
  return world;
}

function baseWorld(seed: number): World {
  const data = bundled();
  return {
    seed,
    tick: 0,
    childcare: data.childcare,
    kindergartens: data.kindergartens,
    postpartum: data.postpartum,
    facilities: facilities(seed),
    programs: programs(seed),
    policies: policies(seed),
    centrePrograms: centrePrograms(seed),
    centrePlaces: centrePlaces(seed),
  };
}

/**
 * Tick t from tick t-1. Every change draws from its own generator seeded by
 * (seed, tick, purpose), so adding a kind of change never shifts another.
 * Unchanged items keep their identity (same object), so lists stay the same.
 */
function evolve(prev: World): World {
  const tick = prev.tick + 1;
  const r = (purpose: string) => rng(prev.seed, 'tick', tick, purpose);
  return {
    ...prev,
    tick,
    childcare: moveEnrolment(prev.childcare, r('childcare')),
    kindergartens: moveKindergartens(prev.kindergartens, r('kindergartens')),
    facilities: relocateCentres(moveFacilities(prev.facilities, r('facilities'), tick), r('relocations')),
    programs: movePrograms(prev.programs, r('programs'), tick),
    policies: movePolicies(prev.policies, r('policies'), tick),
    centrePrograms: moveCentrePrograms(prev.centrePrograms, prev.seed, tick),
  };
}
