import type { ParsedMail } from 'mailparser';
import type { Principal, Role } from '../../apps/api/src/kernel/policy';
import { JobQueue } from '../../apps/api/src/kernel/jobs';
import { createLogger } from '../../apps/api/src/kernel/logger';
import { loadSmtpConfig, SmtpMailSender } from '../../apps/api/src/kernel/mail/smtp';
import { linkBuilder } from '../../apps/api/src/kernel/links';
import { QueuedMailSender, startMailDelivery } from '../../apps/api/src/kernel/mail/queue';
import { ContentScheduler } from '../../apps/api/src/modules/content/scheduler';
import { NotificationService } from '../../apps/api/src/modules/notifications';
import { subscribeNotifications } from '../../apps/api/src/server/subscribers';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { signIn, tenantHeader, type SignedInClient } from '../support/session';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';
import { testMode } from '../support/test-env';
import { createTenant } from '../factories/tenant.factory';
import { createDocument, heading } from '../factories/document.factory';
import { createUser } from '../factories/user.factory';

// A real SMTP server on loopback; the services send to it with the API's own SMTP sender.
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
let detach: () => void;

interface Member {
  id: string;
  email: string;
  principal: Principal;
  client: SignedInClient;
}

let tenantA: { id: string; slug: string; name: string };
let tenantB: { id: string; slug: string; name: string };
let author: Member; // editor of A, reads English
let otherEditor: Member; // editor of A, reads German (the tenant's default)
let reviewerDe: Member; // reviewer of A, chose German
let reviewerEn: Member; // reviewer of A, chose English
let admin: Member; // admin of A
let reviewerB: Member; // reviewer of tenant B only

async function member(tenant: { slug: string }, role: Role, language: string | null): Promise<Member> {
  const user = await createUser(t.services, { tenantSlug: tenant.slug, role });
  const client = await signIn(api, { email: user.email, tenant: tenant.slug });
  if (language) {
    const res = await client.gql(
      `mutation($input: UpdateNotificationSettingsInput!) { updateMyNotificationSettings(input: $input) { locale } }`,
      {
        variables: { input: { locale: language } },
      },
    );
    expect(res.body.errors).toBeUndefined();
  }
  return { ...user, client, principal: { userId: user.id, label: user.email, role, locales: [] } };
}

beforeAll(async () => {
  detach = subscribeNotifications(t.services.events, t.services.notifications);
  tenantA = await createTenant(t.services);
  tenantB = await createTenant(t.services);
  author = await member(tenantA, 'editor', 'en');
  otherEditor = await member(tenantA, 'editor', null);
  reviewerDe = await member(tenantA, 'reviewer', 'de');
  reviewerEn = await member(tenantA, 'reviewer', 'en');
  admin = await member(tenantA, 'admin', null);
  reviewerB = await member(tenantB, 'reviewer', 'en');
});
afterAll(async () => {
  detach?.();
  sender?.close();
  await smtp?.stop();
});
beforeEach(async () => {
  await t.services.notifications.settled();
  smtp.received.length = 0;
});

/** Every notification of the step has been handed to the SMTP server (which parses before it answers). */
const settled = () => t.services.notifications.settled();
const to = (who: { email: string }) =>
  smtp.received.filter((m) => [m.to].flat().some((a) => a?.value.some((v) => v.address?.toLowerCase() === who.email.toLowerCase())));
/** A header line as sent, unfolded (long lines are folded on the wire). */
const header = (mail: ParsedMail, name: string) =>
  mail.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/\r?\n[ \t]+/g, ' ');
const unsubscribeUrl = (mail: ParsedMail) => new URL(/<([^>]+)>/.exec(header(mail, 'List-Unsubscribe') ?? '')![1]!);

