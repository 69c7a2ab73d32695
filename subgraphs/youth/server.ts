import { createLifecycleSubgraph } from '../lifecycle/create-lifecycle-subgraph';
import type { SubgraphDeps } from '../subgraph';
import { youthFields } from './resolvers';

/** 청소년 subgraph: 청소년수련관, 문화의집, 상담복지센터 and youth policies. */
export function createSubgraph(deps: SubgraphDeps) {
  return createLifecycleSubgraph({ name: 'youth', stage: 'YOUTH', fields: youthFields }, deps);
}
