import { scorePair, type PairScore, type PolicyFeatures } from './policy-match';

/**
 * Groups policy sources into records: which sources are one real policy,
 * which record id each group keeps, and which pairs an editor should look
 * at. Pure: the result depends on the set of sources, the editors'
 * decisions and which records carry curation, never on the order sources
 * arrive in, so the same crawls in any order give the same catalog.
 *
 * Groups grow along MATCH pairs, strongest first; two groups join only if
 * every pair across them in one scope is a MATCH, they share no
 * site (a site lists a policy once), no editor kept them apart, and not
 * both carry curation (whose overrides would then compete). A pair held
 * back for one of these reasons, or scored REVIEW, becomes a candidate.
 */

export interface ClusterSource {
  siteId: string;
  sourceKey: string;
  /** Lower is more trusted (site registry). */
  priority: number;
  /** The record the source belongs to now. */
  recordId: string;
  /** `recordId(kind, siteId, sourceKey)`: the id the source would have on its own. */
  derivedId: string;
  /** Withdrawn sources take no part in matching; they follow their record (partners' links keep answering). */
  features: PolicyFeatures | null;
}

export interface ClusterInput {
  sources: readonly ClusterSource[];
  /** Pairs of source refs (`ref()`) an editor said are one policy. */
  same: readonly (readonly [string, string])[];
  /** Pairs an editor kept apart: never joined, never proposed again. */
  different: readonly (readonly [string, string])[];
  /** Records whose id must survive: overrides, publish state, or the kept record of an editor's merge. */
  curated: ReadonlySet<string>;
  /** Records an editor merged into another: no group may take their id. */
  mergedAway: ReadonlySet<string>;
}

export interface Candidate {
  /** Record ids, the group with the more trusted source first. */
  a: string;
  b: string;
  /** The pair of sources that brought them up. */
  sourceA: string;
  sourceB: string;
  score: number;
  reasons: string[];
}

export interface ClusterResult {
  /** The record of every source (active and withdrawn), by ref. */
  recordOf: Map<string, string>;
  candidates: Candidate[];
}

export const ref = (siteId: string, sourceKey: string): string => `${siteId}\u0000${sourceKey}`;

const byTrust = (a: ClusterSource, b: ClusterSource): number =>
  a.priority - b.priority || (a.siteId < b.siteId ? -1 : a.siteId > b.siteId ? 1 : 0) || (a.sourceKey < b.sourceKey ? -1 : a.sourceKey > b.sourceKey ? 1 : 0);

interface Group {
  members: number[];
  sites: Set<string>;
}

export function clusterPolicies(input: ClusterInput): ClusterResult {
  // Index = rank in trust order: every tie below is broken by it, so input order never matters.
  const active = input.sources.filter((s) => s.features).sort(byTrust);
  const index = new Map(active.map((s, i) => [ref(s.siteId, s.sourceKey), i]));
  const parent = active.map((_, i) => i);
  const groups = new Map<number, Group>(active.map((s, i) => [i, { members: [i], sites: new Set([s.siteId]) }]));
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (x: number, y: number): void => {
    const [keep, gone] = x < y ? [x, y] : [y, x];
    parent[gone] = keep;
    const g = groups.get(keep)!;
    const h = groups.get(gone)!;
    g.members.push(...h.members);
    for (const site of h.sites) g.sites.add(site);
    groups.delete(gone);
  };

  // Editors' merges hold whatever the scores say.
  for (const [a, b] of input.same) {
    const i = index.get(a);
    const j = index.get(b);
    if (i !== undefined && j !== undefined && find(i) !== find(j)) union(find(i), find(j));
  }
  const apart = new Map<number, Set<number>>();
  for (const [a, b] of input.different) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) continue;
    (apart.get(i) ?? apart.set(i, new Set()).get(i)!).add(j);
    (apart.get(j) ?? apart.set(j, new Set()).get(j)!).add(i);
  }
  const keptApart = (x: number, y: number): boolean => groups.get(x)!.members.some((i) => [...(apart.get(i) ?? [])].some((j) => find(j) === y));
  const curatedOf = (x: number): Set<string> => new Set(groups.get(x)!.members.map((i) => active[i]!.recordId).filter((id) => input.curated.has(id)));

  const scores = new Map<string, PairScore>();
  const score = (i: number, j: number): PairScore => {
    const key = i < j ? `${i}:${j}` : `${j}:${i}`;
    let s = scores.get(key);
    if (!s) scores.set(key, (s = scorePair(active[Math.min(i, j)]!.features!, active[Math.max(i, j)]!.features!)));
    return s;
  };
  // Only an editor's merge puts two scopes in one group; such pairs are the editor's call, not evidence against joining.
  const sameScope = (i: number, j: number) => active[i]!.features!.scope === active[j]!.features!.scope;
  const pairs = candidatePairs(active, score);

  const held = new Map<string, { x: number; y: number; i: number; j: number; score: number; reasons: string[] }>();
  const hold = (i: number, j: number, s: PairScore, why: string | null): void => {
    const x = find(i);
    const y = find(j);
    if (x === y || keptApart(x, y)) return;
    const key = x < y ? `${x}:${y}` : `${y}:${x}`;
    const best = held.get(key);
    if (!best || s.score > best.score) held.set(key, { x, y, i, j, score: s.score, reasons: why ? [why, ...s.reasons] : s.reasons });
  };

  const matches = pairs.filter((p) => p.s.verdict === 'MATCH').sort((p, q) => q.s.score - p.s.score || p.i - q.i || p.j - q.j);
  for (const { i, j, s } of matches) {
    const x = find(i);
    const y = find(j);
    if (x === y || keptApart(x, y)) continue;
    const gx = groups.get(x)!;
    const gy = groups.get(y)!;
    if ([...gy.sites].some((site) => gx.sites.has(site))) continue; // held below, once groups are final
    if (new Set([...curatedOf(x), ...curatedOf(y)]).size > 1) continue;
    if (gx.members.some((a) => gy.members.some((b) => sameScope(a, b) && score(a, b).verdict !== 'MATCH'))) continue;
    union(x, y);
  }
  for (const { i, j, s } of pairs) {
    if (find(i) === find(j)) continue;
    if (s.verdict === 'REVIEW') hold(i, j, s, null);
    else if (s.verdict === 'MATCH') hold(i, j, s, heldBecause(find(i), find(j)));
  }
  function heldBecause(x: number, y: number): string {
    const gx = groups.get(x)!;
    const gy = groups.get(y)!;
    if ([...gy.sites].some((site) => gx.sites.has(site))) return 'held:same-site';
    if (new Set([...curatedOf(x), ...curatedOf(y)]).size > 1) return 'held:both-curated';
    return 'held:group-conflict';
  }

  const ids = assignIds(active, groups, input);
  const recordOf = new Map<string, string>();
  active.forEach((s, i) => recordOf.set(ref(s.siteId, s.sourceKey), ids.get(find(i))!));
  // A withdrawn source stays with its record's id if a group kept it, else follows its record's most trusted active source.
  const heirs = new Map<string, string>();
  for (const [i, s] of active.entries()) if (!heirs.has(s.recordId)) heirs.set(s.recordId, ids.get(find(i))!);
  const kept = new Set(ids.values());
  for (const s of input.sources) {
    if (s.features) continue;
    recordOf.set(ref(s.siteId, s.sourceKey), kept.has(s.recordId) ? s.recordId : (heirs.get(s.recordId) ?? s.recordId));
  }

  const candidates = [...held.values()]
    .map((h) => {
      const [x, y, i, j] = h.x < h.y ? [h.x, h.y, h.i, h.j] : [h.y, h.x, h.j, h.i];
      return { a: ids.get(x)!, b: ids.get(y)!, sourceA: refOf(active[i]!), sourceB: refOf(active[j]!), score: h.score, reasons: h.reasons };
    })
    .sort((p, q) => (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0));
  return { recordOf, candidates };
}

