import { createHmac, randomBytes } from 'node:crypto';
import type { TenantTx } from '../../kernel/db/database';
import { retryAfterSeconds } from '../../kernel/error-reasons';
import { badInput, notFound, tooManyRequests } from '../../kernel/errors';
import { isUuid } from '../../kernel/uuids';
import { LIMITS } from '../../kernel/limits';
import { authorize, type Principal } from '../../kernel/policy';
import { minutesText, Throttle, type ThrottleRule, type ThrottleStore } from '../../kernel/throttle';
import { cleanComment } from './comment';
import * as q from './feedback.queries';

export interface FeedbackOptions {
  /** Submissions one address may send in a window (every tenant together). */
  perAddress: ThrottleRule;
  /** Keys the hash the throttle counts under; without it, a random key per process. */
  keySecret: string | null;
}

export const DEFAULT_FEEDBACK_OPTIONS: FeedbackOptions = { perAddress: { points: 10, durationSec: 600 }, keySecret: null };

export interface FeedbackSubmission {
  documentId: string;
  locale: string;
  helpful: boolean;
  comment?: string | null;
}

type InTenant = <T>(fn: (tx: TenantTx) => Promise<T>) => Promise<T>;

const documentNotFound = () => notFound('This page is not published here, so it cannot take feedback.', 'FEEDBACK_DOCUMENT_NOT_FOUND');

/** "Was this page helpful?": readers' answers, kept without anything about the reader, and the editors' view of them. */
export class FeedbackService {
  private readonly throttle: Throttle;
  private readonly hashKey: Buffer;

  /** `rates`: where submissions are counted, shared by every API process (PostgreSQL, or Redis when configured). */
  constructor(options: Partial<FeedbackOptions> = {}, rates: ThrottleStore = 'memory') {
    const o = { ...DEFAULT_FEEDBACK_OPTIONS, ...options };
    this.throttle = new Throttle('reader-feedback', o.perAddress, rates);
    this.hashKey = o.keySecret ? createHmac('sha256', o.keySecret).update('careleaf reader-feedback throttle').digest() : randomBytes(32);
  }

  /**
   * Stores one answer. The address counts submissions under a keyed hash in the
   * throttle only (a short window, never in the feedback table), so the
   * throttle's store, in memory or in PostgreSQL, holds no address either.
   */
  async submit(inTenant: InTenant, input: FeedbackSubmission, clientAddress: string): Promise<void> {
    const comment = cleanComment(input.comment);
    if (!isUuid(input.documentId)) throw documentNotFound();
    const key = createHmac('sha256', this.hashKey).update(clientAddress).digest('base64url');
    const wait = await this.throttle.waitMs(key);
    if (wait > 0)
      throw tooManyRequests(`You have sent a lot of feedback just now. Wait ${minutesText(wait)}, then send it again.`, {
        reason: 'FEEDBACK_LIMITED',
        retryAfterSeconds: retryAfterSeconds(wait),
      });
    await this.throttle.hit(key);
    const documentId = input.documentId.toLowerCase();
    await inTenant(async (tx) => {
      // Row-level security: another tenant's document is not found through this tenant's host.
      if (!(await q.isPublished(tx, documentId, input.locale))) throw documentNotFound();
      await q.insertFeedback(tx, { documentId, locale: input.locale, helpful: input.helpful, comment });
    });
  }

  async summary(tx: TenantTx, principal: Principal): Promise<q.SummaryRow[]> {
    authorize(principal, 'feedback.read');
    return q.feedbackSummary(tx, LIMITS.feedbackSummaryRows);
  }

  async comments(
    tx: TenantTx,
    principal: Principal,
    filter: q.CommentFilter,
    before: string | null,
    limit: number,
  ): Promise<{ rows: q.CommentRow[]; hasNextPage: boolean }> {
    authorize(principal, 'feedback.read');
    const rows = await q.listComments(tx, filter, before, limit);
    return { rows: rows.slice(0, limit), hasNextPage: rows.length > limit };
  }

  async markHandled(tx: TenantTx, principal: Principal, id: string): Promise<q.CommentRow> {
    authorize(principal, 'feedback.handle');
    const row = validFeedbackId(id) ? await q.markHandled(tx, id) : null;
    if (!row) throw notFound('This comment does not exist (any more).', 'FEEDBACK_NOT_FOUND');
    return row;
  }
}

/** Feedback ids are positive integers (they only order the comments). */
export const validFeedbackId = (id: string): boolean => /^[1-9]\d{0,17}$/.test(id);

/** The id in a cursor or an argument, or a BAD_USER_INPUT naming `field`. */
export function feedbackIdArg(id: string, field: string): string {
  if (!validFeedbackId(id)) throw badInput(field, `"${id.slice(0, 40)}" is not the id of a comment.`, 'ID_INVALID');
  return id;
}
