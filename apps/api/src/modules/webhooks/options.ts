import { DEFAULT_RETRY, type RetryPolicy } from './schedule';

/** At most this many subscriptions per tenant: each event costs one delivery per subscription. */
export const MAX_SUBSCRIPTIONS = 20;
export const MAX_DESCRIPTION_CHARS = 300;
/** The delivery log keeps, per subscription, the newest this many deliveries … */
export const KEEP_DELIVERIES = 1000;
/** … of at most this many days (the daily cleanup, webhook-jobs.ts). */
export const KEEP_DAYS = 30;
/** At most this many admins are told that a webhook was switched off. */
export const MAX_ADMINS_TOLD = 50;

/** How deliveries behave; the defaults are production's, tests shorten the waits. */
export interface WebhookOptions {
  production: boolean;
  /** CARELEAF_WEBHOOK_KEY: seals the signing secrets. Null outside production: a fixed development key. */
  keyMaterial: string | null;
  /** WEBHOOK_ALLOWED_NETWORKS: internal networks webhooks may reach in production. */
  allowNetworks: readonly string[];
  retry: RetryPolicy;
  /** Failed deliveries in a row after which a subscription is switched off and its tenant's admins are told. */
  disableAfter: number;
  /** Longest wait for a receiver's whole answer. */
  timeoutMs: number;
  /** How much of an answer's body is read and kept in the log. */
  maxResponseBytes: number;
}

export const DEFAULT_WEBHOOK_OPTIONS: WebhookOptions = {
  production: false,
  keyMaterial: null,
  allowNetworks: [],
  retry: DEFAULT_RETRY,
  disableAfter: 10,
  timeoutMs: 10_000,
  maxResponseBytes: 2048,
};
