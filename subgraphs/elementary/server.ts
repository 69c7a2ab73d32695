import { createLifecycleSubgraph } from '../lifecycle/create-lifecycle-subgraph';
import type { SubgraphDeps } from '../subgraph';
import { elementaryFields } from './resolvers';

/** 초등 subgraph: 지역아동센터, 다함께돌봄센터, 초등돌봄교실 and elementary policies. */
export function createSubgraph(deps: SubgraphDeps) {
  return createLifecycleSubgraph({ name: 'elementary', stage: 'ELEMENTARY', fields: elementaryFields }, deps);
}