async function step(actor: Member | null, action: 'submit' | 'approve' | 'sendBack' | 'publish', documentId: string, comment?: string) {
  const principal: Principal = actor?.principal ?? { userId: null, label: 'test-system', role: 'system', locales: [] };
  await t.db.withTenant(tenantA.id, (tx) =>
    t.services.workflow.transition(tx, principal, action, { documentId, locale: 'de', ...(comment ? { comment } : {}) }),
  );
  await settled();
}

async function draftBy(who: Member, title: string, blocks?: NonNullable<Parameters<typeof createDocument>[2]>['blocks']): Promise<string> {
  const { document } = await createDocument(t.services, tenantA.id, {
    title,
    actor: who.principal,
    locale: 'de',
    ...(blocks ? { blocks } : {}),
  });
  return document.id;
}

test('a submission reaches every reviewer of the tenant in their own language, with a link to the document, and nobody else', async () => {
  const id = await draftBy(author, 'Asthma bei Kindern');
  await step(author, 'submit', id);

  const [de] = to(reviewerDe);
  const [en] = to(reviewerEn);
  expect(de?.subject).toBe('Prüfung angefragt: Asthma bei Kindern (de)');
  expect(de?.html).toContain('<html lang="de" dir="ltr">');
  expect(de?.text).toContain(
    `„Asthma bei Kindern“ (de) im Editor öffnen:\nhttp://${tenantA.slug}.test:3000/de/editor/documents/${id}?lang=de`,
  );
  expect(en?.subject).toBe('Review requested: Asthma bei Kindern (de)');
  expect(en?.html).toMatch(/<h1[^>]*>“Asthma bei Kindern” waits for your review<\/h1>/);
  expect(en?.html).toContain(`href="http://${tenantA.slug}.test:3000/en/editor/documents/${id}?lang=de"`);
  expect(en?.html).not.toMatch(/<img/i);
  expect(en?.from?.value[0]?.name).toBe(tenantA.name);
  // Exactly the two reviewers: not the submitter, not editors or admins, not the reviewer of tenant B.
  expect(smtp.received).toHaveLength(2);
  expect(to(reviewerB)).toEqual([]);
  expect(to(author)).toEqual([]);
});

