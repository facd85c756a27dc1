import { randomUUID } from 'node:crypto';
import type { Database, TenantTx } from '../../kernel/db/database';
import { badInput, notFound } from '../../kernel/errors';
import type { JobQueue } from '../../kernel/jobs';
import type { LinkBuilder } from '../../kernel/links';
import type { Logger } from '../../kernel/logger';
import type { MailMessage, MailSender } from '../../kernel/mail/mail';
import { authorize, type Principal } from '../../kernel/policy';
import type { TenancyService } from '../tenancy';
import { isWebhookEventName, publicName, type WebhookEventName, type WebhookSourceEvent } from './event-names';
import { MAX_ADMINS_TOLD, MAX_DESCRIPTION_CHARS, MAX_SUBSCRIPTIONS, type WebhookOptions } from './options';
import { retryDelaySeconds, verdictOf } from './schedule';
import { DEVELOPMENT_KEY_MATERIAL, openSecret, sealSecret, webhookKey } from './secret-box';
import { postWebhook } from './sender';
import { newWebhookSecret, signatureHeader } from './signature';
import { targetGuard } from './target-policy';
import { disabledMail, WEBHOOK_SETTINGS_PATH } from './webhook-mail';
import * as q from './webhook.queries';

/** The pg-boss queue of delivery tries (one job per try). */
export const WEBHOOK_QUEUE = 'webhook-delivery';

/** One try of one delivery, as a job. `attempt` is 1-based; a job whose try was already made is skipped. */
export interface WebhookJob {
  tenantId: string;
  deliveryId: string;
  attempt: number;
}

/** What the job queue is asked for: a try now or later. */
export type WebhookJobs = Pick<JobQueue, 'sendNow' | 'send'>;

export interface SubscriptionInput {
  url: string;
  description?: string | null;
  events: string[];
  active?: boolean | null;
}

export type SubscriptionPatch = Partial<SubscriptionInput>;

/** The payload every receiver gets: ids only, never draft content or anything about people. */
export interface WebhookPayload {
  id: string;
  type: WebhookEventName;
  occurredAt: string;
  tenant: { id: string; slug: string };
  data: { documentId: string; slug: string | null; locale: string; version: number | null } | Record<string, never>;
}

/**
 * Signed webhooks of a tenant (docs/adr/0029-signed-webhooks.md): admins
 * manage the subscriptions; after a change commits, each active subscription
 * that wants its event gets a delivery, tried through the job queue with
 * backoff, every try logged. A subscription that keeps failing is switched
 * off and the tenant's admins are told by mail.
 */
