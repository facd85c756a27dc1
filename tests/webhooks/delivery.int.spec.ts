import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Principal } from '../../apps/api/src/kernel/policy';
import { useTestApi } from '../support/api';
import { signIn, type SignedInClient } from '../support/session';
import { startReceiver, type ReceivedHook, type TestReceiver } from '../support/webhook-receiver';
import { useWebhookServices } from '../support/webhook-services';
import { createTenant } from '../factories/tenant.factory';
import { createDocument, publish } from '../factories/document.factory';
import { createUser } from '../factories/user.factory';

// Short waits (1 s, then 2 s), 3 tries, switched off after 2 failed deliveries: the schedule itself is unit-tested (schedule.spec.ts).
const h = useWebhookServices({ retry: { attempts: 3, baseSeconds: 1 }, disableAfter: 2, timeoutMs: 3000 });
const api = useTestApi(h.database);

let receiver: TestReceiver;
let tenantA: { id: string; slug: string };
let tenantB: { id: string; slug: string };
let adminA: SignedInClient;
let adminAEmail: string;
let adminB: SignedInClient;
const system: Principal = { userId: null, label: 'test-system', role: 'system', locales: [] };

beforeAll(async () => {
  receiver = await startReceiver();
  tenantA = await createTenant(h.services);
  tenantB = await createTenant(h.services);
  const a = await createUser(h.services, { tenantSlug: tenantA.slug, role: 'admin' });
  adminAEmail = a.email;
  adminA = await signIn(api, { email: a.email, tenant: tenantA.slug });
  const b = await createUser(h.services, { tenantSlug: tenantB.slug, role: 'admin' });
  adminB = await signIn(api, { email: b.email, tenant: tenantB.slug });
});
afterAll(async () => {
  await receiver?.stop();
});

