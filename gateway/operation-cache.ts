import { createRequire } from 'node:module';
import type { DefinitionNode, DocumentNode } from 'graphql';

/**
 * @apollo/gateway (2.x) turns the request's operation into its own
 * `Operation` (`operationFromDocument` of @apollo/federation-internals)
 * again on every request, in `executeQueryPlan`, although the plan cache has
 * already answered: about 4 % of the gateway's CPU under the facility-detail
 * load (docs/performance.md). The result depends only on the schema, the
 * operation's and fragments' AST nodes and the options, and Apollo Server
 * hands the same parsed document (its document store) to every request with
 * the same text, so this keeps one `Operation` per (schema, AST nodes,
 * options), in weak maps (only for that call, which passes `validate: false`): an entry lives as long as Apollo keeps the parsed
 * document, and nothing is kept for a document seen once. The `Operation`
 * is read, never changed, by plan execution and result shaping.
 *
 * Installed once per process on the federation-internals instance that
 * @apollo/gateway itself loads; when that module does not have the expected
 * shape (another major version), nothing is changed and `installed` is false.
 */
type OperationFromDocument = (schema: object, document: DocumentNode, options?: { operationName?: string; validate?: boolean }) => unknown;

interface Entry {
  definitions: readonly DefinitionNode[];
  options: string;
  operation: unknown;
}

const MAX_ENTRIES_PER_NODE = 8;

export function memoizeOperations(original: OperationFromDocument): OperationFromDocument & { readonly memoized: true } {
  const bySchema = new WeakMap<object, WeakMap<DefinitionNode, Entry[]>>();
  const memoized = (schema: object, document: DocumentNode, options?: { operationName?: string; validate?: boolean }) => {
    const first = document.definitions[0];
    // Only plan execution's rebuild (it passes validate: false); planning a new query goes through as before.
    if (options?.validate !== false || !first || typeof schema !== 'object' || schema === null) return original(schema, document, options);
    const key = `${options?.operationName ?? ''}\u0000${options?.validate ?? ''}`;
    let byNode = bySchema.get(schema);
    if (!byNode) bySchema.set(schema, (byNode = new WeakMap()));
    const entries = byNode.get(first) ?? [];
    const hit = entries.find((e) => e.options === key && e.definitions.length === document.definitions.length && e.definitions.every((d, i) => d === document.definitions[i]));
    if (hit) return hit.operation;
    // Errors (an invalid operation) are thrown as before and never kept.
    const operation = original(schema, document, options);
    if (entries.length >= MAX_ENTRIES_PER_NODE) entries.shift();
    entries.push({ definitions: [...document.definitions], options: key, operation });
    byNode.set(first, entries);
    return operation;
  };
  return Object.assign(memoized, { memoized: true as const });
}

let installed: boolean | undefined;

/** Replaces `operationFromDocument` in the federation-internals module @apollo/gateway uses; idempotent. */
export function installOperationCache(): boolean {
  if (installed !== undefined) return installed;
  try {
    const fromGateway = createRequire(require.resolve('@apollo/gateway'));
    const operations = fromGateway('@apollo/federation-internals/dist/operations') as { operationFromDocument?: OperationFromDocument & { memoized?: true } };
    const original = operations.operationFromDocument;
    const descriptor = Object.getOwnPropertyDescriptor(operations, 'operationFromDocument');
    if (typeof original !== 'function' || !descriptor?.writable) return (installed = false);
    if (!original.memoized) operations.operationFromDocument = memoizeOperations(original);
    return (installed = true);
  } catch {
    return (installed = false);
  }
}
