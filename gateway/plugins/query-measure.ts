import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../../subgraphs/common/validation';

/** How big one operation is: nesting, aliases, and an estimate of the rows and fields it can ask for. */
export interface QueryMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

/** A list with no `first` argument is assumed this long. */
export const DEFAULT_LIST_SIZE = 10;

/**
 * What one row of a page (a field with `first`) costs besides its fields:
 * each row is a record the gateway resolves, often through another
 * subgraph, and measured time grows with rows far more than with fields
 * (bench/cost: 30 × 100 rows of two fields took longer than 100 rows of
 * every field with their lists). Calibrated with `npm run bench -- cost`.
 */
export const PAGE_ROW_COST = 10;

/**
 * What one call of a field with `first` costs besides its rows: each is a
 * query of its own in a subgraph's store. Measured by `npm run bench --
 * cost`: a search or suggest call takes about 10 ms whatever its page size;
 * a catalog list (CALL_COST) about 40 ms on PGlite over the bundled Seoul
 * data, because it reads and orders the effective-record view (and counts
 * it when totalCount is asked). Times the enclosing lists, like any field.
 */
export const PAGE_CALL_COST = 500;

/** Paged calls that cost more than PAGE_CALL_COST, by schema coordinate (see above). */
export const CALL_COST: Readonly<Record<string, number>> = {
  'Query.facilities': 2000,
  'Query.policies': 2000,
  'Query.programs': 2000,
  'Query.curatedRecords': 2000,
};

/**
 * Measures an operation against the schema. Cost: 1 per field; a field
 * with a `first` argument (a paged call) PAGE_CALL_COST (or its CALL_COST), and its rows
 * (the field itself when it is a list, else the list fields of the page
 * object it returns: edges, nodes, changes) `first` times their fields
 * plus PAGE_ROW_COST each (DEFAULT_PAGE_SIZE rows when `first` is unset);
 * the fields under any other list, DEFAULT_LIST_SIZE times. Fragments on several types
 * are all counted (an upper bound). Runs after validation, so fragment
 * cycles are already impossible; the `seen` guard is belt and braces.
 * Introspection (`__schema`, `__type`) costs 1: the explorer's full
 * introspection query must always pass, and it reads no store.
 */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let aliases = 0;

  const argValue = (field: FieldNode, def: GraphQLField<unknown, unknown> | undefined, name: string): unknown => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    if (arg) return valueFromASTUntyped(arg.value, variables);
    return def?.args.find((a) => a.name === name)?.defaultValue;
  };

  const fieldDef = (parent: GraphQLCompositeType | null, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (name === '__schema') return SchemaMetaFieldDef;
    if (name === '__type') return TypeMetaFieldDef;
    if (name === '__typename') return TypeNameMetaFieldDef;
    if (!parent || !('getFields' in parent)) return undefined;
    return parent.getFields()[name];
  };

  /**
   * `page`: the rows of the paged call this selection set belongs to, when it
   * is a page object (a connection): its list fields (edges, nodes, changes)
   * hold those rows; its other fields (totalCount, cursor) are read once.
   */
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType | null, depth: number, page: number | null, seen: Set<string>): { depth: number; cost: number } => {
    let maxDepth = depth;
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases++;
        const def = fieldDef(parent, selection.name.value);
        if (!selection.selectionSet) {
          cost += 1;
          maxDepth = Math.max(maxDepth, depth + 1);
          continue;
        }
        if (selection.name.value === '__schema' || selection.name.value === '__type') {
          // Introspection is answered from the schema in memory, bounded by its size: it counts 1 (depth still applies).
          cost += 1;
          maxDepth = Math.max(maxDepth, walk(selection.selectionSet, null, depth + 1, null, seen).depth);
          continue;
        }
        const paged = def?.args.some((a) => a.name === 'first') ?? false;
        const isList = def ? isListType(getNullableType(def.type)) : false;
        const named = def ? getNamedType(def.type) : null;
        const childType = named && isCompositeType(named) ? named : null;
        if (paged) {
          // A variable left unset or null pages by the resolvers' default.
          const value = Number(argValue(selection, def, 'first'));
          const rows = Number.isFinite(value) ? Math.max(Math.trunc(value), 1) : DEFAULT_PAGE_SIZE;
          const child = walk(selection.selectionSet, childType, depth + 1, isList ? null : rows, seen);
          const call = (parent && CALL_COST[`${parent.name}.${selection.name.value}`]) ?? PAGE_CALL_COST;
          cost += call + (isList ? rows * (child.cost + PAGE_ROW_COST) : child.cost);
          maxDepth = Math.max(maxDepth, child.depth);
          continue;
        }
        const child = walk(selection.selectionSet, childType, depth + 1, null, seen);
        if (isList && page !== null) cost += 1 + page * (child.cost + PAGE_ROW_COST);
        else cost += 1 + (isList ? DEFAULT_LIST_SIZE : 1) * child.cost;
        maxDepth = Math.max(maxDepth, child.depth);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typed = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        const child = walk(selection.selectionSet, typed && isCompositeType(typed) ? typed : parent, depth, page, seen);
        cost += child.cost;
        maxDepth = Math.max(maxDepth, child.depth);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        const typed = schema.getType(fragment.typeCondition.name.value);
        const child = walk(fragment.selectionSet, typed && isCompositeType(typed) ? typed : parent, depth, page, new Set([...seen, name]));
        cost += child.cost;
        maxDepth = Math.max(maxDepth, child.depth);
      }
    }
    return { depth: maxDepth, cost };
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const result = walk(operation.selectionSet, root ?? null, 0, null, new Set());
  return { depth: result.depth, aliases, cost: result.cost };
}
