import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The field names a resolver's caller selects on its result, one level down
 * (inline fragments and named fragments included, at most 5 deep), so a
 * resolver can skip work nobody asked for or start it early. Without `info`
 * (a direct call), every name in `fallback` counts as selected.
 */
export function selectedFields(info: GraphQLResolveInfo | undefined, fallback: readonly string[] = []): Set<string> {
  if (!info) return new Set(fallback);
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, depth: number): void => {
    if (!set || depth > 5) return;
    for (const sel of set.selections) {
      if (sel.kind === 'Field') names.add(sel.name.value);
      else if (sel.kind === 'InlineFragment') visit(sel.selectionSet, depth + 1);
      else if (sel.kind === 'FragmentSpread') visit(info.fragments[sel.name.value]?.selectionSet, depth + 1);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0);
  return names;
}
