import { isObjectType } from 'graphql';
import { buildGraphQLSchema } from './schema';

/**
 * Every query, mutation and subscription must say who may call it, through
 * @Public(), @SignedIn() or @Can(action). The snapshots make each change of
 * permission visible in review: the roles (generated from the policy table)
 * and the action each field checks.
 */
async function rootFields() {
  const schema = await buildGraphQLSchema(null);
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((root) =>
    root && isObjectType(root) ? Object.values(root.getFields()).map((field) => ({ name: `${root.name}.${field.name}`, field })) : [],
  );
}

test('every root field declares who may call it', async () => {
  const declarations: Record<string, string> = {};
  const undeclared: string[] = [];
  for (const { name, field } of await rootFields()) {
    const access = field.extensions?.access;
    if (typeof access === 'string') declarations[name] = access;
    else undeclared.push(name);
  }
  expect(undeclared).toEqual([]);
  expect(declarations).toMatchSnapshot();
});

test('every field for members names the action of the policy table it checks', async () => {
  const actions: Record<string, string> = {};
  for (const { name, field } of await rootFields()) {
    const action = field.extensions?.action;
    if (typeof action === 'string') actions[name] = action;
  }
  expect(actions).toMatchSnapshot();
});
