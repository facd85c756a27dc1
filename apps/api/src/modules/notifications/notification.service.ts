import type { Database, TenantTx } from '../../kernel/db/database';
import { badInput } from '../../kernel/errors';
import type { EventOf } from '../../kernel/events';
import type { LinkBuilder } from '../../kernel/links';
import type { Logger } from '../../kernel/logger';
import type { MailMessage, MailSender } from '../../kernel/mail/mail';
import { authorize, type Principal } from '../../kernel/policy';
import type { TenancyService, TenantView } from '../tenancy';
import {
  DAILY_DIGEST_MAX_PENDING,
  DIGEST_MAX_ENTRIES,
  DIGESTIBLE,
  DIGEST_ROLES,
  MAX_RECIPIENTS_PER_EVENT,
  NOTIFICATION_KINDS,
  ON_BY_DEFAULT,
  type Delivery,
  type NotificationKind,
} from './kinds';
import { composeDigest } from './digest-mail';
import * as dq from './digest.queries';
import { composeNotification, type Composer } from './notification-mail';
import * as q from './notification.queries';
import { newUnsubscribeKey, parseUnsubscribeToken, verifyUnsubscribe } from './unsubscribe-token';

/** What a member sees of their own settings. */
export interface NotificationSettings {
  kinds: { kind: NotificationKind; delivery: Delivery }[];
  /** The language their notifications are written in; null: the tenant's default. */
  locale: string | null;
}

/** The events that become mail (subscribers.ts subscribes to exactly these). */
export const NOTIFYING_EVENTS = [
  'ReviewRequested',
  'ReviewApproved',
  'ReviewSentBack',
  'DocumentPublished',
  'ScheduledChangeDone',
  'InvitationAccepted',
] as const;
export type NotifyingEvent = EventOf<(typeof NOTIFYING_EVENTS)[number]>;

/** Whom one event concerns, resolved inside its tenant, and what to tell them. */
interface Plan {
  kind: NotificationKind;
  recipients: q.Recipient[];
  compose: Composer;
}

/**
 * Notification e-mails: who hears of what (recipients resolved inside the
 * event's tenant only, never the person who acted), in which language, and
 * each member's own settings. Mail leaves through the queued sender, so a
 * slow mail server never holds up anyone.
 */