test('notifications carry one-click List-Unsubscribe headers; invitations do not, and the inviting admin hears of the acceptance', async () => {
  const id = await draftBy(author, 'Heuschnupfen');
  await step(author, 'submit', id);
  const [mail] = to(reviewerEn);
  expect(header(mail!, 'List-Unsubscribe')).toMatch(
    new RegExp(
      `^List-Unsubscribe: <http://${tenantA.slug}\\.test:3000/en/editor/unsubscribe/one-click\\?token=${reviewerEn.id}\\.reviewRequested\\.`,
    ),
  );
  expect(header(mail!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

  smtp.received.length = 0;
  const invited = `invited-${Date.now()}@example.org`;
  const res = await admin.client.gql(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }`, {
    variables: { input: { email: invited, role: 'VIEWER', locales: [], locale: 'en' } },
  });
  expect(res.body.errors).toBeUndefined();
  const invitation = await smtp.waitFor(invited);
  expect(header(invitation, 'List-Unsubscribe')).toBeUndefined();
  expect(header(invitation, 'List-Unsubscribe-Post')).toBeUndefined();

  const accepted = await api.gql(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { newUser } }`, {
    headers: tenantHeader(tenantA.slug),
    variables: {
      input: {
        token: /[?&]token=([A-Za-z0-9_-]{43})/.exec(invitation.text ?? '')![1],
        displayName: 'Nora Neu',
        password: 'violet kayak hums under 7 lanterns',
      },
    },
  });
  expect(accepted.body.errors).toBeUndefined();
  await settled();
  const [told] = to(admin);
  // The admin never chose a language: the tenant's default (German).
  expect(told?.subject).toBe(`Nora Neu ist jetzt bei ${tenantA.name}`);
  expect(told?.text).toContain(`Nora Neu (${invited}) hat Ihre Einladung angenommen`);
  expect(to({ email: invited }).filter((m) => m.subject?.includes('Nora'))).toEqual([]);
});

test('approval and sending back tell whoever submitted, in their language, with the reviewer’s comment; the reviewer gets nothing', async () => {
  const id = await draftBy(author, 'Zöliakie');
  await step(author, 'submit', id);
  smtp.received.length = 0;
  await step(reviewerDe, 'sendBack', id, 'Bitte die Dosierung für Kinder ergänzen.');
  const [back] = to(author);
  expect(back?.subject).toBe('Sent back: Zöliakie (de)');
  expect(back?.text).toContain('Their comment:\n\nBitte die Dosierung für Kinder ergänzen.');
  expect(back?.html).toContain('<p>Bitte die Dosierung für Kinder ergänzen.</p>');
  expect(to(reviewerDe)).toEqual([]);

  await step(author, 'submit', id);
  smtp.received.length = 0;
  await step(reviewerEn, 'approve', id);
  expect(to(author).map((m) => m.subject)).toEqual(['Approved: Zöliakie (de)']);
  expect(smtp.received).toHaveLength(1);
});

test('publishing tells the author unless the author published it; a German-reading author gets German', async () => {
  const mine = await draftBy(author, 'Migräne');
  await step(author, 'submit', mine);
  await step(reviewerDe, 'approve', mine);
  smtp.received.length = 0;
  await step(otherEditor, 'publish', mine);
  expect(to(author).map((m) => m.subject)).toEqual(['Published: Migräne (de)']);

  const own = await draftBy(otherEditor, 'Tinnitus');
  await step(otherEditor, 'submit', own);
  await step(reviewerDe, 'approve', own);
  smtp.received.length = 0;
  await step(otherEditor, 'publish', own);
  expect(smtp.received).toEqual([]);

  const byAuthor = await draftBy(otherEditor, 'Gicht');
  await step(otherEditor, 'submit', byAuthor);
  await step(reviewerDe, 'approve', byAuthor);
  smtp.received.length = 0;
  await step(author, 'publish', byAuthor);
  expect(to(otherEditor).map((m) => m.subject)).toEqual(['Veröffentlicht: Gicht (de)']);
});

test('a kind turned off in the settings is not sent; the settings show it, and nobody can change someone else’s', async () => {
  const off = await author.client.gql<{ updateMyNotificationSettings: { kinds: { kind: string; on: boolean }[] } }>(
    `mutation($input: UpdateNotificationSettingsInput!) { updateMyNotificationSettings(input: $input) { kinds { kind on } locale } }`,
    { variables: { input: { kinds: [{ kind: 'REVIEW_APPROVED', on: false }] } } },
  );
  expect(off.body.errors).toBeUndefined();
  expect(off.body.data!.updateMyNotificationSettings.kinds).toContainEqual({ kind: 'REVIEW_APPROVED', on: false });
  expect(off.body.data!.updateMyNotificationSettings.kinds).toContainEqual({ kind: 'REVIEW_SENT_BACK', on: true });

  const id = await draftBy(author, 'Schwindel');
  await step(author, 'submit', id);
  smtp.received.length = 0;
  await step(reviewerDe, 'approve', id);
  expect(smtp.received).toEqual([]);

  // The input names no user: each member reads and writes only their own row.
  const theirs = await reviewerDe.client.gql<{ myNotificationSettings: { kinds: { kind: string; on: boolean }[]; locale: string } }>(
    `{ myNotificationSettings { kinds { kind on } locale } }`,
  );
  expect(theirs.body.data!.myNotificationSettings.locale).toBe('de');
  expect(theirs.body.data!.myNotificationSettings.kinds.every((k) => k.on)).toBe(true);
  const anonymous = await api.gql(`{ myNotificationSettings { locale } }`, { headers: tenantHeader(tenantA.slug) });
  expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const unknownLocale = await author.client.gql(`mutation { updateMyNotificationSettings(input: { locale: "fr" }) { locale } }`);
  expect(unknownLocale.body.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    reason: 'LOCALE_NOT_OF_TENANT',
    field: 'locale',
  });

  await author.client.gql(`mutation { updateMyNotificationSettings(input: { kinds: [{ kind: REVIEW_APPROVED, on: true }] }) { locale } }`);
});

