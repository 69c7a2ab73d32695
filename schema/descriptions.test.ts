import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
  type DefinitionNode,
  type GraphQLSchema,
} from 'graphql';
import { composeSupergraph } from './compose';
import { SUBGRAPH_NAMES } from '../subgraphs/list';

/**
 * Issue 21: every public type, field, argument, enum value and input field of
 * the API the gateway exposes carries a real description. The schema checked
 * is a fresh composition of the subgraphs' SDL (what `npm run compose` writes
 * to schema/api.graphql), so the test fails on the SDL edit that loses one,
 * not only after someone recomposes.
 */

/** Names composition adds for the federation machinery; never public API. */
const FEDERATION_INTERNAL = /^(_Service|_Entity|_Any|_FieldSet|FieldSet|join__|link__|federation__|inaccessible$|tag$)/;

const normalise = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Empty, or just the element's name again ("createdAt" → "Created at."). */
function isTrivial(description: string | null | undefined, name: string): boolean {
  if (!description || description.trim() === '') return true;
  const text = normalise(description);
  return text === '' || text === normalise(name);
}

/** Every schema coordinate (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`) of a schema with its description. */
function coordinates(schema: GraphQLSchema): Map<string, { name: string; description: string | null | undefined }> {
  const out = new Map<string, { name: string; description: string | null | undefined }>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type) || FEDERATION_INTERNAL.test(type.name)) continue;
    out.set(type.name, { name: type.name, description: type.description });
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (FEDERATION_INTERNAL.test(field.name) || (type.name === schema.getQueryType()?.name && ['_service', '_entities'].includes(field.name))) continue;
        out.set(`${type.name}.${field.name}`, { name: field.name, description: field.description });
        for (const arg of field.args) out.set(`${type.name}.${field.name}(${arg.name}:)`, { name: arg.name, description: arg.description });
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) out.set(`${type.name}.${field.name}`, { name: field.name, description: field.description });
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) out.set(`${type.name}.${value.name}`, { name: value.name, description: value.description });
    }
  }
  return out;
}

/** Which SDL files (subgraph names, or `common/…` for the shared fragments) declare each coordinate. */
function declaringFiles(): Map<string, Set<string>> {
  const files: [string, string][] = [
    ...SUBGRAPH_NAMES.map((name): [string, string] => [name, join(__dirname, '..', 'subgraphs', name, 'schema.graphql')]),
    ['common/common.graphql', join(__dirname, '..', 'subgraphs', 'common', 'common.graphql')],
    ['common/lifecycle.graphql', join(__dirname, '..', 'subgraphs', 'common', 'lifecycle.graphql')],
  ];
  const owners = new Map<string, Set<string>>();
  const add = (coordinate: string, owner: string) => {
    if (!owners.has(coordinate)) owners.set(coordinate, new Set());
    owners.get(coordinate)!.add(owner);
  };
  for (const [owner, path] of files) {
    for (const node of parse(readFileSync(path, 'utf8')).definitions as readonly DefinitionNode[]) {
      if (!('name' in node) || !node.name) continue;
      const typeName = node.name.value;
      if (!node.kind.endsWith('Extension')) add(typeName, owner);
      if ('fields' in node && node.fields) {
        for (const field of node.fields) {
          add(`${typeName}.${field.name.value}`, owner);
          if ('arguments' in field) for (const arg of field.arguments ?? []) add(`${typeName}.${field.name.value}(${arg.name.value}:)`, owner);
        }
      }
      if ('values' in node && node.values) for (const value of node.values) add(`${typeName}.${value.name.value}`, owner);
    }
  }
  return owners;
}

describe('public API descriptions (issue 21)', () => {
  const api = buildSchema(composeSupergraph().apiSchemaSdl);
  const all = coordinates(api);
  const owners = declaringFiles();
  const undescribed = [...all].filter(([, c]) => isTrivial(c.description, c.name)).map(([coordinate]) => coordinate);
  const ownersOf = (coordinate: string) => [...(owners.get(coordinate) ?? new Set(['?']))].sort();

  it('describes every public type, field, argument, enum value and input field', () => {
    const missing = undescribed;
    // Grouped by the SDL file(s) that declare the coordinate, so each owner sees their own gaps.
    const byOwner = new Map<string, string[]>();
    for (const coordinate of missing) {
      const key = ownersOf(coordinate).join(' + ');
      byOwner.set(key, [...(byOwner.get(key) ?? []), coordinate]);
    }
    const report = [...byOwner]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([owner, list]) => `${owner} (${list.length}):\n${list.map((c) => `    ${c}`).join('\n')}`)
      .join('\n');
    if (missing.length > 0) {
      throw new Error(
        `${missing.length} public schema coordinates have no description (or only repeat their name). ` +
          `Describe them in the SDL file named before each group, then \`npm run compose\`:\n${report}`,
      );
    }
  });
});
