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

/** How big one operation is: nesting, aliases, and an estimate of the rows and fields it can ask for. */
export interface QueryMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

/** A list with no `first` argument is assumed this long. */
export const DEFAULT_LIST_SIZE = 10;

/**
 * Measures an operation against the schema. Cost: 1 per field, and the
 * fields under a field with a `first` argument count `first` times (its
 * default when omitted); under any other list field, DEFAULT_LIST_SIZE times.
 * A list directly under a `first` field (a connection's `edges`) is bounded
 * by that `first` and is not multiplied again. Fragments on several types
 * are all counted (an upper bound). Runs after validation, so fragment
 * cycles are already impossible; the `seen` guard is belt and braces.
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

  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType | null, depth: number, boundedLists: boolean, seen: Set<string>): { depth: number; cost: number } => {
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
        const first = def?.args.some((a) => a.name === 'first') ? Number(argValue(selection, def, 'first')) : NaN;
        const isList = def ? isListType(getNullableType(def.type)) : false;
        const size = Number.isFinite(first) ? Math.max(first, 1) : isList && !boundedLists ? DEFAULT_LIST_SIZE : 1;
        const named = def ? getNamedType(def.type) : null;
        const child = walk(selection.selectionSet, named && isCompositeType(named) ? named : null, depth + 1, Number.isFinite(first), seen);
        cost += 1 + size * child.cost;
        maxDepth = Math.max(maxDepth, child.depth);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typed = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        const child = walk(selection.selectionSet, typed && isCompositeType(typed) ? typed : parent, depth, boundedLists, seen);
        cost += child.cost;
        maxDepth = Math.max(maxDepth, child.depth);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        const typed = schema.getType(fragment.typeCondition.name.value);
        const child = walk(fragment.selectionSet, typed && isCompositeType(typed) ? typed : parent, depth, boundedLists, new Set([...seen, name]));
        cost += child.cost;
        maxDepth = Math.max(maxDepth, child.depth);
      }
    }
    return { depth: maxDepth, cost };
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const result = walk(operation.selectionSet, root ?? null, 0, false, new Set());
  return { depth: result.depth, aliases, cost: result.cost };
}
