import type { World } from './world';

/**
 * Figures a simulated site publishes wrongly on purpose (a test's hook, like
 * breakSite): a centre's CSV columns (정원, 현원, 아동수-만N세 …) replaced by
 * the given values on every site that publishes the centre, at every tick,
 * until cleared. This is how the anomaly checks' tests (issue 20) make a
 * centre report more children than seats or a jump between two crawls —
 * conditions the seeded world never produces — through the crawl itself.
 */
export class Misreports {
  private readonly byCode = new Map<string, Record<string, string>>();
  private readonly patched = new WeakMap<World, { version: number; world: World }>();
  /** Changes with every set/clear: part of the sites' render-cache key. */
  version = 0;

  set(code: string, fields: Record<string, string> | null): void {
    if (fields) this.byCode.set(code, { ...fields });
    else this.byCode.delete(code);
    this.version++;
  }

  /** The world as the sites publish it now: unchanged (same object) when nothing is misreported. */
  apply(world: World): World {
    if (this.byCode.size === 0) return world;
    const hit = this.patched.get(world);
    if (hit && hit.version === this.version) return hit.world;
    const childcare = world.childcare.map((row) => {
      const fields = this.byCode.get(row.code);
      return fields ? { ...row, fields: { ...row.fields, ...fields } } : row;
    });
    const out: World = { ...world, childcare };
    this.patched.set(world, { version: this.version, world: out });
    return out;
  }
}
