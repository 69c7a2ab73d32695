import { buildSchema, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureOperation, type QueryMeasure } from '../../gateway/plugins/query-measure';
import type { QueryLimits } from '../../gateway/plugins/use-query-limits';
import { MAX_PAGE_SIZE } from '../../subgraphs/common/validation';

/**
 * The worst operations the query limits let through (issue 21: "no query
 * that passes them takes over 1 s on the benchmark data; test with the worst
 * shapes the limits allow"). Each family is grown (aliases first, then each
 * alias's `first`) until one more step would break a limit, so every
 * operation here sits at the edge of what a partner may send. Every alias
 * reads another page or another query, so no cache can answer it.
 */
export interface Shape {
  family: string;
  /** What it asks for, in a few words. */
  what: string;
  aliases: number;
  first: number;
  measure: QueryMeasure;
  /** The operation for round `round` (each round another set of pages / queries). */
  query(round: number): string;
}

const CENTRE = `id name kind kindLabel stages primaryStage stageReasons address phone specialCare updatedAt withdrawn plainSummary
  region { sido sigungu code } location { lat lng } provenance { siteId url fetchedAt adapter }
  inspections { date type category findings measures result status violation source }
  ... on ChildcareCenter { centerType centerTypeLabel operatingStatus capacity enrolled freeSeats freeSeatsBasis capacityFreeSeats rooms playgrounds cctv staff shuttleBus homepage approvedOn
    ageClasses { age classes enrolled capacity freeSeats } waitlist(ageClass: 0) { position rank points appliedOn offered } }`;
const POLICY = `id name stages primaryStage stageReasons summary target benefit amountKrw howToApply agency contact url supportType updatedAt withdrawn plainSummary
  region { sido sigungu code } applicationPeriod { start end } provenance { siteId url fetchedAt adapter }
  criteria { id kind origin subject minMonths maxMonths sido sigungu flag text options { id kind text } }`;
const PROGRAM = `id name category target ages minAgeMonths maxAgeMonths schedule place fee capacity enrolled freeSeats status statusLabel contact description url updatedAt withdrawn
  region { sido sigungu } provenance { siteId url fetchedAt adapter }
  provider { ${CENTRE} }`;

/** Search words that match many records of the bundled data (a mix of kinds, so every entity type is resolved). */
const WORDS = ['어린이집', '국공립', '강서구', '가정', '민간', '지원', '부모급여', '보육', '아동', '돌봄', '유치원', '센터', '청소년', '출산', '임신', '수당', '양육', '체험', '교실', '놀이'];

/** Rows of the benchmark data (bench/gateway/data.ts), so that every page asked for exists; setDataSize sets them. */
let FACILITY_ROWS = 6000;
let POLICY_ROWS = 5;
let PROGRAM_ROWS = 5;
export function setDataSize(size: { facilities: number; policies: number; programs: number }): void {
  FACILITY_ROWS = size.facilities;
  POLICY_ROWS = size.policies;
  PROGRAM_ROWS = size.programs;
}

interface Family {
  family: string;
  what: string;
  /** One aliased field, for alias `i` of round `round`, with `first` rows. */
  field(i: number, round: number, first: number): string;
}

