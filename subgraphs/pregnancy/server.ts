import { createLifecycleSubgraph } from '../lifecycle/create-lifecycle-subgraph';
import type { SubgraphDeps } from '../subgraph';
import { pregnancyFields } from './resolvers';

/** 임신·출산 subgraph: 산후조리원, 보건소 programmes and pregnancy policies. */
export function createSubgraph(deps: SubgraphDeps) {
  return createLifecycleSubgraph({ name: 'pregnancy', stage: 'PREGNANCY', fields: pregnancyFields }, deps);
}
