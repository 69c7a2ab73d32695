import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execute, parse } from 'graphql';
import { loadSeed } from '../../crawlers/seed';
import { crawlSites } from '../../crawlers/crawl-all';
import { loadRegistry, withBaseUrls } from '../../crawlers/sites';
import { startSimulator } from '../../simulator/server';
import { CRAWLED_SITES } from './policy-sites';
import { openStore } from '../../store';
import { createSubgraph } from '../../subgraphs/search/server';
import { indexAll } from '../../subgraphs/search/indexer';
import { machine, percentile } from '../machine';

/**
 * `npm run bench:search-quality`: runs every judged query of
 * bench/search/judgments.json through the search subgraph on a fresh
 * embedded database loaded with the bundled data, and prints nDCG@10 and
 * Recall@10 per query type (binary relevance). Recall@10 is the share of the
 * relevant records that fit in ten results: |relevant ∩ top 10| / min(|relevant|, 10).
 */
interface Judgment {
  type: string;
  query: string;
  filter?: Record<string, unknown>;
  relevant: string[];
}

const K = 10;

function ndcg(ranked: string[], relevant: Set<string>): number {
  const dcg = ranked.slice(0, K).reduce((sum, id, i) => sum + (relevant.has(id) ? 1 / Math.log2(i + 2) : 0), 0);
  const ideal = Array.from({ length: Math.min(relevant.size, K) }, (_, i) => 1 / Math.log2(i + 2)).reduce((a, b) => a + b, 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

function recall(ranked: string[], relevant: Set<string>): number {
  const found = ranked.slice(0, K).filter((id) => relevant.has(id)).length;
  return found / Math.min(relevant.size, K);
}

export async function run(_progress: (m: string) => void = () => undefined): Promise<string> {
  const { judgments } = JSON.parse(readFileSync(join(__dirname, 'judgments.json'), 'utf8')) as { judgments: Judgment[] };
  const store = await openStore({});
  try {
    await loadSeed(store);
    // The policies come from their simulated sites, crawled as npm start does.
    const sim = await startSimulator({ seed: 42, only: CRAWLED_SITES });
    try {
      const sites = withBaseUrls(loadRegistry(), Object.fromEntries(sim.sites.map((s) => [s.id, s.baseUrl]))).filter((s) => CRAWLED_SITES.includes(s.id));
      const crawled = await crawlSites(store, sites, { politeness: false, workers: 4 });
      const failed = crawled.filter((r) => r.status !== 'succeeded');
      if (failed.length) throw new Error(`crawl of ${failed.map((r) => r.siteId).join(', ')} did not succeed`);
    } finally {
      await sim.close();
    }
    const indexStarted = performance.now();
    const indexed = await indexAll(store);
    const indexMs = performance.now() - indexStarted;
    const subgraph = createSubgraph({ store });
    const document = parse(`query($q: String, $f: SearchFilter) { search(query: $q, filter: $f, first: ${K}) { edges { node { ... on ChildcareCenter { id } ... on Kindergarten { id } ... on PostpartumCenter { id } ... on InfantPolicy { id } ... on PregnancyPolicy { id } ... on ElementaryPolicy { id } ... on YouthPolicy { id } ... on InfantFacility { id } ... on PregnancyFacility { id } ... on AfterSchoolCareCenter { id } ... on ElementaryFacility { id } ... on YouthFacility { id } } } } }`);
    const perType = new Map<string, { ndcg: number[]; recall: number[]; ms: number[] }>();
    const misses: string[] = [];
    for (const j of judgments) {
      const started = performance.now();
      const result = await execute({ schema: subgraph.schema, document, variableValues: { q: j.query, f: j.filter ?? null }, contextValue: subgraph.createContext() });
      const ms = performance.now() - started;
      if (result.errors) throw new Error(`${j.query}: ${result.errors[0]!.message}`);
      const ranked = (result.data!.search as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);
      const rel = new Set(j.relevant);
      const entry = perType.get(j.type) ?? { ndcg: [], recall: [], ms: [] };
      const n = ndcg(ranked, rel);
      entry.ndcg.push(n);
      entry.recall.push(recall(ranked, rel));
      entry.ms.push(ms);
      perType.set(j.type, entry);
      if (n < 0.85) misses.push(`${j.type}: "${j.query}" nDCG@10 ${n.toFixed(2)}`);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const lines = [
      `### Search quality (nDCG@10, Recall@10)`,
      '',
      `Workload: ${judgments.length} judged Korean queries (bench/search/judgments.json) over ${indexed} indexed records (bundled Seoul data + 9 simulated sites with policies or English names, crawled), top ${K}, in-process search subgraph on embedded PGlite; index built in ${(indexMs / 1000).toFixed(1)} s.`,
      `Machine: ${machine()}`,
      '',
      '| query type | queries | nDCG@10 | Recall@10 | p50 ms | p95 ms |',
      '|---|---:|---:|---:|---:|---:|',
    ];
    const all = { ndcg: [] as number[], recall: [] as number[], ms: [] as number[] };
    for (const [type, e] of [...perType].sort()) {
      const ms = [...e.ms].sort((a, b) => a - b);
      lines.push(`| ${type} | ${e.ndcg.length} | ${mean(e.ndcg).toFixed(3)} | ${mean(e.recall).toFixed(3)} | ${percentile(ms, 50).toFixed(1)} | ${percentile(ms, 95).toFixed(1)} |`);
      all.ndcg.push(...e.ndcg);
      all.recall.push(...e.recall);
      all.ms.push(...e.ms);
    }
    const ms = all.ms.sort((a, b) => a - b);
    lines.push(`| **overall** | ${all.ndcg.length} | **${mean(all.ndcg).toFixed(3)}** | ${mean(all.recall).toFixed(3)} | ${percentile(ms, 50).toFixed(1)} | ${percentile(ms, 95).toFixed(1)} |`);
    lines.push('', `Goal: nDCG@10 ≥ 0.85 overall — ${mean(all.ndcg) >= 0.85 ? 'met' : 'NOT met'}.`);
    if (misses.length) lines.push('', 'Queries below 0.85:', ...misses.map((m) => `- ${m}`));
    return lines.join('\n');
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  run().then(
    (table) => console.log(table),
    (error: Error) => {
      console.error(`벤치마크 실패 / Benchmark failed: ${error.message}`);
      process.exit(1);
    },
  );
}
