import { createServices } from '../../apps/api/src/server/services';
import type { Principal } from '../../apps/api/src/kernel/policy';
import { MAX_SUBSCRIPTIONS } from '../../apps/api/src/modules/webhooks';
import { DEVELOPMENT_KEY_MATERIAL } from '../../apps/api/src/modules/webhooks/secret-box';
import { useTestApi } from '../support/api';
import { signIn, type SignedInClient } from '../support/session';
import { startReceiver, type TestReceiver } from '../support/webhook-receiver';
import { useWebhookServices } from '../support/webhook-services';
import { createTenant } from '../factories/tenant.factory';
import { createDocument, publish } from '../factories/document.factory';
import { createUser } from '../factories/user.factory';

const h = useWebhookServices({ retry: { attempts: 2, baseSeconds: 1 }, disableAfter: 5, timeoutMs: 3000 });
const api = useTestApi(h.database);

let receiver: TestReceiver;
let tenantA: { id: string; slug: string };
let tenantB: { id: string; slug: string };
let admin: SignedInClient;
let adminB: SignedInClient;
let editor: SignedInClient;
const system: Principal = { userId: null, label: 'test-system', role: 'system', locales: [] };
const anAdmin: Principal = { userId: null, label: 'test-admin', role: 'admin', locales: [] };

beforeAll(async () => {
  receiver = await startReceiver();
  tenantA = await createTenant(h.services);
  tenantB = await createTenant(h.services);
  const who = async (tenant: { slug: string }, role: 'admin' | 'editor') => {
    const u = await createUser(h.services, { tenantSlug: tenant.slug, role });
    return signIn(api, { email: u.email, tenant: tenant.slug });
  };
  admin = await who(tenantA, 'admin');
  editor = await who(tenantA, 'editor');
  adminB = await who(tenantB, 'admin');
});
afterAll(async () => {
  await receiver?.stop();
});

const FIELDS = `id url description events active disabledReason consecutiveFailures`;
interface Hook {
  id: string;
  url: string;
  description: string;
  events: string[];
  active: boolean;
  disabledReason: string | null;
  consecutiveFailures: number;
}

async function create(client: SignedInClient, input: Record<string, unknown>) {
  return client.gql<{ createWebhook: { secret: string; webhook: Hook } }>(
    `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { ${FIELDS} } } }`,
    { variables: { input } },
  );
}
const list = async (client: SignedInClient) => (await client.gql<{ webhooks: Hook[] }>(`{ webhooks { ${FIELDS} } }`)).body;
const reasonOf = (res: { body: { errors?: { extensions?: { reason?: string; field?: string; code?: string } }[] } }) =>
  res.body.errors?.[0]?.extensions;

test('an admin creates, changes, switches off and deletes a webhook; the secret is answered on creation and rotation only', async () => {
  const made = await create(admin, {
    url: `${receiver.url}/crud`,
    events: ['document.published', 'document.unpublished'],
    description: 'Portal',
  });
  expect(made.body.errors).toBeUndefined();
  const { secret, webhook } = made.body.data!.createWebhook;
  expect(secret).toMatch(/^whsec_/);
  expect(webhook).toEqual({
    id: expect.any(String),
    url: `${receiver.url}/crud`,
    description: 'Portal',
    events: ['document.published', 'document.unpublished'],
    active: true,
    disabledReason: null,
    consecutiveFailures: 0,
  });
  // The type has no secret, and nothing answered after creation carries it.
  const schema = await admin.gql<{ __type: { fields: { name: string }[] } }>(`{ __type(name: "WebhookSubscription") { fields { name } } }`);
  expect(schema.body.data!.__type.fields.map((f) => f.name)).not.toContain('secret');
  const listed = await list(admin);
  expect(JSON.stringify(listed)).not.toContain(secret);
  expect(listed.data!.webhooks.map((w) => w.id)).toContain(webhook.id);

  const off = await admin.gql<{ updateWebhook: Hook }>(
    `mutation($input: UpdateWebhookInput!) { updateWebhook(input: $input) { ${FIELDS} } }`,
    {
      variables: { input: { id: webhook.id, active: false, events: ['registry.changed'] } },
    },
  );
  expect(off.body.data!.updateWebhook).toMatchObject({
    active: false,
    disabledReason: 'manual',
    events: ['registry.changed'],
    description: 'Portal',
  });
  expect(JSON.stringify(off.body)).not.toContain(secret);

  const rotated = await admin.gql<{ rotateWebhookSecret: { secret: string } }>(
    `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`,
    {
      variables: { id: webhook.id },
    },
  );
  const fresh = rotated.body.data!.rotateWebhookSecret.secret;
  expect(fresh).toMatch(/^whsec_/);
  expect(fresh).not.toBe(secret);
  expect(JSON.stringify(await list(admin))).not.toContain(fresh);

  const deleted = await admin.gql<{ deleteWebhook: boolean }>(`mutation($id: ID!) { deleteWebhook(id: $id) }`, {
    variables: { id: webhook.id },
  });
  expect(deleted.body.data!.deleteWebhook).toBe(true);
  const again = await admin.gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { variables: { id: webhook.id } });
  expect(reasonOf(again)).toMatchObject({ code: 'NOT_FOUND', reason: 'WEBHOOK_NOT_FOUND' });
});

