import { buildSchema, parse } from 'graphql';
import { findHostileInput } from './input-guard';

const schema = buildSchema(`
  scalar JSON
  input SaveInput { title: String, content: JSON, tags: [String!] }
  type Query { search(query: String!, ids: [ID!]): Int, save(input: SaveInput!): Int }
`);
const check = (query: string, variables: Record<string, unknown> = {}) => findHostileInput(schema, parse(query), variables);

/** A list nested `levels` deep inside a callout, as the importer can produce it (12 levels at most). */
function nestedList(levels: number): unknown {
  let item: unknown = { content: [{ type: 'text', text: 'x' }] };
  for (let i = 0; i < levels; i++) item = { content: [{ type: 'text', text: 'x' }], list: { ordered: false, items: [item] } };
  return { blocks: [{ id: 'c-1', type: 'callout', blocks: [{ id: 'l-1', type: 'list', ordered: false, items: [item] }] }] };
}

test('ordinary input, including lists nested as deep as the importer allows, passes', () => {
  expect(check('query($i: SaveInput!) { save(input: $i) }', { i: { title: 'Asthma 🩺', content: nestedList(12) } })).toBeNull();
  expect(check('{ search(query: "Atemnot", ids: ["a", "b"]) }')).toBeNull();
});

test('NUL and lone surrogates are found in variables, literals, defaults, list items and object keys, with their path', () => {
  expect(check('query($i: SaveInput!) { save(input: $i) }', { i: { tags: ['ok', 'a\u0000'] } })).toMatchObject({
    field: 'input.tags[1]',
    reason: 'NUL_CHARACTER',
  });
  // (The GraphQL parser itself refuses lone surrogates written in the query text.)
  expect(check('query($i: SaveInput!) { save(input: $i) }', { i: { title: 'x\uDC00' } })).toMatchObject({
    field: 'input.title',
    reason: 'LONE_SURROGATE',
  });
  expect(check('{ save(input: { title: "a\\u0000" }) }')).toMatchObject({ field: 'input.title', reason: 'NUL_CHARACTER' });
  expect(check('query($i: SaveInput!) { save(input: $i) }', { i: { content: { 'k\u0000': 1 } } })).toMatchObject({
    reason: 'NUL_CHARACTER',
  });
  expect(check('query($q: String! = "\\u0000") { search(query: $q) }')).toMatchObject({ field: 'query', reason: 'NUL_CHARACTER' });
});

test('nesting beyond the limit and overlong plain arguments are refused with the limit', () => {
  let deep: unknown = 'x';
  for (let i = 0; i < 1000; i++) deep = [deep];
  expect(check('query($i: SaveInput!) { save(input: $i) }', { i: { content: deep } })).toMatchObject({ reason: 'TOO_DEEP', limit: 100 });
  expect(check('query($q: String!) { search(query: $q) }', { q: 'x'.repeat(4001) })).toMatchObject({
    field: 'query',
    reason: 'TOO_LONG',
    limit: 4000,
  });
  expect(check('query($ids: [ID!]) { search(query: "a", ids: $ids) }', { ids: Array.from({ length: 2001 }, () => 'a') })).toMatchObject({
    field: 'ids',
    reason: 'TOO_MANY',
  });
});
