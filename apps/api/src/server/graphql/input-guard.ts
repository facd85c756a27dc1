import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNamedType,
  getNullableType,
  isListType,
  isScalarType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLSchema,
  type ValueNode,
  type VariableDefinitionNode,
} from 'graphql';
import { LIMITS } from '../../kernel/limits';

/**
 * One place that looks at every argument of every request, before any
 * resolver runs, for input no field may hold: U+0000 (PostgreSQL text and
 * jsonb refuse it), lone UTF-16 surrogates (not Unicode, they break JSON and
 * collation), nesting deeper than LIMITS.jsonDepth (recursive validators and
 * renderers would spend stack and time on it), and scalar field arguments
 * longer than LIMITS.argChars. Input object fields have their own limits on
 * the input classes (limits.ts); this guard holds for JSON and plain
 * arguments too.
 */
export interface InputProblem {
  field: string;
  reason: 'NUL_CHARACTER' | 'LONE_SURROGATE' | 'TOO_DEEP' | 'TOO_LONG' | 'TOO_MANY';
  message: string;
  limit?: number;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const join = (path: string, key: string | number): string => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

function checkString(s: string, field: string): InputProblem | null {
  if (s.includes('\u0000'))
    return { field, reason: 'NUL_CHARACTER', message: `${field} contains a NUL character (U+0000), which no text may hold.` };
  if (LONE_SURROGATE.test(s))
    return { field, reason: 'LONE_SURROGATE', message: `${field} contains a lone UTF-16 surrogate, which is not valid Unicode text.` };
  return null;
}

const tooDeep = (field: string): InputProblem => ({
  field,
  reason: 'TOO_DEEP',
  limit: LIMITS.jsonDepth,
  message: `${field} is nested more than ${LIMITS.jsonDepth} levels deep.`,
});

/** A value from the request's variables (plain JSON). */
export function checkValue(value: unknown, field: string, depth = 0): InputProblem | null {
  if (typeof value === 'string') return checkString(value, field);
  if (value === null || typeof value !== 'object') return null;
  if (depth >= LIMITS.jsonDepth) return tooDeep(field);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = checkValue(value[i], join(field, i), depth + 1);
      if (p) return p;
    }
    return null;
  }
  for (const [key, v] of Object.entries(value)) {
    const p = checkString(key, join(field, '(key)')) ?? checkValue(v, join(field, key), depth + 1);
    if (p) return p;
  }
  return null;
}

interface Walk {
  variables: Record<string, unknown>;
  definitions: Map<string, VariableDefinitionNode>;
}

/** A value written in the query text; variables inside it are looked up. */
function checkNode(node: ValueNode, field: string, walk: Walk, depth: number): InputProblem | null {
  switch (node.kind) {
    case Kind.STRING:
      return checkString(node.value, field);
    case Kind.VARIABLE: {
      const name = node.name.value;
      if (Object.hasOwn(walk.variables, name)) return checkValue(walk.variables[name], field, depth);
      const fallback = walk.definitions.get(name)?.defaultValue;
      return fallback ? checkNode(fallback, field, walk, depth) : null;
    }
    case Kind.LIST:
    case Kind.OBJECT: {
      if (depth >= LIMITS.jsonDepth) return tooDeep(field);
      if (node.kind === Kind.LIST) {
        for (let i = 0; i < node.values.length; i++) {
          const p = checkNode(node.values[i]!, join(field, i), walk, depth + 1);
          if (p) return p;
        }
        return null;
      }
      for (const f of node.fields) {
        const p = checkNode(f.value, join(field, f.name.value), walk, depth + 1);
        if (p) return p;
      }
      return null;
    }
    default:
      return null;
  }
}

/** The value an argument gets, as far as the guard needs it (literal or variable). */
function resolved(node: ValueNode, walk: Walk): unknown {
  if (node.kind === Kind.VARIABLE) return walk.variables[node.name.value];
  if (node.kind === Kind.STRING) return node.value;
  if (node.kind === Kind.LIST) return node.values.map((v) => resolved(v, walk));
  return undefined;
}

/** Plain String/ID arguments and lists of them have no input class, so their bound is applied here. */
function checkScalarArgument(arg: GraphQLArgument, value: unknown, field: string): InputProblem | null {
  const type = getNullableType(arg.type);
  const named = getNamedType(type);
  if (!isScalarType(named) || (named.name !== 'String' && named.name !== 'ID')) return null;
  const tooLong = (s: unknown, f: string): InputProblem | null =>
    typeof s === 'string' && s.length > LIMITS.argChars
      ? { field: f, reason: 'TOO_LONG', limit: LIMITS.argChars, message: `${f} has more than ${LIMITS.argChars} characters.` }
      : null;
  if (!isListType(type)) return tooLong(value, field);
  if (!Array.isArray(value)) return tooLong(value, field);
  if (value.length > LIMITS.argListItems)
    return { field, reason: 'TOO_MANY', limit: LIMITS.argListItems, message: `${field} has more than ${LIMITS.argListItems} items.` };
  for (let i = 0; i < value.length; i++) {
    const p = tooLong(value[i], join(field, i));
    if (p) return p;
  }
  return null;
}

/** The first hostile value among the arguments of `document`, named by argument path ("input.content.blocks[0].id"). */
export function findHostileInput(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): InputProblem | null {
  const walk: Walk = { variables, definitions: new Map() };
  for (const def of document.definitions)
    if (def.kind === Kind.OPERATION_DEFINITION)
      for (const v of def.variableDefinitions ?? []) walk.definitions.set(v.variable.name.value, v);
  const typeInfo = new TypeInfo(schema);
  let problem: InputProblem | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        if (problem) return false;
        const arg = typeInfo.getArgument();
        const field = node.name.value;
        problem = checkNode(node.value, field, walk, 0) ?? (arg ? checkScalarArgument(arg, resolved(node.value, walk), field) : null);
        return false;
      },
    }),
  );
  return problem;
}

/** Refuses the whole request with 400 before anything runs, so nothing is stored. */
export function inputGuardPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation }) {
          // The API has no subscriptions (no WebSocket transport); say so instead of failing in execution.
          if (operation?.operation === 'subscription')
            throw new GraphQLError('Subscriptions are not supported by this API; use a query.', {
              extensions: { code: 'OPERATION_NOT_SUPPORTED', http: { status: 400 } },
            });
          const problem = findHostileInput(schema, document, request.variables ?? {});
          if (!problem) return;
          throw new GraphQLError(problem.message, {
            extensions: {
              code: 'BAD_USER_INPUT',
              field: problem.field,
              reason: problem.reason,
              ...(problem.limit !== undefined ? { limit: problem.limit } : {}),
              http: { status: 400 },
            },
          });
        },
      };
    },
  };
}