test('the secret is stored sealed, never as written', async () => {
  const made = await create(admin, { url: `${receiver.url}/sealed`, events: ['registry.changed'] });
  const { secret, webhook } = made.body.data!.createWebhook;
  const rows: { secret_box: Buffer }[] = await h.t.dataSource.query(`SELECT secret_box FROM webhook_subscriptions WHERE id = $1`, [
    webhook.id,
  ]);
  expect(rows[0]!.secret_box.toString('latin1')).not.toContain(secret.slice(6));
  await admin.gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { variables: { id: webhook.id } });
});

test('a non-admin cannot list or manage webhooks, and an admin of another tenant sees none of these', async () => {
  const made = await create(admin, { url: `${receiver.url}/mine`, events: ['document.published'] });
  const id = made.body.data!.createWebhook.webhook.id;
  expect(reasonOf(await editor.gql(`{ webhooks { id } }`))?.code).toBe('FORBIDDEN');
  expect(reasonOf(await create(editor, { url: `${receiver.url}/x`, events: ['document.published'] }))?.code).toBe('FORBIDDEN');
  expect(reasonOf(await editor.gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { variables: { id } }))?.code).toBe('FORBIDDEN');
  expect(reasonOf(await editor.gql(`mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`, { variables: { id } }))?.code).toBe(
    'FORBIDDEN',
  );
  expect((await list(adminB)).data!.webhooks).toEqual([]);
  const foreign = await adminB.gql(`mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`, { variables: { id } });
  expect(reasonOf(foreign)).toMatchObject({ code: 'NOT_FOUND', reason: 'WEBHOOK_NOT_FOUND' });
  const log = await adminB.gql(`query($id: ID!) { webhookDeliveries(webhookId: $id) { edges { cursor } } }`, { variables: { id } });
  expect(reasonOf(log)?.reason).toBe('WEBHOOK_NOT_FOUND');
  await admin.gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { variables: { id } });
});

test('bad input is refused with its field and reason, and nothing is stored', async () => {
  const before = (await list(admin)).data!.webhooks.length;
  const cases: [Record<string, unknown>, string, string][] = [
    [{ url: 'not a url', events: ['document.published'] }, 'url', 'WEBHOOK_URL_INVALID'],
    [{ url: 'https://user:pw@example.org/', events: ['document.published'] }, 'url', 'WEBHOOK_URL_INVALID'],
    [{ url: `https://example.org/${'a'.repeat(2100)}`, events: ['document.published'] }, 'url', 'WEBHOOK_URL_INVALID'],
    [{ url: 'https://example.org/', events: [] }, 'events', 'WEBHOOK_EVENTS_EMPTY'],
    [{ url: 'https://example.org/', events: ['document.deleted'] }, 'events', 'WEBHOOK_EVENT_UNKNOWN'],
  ];
  for (const [input, field, reason] of cases)
    expect([input.url, reasonOf(await create(admin, input))]).toEqual([input.url, expect.objectContaining({ field, reason })]);
  expect((await list(admin)).data!.webhooks).toHaveLength(before);
});

test(`a tenant has at most ${MAX_SUBSCRIPTIONS} webhooks`, async () => {
  const ids: string[] = [];
  for (let i = 0; i < MAX_SUBSCRIPTIONS; i++)
    ids.push((await create(adminB, { url: `${receiver.url}/n${i}`, events: ['registry.changed'] })).body.data!.createWebhook.webhook.id);
  const over = await create(adminB, { url: `${receiver.url}/over`, events: ['registry.changed'] });
  expect(reasonOf(over)).toMatchObject({ reason: 'WEBHOOK_LIMIT_REACHED', field: 'url' });
  for (const id of ids) await adminB.gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { variables: { id } });
});