export class WebhookService {
  private readonly guard;
  private readonly key: Buffer | null;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly db: Database,
    private readonly tenancy: TenancyService,
    private readonly mail: MailSender,
    private readonly link: LinkBuilder,
    private readonly jobs: WebhookJobs | null,
    readonly options: WebhookOptions,
    private readonly logger: Logger | null,
  ) {
    this.guard = targetGuard(options);
    // Production without an operator key seals nothing: creating a webhook is refused (WEBHOOK_KEY_MISSING).
    const material = options.keyMaterial ?? (options.production ? null : DEVELOPMENT_KEY_MATERIAL);
    this.key = material ? webhookKey(material) : null;
  }

  /** Resolves when every fan-out and queued try started so far has been handed to the queue (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
  }

  private track<T>(p: Promise<T>): Promise<T | void> {
    const done = p.catch((err: unknown) => this.logger?.error({ err }, 'webhook work failed'));
    this.inFlight.add(done);
    void done.finally(() => this.inFlight.delete(done));
    return done;
  }

  // Management (admins: webhook.manage)

  async list(tx: TenantTx, principal: Principal): Promise<q.SubscriptionRow[]> {
    authorize(principal, 'webhook.manage');
    return q.listSubscriptions(tx, MAX_SUBSCRIPTIONS);
  }

  async get(tx: TenantTx, principal: Principal, id: string): Promise<q.SubscriptionRow> {
    authorize(principal, 'webhook.manage');
    return this.existing(tx, id);
  }

  /** Answers the secret once: it is never shown again (rotate to get a new one). */
  async create(tx: TenantTx, principal: Principal, input: SubscriptionInput): Promise<{ subscription: q.SubscriptionRow; secret: string }> {
    authorize(principal, 'webhook.manage');
    const fields = this.checked(input);
    const key = this.sealingKey();
    if ((await q.countSubscriptions(tx)) >= MAX_SUBSCRIPTIONS) {
      throw badInput('url', `An organisation has at most ${MAX_SUBSCRIPTIONS} webhooks; delete one first.`, {
        reason: 'WEBHOOK_LIMIT_REACHED',
        limit: MAX_SUBSCRIPTIONS,
      });
    }
    const id = randomUUID();
    const secret = newWebhookSecret();
    await q.insertSubscription(tx, {
      id,
      ...fields,
      active: input.active ?? true,
      secretBox: sealSecret(key, secret, `${tx.tenantId}/${id}`),
    });
    return { subscription: (await q.subscriptionById(tx, id))!, secret };
  }

  async update(tx: TenantTx, principal: Principal, id: string, patch: SubscriptionPatch): Promise<q.SubscriptionRow> {
    authorize(principal, 'webhook.manage');
    const current = await this.existing(tx, id, true);
    const fields = this.checked({
      url: patch.url ?? current.url,
      description: patch.description ?? current.description,
      events: patch.events ?? current.events,
    });
    const active = patch.active ?? current.active;
    const disabledReason = active ? null : patch.active === false ? 'manual' : current.disabledReason;
    await q.updateSubscription(tx, id, { ...fields, active, disabledReason });
    return (await q.subscriptionById(tx, id))!;
  }

  /** A new secret, answered once; the old one stops signing at once (tries still queued are signed with the new one). */
  async rotateSecret(tx: TenantTx, principal: Principal, id: string): Promise<{ subscription: q.SubscriptionRow; secret: string }> {
    authorize(principal, 'webhook.manage');
    const key = this.sealingKey();
    await this.existing(tx, id, true);
    const secret = newWebhookSecret();
    await q.replaceSecret(tx, id, sealSecret(key, secret, `${tx.tenantId}/${id}`));
    return { subscription: (await q.subscriptionById(tx, id))!, secret };
  }

  async remove(tx: TenantTx, principal: Principal, id: string): Promise<boolean> {
    authorize(principal, 'webhook.manage');
    if (!(await q.deleteSubscription(tx, id))) throw this.missing();
    return true;
  }

  /** A page of the subscription's delivery log, newest first, each with its tries. */
  async deliveries(
    tx: TenantTx,
    principal: Principal,
    subscriptionId: string,
    limit: number,
    after: { createdAt: string; id: string } | null,
  ): Promise<{ rows: (q.DeliveryRow & { tries: q.AttemptRow[] })[]; hasNextPage: boolean }> {
    authorize(principal, 'webhook.manage');
    await this.existing(tx, subscriptionId);
    const rows = await q.deliveriesPage(tx, subscriptionId, limit + 1, after);
    const page = rows.slice(0, limit);
    const tries = await q.attemptsOf(
      tx,
      page.map((d) => d.id),
    );
    return { rows: page.map((d) => ({ ...d, tries: tries.filter((a) => a.deliveryId === d.id) })), hasNextPage: rows.length > limit };
  }

  /** Sends a delivery's payload again, unchanged, as a new delivery (new id; the receiver's idempotency sees a new send). */
  async redeliver(tx: TenantTx, principal: Principal, deliveryId: string): Promise<q.DeliveryRow> {
    authorize(principal, 'webhook.manage');
    const original = await q.deliveryById(tx, deliveryId);
    if (!original) throw notFound('There is no such delivery in this organisation.', 'WEBHOOK_DELIVERY_NOT_FOUND');
    const id = randomUUID();
    await q.insertDelivery(tx, {
      id,
      subscriptionId: original.subscriptionId,
      eventId: original.eventId,
      eventType: original.eventType,
      body: original.body,
      redeliveryOf: original.id,
    });
    const tenantId = tx.tenantId;
    tx.afterCommit(() => void this.track(this.enqueue({ tenantId, deliveryId: id, attempt: 1 }, 0)));
    return (await q.deliveryById(tx, id))!;
  }

  // Deliveries

  /**
   * Called by the event subscriber after the change committed: one delivery
   * per active subscription of the event's tenant (read in that tenant's
   * transaction, so another tenant's subscribers are never even seen).
   */
  fanOut(event: WebhookSourceEvent): Promise<unknown> {
    return this.track(this.createDeliveries(event));
  }

  private async createDeliveries(event: WebhookSourceEvent): Promise<void> {
    const type = publicName(event.type);
    const created = await this.db.withTenant(event.tenantId, async (tx) => {
      const subscribers = await q.subscribersOf(tx, type, MAX_SUBSCRIPTIONS);
      if (!subscribers.length) return [];
      const payload = await this.payload(tx, event, type);
      if (!payload) return [];
      const body = JSON.stringify(payload);
      const ids: string[] = [];
      for (const subscriptionId of subscribers) {
        const id = randomUUID();
        await q.insertDelivery(tx, { id, subscriptionId, eventId: payload.id, eventType: type, body, redeliveryOf: null });
        ids.push(id);
      }
      return ids;
    });
    // Queued after the transaction: on the embedded database the job queue shares the API's one connection.
    for (const deliveryId of created) await this.enqueue({ tenantId: event.tenantId, deliveryId, attempt: 1 }, 0);
  }

  private async payload(tx: TenantTx, event: WebhookSourceEvent, type: WebhookEventName): Promise<WebhookPayload | null> {
    const tenant = await this.tenancy.view(tx);
    const base = { id: randomUUID(), type, occurredAt: new Date().toISOString(), tenant: { id: tenant.id, slug: tenant.slug } };
    if (event.type === 'RegistryChanged') return { ...base, data: {} };
    const facts = await q.documentFacts(tx, event.documentId, event.locale);
    return {
      ...base,
      data: { documentId: event.documentId, slug: facts?.slug ?? null, locale: event.locale, version: facts?.version ?? null },
    };
  }

  private async enqueue(job: WebhookJob, delaySeconds: number): Promise<void> {
    if (!this.jobs) {
      this.logger?.warn({ deliveryId: job.deliveryId }, 'webhook delivery recorded but not sent: this process has no job queue');
      return;
    }
    if (delaySeconds <= 0) await this.jobs.sendNow(WEBHOOK_QUEUE, job);
    else await this.jobs.send(WEBHOOK_QUEUE, job, new Date(Date.now() + delaySeconds * 1000));
  }

  /**
   * One try (the job queue's worker calls it). The database is not held
   * while the receiver answers: the target is read in one transaction, the
   * outcome written in another.
   */
  async attempt(job: WebhookJob): Promise<void> {
    const target = await this.db.withTenant(job.tenantId, async (tx) => {
      const delivery = await q.deliveryById(tx, job.deliveryId);
      // Gone (deleted with its subscription, or pruned), finished, or this try was made already (a job run twice).
      if (!delivery || delivery.state !== 'pending' || delivery.attempts !== job.attempt - 1) return null;
      const sub = await q.signingTarget(tx, delivery.subscriptionId);
      if (!sub) return null;
      return { delivery, sub, secret: this.key ? openSecret(this.key, sub.secretBox, `${tx.tenantId}/${delivery.subscriptionId}`) : null };
    });
    if (!target) return;
    const { delivery, sub, secret } = target;
    const startedAt = new Date();
    const checked = this.guard.checkUrl(sub.url);
    const result = !sub.active
      ? { status: null, durationMs: 0, error: 'the webhook is switched off', excerpt: null, final: true }
      : !secret
        ? { status: null, durationMs: 0, error: 'the signing secret cannot be opened with this server’s key', excerpt: null, final: true }
        : !checked.ok
          ? { status: null, durationMs: 0, error: 'the address is not allowed for webhooks', excerpt: null, final: true }
          : {
              ...(await postWebhook({
                url: checked.url,
                body: delivery.body,
                headers: this.headers(secret, delivery),
                timeoutMs: this.options.timeoutMs,
                maxResponseBytes: this.options.maxResponseBytes,
                lookup: this.guard.lookup,
              })),
              final: false,
            };
    const verdict = result.final ? 'permanent' : verdictOf(result.status);
    const wait = verdict === 'retry' ? retryDelaySeconds(this.options.retry, job.attempt) : null;
    const outcome = verdict === 'succeeded' ? 'succeeded' : wait !== null ? 'retrying' : 'failed';
    const told = await this.db.withTenant(job.tenantId, async (tx) => {
      await q.insertAttempt(tx, {
        deliveryId: delivery.id,
        attempt: job.attempt,
        startedAt,
        statusCode: result.status,
        durationMs: result.durationMs,
        error: result.error,
        responseExcerpt: result.excerpt,
        outcome,
      });
      if (outcome === 'succeeded') await q.resetFailures(tx, delivery.subscriptionId);
      // A try refused because the webhook is off is not the receiver's failure.
      if (outcome !== 'failed' || !sub.active) return [];
      const disabled = await q.countFailure(tx, delivery.subscriptionId, this.options.disableAfter);
      return disabled ? this.disabledMails(tx, sub.url) : [];
    });
    if (wait !== null) await this.enqueue({ ...job, attempt: job.attempt + 1 }, wait);
    for (const m of told) await this.mail.send(m);
    if (told.length)
      this.logger?.warn({ tenantId: job.tenantId, subscriptionId: delivery.subscriptionId }, 'webhook switched off after failures');
  }

  private headers(secret: string, delivery: q.DeliveryRow): Record<string, string> {
    const t = Math.floor(Date.now() / 1000);
    return {
      'user-agent': 'Careleaf-Webhooks/1',
      'careleaf-signature': signatureHeader(secret, t, delivery.body),
      'careleaf-event': delivery.eventType,
      'careleaf-delivery': delivery.id,
    };
  }

  private async disabledMails(tx: TenantTx, url: string): Promise<MailMessage[]> {
    const tenant = await this.tenancy.view(tx);
    const host = await this.tenancy.primaryHost(tx);
    const admins = await q.admins(tx, MAX_ADMINS_TOLD);
    return admins.map((a) => {
      const pick = tenant.locales.find((l) => l.tag === a.locale) ?? tenant.locales.find((l) => l.tag === tenant.defaultLocale);
      const locale = pick ? { tag: pick.tag, direction: pick.direction } : { tag: tenant.defaultLocale, direction: 'ltr' as const };
      return disabledMail(a.email, locale, {
        tenant: tenant.name,
        url,
        failures: this.options.disableAfter,
        settingsUrl: this.link(host, `/${encodeURIComponent(locale.tag)}${WEBHOOK_SETTINGS_PATH}`, {}),
      });
    });
  }

  // Checks

  private checked(input: SubscriptionInput): { url: string; description: string; events: WebhookEventName[] } {
    const url = input.url.trim();
    const verdict = this.guard.checkUrl(url);
    if (!verdict.ok) {
      throw badInput(
        'url',
        verdict.reason === 'WEBHOOK_URL_NOT_ALLOWED'
          ? 'This address is not allowed for webhooks: use https to a public host.'
          : 'Enter a full http(s) address without a user name or password, at most 2048 characters.',
        verdict.reason,
      );
    }
    const description = (input.description ?? '').trim();
    if (description.length > MAX_DESCRIPTION_CHARS) {
      throw badInput('description', `The description may have at most ${MAX_DESCRIPTION_CHARS} characters.`, {
        reason: 'TOO_LONG',
        limit: MAX_DESCRIPTION_CHARS,
      });
    }
    const unknown = input.events.find((e) => !isWebhookEventName(e));
    if (unknown !== undefined)
      throw badInput('events', `"${unknown}" is not a webhook event.`, { reason: 'WEBHOOK_EVENT_UNKNOWN', event: unknown });
    const events = [...new Set(input.events.filter(isWebhookEventName))];
    if (!events.length) throw badInput('events', 'Choose at least one event.', 'WEBHOOK_EVENTS_EMPTY');
    return { url, description, events };
  }

  private sealingKey(): Buffer {
    if (!this.key) throw badInput('url', 'Webhooks need CARELEAF_WEBHOOK_KEY on this server; ask its operator.', 'WEBHOOK_KEY_MISSING');
    return this.key;
  }

  private async existing(tx: TenantTx, id: string, lock = false): Promise<q.SubscriptionRow> {
    const row = await q.subscriptionById(tx, id, lock);
    if (!row) throw this.missing();
    return row;
  }

  private missing() {
    return notFound('There is no such webhook in this organisation.', 'WEBHOOK_NOT_FOUND');
  }

  /** The daily cleanup: each subscription keeps its newest deliveries of the last days. */
  async prune(keep: number, days: number): Promise<number> {
    const tenants = await this.db.asPlatform((em) => q.tenantsWithDeliveries(em));
    let removed = 0;
    for (const tenantId of tenants) removed += await this.db.withTenant(tenantId, (tx) => q.pruneDeliveries(tx, keep, days));
    return removed;
  }
}