test('the one-click unsubscribe turns that kind off without signing in; a forged or foreign token changes nothing', async () => {
  const id = await draftBy(author, 'Bluthochdruck');
  await step(author, 'submit', id);
  const url = unsubscribeUrl(to(reviewerEn)[0]!);
  const token = url.searchParams.get('token')!;
  const UNSUBSCRIBE = `mutation($token: String!) { unsubscribeNotifications(token: $token) { kind } }`;

  const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
  const refused = await api.gql(UNSUBSCRIBE, { headers: tenantHeader(tenantA.slug), variables: { token: forged } });
  expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNSUBSCRIBE_LINK_INVALID' });
  // The right token on another tenant's site: that tenant has no such member, nothing changes there or here.
  const elsewhere = await api.gql(UNSUBSCRIBE, { headers: tenantHeader(tenantB.slug), variables: { token } });
  expect(elsewhere.body.errors?.[0]?.extensions).toMatchObject({ reason: 'UNSUBSCRIBE_LINK_INVALID' });

  const done = await api.gql<{ unsubscribeNotifications: { kind: string } }>(UNSUBSCRIBE, {
    headers: tenantHeader(tenantA.slug),
    variables: { token },
  });
  expect(done.body.errors).toBeUndefined();
  expect(done.body.data!.unsubscribeNotifications.kind).toBe('REVIEW_REQUESTED');

  const next = await draftBy(author, 'Rückenschmerzen');
  smtp.received.length = 0;
  await step(author, 'submit', next);
  expect(to(reviewerEn)).toEqual([]);
  expect(to(reviewerDe).map((m) => m.subject)).toEqual(['Prüfung angefragt: Rückenschmerzen (de)']);
  const settings = await reviewerEn.client.gql<{ myNotificationSettings: { kinds: { kind: string; on: boolean }[] } }>(
    `{ myNotificationSettings { kinds { kind on } } }`,
  );
  expect(settings.body.data!.myNotificationSettings.kinds.filter((k) => !k.on)).toEqual([{ kind: 'REVIEW_REQUESTED', on: false }]);
});

test('a scheduled publish tells whoever scheduled it when it ran, and when it was refused (then it is no longer scheduled)', async () => {
  const logger = createLogger('silent');
  const jobs = await JobQueue.start(t.dataSource, { embedded: testMode() === 'embedded', url: t.url, pollingIntervalSeconds: 0.5 }, logger);
  const scheduler = new ContentScheduler(t.db, t.services.documents, t.services.workflow, jobs, logger, t.services.events);
  try {
    const schedule = async (id: string) => {
      const at = new Date(Date.now() + 60_000);
      await t.db.withTenant(tenantA.id, (tx) =>
        t.services.workflow.schedule(tx, otherEditor.principal, { documentId: id, locale: 'de', action: 'publish', at }),
      );
      return at.toISOString();
    };
    const good = await draftBy(author, 'Neurodermitis');
    await step(author, 'submit', good);
    await step(reviewerDe, 'approve', good);
    const at = await schedule(good);
    smtp.received.length = 0;
    await scheduler.run({ tenantId: tenantA.id, documentId: good, locale: 'de', action: 'publish', at });
    await settled();
    // The scheduler editor reads German (the default); the author is told of the publication itself.
    expect(to(otherEditor).map((m) => m.subject)).toEqual(['Wie geplant veröffentlicht: Neurodermitis (de)']);
    expect(to(author).map((m) => m.subject)).toEqual(['Published: Neurodermitis (de)']);
    expect(to(author)[0]?.text).toContain('The scheduler published the de version');

    // A level-4 heading right after a level-2 one fails the publishing checks.
    const bad = await draftBy(author, 'Krätze', [heading('h-1', 'Überblick', 2), heading('h-2', 'Zu tief', 4)]);
    await step(author, 'submit', bad);
    await step(reviewerDe, 'approve', bad);
    const badAt = await schedule(bad);
    smtp.received.length = 0;
    await scheduler.run({ tenantId: tenantA.id, documentId: bad, locale: 'de', action: 'publish', at: badAt });
    await settled();
    const [failed] = to(otherEditor);
    expect(failed?.subject).toBe('Geplante Veröffentlichung fehlgeschlagen: Krätze (de)');
    expect(failed?.text).toContain('die Prüfungen vor dem Veröffentlichen haben Fehler gefunden');
    expect(to(author)).toEqual([]);
    const row = await t.db.withTenant(tenantA.id, (tx) => t.services.documents.documentLocale(tx, bad, 'de'));
    expect(row).toMatchObject({ status: 'approved', publishAt: null });
  } finally {
    await jobs.stop();
  }
});

