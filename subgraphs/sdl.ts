import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A subgraph's SDL is its own `schema.graphql` plus the shared fragments it
 * includes: `common.graphql` (enums, shared value types) for every subgraph,
 * and `lifecycle.graphql` (the full Facility/Policy interfaces) for the
 * lifecycle ones. Composition, codegen and the servers all read it from here.
 */
const INCLUDES: Record<string, string[]> = {
  catalog: ['common'],
  search: ['common'],
  curation: ['common'],
  access: [],
  benefits: [],
  welfare: [],
  stats: ['common'],
  community: ['common'],
  default: ['common', 'lifecycle'],
};

export function subgraphSdl(name: string): string {
  const includes = INCLUDES[name] ?? INCLUDES.default!;
  const parts = [readFileSync(join(__dirname, name, 'schema.graphql'), 'utf8')];
  for (const include of includes) parts.push(readFileSync(join(__dirname, 'common', `${include}.graphql`), 'utf8'));
  return parts.join('\n');
}