test('in production only https to public hosts is accepted, and nothing is created without the operator key', async () => {
  const withKey = createServices(h.t.db, {
    webhooks: { production: true, keyMaterial: 'an operator key of at least thirty-two characters' },
  });
  const attempt = (url: string, services = withKey) =>
    h.t.db
      .withTenant(tenantA.id, (tx) => services.webhooks.create(tx, anAdmin, { url, events: ['document.published'] }))
      .then(
        () => 'created',
        (e: { reason?: string }) => e.reason,
      );
  expect(await attempt(`${receiver.url}/plain`)).toBe('WEBHOOK_URL_NOT_ALLOWED');
  expect(await attempt('https://127.0.0.1/hook')).toBe('WEBHOOK_URL_NOT_ALLOWED');
  expect(await attempt('https://10.0.0.8/hook')).toBe('WEBHOOK_URL_NOT_ALLOWED');
  expect(await attempt('https://[::1]/hook')).toBe('WEBHOOK_URL_NOT_ALLOWED');
  expect(await attempt('https://localhost/hook')).toBe('WEBHOOK_URL_NOT_ALLOWED');
  const keyless = createServices(h.t.db, { webhooks: { production: true, keyMaterial: null } });
  expect(await attempt('https://hooks.example.org/careleaf', keyless)).toBe('WEBHOOK_KEY_MISSING');
  expect(await attempt('https://hooks.example.org/careleaf')).toBe('created');
});

test('the delivery log pages newest first, and the cleanup keeps the newest deliveries of each webhook', async () => {
  const made = await create(admin, { url: `${receiver.url}/log`, events: ['document.published'] });
  const id = made.body.data!.createWebhook.webhook.id;
  for (let i = 0; i < 3; i++) {
    const { document } = await createDocument(h.services, tenantA.id, { actor: system });
    await publish(h.services, tenantA.id, document.id);
    await h.services.webhooks.settled();
  }
  await receiver.waitFor('/log', 3);
  const page = async (after: string | null) =>
    (
      await admin.gql<{
        webhookDeliveries: {
          edges: { cursor: string; node: { id: string; createdAt: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      }>(
        `query($id: ID!, $after: String) { webhookDeliveries(webhookId: $id, first: 2, after: $after) { edges { cursor node { id createdAt } } pageInfo { hasNextPage endCursor } } }`,
        { variables: { id, after } },
      )
    ).body.data!.webhookDeliveries;
  const first = await page(null);
  expect(first.edges).toHaveLength(2);
  expect(first.pageInfo.hasNextPage).toBe(true);
  const second = await page(first.pageInfo.endCursor);
  expect(second.edges).toHaveLength(1);
  expect(second.pageInfo.hasNextPage).toBe(false);
  const all = [...first.edges, ...second.edges].map((e) => e.node);
  expect(new Set(all.map((d) => d.id)).size).toBe(3);
  expect([...all].sort((a, b) => b.createdAt.localeCompare(a.createdAt))).toEqual(all);

  expect(await h.services.webhooks.prune(1, 30)).toBeGreaterThanOrEqual(2);
  const kept = await page(null);
  expect(kept.edges.map((e) => e.node.id)).toEqual([all[0]!.id]);
});

test('in production a delivery to an internal address is refused at the time of sending, and logged', async () => {
  // Made while loopback was allowed (outside production); the same rows are then served by a production process.
  const made = await create(admin, { url: `${receiver.url}/internal`, events: ['registry.changed'] });
  const id = made.body.data!.createWebhook.webhook.id;
  const production = createServices(h.t.db, { webhooks: { production: true, keyMaterial: DEVELOPMENT_KEY_MATERIAL } });
  await production.webhooks.fanOut({ type: 'RegistryChanged', tenantId: tenantA.id });
  const log = () => h.t.db.withTenant(tenantA.id, (tx) => production.webhooks.deliveries(tx, anAdmin, id, 10, null));
  const [delivery] = (await log()).rows;
  await production.webhooks.attempt({ tenantId: tenantA.id, deliveryId: delivery!.id, attempt: 1 });
  expect(receiver.to('/internal')).toEqual([]);
  expect((await log()).rows[0]!.tries).toEqual([
    expect.objectContaining({ attempt: 1, statusCode: null, outcome: 'failed', error: 'the address is not allowed for webhooks' }),
  ]);
  await admin.gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { variables: { id } });
});