const FAMILIES: Family[] = [
  {
    family: 'facility rows',
    what: 'aliases × facilities(first) with a few fields from two subgraphs: the most rows the limits admit',
    field: (i, round, first) => `r${i}: facilities(first: ${first}, offset: ${((round * 31 + i) * first) % Math.max(1, FACILITY_ROWS - first)}) { edges { node { id name ... on ChildcareCenter { capacity freeSeats } } } }`,
  },
  {
    family: 'search rows',
    what: 'aliases × search(first) over different words, each hit resolved with its name',
    field: (i, round, first) => `q${i}: search(query: "${WORDS[(i + round * 7) % WORDS.length]}", first: ${first}) { edges { node { __typename ... on Facility { id name } ... on Policy { id name } ... on Program { id name } } } }`,
  },
  {
    family: 'facilities pages',
    what: 'aliases × facilities(first) with every centre field, inspections, age classes and the waiting list',
    field: (i, round, first) => `f${i}: facilities(first: ${first}, offset: ${((round * 37 + i) * first) % Math.max(1, FACILITY_ROWS - first)}) { totalCount edges { node { ${CENTRE} } } }`,
  },
  {
    family: 'search with entities',
    what: 'aliases × search(first) over different words, every hit resolved with its entity fields, with facets',
    field: (i, round, first) =>
      `s${i}: search(query: "${WORDS[(i + round * 7) % WORDS.length]}", first: ${first}) { totalCount facets { stages { value count } kinds { value count } sigungu { value count } }
        edges { score node { __typename ... on Facility { ${CENTRE} } ... on Policy { ${POLICY} } ... on Program { id name category status } } } }`,
  },
  {
    family: 'policies pages',
    what: 'aliases × policies(first) with criteria and their options',
    field: (i, round, first) => `p${i}: policies(first: ${first}, offset: ${((round * 11 + i) * first) % Math.max(1, POLICY_ROWS - first)}) { totalCount edges { node { ${POLICY} } } }`,
  },
  {
    family: 'programmes with providers',
    what: 'aliases × programs(first), each with its provider centre (another subgraph) and its lists',
    field: (i, round, first) => `g${i}: programs(first: ${first}, offset: ${((round * 13 + i) * first) % Math.max(1, PROGRAM_ROWS - first)}) { totalCount edges { node { ${PROGRAM} } } }`,
  },
];

export function apiSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(__dirname, '..', '..', 'schema', 'api.graphql'), 'utf8'));
}

function measured(schema: GraphQLSchema, query: string): QueryMeasure {
  const document = parse(query);
  return measureOperation(schema, document, document.definitions[0] as OperationDefinitionNode);
}

function fits(m: QueryMeasure, limits: QueryLimits): boolean {
  return m.depth <= limits.maxDepth && m.aliases <= limits.maxAliases && m.cost <= limits.maxCost;
}

/** Each family grown to the edge of `limits` in the ways that cost time: the most calls (aliases), the most rows, the most estimated cost. */
export function worstShapes(schema: GraphQLSchema, limits: QueryLimits): Shape[] {
  const shapes: Shape[] = [];
  for (const f of FAMILIES) {
    const build = (aliases: number, first: number, round: number) => `{ ${Array.from({ length: aliases }, (_, i) => f.field(i, round, first)).join('\n')} }`;
    const fitsWith = (aliases: number, first: number) => fits(measured(schema, build(aliases, first, 0)), limits);
    if (!fitsWith(1, 1)) continue;
    // For each alias count, the largest page that still fits; then the shapes that ask for the most calls, the most rows and the most cost.
    const grid: { aliases: number; first: number; cost: number }[] = [];
    for (let a = 1, n = MAX_PAGE_SIZE; a <= Math.max(1, limits.maxAliases); a++) {
      while (n > 1 && !fitsWith(a, n)) n--;
      if (!fitsWith(a, n)) break;
      grid.push({ aliases: a, first: n, cost: measured(schema, build(a, n, 0)).cost });
    }
    const pick = (label: string, score: (g: { aliases: number; first: number; cost: number }) => number) => {
      const best = grid.reduce((b, g) => (score(g) > score(b) ? g : b));
      return { label, ...best };
    };
    const chosen = [pick('most calls', (g) => g.aliases * 1e6 + g.first), pick('most rows', (g) => g.aliases * g.first * 1e6 + g.cost), pick('most cost', (g) => g.cost)];
    const seen = new Set<string>();
    for (const c of chosen) {
      const key = `${c.aliases}x${c.first}`;
      if (seen.has(key)) continue;
      seen.add(key);
      shapes.push({
        family: f.family,
        what: `${f.what} (${c.label})`,
        aliases: c.aliases,
        first: c.first,
        measure: measured(schema, build(c.aliases, c.first, 0)),
        query: (round) => build(c.aliases, c.first, round),
      });
    }
  }
  return shapes;
}
