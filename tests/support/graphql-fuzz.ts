import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';

/** Values chosen to break things: NUL, lone surrogates, control and bidi characters, SQL and path tricks, long text. */
const hostileStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil',
  '\r\n\t',
  "' OR 1=1 --",
  '%s%n%x',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '${7*7}',
  'de',
  'en',
  'DE',
  'zz-Zzzz-ZZ-x-private',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  '2025-02-30',
  '9999-12-31T23:59:59Z',
  '🩺'.repeat(50),
];

/** Mostly plausible strings (so calls reach the services), sometimes hostile or very long ones. */
const hostileString = (ids: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom('de', 'en', 'DE', 'asthma', 'ARTICLE', ...ids) },
    { weight: 6, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/) },
    { weight: 2, arbitrary: fc.constantFrom(...hostileStrings) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 120_000 }).map((n) => 'x'.repeat(n)) },
  );

const hostileInt = fc.oneof(
  fc.integer({ min: -5, max: 200 }),
  fc.integer(),
  fc.constantFrom(0, -1, 1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 1e20, -1e20, 1.5, Number.MAX_SAFE_INTEGER),
);

/** JSON from shallow noise to document-shaped content to nesting far deeper than any limit. */
function hostileJson(ids: string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 10, max: 3_000 }).map((depth) => {
        let v: unknown = 'deep';
        for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { children: v };
        return v;
      }),
    },
    // Valid document content (so it passes the block schema) whose texts are hostile.
    {
      weight: 4,
      arbitrary: fc.record({
        title: hostileString(ids),
        summary: hostileString(ids),
        blocks: fc.array(
          fc.record({
            id: fc.constantFrom('p-1', 'h-1', 'x', '\u0000'),
            type: fc.constantFrom('paragraph', 'paragraph', 'paragraph', 'nope'),
            content: fc.array(fc.record({ type: fc.constant('text'), text: hostileString(ids) }), { minLength: 1, maxLength: 3 }),
          }),
          { maxLength: 3 },
        ),
      }),
    },
  );
}

const HINTS: [RegExp, string[]][] = [
  [/locale|^lang$|^tag$|fallbacks/i, ['de', 'en', 'de-AT', 'fr']],
  [/slug|key/i, ['asthma-bei-kindern', 'neu', 'x']],
  [/region|country/i, ['DE', 'AT', 'DE-BY']],
  [/date|reviewed|due|on$|from$|until$/i, ['2025-03-01', '2030-12-31', '2025-13-45']],
  [/email/i, ['editor@example.test', 'nobody@example.test']],
  [/url|website|href/i, ['https://example.org/a', 'http://localhost/', 'ftp://x']],
  [/colou?r|background|text$|accent|focus|border|surface|link$/i, ['#ffffff', '#000000', '#123']],
];

/** Anything at all, for "wrong type" arguments. */
const wrongType = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 5 }), fc.constant({}), fc.constant([]));

/** A value for `type`, usually shaped like it, sometimes of the wrong type or hostile. */
export function valueFor(type: GraphQLInputType, ids: string[], depth = 0, name = ''): fc.Arbitrary<unknown> {
  const shaped = shapedValue(type, ids, depth, name);
  return fc.oneof({ weight: 30, arbitrary: shaped }, { weight: 1, arbitrary: wrongType });
}

function shapedValue(type: GraphQLInputType, ids: string[], depth: number, name: string): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return shapedValue(type.ofType, ids, depth, name);
  if (isListType(type))
    return fc.oneof(
      { weight: 12, arbitrary: fc.array(valueFor(type.ofType, ids, depth + 1, name), { maxLength: 4 }) },
      // Far longer lists than any limit allows.
      { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }).map((n) => Array.from({ length: n }, (_, i) => `item-${i}`)) },
    );
  if (isEnumType(type))
    return fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.name)), fc.constantFrom('NOT_A_VALUE', 'draft', ''));
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return hostileInt;
      case 'Float':
        return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), hostileInt);
      case 'Boolean':
        return fc.boolean();
      case 'JSON':
        return hostileJson(ids);
      case 'ID':
        // Mostly ids that exist, so calls get past "not found".
        return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: hostileString(ids) });
      default: {
        // Plausible values by field name (locale, slug, id, …) let more calls reach the services.
        const hint = HINTS.find(([pattern]) => pattern.test(name));
        return hint
          ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...hint[1]) }, { weight: 1, arbitrary: hostileString(ids) })
          : hostileString(ids);
      }
    }
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, ids, depth + 1, f.name)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
  }
  return wrongType;
}

/** The GraphQL type as written in a variable definition. */
function typeName(type: GraphQLInputType): string {
  return type.toString();
}

export interface FuzzOperation {
  query: string;
  variables: Record<string, unknown>;
  field: string;
}

/** One root field with every argument passed as a variable, selecting __typename (or nothing for leaves). */
export function operationFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  ids: string[],
): fc.Arbitrary<FuzzOperation> {
  const args = field.args;
  const values = fc.record(Object.fromEntries(args.map((a) => [a.name, valueFor(a.type, ids, 0, a.name)])), {
    requiredKeys: args.filter((a) => isNonNullType(a.type)).map((a) => a.name),
  });
  return values.map((variables) => {
    const used = args.filter((a) => Object.hasOwn(variables, a.name));
    const defs = used.length ? `(${used.map((a) => `$${a.name}: ${typeName(a.type)}`).join(', ')})` : '';
    const call = used.length ? `(${used.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    return { query: `${kind} Fuzz${defs} { ${field.name}${call}${selection} }`, variables, field: `${kind}.${field.name}` };
  });
}

/** Every root field of the schema's query and mutation types, as arbitraries of operations. */
export function rootOperations(
  roots: { kind: 'query' | 'mutation'; type: GraphQLObjectType | null | undefined }[],
  ids: string[],
  skip: ReadonlySet<string>,
): fc.Arbitrary<FuzzOperation> {
  const ops = roots.flatMap(({ kind, type }) =>
    Object.values(type?.getFields() ?? {})
      .filter((f) => !skip.has(f.name))
      .map((f) => operationFor(kind, f, ids)),
  );
  return fc.oneof(...ops);
}
