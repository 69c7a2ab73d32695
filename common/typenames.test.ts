import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildASTSchema, GraphQLObjectType, GraphQLUnionType, isInterfaceType, isObjectType, parse, type GraphQLInterfaceType } from 'graphql';
import { FACILITY_KINDS, RECORD_KINDS, STAGES, type RecordKind } from './record';
import { ALL_TYPENAMES, interfaceOf, kindOfTypename, typenameOf } from './typenames';
import { createSubgraph } from '../subgraphs/list';
import type { Store } from '../store';

/**
 * The typename table against the composed public schema (schema/api.graphql,
 * what the gateway serves): every type it can hand out exists, is a concrete
 * type of its kind's interface, can be a search hit, and is served by the
 * lifecycle subgraph of its stage. And the reverse: the schema has no record
 * type the table never hands out.
 */
const api = buildASTSchema(parse(readFileSync(join(__dirname, '..', 'schema', 'api.graphql'), 'utf8')));
const searchResult = api.getType('SearchResult') as GraphQLUnionType;
const members = new Set(searchResult.getTypes().map((t) => t.name));

/** Every subtype a record of the kind can carry (facility kinds; POLICY / PROGRAM otherwise). */
const subtypesOf = (kind: RecordKind): string[] => (kind === 'FACILITY' ? [...Object.keys(FACILITY_KINDS), 'SOMETHING_NEW'] : [kind]);

test('every (kind, stage, subtype) has a typename, and each is one the table lists for that kind and stage', () => {
  for (const kind of RECORD_KINDS) {
    for (const primaryStage of STAGES) {
      for (const subtype of subtypesOf(kind)) {
        const typename = typenameOf({ kind, primaryStage, subtype });
        expect([kind, primaryStage, subtype, ALL_TYPENAMES.some((t) => t.typename === typename && t.kind === kind && t.stage === primaryStage)]).toEqual([kind, primaryStage, subtype, true]);
      }
    }
  }
  expect(typenameOf({ kind: 'PROGRAM', primaryStage: 'INFANT', subtype: 'PROGRAM' })).toBe('InfantProgram');
  expect(typenameOf({ kind: 'FACILITY', primaryStage: 'ELEMENTARY', subtype: 'COMMUNITY_CARE_CENTER' })).toBe('AfterSchoolCareCenter');
  // A subtype that is also an Object.prototype key is not a type of its own.
  expect(typenameOf({ kind: 'FACILITY', primaryStage: 'YOUTH', subtype: 'constructor' })).toBe('YouthFacility');
});

test('a kind or stage outside the enums is an error, never a missing type', () => {
  expect(() => typenameOf({ kind: 'EVENT' as RecordKind, primaryStage: 'INFANT', subtype: 'EVENT' })).toThrow(/no GraphQL type serves record kind EVENT/);
  expect(() => typenameOf({ kind: 'PROGRAM', primaryStage: 'ADULT' as never, subtype: 'PROGRAM' })).toThrow(/no stage ADULT/);
});

test('every typename is an object type of the supergraph implementing its kind’s interface, and a member of SearchResult', () => {
  for (const { typename, kind } of ALL_TYPENAMES) {
    const type = api.getType(typename);
    expect([typename, isObjectType(type)]).toEqual([typename, true]);
    expect([typename, (type as GraphQLObjectType).getInterfaces().map((i) => i.name)]).toEqual([typename, [interfaceOf(kind)]]);
    expect([typename, members.has(typename)]).toEqual([typename, true]);
    expect(kindOfTypename(typename)).toBe(kind);
  }
  expect(kindOfTypename('Query')).toBeNull();
});

test('the schema has no record type the table never returns: SearchResult and every implementation of Facility, Policy, Program', () => {
  const listed = new Set(ALL_TYPENAMES.map((t) => t.typename));
  // Question (issue 23) is the one member that is no catalog record: the Q&A board's, answered by search's engine itself.
  expect([...members].filter((name) => !listed.has(name) && name !== 'Question')).toEqual([]);
  for (const kind of RECORD_KINDS) {
    const iface = api.getType(interfaceOf(kind));
    expect(isInterfaceType(iface)).toBe(true);
    const implementations = api.getImplementations(iface as GraphQLInterfaceType).objects.map((o) => o.name);
    expect(implementations.filter((name) => !listed.has(name))).toEqual([]);
    expect(implementations.length).toBe(ALL_TYPENAMES.filter((t) => t.kind === kind).length);
  }
});

test('each typename is an entity the lifecycle subgraph of its stage can resolve', () => {
  // Building a subgraph needs no database until a resolver runs.
  const store = {} as Store;
  for (const stage of STAGES) {
    const subgraph = createSubgraph(stage.toLowerCase(), { store });
    for (const { typename } of ALL_TYPENAMES.filter((t) => t.stage === stage)) {
      const type = subgraph.schema.getType(typename);
      expect([stage, typename, isObjectType(type)]).toEqual([stage, typename, true]);
      // buildSubgraphSchema keeps __resolveReference in the type's extensions: without it the stage could not answer _entities.
      const extensions = (type as GraphQLObjectType).extensions as { apollo?: { subgraph?: { resolveReference?: unknown } } };
      expect([stage, typename, typeof extensions.apollo?.subgraph?.resolveReference]).toEqual([stage, typename, 'function']);
    }
  }
});