const refOf = (s: ClusterSource): string => ref(s.siteId, s.sourceKey);

/**
 * Pairs of sources of different sites in the same scope whose names are
 * close enough to be scored at all; the length bound skips most pairs
 * without comparing bigrams.
 */
function candidatePairs(active: readonly ClusterSource[], score: (i: number, j: number) => PairScore): { i: number; j: number; s: PairScore }[] {
  const byScope = new Map<string, number[]>();
  active.forEach((s, i) => (byScope.get(s.features!.scope) ?? byScope.set(s.features!.scope, []).get(s.features!.scope)!).push(i));
  const out: { i: number; j: number; s: PairScore }[] = [];
  for (const members of byScope.values()) {
    for (let m = 0; m < members.length; m++) {
      for (let n = m + 1; n < members.length; n++) {
        const i = members[m]!;
        const j = members[n]!;
        const a = active[i]!;
        const b = active[j]!;
        if (a.siteId === b.siteId) continue;
        const sa = a.features!.bigrams.size;
        const sb = b.features!.bigrams.size;
        if (a.features!.core !== b.features!.core && (2 * Math.min(sa, sb)) / (sa + sb) < 0.8) continue;
        const s = score(i, j);
        if (s.verdict !== 'DISTINCT') out.push({ i, j, s });
      }
    }
  }
  return out;
}

/**
 * The id each group keeps. A curated record keeps its id (its overrides
 * stay in force). Otherwise the group takes the id its most trusted source
 * would have on its own, so the id is the same whatever order the sites
 * were crawled in (a 복지로 policy keeps its 복지로 id when 보조금24 and
 * 서울맘케어 publish it too). Ids of records editors merged away are never
 * taken, nor a curated id another group holds.
 */
function assignIds(active: readonly ClusterSource[], groups: Map<number, Group>, input: ClusterInput): Map<number, string> {
  const order = [...groups.keys()].sort((a, b) => a - b);
  const ids = new Map<number, string>();
  const taken = new Set<string>();
  for (const root of order) {
    const claimed = groups
      .get(root)!
      .members.sort((a, b) => a - b)
      .map((i) => active[i]!.recordId)
      .find((id) => input.curated.has(id) && !taken.has(id));
    if (claimed) {
      ids.set(root, claimed);
      taken.add(claimed);
    }
  }
  for (const root of order) {
    if (ids.has(root)) continue;
    const members = groups.get(root)!.members;
    const free = (id: string) => !taken.has(id) && !input.curated.has(id) && !input.mergedAway.has(id);
    const id = members.map((i) => active[i]!.derivedId).find(free) ?? members.map((i) => active[i]!.derivedId).find((d) => !taken.has(d))!;
    ids.set(root, id);
    taken.add(id);
  }
  return ids;
}
