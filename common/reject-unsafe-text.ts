import type { ApolloServerPlugin } from '@apollo/server';
import { visit, type DocumentNode } from 'graphql';
import { badInput } from './errors';
import { findUnsafeText, hasUnsafeText } from './text-hygiene';

/**
 * Refuses, before anything runs, a string argument (inline or in variables)
 * holding NUL or a lone surrogate: `BAD_USER_INPUT` naming the argument or
 * variable, instead of a database error masked as 500 (issue 21).
 */
export function rejectUnsafeText(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const variable = findUnsafeText(request.variables ?? {});
          if (variable) throw unsafe(`variables.${variable}`);
          const argument = unsafeArgument(document);
          if (argument) throw unsafe(argument);
        },
      };
    },
  };
}

function unsafe(field: string) {
  return badInput(field, `${field}: 허용되지 않는 문자(NUL 또는 짝이 없는 서로게이트)가 있습니다.`, `${field}: contains a character that is not allowed (NUL or a lone surrogate).`);
}

/**
 * Per parsed document: Apollo Server's document store hands the same parsed
 * document to every request with the same text, so the walk runs once per
 * query, not per request (it was 2–3 % of the gateway's CPU under load).
 */
const checked = new WeakMap<DocumentNode, string | null>();

/** The name of the first argument whose inline string value is unsafe. */
function unsafeArgument(document: DocumentNode): string | null {
  const known = checked.get(document);
  if (known !== undefined) return known;
  const found = walk(document);
  checked.set(document, found);
  return found;
}

function walk(document: DocumentNode): string | null {
  let found: string | null = null;
  const names: string[] = [];
  visit(document, {
    Argument: {
      enter(node) {
        names.push(node.name.value);
      },
      leave() {
        names.pop();
      },
    },
    StringValue(node) {
      if (!found && hasUnsafeText(node.value)) found = names.at(-1) ?? 'query';
    },
  });
  return found;
}
