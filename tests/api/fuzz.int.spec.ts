import { readFileSync } from 'node:fs';
import { schemaGraphqlPath } from '@careleaf/schema';
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import { useTestApi, type GraphQLResponse } from '../support/api';
import { useTestDatabase } from '../support/database';
import { rootOperations, type FuzzOperation } from '../support/graphql-fuzz';
import { signInAs, tenantHeader, type SignedInClient } from '../support/session';
import { createPublishedDocument } from '../factories/document.factory';
import { createTenant } from '../factories/tenant.factory';

const t = useTestDatabase();
const api = useTestApi(t);
const schema = buildSchema(readFileSync(schemaGraphqlPath, 'utf8'));
const roots = [
  { kind: 'query' as const, type: schema.getQueryType() },
  { kind: 'mutation' as const, type: schema.getMutationType() },
];
// These end the editor's own session, which would turn the rest of the run into anonymous calls.
const SESSION_ENDING = new Set(['signOut', 'revokeSession', 'revokeOtherSessions', 'signOutSession', 'signOutEverywhere']);
const RUNS = 300;

let editor: SignedInClient;
let tenantSlug: string;
const ids: string[] = [];

beforeAll(async () => {
  const tenant = await createTenant(t.services);
  tenantSlug = tenant.slug;
  editor = await signInAs(t, api, { tenantSlug, role: 'editor' });
  // Real ids and slugs, so some generated calls get past "not found" and into the services.
  const { document, revision, slug } = await createPublishedDocument(t.services, tenant.id, { topics: ['asthma'] });
  ids.push(document.id, revision.id, slug, tenant.id, editor.user.id);
});

interface Failure {
  field: string;
  status: number;
  message: string;
}

/** What a failed call looks like, once per field and message, so the report stays readable. */
function serverFailures(op: FuzzOperation, res: GraphQLResponse): Failure[] {
  const internal = (res.body.errors ?? []).filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
  if (res.status < 500 && internal.length === 0) return [];
  return [{ field: op.field, status: res.status, message: internal[0]?.message ?? JSON.stringify(res.body).slice(0, 200) }];
}

/**
 * The test client keeps connections alive; when the server has just closed an idle one (its keep-alive timeout)
 * the request fails with ECONNRESET before reaching it, and clients retry. Any other network error is a failure.
 */
async function sendOnce(op: FuzzOperation, send: (op: FuzzOperation) => Promise<GraphQLResponse>): Promise<GraphQLResponse> {
  try {
    return await send(op);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ECONNRESET') throw e;
    return send(op);
  }
}

async function fuzz(seed: number, send: (op: FuzzOperation) => Promise<GraphQLResponse>): Promise<Failure[]> {
  const failures = new Map<string, Failure>();
  await fc.assert(
    fc.asyncProperty(rootOperations(roots, ids, SESSION_ENDING), async (op) => {
      let res: GraphQLResponse;
      try {
        res = await sendOnce(op, send);
      } catch (e) {
        failures.set(`${op.field} ${String(e)}`, { field: op.field, status: 0, message: String(e) });
        return;
      }
      for (const f of serverFailures(op, res)) failures.set(`${f.field} ${f.message}`, f);
    }),
    { seed, numRuns: RUNS, endOnFailure: true },
  );
  return [...failures.values()];
}

test('operations generated from the schema, sent anonymously, never get a server error', async () => {
  const failures = await fuzz(20261207, (op) => api.gql(op.query, { headers: tenantHeader(tenantSlug), variables: op.variables }));
  expect(failures).toEqual([]);
}, 120_000);

test('operations generated from the schema, sent by a signed-in editor, never get a server error', async () => {
  const failures = await fuzz(7122026, (op) => editor.gql(op.query, { variables: op.variables }));
  expect(failures).toEqual([]);
}, 120_000);
