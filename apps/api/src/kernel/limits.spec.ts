import 'reflect-metadata';
import { getMetadataStorage as validatorMetadata } from 'class-validator';
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import { getMetadataStorage as graphqlMetadata } from 'type-graphql';
import { buildGraphQLSchema } from '../server/graphql/schema';

/** The constraint names class-validator records for a property (inherited ones included). */
// class-validator and type-graphql key their metadata by the class itself.
type InputClass = abstract new (...args: never[]) => object;

function constraintsOf(target: InputClass, property: string): { name: string; each: boolean }[] {
  return validatorMetadata()
    .getTargetValidationMetadatas(target, '', true, false)
    .filter((m) => m.propertyName === property)
    .map((m) => ({ name: m.name ?? m.type, each: m.each ?? false }));
}

/** What a field lacks: every string and list needs a bound, every nested input needs to be validated. */
function missingBounds(target: InputClass, field: GraphQLInputField): string[] {
  const have = constraintsOf(target, field.name);
  const has = (name: string, each = false) => have.some((c) => c.name === name && c.each === each);
  const type: GraphQLInputType = getNullableType(field.type);
  const named = getNamedType(type);
  const missing: string[] = [];
  const isList = isListType(type);
  if (isList && !has('arrayMaxSize')) missing.push('a maximum number of items (MaxItems)');
  if (isScalarType(named) && (named.name === 'String' || named.name === 'ID') && !has('maxLength', isList))
    missing.push(`a maximum length${isList ? ' for each item' : ''} (MaxChars)`);
  if (isScalarType(named) && named.name === 'JSON' && !has('maxJsonChars', isList)) missing.push('a maximum JSON size (MaxJsonChars)');
  if (isInputObjectType(named) && !have.some((c) => c.name === 'nestedValidation' || c.name === 'validateNested'))
    missing.push('nested validation (Nested)');
  return missing;
}

test('every string, list and JSON field of every input type has a bound from the table of limits', async () => {
  const schema = await buildGraphQLSchema(null);
  const classes = new Map(graphqlMetadata().inputTypes.map((c) => [c.name, c.target as InputClass]));
  const problems: string[] = [];
  let checked = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectType(type) || type.name.startsWith('__')) continue;
    const target = classes.get(type.name);
    if (!target) {
      problems.push(`${type.name}: no input class found`);
      continue;
    }
    for (const field of Object.values(type.getFields())) {
      checked++;
      for (const m of missingBounds(target, field)) problems.push(`${type.name}.${field.name} needs ${m}`);
    }
  }
  expect(checked).toBeGreaterThan(50);
  expect(problems).toEqual([]);
});
