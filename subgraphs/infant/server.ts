import { createLifecycleSubgraph } from '../lifecycle/create-lifecycle-subgraph';
import type { SubgraphDeps } from '../subgraph';
import { infantFields } from './resolvers';

/** 영유아 subgraph: 어린이집, 유치원 and other infant-stage records. */
export function createSubgraph(deps: SubgraphDeps) {
  return createLifecycleSubgraph({ name: 'infant', stage: 'INFANT', fields: infantFields }, deps);
}
