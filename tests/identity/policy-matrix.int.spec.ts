import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
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
} from 'graphql';
import { buildGraphQLSchema } from '../../apps/api/src/server/graphql/schema';
import { ROLES, isAction, roleMay, type Role } from '../../apps/api/src/kernel/policy';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { outcome, signInAs, tenantHeader, type SignedInClient } from '../support/session';
import { createTenant } from '../factories/tenant.factory';

/**
 * Every root field × every kind of caller, with the expectations generated
 * from the policy table: the five roles of tenant A, an admin of tenant B, and
 * nobody, all calling tenant A. Each call has the smallest arguments GraphQL
 * accepts (random ids, empty inputs), so it usually fails further on
 * (NOT_FOUND, BAD_USER_INPUT); what matters is whether the permission check
 * let it through. Data-level checks (a translator's locales, four eyes,
 * records of another tenant) are proven in the suites of each module.
 */
const t = useTestDatabase();
const api = useTestApi(t);

type Caller = Role | 'admin of tenant B' | 'anonymous';
const CALLERS: Caller[] = [...ROLES, 'admin of tenant B', 'anonymous'];
const LOCALE = 'en';

interface Field {
  name: string;
  operation: 'query' | 'mutation';
  access: string;
  action: string | null;
  document: string;
  variables: Record<string, unknown>;
}

/** The smallest value of `type` that GraphQL accepts (null where it may be left out). */
function minimal(type: GraphQLInputType, name: string): unknown {
  if (!isNonNullType(type)) return undefined;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) {
      const v = minimal(f.type, f.name);
      if (v !== undefined) value[f.name] = v;
    }
    return value;
  }
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTimeISO':
        return new Date(Date.now() + 86_400_000).toISOString();
      case 'JSON':
        return {};
      default:
        return /locale/i.test(name) ? LOCALE : /id$/i.test(name) ? randomUUID() : 'x';
    }
  }
  throw new Error(`no minimal value for ${String(type)}`);
}

function describeField(operation: Field['operation'], field: GraphQLField<unknown, unknown>): Field {
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  const passed: string[] = [];
  for (const arg of field.args) {
    const value = minimal(arg.type, arg.name);
    if (value === undefined) continue;
    variables[arg.name] = value;
    declared.push(`$${arg.name}: ${String(arg.type)}`);
    passed.push(`${arg.name}: $${arg.name}`);
  }
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const head = declared.length ? `${operation}(${declared.join(', ')})` : operation;
  const call = passed.length ? `${field.name}(${passed.join(', ')})` : field.name;
  const access = field.extensions?.access;
  const action = field.extensions?.action;
  return {
    name: `${operation === 'query' ? 'Query' : 'Mutation'}.${field.name}`,
    operation,
    access: typeof access === 'string' ? access : 'undeclared',
    action: typeof action === 'string' ? action : null,
    document: `${head} { ${call}${selection} }`,
    variables,
  };
}

/** What `caller` must be told at the permission check of `field`: refused (the code), or let through. */
function expected(field: Field, caller: Caller): 'UNAUTHENTICATED' | 'FORBIDDEN' | 'let through' {
  if (field.access === 'public') return 'let through';
  if (caller === 'anonymous') return 'UNAUTHENTICATED';
  if (field.access === 'signed-in') return 'let through';
  if (!field.action || !isAction(field.action)) throw new Error(`${field.name} declares neither public, signed-in nor an action`);
  if (caller === 'admin of tenant B') return 'FORBIDDEN';
  return roleMay(caller, field.action) ? 'let through' : 'FORBIDDEN';
}

/**
 * The steps of signing in, which answer wrong credentials with UNAUTHENTICATED themselves
 * (single sign-on: no provider in this tenant, or a callback of no started sign-in).
 */
const SIGN_IN_STEPS = new Set(['Mutation.signIn', 'Mutation.completeSignIn', 'Mutation.startSsoSignIn', 'Mutation.completeSsoSignIn']);

/** Calls that end or replace the caller's session get a session of their own. */
const ENDS_SESSION = new Set([
  'Mutation.signOut',
  'Mutation.signIn',
  'Mutation.resetPassword',
  'Mutation.signOutEverywhere',
  'Mutation.signOutSession',
  'Mutation.revokeSession',
  'Mutation.revokeOtherSessions',
]);

let tenantA: { slug: string };
const clients = new Map<Caller, SignedInClient>();
let fields: Field[] = [];

beforeAll(async () => {
  tenantA = await createTenant(t.services);
  const tenantB = await createTenant(t.services);
  for (const role of ROLES) clients.set(role, await signInAs(t, api, { tenantSlug: tenantA.slug, role, locales: [LOCALE] }));
  clients.set('admin of tenant B', await signInAs(t, api, { tenantSlug: tenantB.slug, role: 'admin' }));
});

beforeAll(async () => {
  const schema = await buildGraphQLSchema(null);
  fields = [
    ...Object.values(schema.getQueryType()!.getFields()).map((f) => describeField('query', f)),
    ...Object.values(schema.getMutationType()!.getFields()).map((f) => describeField('mutation', f)),
  ];
});

async function call(field: Field, caller: Caller): Promise<{ code: string; message: string }> {
  let client = clients.get(caller) ?? null;
  if (client && ENDS_SESSION.has(field.name)) {
    const role: Role = caller === 'admin of tenant B' ? 'admin' : (caller as Role);
    client = await signInAs(t, api, { tenantSlug: client.tenant, role, locales: [LOCALE] });
  }
  const res = client
    ? await client.gql(field.document, { tenant: tenantA.slug, variables: field.variables })
    : await api.gql(field.document, { headers: tenantHeader(tenantA.slug), variables: field.variables });
  return { code: outcome(res), message: res.body.errors?.[0]?.message ?? '' };
}

test('the matrix reaches every root field, and each one declares who may call it', () => {
  expect(fields.length).toBeGreaterThan(70);
  expect(fields.filter((f) => f.access === 'undeclared').map((f) => f.name)).toEqual([]);
});

test.each(CALLERS)('each root field lets %s through exactly where the policy table says', async (caller) => {
  const wrong: string[] = [];
  for (const field of fields) {
    const want = expected(field, caller);
    const { code, message } = await call(field, caller);
    // Wrong credentials (or an unknown second-step challenge) are the sign-in's own answer (UNAUTHENTICATED by design), not a permission check.
    const refusedAtTheDoor = code === 'FORBIDDEN' || (code === 'UNAUTHENTICATED' && !SIGN_IN_STEPS.has(field.name));
    const ok = want === 'let through' ? !refusedAtTheDoor : code === want;
    if (!ok) wrong.push(`${field.name}: expected ${want}, got ${code} (${message})`);
  }
  expect(wrong).toEqual([]);
});
