import type { ParsedMail } from 'mailparser';
import type { Principal, Role } from '../../apps/api/src/kernel/policy';
import { loadSmtpConfig, SmtpMailSender } from '../../apps/api/src/kernel/mail/smtp';
import { linkBuilder } from '../../apps/api/src/kernel/links';
import { NotificationService } from '../../apps/api/src/modules/notifications';
import { subscribeNotifications } from '../../apps/api/src/server/subscribers';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { signIn, type SignedInClient } from '../support/session';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';
import { createTenant } from '../factories/tenant.factory';
import { createDocument } from '../factories/document.factory';
import { createUser } from '../factories/user.factory';

// A real SMTP server on loopback; the notification service sends to it with the API's own SMTP sender.
let smtp: TestSmtpServer;
let sender: SmtpMailSender;
beforeAll(async () => {
  smtp = await startSmtpServer();
  sender = new SmtpMailSender(
    loadSmtpConfig({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_TLS: 'none', MAIL_FROM: 'careleaf@example.org' }, false)!,
  );
});
const t = useTestDatabase({ mail: () => sender });
const api = useTestApi(t);

/** A small bound, so the test shows "and n more" without hundreds of notifications. */
const BOUND = 3;
let notifications: NotificationService;
let detach: () => void;

interface Member {
  id: string;
  email: string;
  principal: Principal;
  client: SignedInClient;
}
type Tenant = { id: string; slug: string; name: string };
let tenantA: Tenant;
let tenantB: Tenant;
let author: Member;
let reviewerDe: Member; // chooses the daily digest, reads German
let reviewerEn: Member; // keeps "immediately"
let editorB: Member;
let reviewerB: Member; // daily digest in tenant B

const SETTINGS = `mutation($input: UpdateNotificationSettingsInput!) {
  updateMyNotificationSettings(input: $input) { kinds { kind on delivery digestOffered } locale } }`;

async function member(tenant: Tenant, role: Role, language: string): Promise<Member> {
  const user = await createUser(t.services, { tenantSlug: tenant.slug, role });
  const client = await signIn(api, { email: user.email, tenant: tenant.slug });
  const res = await client.gql(SETTINGS, { variables: { input: { locale: language } } });
  expect(res.body.errors).toBeUndefined();
  return { ...user, client, principal: { userId: user.id, label: user.email, role, locales: [] } };
}

async function choose(who: Member, kind: string, delivery: string) {
  const res = await who.client.gql<{ updateMyNotificationSettings: { kinds: { kind: string; delivery: string }[] } }>(SETTINGS, {
    variables: { input: { kinds: [{ kind, delivery }] } },
  });
  expect(res.body.errors).toBeUndefined();
  return res.body;
}

beforeAll(async () => {
  notifications = new NotificationService(t.db, t.services.tenancy, sender, linkBuilder('http://{host}:3000'), null, BOUND);
  detach = subscribeNotifications(t.services.events, notifications);
  tenantA = await createTenant(t.services);
  tenantB = await createTenant(t.services);
  author = await member(tenantA, 'editor', 'en');
  reviewerDe = await member(tenantA, 'reviewer', 'de');
  reviewerEn = await member(tenantA, 'reviewer', 'en');
  editorB = await member(tenantB, 'editor', 'en');
  reviewerB = await member(tenantB, 'reviewer', 'en');
});
afterAll(async () => {
  detach?.();
  sender?.close();
  await smtp?.stop();
});
beforeEach(async () => {
  await notifications.settled();
  await notifications.sendDailyDigests();
  await notifications.settled();
  smtp.received.length = 0;
});

const to = (who: { email: string }) =>
  smtp.received.filter((m) => [m.to].flat().some((a) => a?.value.some((v) => v.address?.toLowerCase() === who.email.toLowerCase())));
const header = (mail: ParsedMail, name: string) =>
  mail.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/\r?\n[ \t]+/g, ' ');

/** A new document in `tenant`, submitted for review by `who` (its reviewers are told). */
async function submitted(tenant: Tenant, who: Member, title: string): Promise<string> {
  const { document } = await createDocument(t.services, tenant.id, { title, actor: who.principal, locale: 'de' });
  await t.db.withTenant(tenant.id, (tx) =>
    t.services.workflow.transition(tx, who.principal, 'submit', { documentId: document.id, locale: 'de' }),
  );
  await notifications.settled();
  return document.id;
}

const pending = async (tenant: Tenant) =>
  t.db.withTenant(tenant.id, async (tx) => {
    const [row]: { n: number }[] = await tx.em.query(`SELECT count(*)::int AS n FROM notification_digest_items`);
    return row!.n;
  });