const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id active } } }`;

async function subscribe(client: SignedInClient, path: string, events = ['document.published']): Promise<{ id: string; secret: string }> {
  const res = await client.gql<{ createWebhook: { secret: string; webhook: { id: string } } }>(CREATE, {
    variables: { input: { url: `${receiver.url}${path}`, events, description: `receiver ${path}` } },
  });
  expect(res.body.errors).toBeUndefined();
  const made = res.body.data!.createWebhook;
  return { id: made.webhook.id, secret: made.secret };
}

async function publishNew(tenantId: string, slug?: string): Promise<{ id: string; slug: string }> {
  const { document, slug: s } = await createDocument(h.services, tenantId, { ...(slug ? { slug } : {}), actor: system });
  await publish(h.services, tenantId, document.id);
  await h.services.webhooks.settled();
  return { id: document.id, slug: s };
}

function verifies(hook: ReceivedHook, secret: string): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(hook.headers['careleaf-signature']));
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(`${match[1]}.${hook.body}`).digest('hex');
  return timingSafeEqual(Buffer.from(match[2]!), Buffer.from(expected));
}

const deliveriesOf = async (client: SignedInClient, webhookId: string) => {
  const res = await client.gql<{
    webhookDeliveries: {
      edges: {
        node: {
          id: string;
          eventId: string;
          state: string;
          attempts: number;
          payload: string;
          redeliveryOf: string | null;
          tries: { attempt: number; statusCode: number | null; durationMs: number; outcome: string; responseExcerpt: string | null }[];
        };
      }[];
    };
  }>(
    `query($id: ID!) { webhookDeliveries(webhookId: $id, first: 50) { edges { node { id eventId state attempts payload redeliveryOf
        tries { attempt statusCode durationMs outcome responseExcerpt } } } } }`,
    { variables: { id: webhookId } },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.webhookDeliveries.edges.map((e) => e.node);
};

async function until<T>(fn: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('a publish is delivered signed with the secret, with a recent timestamp, the event and delivery headers, and ids only', async () => {
  const hook = await subscribe(adminA, '/signed');
  const before = Math.floor(Date.now() / 1000);
  const doc = await publishNew(tenantA.id, 'asthma-webhook');
  const [got] = await receiver.waitFor('/signed', 1);
  expect(verifies(got!, hook.secret)).toBe(true);
  expect(verifies(got!, 'whsec_another')).toBe(false);
  const t0 = Number(/^t=(\d+)/.exec(String(got!.headers['careleaf-signature']))![1]);
  expect(t0).toBeGreaterThanOrEqual(before);
  expect(t0).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
  expect(got!.headers['careleaf-event']).toBe('document.published');
  expect(got!.headers['content-type']).toBe('application/json');
  const payload = JSON.parse(got!.body) as Record<string, unknown>;
  expect(payload).toEqual({
    id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    type: 'document.published',
    occurredAt: expect.any(String),
    tenant: { id: tenantA.id, slug: tenantA.slug },
    data: { documentId: doc.id, slug: 'asthma-webhook', locale: 'de', version: 1 },
  });
  expect(got!.body).not.toMatch(/Document \d+|blocks|@example\.org/);
  // The log: one try, 200, the first 2 KB of the answer.
  const [delivery] = await until(async () => {
    const d = await deliveriesOf(adminA, hook.id);
    return d[0]?.state === 'succeeded' ? d : undefined;
  });
  expect(delivery!.id).toBe(got!.headers['careleaf-delivery']);
  expect(delivery!.tries).toEqual([
    { attempt: 1, statusCode: 200, durationMs: expect.any(Number), outcome: 'succeeded', responseExcerpt: expect.any(String) },
  ]);
  expect(delivery!.tries[0]!.responseExcerpt!.length).toBe(2048);
  await adminA.gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { variables: { id: hook.id } });
});

test('a 500 is tried again with growing waits, the same delivery id each time, until it succeeds', async () => {
  const hook = await subscribe(adminA, '/flaky');
  receiver.answer((path, n) => (path === '/flaky' && n < 3 ? 500 : 200));
  await publishNew(tenantA.id);
  const tries = await receiver.waitFor('/flaky', 3);
  const gaps = [tries[1]!.at - tries[0]!.at, tries[2]!.at - tries[1]!.at];
  expect(gaps[0]).toBeGreaterThanOrEqual(900);
  expect(gaps[1]).toBeGreaterThan(gaps[0]!);
  expect(new Set(tries.map((r) => r.headers['careleaf-delivery'])).size).toBe(1);
  expect(tries.every((r) => verifies(r, hook.secret))).toBe(true);
  const [delivery] = await until(async () => {
    const d = await deliveriesOf(adminA, hook.id);
    return d[0]?.state === 'succeeded' ? d : undefined;
  });
  expect(delivery!.tries.map((a) => [a.statusCode, a.outcome])).toEqual([
    [500, 'retrying'],
    [500, 'retrying'],
    [200, 'succeeded'],
  ]);
  receiver.answer(() => 200);
  await adminA.gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { variables: { id: hook.id } });
});

test('a permanent 4xx is not tried again; after two failed deliveries in a row the webhook is switched off and the admin is mailed', async () => {
  const hook = await subscribe(adminA, '/gone');
  receiver.answer((path) => (path === '/gone' ? 410 : 200));
  await publishNew(tenantA.id);
  await receiver.waitFor('/gone', 1);
  const first = await until(async () => {
    const d = await deliveriesOf(adminA, hook.id);
    return d[0]?.state === 'failed' ? d : undefined;
  });
  expect(first[0]!.tries).toEqual([expect.objectContaining({ attempt: 1, statusCode: 410, outcome: 'failed' })]);
  // Still on after one failure; the second failed delivery switches it off.
  await publishNew(tenantA.id);
  await receiver.waitFor('/gone', 2);
  const mail = await h.smtp.waitFor(adminAEmail);
  expect(mail.subject).toBe(`Webhook auf Test organisation ${/\d+/.exec(tenantA.slug)![0]} abgeschaltet`);
  expect(mail.text).toContain(`${receiver.url}/gone`);
  expect(mail.text).toContain(`/de/editor/settings/webhooks`);
  const list = await adminA.gql<{
    webhooks: { id: string; active: boolean; disabledReason: string | null; consecutiveFailures: number }[];
  }>(`{ webhooks { id active disabledReason consecutiveFailures } }`);
  expect(list.body.data!.webhooks.find((w) => w.id === hook.id)).toEqual({
    id: hook.id,
    active: false,
    disabledReason: 'failures',
    consecutiveFailures: 2,
  });
  // Off: nothing more is sent, and no try waited for the 410.
  await publishNew(tenantA.id);
  await new Promise((r) => setTimeout(r, 1500));
  expect(receiver.to('/gone')).toHaveLength(2);
  receiver.answer(() => 200);
});

test('a redelivery sends the same payload again under a new delivery id', async () => {
  const hook = await subscribe(adminA, '/again');
  await publishNew(tenantA.id);
  const [original] = await receiver.waitFor('/again', 1);
  const [delivery] = await until(async () => {
    const d = await deliveriesOf(adminA, hook.id);
    return d[0]?.state === 'succeeded' ? d : undefined;
  });
  const res = await adminA.gql<{ redeliverWebhook: { id: string; redeliveryOf: string } }>(
    `mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id redeliveryOf } }`,
    { variables: { id: delivery!.id } },
  );
  expect(res.body.errors).toBeUndefined();
  const again = (await receiver.waitFor('/again', 2))[1]!;
  expect(again.body).toBe(original!.body);
  expect(again.headers['careleaf-delivery']).toBe(res.body.data!.redeliverWebhook.id);
  expect(again.headers['careleaf-delivery']).not.toBe(original!.headers['careleaf-delivery']);
  expect(res.body.data!.redeliverWebhook.redeliveryOf).toBe(delivery!.id);
  expect(verifies(again, hook.secret)).toBe(true);
  // Another tenant's admin cannot redeliver it.
  const foreign = await adminB.gql(`mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }`, { variables: { id: delivery!.id } });
  expect(foreign.body.errors?.[0]?.extensions?.reason).toBe('WEBHOOK_DELIVERY_NOT_FOUND');
  await adminA.gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { variables: { id: hook.id } });
});

test("no event of tenant A reaches tenant B's subscribers, and the other way round", async () => {
  await subscribe(adminA, '/tenant-a', ['document.published', 'registry.changed']);
  await subscribe(adminB, '/tenant-b', ['document.published', 'registry.changed']);
  await publishNew(tenantA.id);
  await publishNew(tenantA.id);
  await publishNew(tenantB.id);
  await receiver.waitFor('/tenant-a', 2);
  await receiver.waitFor('/tenant-b', 1);
  await new Promise((r) => setTimeout(r, 1000));
  const tenantOf = (r: ReceivedHook) => (JSON.parse(r.body) as { tenant: { id: string } }).tenant.id;
  expect(receiver.to('/tenant-a').map(tenantOf)).toEqual([tenantA.id, tenantA.id]);
  expect(receiver.to('/tenant-b').map(tenantOf)).toEqual([tenantB.id]);
});