export class NotificationService {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly db: Database,
    private readonly tenancy: TenancyService,
    private readonly mail: MailSender,
    private readonly link: LinkBuilder,
    private readonly logger: Logger | null,
    /** At most this many pending notifications per member and tenant in the daily digest (tests pass a small one). */
    private readonly digestMaxPending = DAILY_DIGEST_MAX_PENDING,
  ) {}

  /** Called by the event subscriber after the change committed; never throws (a failure is logged). */
  notify(event: NotifyingEvent): Promise<void> {
    const done = this.deliver(event).catch((err: unknown) => this.logger?.error({ err, event: event.type }, 'notification failed'));
    this.inFlight.add(done);
    void done.finally(() => this.inFlight.delete(done));
    return done;
  }

  /** Resolves when every notification started so far has been handed to the mail sender (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
  }

  private async deliver(event: NotifyingEvent): Promise<void> {
    const messages = await this.db.withTenant(event.tenantId, async (tx) => {
      const plan = await this.plan(tx, event);
      if (!plan) return [];
      const actorId = 'actorId' in event ? event.actorId : null;
      return this.compose(
        tx,
        plan.kind,
        plan.recipients.filter((r) => r.userId !== actorId),
        plan.compose,
      );
    });
    await this.sendAll(messages);
  }

  /**
   * Queued after the reading transaction ended: on the embedded database the
   * job queue shares the API's one connection, which that transaction holds.
   */
  private async sendAll(messages: readonly MailMessage[]): Promise<number> {
    for (const m of messages) await this.mail.send(m);
    return messages.length;
  }

  private async plan(tx: TenantTx, event: NotifyingEvent): Promise<Plan | null> {
    if (event.type === 'InvitationAccepted') {
      const inviter = await q.inviterOf(tx, event.invitationId);
      const member = await q.memberById(tx, event.userId);
      const to = inviter && inviter !== event.userId ? await q.memberById(tx, inviter) : null;
      if (!to || !member) return null;
      return { kind: 'invitationAccepted', recipients: [to], compose: { type: 'invitationAccepted', member } };
    }
    const doc = await q.documentFacts(tx, event.documentId, event.locale);
    if (!doc) return null;
    const about = { documentId: event.documentId, locale: event.locale, title: doc.title };
    const one = async (userId: string | null) => {
      const r = userId ? await q.memberById(tx, userId) : null;
      return r ? [r] : [];
    };
    switch (event.type) {
      case 'ReviewRequested':
        return {
          kind: 'reviewRequested',
          recipients: await q.membersIn(tx, ['reviewer'], event.locale, MAX_RECIPIENTS_PER_EVENT + 1),
          compose: { type: 'reviewRequested', ...about, actor: await q.displayName(tx, event.actorId) },
        };
      case 'ReviewApproved': {
        const submitted = await q.lastStep(tx, event.documentId, event.locale, 'submit');
        return {
          kind: 'reviewApproved',
          recipients: await one(submitted?.actorId ?? doc.createdBy),
          compose: { type: 'reviewApproved', ...about, actor: await q.displayName(tx, event.actorId) },
        };
      }
      case 'ReviewSentBack': {
        const submitted = await q.lastStep(tx, event.documentId, event.locale, 'submit');
        const sentBack = await q.lastStep(tx, event.documentId, event.locale, 'sendBack');
        return {
          kind: 'reviewSentBack',
          recipients: await one(submitted?.actorId ?? doc.createdBy),
          compose: { type: 'reviewSentBack', ...about, actor: await q.displayName(tx, event.actorId), comment: sentBack?.comment ?? '' },
        };
      }
      case 'DocumentPublished':
        // A scheduled publish tells whoever scheduled it (ScheduledChangeDone) and the author here, as "the scheduler".
        return {
          kind: 'documentPublished',
          recipients: await one(doc.createdBy),
          compose: { type: 'documentPublished', ...about, actor: await q.displayName(tx, event.actorId ?? null) },
        };
      case 'ScheduledChangeDone':
        return {
          kind: 'scheduledChange',
          recipients: await one(await q.scheduledBy(tx, event.documentId, event.locale, event.action)),
          compose: { type: 'scheduledChange', ...about, action: event.action, ok: event.ok, reason: event.reason },
        };
    }
  }

  /** The mail for each recipient who has `kind` on, in their language, with a one-click unsubscribe for `kind`; at most MAX_RECIPIENTS_PER_EVENT. */
  private async compose(tx: TenantTx, kind: NotificationKind, all: q.Recipient[], compose: Composer): Promise<MailMessage[]> {
    if (all.length > MAX_RECIPIENTS_PER_EVENT) {
      this.logger?.warn(
        { kind, tenantId: tx.tenantId, limit: MAX_RECIPIENTS_PER_EVENT },
        'notification capped: more recipients than the limit',
      );
    }
    const recipients = all.slice(0, MAX_RECIPIENTS_PER_EVENT);
    if (!recipients.length) return [];
    const settings = await q.preferencesOf(
      tx,
      recipients.map((r) => r.userId),
    );
    const wanted = recipients.filter((r) => deliveryOf(settings.get(r.userId), kind) !== 'off');
    if (!wanted.length) return [];
    // A kind the member gets daily waits in their digest (its row exists: choosing "daily" wrote it).
    const daily = wanted.filter((r) => deliveryOf(settings.get(r.userId), kind) === 'daily');
    for (const r of daily) await dq.enqueueDigestItem(tx, r.userId, kind, compose, this.digestMaxPending);
    const now = wanted.filter((r) => !daily.includes(r));
    if (!now.length) return [];
    const tenant = await this.tenancy.view(tx);
    const host = await this.tenancy.primaryHost(tx);
    const messages: MailMessage[] = [];
    for (const r of now) {
      // The row holds the key of the unsubscribe link; made on the first notification.
      const pref = settings.get(r.userId) ?? (await q.ensurePreferences(tx, r.userId, newUnsubscribeKey()));
      const message = composeNotification(compose, {
        to: r.email,
        tenant,
        locale: recipientLocale(tenant, pref.locale),
        kind,
        link: (path, params) => this.link(host, path, params),
        unsubscribe: { userId: r.userId, key: pref.unsubscribeKey },
      });
      messages.push(message);
    }
    return messages;
  }

  /** The weekly digest of documents past their review date, to the editors and reviewers of every tenant that has any. */
  async sendOverdueDigests(today = new Date().toISOString().slice(0, 10)): Promise<number> {
    const tenants = await this.db.asPlatform((em) => q.tenantsWithOverdue(em, today));
    let sent = 0;
    for (const tenantId of tenants) {
      const messages = await this.db.withTenant(tenantId, async (tx) => {
        const overdue = await q.overdueDocuments(tx, today, DIGEST_MAX_ENTRIES);
        if (!overdue.total) return [];
        const recipients = await q.membersIn(tx, DIGEST_ROLES, null, MAX_RECIPIENTS_PER_EVENT + 1);
        return this.compose(tx, 'reviewOverdue', recipients, { type: 'reviewOverdue', documents: overdue.rows, total: overdue.total });
      });
      sent += await this.sendAll(messages);
    }
    return sent;
  }

  /**
   * The daily digests: for every member of every tenant with pending
   * notifications, ONE mail listing them in the member's language; the sent
   * items are removed. Items of a kind the member has since turned off, and
   * of someone no longer a member, are removed unsent. Answers how many mails.
   */
  async sendDailyDigests(): Promise<number> {
    const tenants = await this.db.asPlatform((em) => dq.tenantsWithPendingDigests(em, 10000));
    let sent = 0;
    for (const tenantId of tenants) {
      const messages = await this.db.withTenant(tenantId, async (tx) => {
        const users = await dq.usersWithPendingDigest(tx, 10000);
        const tenant = await this.tenancy.view(tx);
        const host = await this.tenancy.primaryHost(tx);
        const out: MailMessage[] = [];
        for (const userId of users) {
          const taken = await dq.takeDigest(tx, userId, this.digestMaxPending);
          const member = await q.memberById(tx, userId);
          const pref = (await q.preferencesOf(tx, [userId])).get(userId);
          if (!member || !pref) continue;
          const items = taken.items
            .filter((i) => deliveryOf(pref, i.kind) !== 'off')
            .map((i) => ({ kind: i.kind, compose: i.payload as Composer }));
          const message = composeDigest(items, taken.dropped, {
            to: member.email,
            tenant,
            locale: recipientLocale(tenant, pref.locale),
            link: (path, params) => this.link(host, path, params),
            unsubscribe: { userId, key: pref.unsubscribeKey },
          });
          if (message) out.push(message);
        }
        return out;
      });
      sent += await this.sendAll(messages);
    }
    return sent;
  }

  /** The signed-in member's settings in the request's tenant. */
  async settingsOf(tx: TenantTx, principal: Principal): Promise<NotificationSettings> {
    authorize(principal, 'notification.own');
    const row = principal.userId ? (await q.preferencesOf(tx, [principal.userId])).get(principal.userId) : undefined;
    return settingsView(row);
  }

  /** Changes only the signed-in member's own settings: kinds not named keep their state. */
  async updateSettings(
    tx: TenantTx,
    principal: Principal,
    input: {
      kinds?: { kind: NotificationKind; on?: boolean | null; delivery?: Delivery | null }[] | null;
      locale?: string | null;
      resetLocale?: boolean | null;
    },
  ): Promise<NotificationSettings> {
    authorize(principal, 'notification.own');
    if (!principal.userId) throw badInput('userId', 'Only a signed-in member has notification settings.', 'SIGN_IN_REQUIRED');
    const kinds = input.kinds ?? [];
    if (kinds.length > NOTIFICATION_KINDS.length * 2) {
      throw badInput('kinds', `Name each kind at most once (${NOTIFICATION_KINDS.length} kinds).`, {
        reason: 'TOO_MANY',
        limit: NOTIFICATION_KINDS.length * 2,
      });
    }
    const tenant = await this.tenancy.view(tx);
    if (input.locale && !tenant.locales.some((l) => l.tag === input.locale)) {
      throw badInput('locale', `"${input.locale}" is not a language of this site.`, {
        reason: 'LOCALE_NOT_OF_TENANT',
        locale: input.locale,
      });
    }
    for (const { kind, on, delivery } of kinds) {
      if (delivery == null && on == null) {
        throw badInput('kinds', `Say how you want “${kind}” e-mails: a delivery, or on.`, { reason: 'DELIVERY_MISSING', kind });
      }
      if (delivery === 'daily' && !DIGESTIBLE[kind]) {
        throw badInput('kinds', `“${kind}” is a weekly list already; it cannot also go into the daily summary.`, {
          reason: 'DIGEST_NOT_OFFERED',
          kind,
        });
      }
    }
    const row = await q.ensurePreferences(tx, principal.userId, newUnsubscribeKey());
    const chosen = new Map(NOTIFICATION_KINDS.map((k) => [k, deliveryOf(row, k)]));
    for (const { kind, on, delivery } of kinds) {
      // `on` alone (older clients): on keeps a daily kind daily, else immediately.
      chosen.set(kind, delivery ?? (on ? (chosen.get(kind) === 'daily' ? 'daily' : 'immediately') : 'off'));
    }
    const locale = input.resetLocale ? null : (input.locale ?? row.locale);
    const off = NOTIFICATION_KINDS.filter((k) => chosen.get(k) === 'off');
    const daily = NOTIFICATION_KINDS.filter((k) => chosen.get(k) === 'daily');
    await q.writePreferences(tx, principal.userId, { off, daily, locale });
    return settingsView({ off, daily, locale });
  }

  /**
   * The one-click unsubscribe (RFC 8058): turns the token's kind off for its
   * member, without a session. A token that does not verify changes nothing.
   * Answers which kind is now off.
   */
  async unsubscribe(tx: TenantTx, token: string): Promise<NotificationKind> {
    const refused = () =>
      badInput(
        'token',
        'This unsubscribe link is not valid. Change your e-mail settings in the editor instead.',
        'UNSUBSCRIBE_LINK_INVALID',
      );
    const parsed = parseUnsubscribeToken(token);
    if (!parsed) throw refused();
    const row = (await q.preferencesOf(tx, [parsed.userId])).get(parsed.userId);
    if (!row || !verifyUnsubscribe(row.unsubscribeKey, tx.tenantId, parsed)) throw refused();
    if (!row.off.includes(parsed.kind)) {
      await q.writePreferences(tx, parsed.userId, {
        off: NOTIFICATION_KINDS.filter((k) => k === parsed.kind || row.off.includes(k)),
        daily: row.daily.filter((k) => k !== parsed.kind),
        locale: row.locale,
      });
    }
    return parsed.kind;
  }
}

/** How the member gets `kind`: no row means the defaults (immediately, or off where a kind is off by default). */
function deliveryOf(row: Pick<q.PreferenceRow, 'off' | 'daily'> | undefined, kind: NotificationKind): Delivery {
  if (!row) return ON_BY_DEFAULT[kind] ? 'immediately' : 'off';
  if (row.off.includes(kind)) return 'off';
  return row.daily.includes(kind) ? 'daily' : 'immediately';
}

function settingsView(row: Pick<q.PreferenceRow, 'off' | 'daily' | 'locale'> | undefined): NotificationSettings {
  return {
    kinds: NOTIFICATION_KINDS.map((kind) => ({ kind, delivery: deliveryOf(row, kind) })),
    locale: row?.locale ?? null,
  };
}

/** The member's chosen language when the tenant still has it, else the tenant's default. */
function recipientLocale(tenant: TenantView, chosen: string | null): { tag: string; direction: 'ltr' | 'rtl' } {
  const pick = tenant.locales.find((l) => l.tag === chosen) ?? tenant.locales.find((l) => l.tag === tenant.defaultLocale);
  return pick ? { tag: pick.tag, direction: pick.direction } : { tag: tenant.defaultLocale, direction: 'ltr' };
}