test('a kind set to the daily digest sends nothing at once; the daily run sends one mail in the recipient’s language with every item, then nothing', async () => {
  const chosen = await choose(reviewerDe, 'REVIEW_REQUESTED', 'DAILY_DIGEST');
  expect(chosen.data!.updateMyNotificationSettings.kinds).toContainEqual({
    kind: 'REVIEW_REQUESTED',
    on: true,
    delivery: 'DAILY_DIGEST',
    digestOffered: true,
  });
  const first = await submitted(tenantA, author, 'Asthma bei Kindern');
  const second = await submitted(tenantA, author, 'Heuschnupfen');
  expect(to(reviewerDe)).toEqual([]);
  // Someone who kept "immediately" still gets one mail each.
  expect(to(reviewerEn).map((m) => m.subject)).toEqual([
    'Review requested: Asthma bei Kindern (de)',
    'Review requested: Heuschnupfen (de)',
  ]);
  expect(await pending(tenantA)).toBe(2);

  smtp.received.length = 0;
  expect(await notifications.sendDailyDigests()).toBe(1);
  const [digest, ...others] = to(reviewerDe);
  expect(others).toEqual([]);
  expect(digest?.subject).toBe(`2 Benachrichtigungen von ${tenantA.name} heute`);
  expect(digest?.html).toContain('<html lang="de" dir="ltr">');
  expect(digest?.html).toMatch(new RegExp(`<h1[^>]*>Ihre tägliche Zusammenfassung von ${tenantA.name}</h1>`));
  // One list item per notification, each link text its own subject, oldest first.
  expect(String(digest?.html).match(/<li>/g)).toHaveLength(2);
  expect(digest?.html).toContain(
    `<li><a href="http://${tenantA.slug}.test:3000/de/editor/documents/${first}?lang=de" style="color: #0b4f9c;">Prüfung angefragt: Asthma bei Kindern (de)</a></li>`,
  );
  expect(digest!.text!.indexOf('Asthma bei Kindern')).toBeLessThan(digest!.text!.indexOf('Heuschnupfen'));
  expect(digest?.text).toContain(`/de/editor/documents/${second}?lang=de`);
  expect(header(digest!, 'List-Unsubscribe')).toMatch(
    new RegExp(
      `^List-Unsubscribe: <http://${tenantA.slug}\\.test:3000/de/editor/unsubscribe/one-click\\?token=${reviewerDe.id}\\.reviewRequested\\.`,
    ),
  );
  expect(header(digest!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  expect(await pending(tenantA)).toBe(0);

  smtp.received.length = 0;
  expect(await notifications.sendDailyDigests()).toBe(0);
  expect(smtp.received).toEqual([]);
});

test('another tenant’s pending items never appear in a digest, and each tenant’s digest comes separately', async () => {
  await choose(reviewerB, 'REVIEW_REQUESTED', 'DAILY_DIGEST');
  await choose(reviewerDe, 'REVIEW_REQUESTED', 'DAILY_DIGEST');
  await submitted(tenantB, editorB, 'Nur in B');
  await submitted(tenantA, author, 'Nur in A');
  expect(to(reviewerB)).toEqual([]);
  smtp.received.length = 0;
  expect(await notifications.sendDailyDigests()).toBe(2);
  const [b] = to(reviewerB);
  expect(b?.subject).toBe(`1 notification from ${tenantB.name} today`);
  expect(b?.text).toContain('Review requested: Nur in B (de)');
  expect(b?.text).not.toContain('Nur in A');
  expect(to(reviewerDe)[0]?.text).not.toContain('Nur in B');
  // Row-level security: inside tenant A, B's items are not even visible.
  await submitted(tenantB, editorB, 'Wieder nur in B');
  expect(await pending(tenantA)).toBe(0);
  expect(await pending(tenantB)).toBe(1);
});

test('a kind turned off sends nothing, neither at once nor in the digest; the weekly list cannot go into the daily digest', async () => {
  await choose(reviewerDe, 'REVIEW_REQUESTED', 'OFF');
  await submitted(tenantA, author, 'Migräne');
  expect(to(reviewerDe)).toEqual([]);
  expect(await notifications.sendDailyDigests()).toBe(0);
  expect(to(reviewerDe)).toEqual([]);

  const refused = await reviewerDe.client.gql(SETTINGS, {
    variables: { input: { kinds: [{ kind: 'REVIEW_OVERDUE', delivery: 'DAILY_DIGEST' }] } },
  });
  expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DIGEST_NOT_OFFERED', field: 'kinds' });
  const settings = await reviewerDe.client.gql<{ myNotificationSettings: { kinds: { kind: string; delivery: string }[] } }>(
    `{ myNotificationSettings { kinds { kind delivery } } }`,
  );
  expect(settings.body.data!.myNotificationSettings.kinds).toContainEqual({ kind: 'REVIEW_OVERDUE', delivery: 'IMMEDIATELY' });
  expect(settings.body.data!.myNotificationSettings.kinds).toContainEqual({ kind: 'REVIEW_REQUESTED', delivery: 'OFF' });
});

test('the pending digest is bounded: past the bound notifications are only counted, and the digest says “and n more”', async () => {
  await choose(reviewerDe, 'REVIEW_REQUESTED', 'DAILY_DIGEST');
  for (const title of ['Eins', 'Zwei', 'Drei', 'Vier', 'Fünf']) await submitted(tenantA, author, title);
  expect(await pending(tenantA)).toBe(BOUND);
  smtp.received.length = 0;
  expect(await notifications.sendDailyDigests()).toBe(1);
  const [digest] = to(reviewerDe);
  expect(digest?.subject).toBe(`5 Benachrichtigungen von ${tenantA.name} heute`);
  expect(String(digest?.html).match(/<li>/g)).toHaveLength(BOUND);
  expect(digest?.text).toContain('… und 2 weitere, nicht aufgeführt.');
  expect(digest?.text).not.toContain('Vier');
  // The count starts again after a digest.
  await submitted(tenantA, author, 'Sechs');
  smtp.received.length = 0;
  await notifications.sendDailyDigests();
  expect(to(reviewerDe)[0]?.subject).toBe(`1 Benachrichtigung von ${tenantA.name} heute`);
  expect(to(reviewerDe)[0]?.text).not.toContain('weitere');
});
