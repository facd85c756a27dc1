import { isObjectType } from 'graphql';
import { buildGraphQLSchema } from './schema';

/**
 * Every query, mutation and subscription must say who may call it, through
 * @Public() or @Access(...roles). The snapshot makes each change of
 * permission visible in review.
 */
test('every root field declares who may call it', async () => {
  const schema = await buildGraphQLSchema(null);
  const declarations: Record<string, string> = {};
  const undeclared: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!root || !isObjectType(root)) continue;
    for (const field of Object.values(root.getFields())) {
      const access = field.extensions?.access;
      if (typeof access === 'string') declarations[`${root.name}.${field.name}`] = access;
      else undeclared.push(`${root.name}.${field.name}`);
    }
  }
  expect(undeclared).toEqual([]);
  expect(declarations).toMatchSnapshot();
});
