import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badInput } from '../../common/errors';

/**
 * Any JSON value. Patches arrive as JSON so that zod, not GraphQL coercion,
 * judges them: an unknown field or a wrong type is then BAD_USER_INPUT with
 * a bilingual message, whether it came inline or in variables.
 */
function fromLiteral(node: ValueNode, variables: Record<string, unknown> | null | undefined, depth: number): unknown {
  // Bounds nesting: no curatable value is deeper than an object of scalars.
  if (depth > 8) throw badInput('patch', 'JSON이 너무 깊습니다.', 'JSON is nested too deeply.');
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.ENUM:
      return node.value;
    case Kind.LIST:
      return node.values.map((v) => fromLiteral(v, variables, depth + 1));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, fromLiteral(f.value, variables, depth + 1)]));
    case Kind.VARIABLE:
      return variables?.[node.name.value];
  }
}

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (node, variables) => fromLiteral(node, variables, 0),
});