test('the weekly digest lists a tenant’s overdue documents to its editors and reviewers, at most 50 and “and n more”, per tenant', async () => {
  const overdue = { lastReviewed: '2020-01-01', nextReviewDue: '2021-01-01' };
  for (let i = 0; i < 52; i++) {
    await createDocument(t.services, tenantA.id, {
      title: `Überfällig ${String(i).padStart(2, '0')}`,
      quality: overdue,
      actor: author.principal,
    });
  }
  await createDocument(t.services, tenantB.id, { title: 'Nur in B', quality: overdue });
  smtp.received.length = 0;
  await t.services.notifications.sendOverdueDigests('2026-12-07');

  const [mine] = to(author);
  expect(mine?.subject).toBe(`52 documents are past their review date on ${tenantA.name}`);
  expect(String(mine?.html || '').match(/<li>/g)).toHaveLength(50);
  expect(mine?.text).toContain('… and 2 more.');
  expect(mine?.text).toContain(`http://${tenantA.slug}.test:3000/en/editor/documents?overdue=on`);
  expect(to(reviewerDe)[0]?.subject).toBe(`52 Dokumente auf ${tenantA.name} mit überfälliger Prüfung`);
  expect(header(mine!, 'List-Unsubscribe')).toContain('.reviewOverdue.');
  // Admins are not on the digest's list; B's reviewer hears of B's document only.
  expect(to(admin)).toEqual([]);
  expect(to(reviewerB).map((m) => m.subject)).toEqual([`1 document is past its review date on ${tenantB.name}`]);
  expect(to(reviewerB)[0]?.text).not.toContain('Überfällig');
});

test('through the job queue as in production, a digest is queued after its reading transaction and delivered over SMTP', async () => {
  const logger = createLogger('silent');
  const jobs = await JobQueue.start(t.dataSource, { embedded: testMode() === 'embedded', url: t.url, pollingIntervalSeconds: 0.5 }, logger);
  try {
    await startMailDelivery(jobs, sender, logger, { retries: 1, delaySeconds: 1, maxDelaySeconds: 1 });
    // On the embedded database the queue shares the API's one connection: queuing inside the transaction would wait forever.
    const queued = new NotificationService(t.db, t.services.tenancy, new QueuedMailSender(jobs), linkBuilder('https://{host}'), logger);
    smtp.received.length = 0;
    expect(await queued.sendOverdueDigests('2026-12-07')).toBeGreaterThan(0);
    const mail = await smtp.waitFor(reviewerB.email);
    expect(mail.subject).toBe(`1 document is past its review date on ${tenantB.name}`);
    expect(header(mail, 'List-Unsubscribe')).toMatch(
      new RegExp(`^List-Unsubscribe: <https://${tenantB.slug}\\.test/en/editor/unsubscribe/one-click\\?token=`),
    );
  } finally {
    await jobs.stop();
  }
});
