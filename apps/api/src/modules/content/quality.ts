import { badInput } from '../../kernel/errors';

export const REVIEWER_ROLES = ['internal', 'externalExpert', 'userTest'] as const;
export const REVIEW_TRIGGERS = ['scheduled', 'newEvidence', 'safetyAlert'] as const;
export const DEFAULT_REVIEW_CYCLE_MONTHS = 36;

export interface Reviewer {
  name: string;
  role: (typeof REVIEWER_ROLES)[number];
  qualification?: string;
}

/** Health-quality metadata of a document, shown to readers beside the content. */
export interface QualityMetadata {
  /** Defaults to the tenant's name. */
  publisher?: string;
  /** Optional: many institutes publish as an organisation and name no individuals. */
  authors?: { name: string; qualification?: string }[];
  reviewers?: Reviewer[];
  /** ISO dates (YYYY-MM-DD). */
  lastReviewed?: string;
  nextReviewDue?: string;
  reviewTrigger?: (typeof REVIEW_TRIGGERS)[number];
  conflictsOfInterest?: string;
  funding?: string;
  evidenceNotes?: string;
}

/** Quality metadata as a caller sends it: roles and triggers are still plain strings until validateQuality checks them. */
export type QualityDraft = Omit<QualityMetadata, 'reviewers' | 'reviewTrigger'> & {
  reviewers?: { name: string; role: string; qualification?: string }[];
  reviewTrigger?: string;
};

/** Whether `value` is one of `allowed` (and so of its type). */
function isOneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string, field: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw badInput(field, `"${value}" is not a date in the form YYYY-MM-DD.`, 'DATE_INVALID');
  }
  return value;
}

function text(value: string | null | undefined, field: string, max: number): string | undefined {
  // GraphQL sends null for a field given as null: the same as leaving it out.
  if (value === undefined || value === null) return undefined;
  const t = value.trim();
  if (t.length > max) throw badInput(field, `Keep this under ${max} characters.`, { reason: 'TOO_LONG', limit: max });
  return t || undefined;
}

export function addMonths(isoDate: string, months: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}

/**
 * Checks quality metadata; the next review defaults to the last review plus
 * the tenant's review cycle.
 */
export function validateQuality(input: QualityDraft, reviewCycleMonths = DEFAULT_REVIEW_CYCLE_MONTHS): QualityMetadata {
  const out: QualityMetadata = {};
  const publisher = text(input.publisher, 'quality.publisher', 200);
  if (publisher) out.publisher = publisher;
  if (input.authors?.length) {
    out.authors = input.authors.map((a, i) => {
      const name = text(a.name, `quality.authors[${i}].name`, 200);
      if (!name) throw badInput(`quality.authors[${i}].name`, 'An author needs a name (a person or an organisation).', 'REQUIRED');
      const qualification = text(a.qualification, `quality.authors[${i}].qualification`, 200);
      return { name, ...(qualification ? { qualification } : {}) };
    });
  }
  if (input.reviewers?.length) {
    out.reviewers = input.reviewers.map((r, i) => {
      const name = text(r.name, `quality.reviewers[${i}].name`, 200);
      if (!name) throw badInput(`quality.reviewers[${i}].name`, 'A reviewer needs a name.', 'REQUIRED');
      const role = r.role;
      if (!isOneOf(REVIEWER_ROLES, role)) {
        throw badInput(`quality.reviewers[${i}].role`, `Use one of: ${REVIEWER_ROLES.join(', ')}.`, 'VALUE_NOT_ALLOWED');
      }
      const qualification = text(r.qualification, `quality.reviewers[${i}].qualification`, 200);
      return { name, role, ...(qualification ? { qualification } : {}) };
    });
  }
  if (input.lastReviewed) out.lastReviewed = validDate(input.lastReviewed, 'quality.lastReviewed');
  if (input.nextReviewDue) out.nextReviewDue = validDate(input.nextReviewDue, 'quality.nextReviewDue');
  else if (out.lastReviewed) out.nextReviewDue = addMonths(out.lastReviewed, reviewCycleMonths);
  if (out.lastReviewed && out.nextReviewDue && out.nextReviewDue <= out.lastReviewed) {
    throw badInput('quality.nextReviewDue', 'The next review must come after the last review.', 'REVIEW_DATES_ORDER');
  }
  const trigger = input.reviewTrigger;
  if (trigger) {
    if (!isOneOf(REVIEW_TRIGGERS, trigger)) {
      throw badInput('quality.reviewTrigger', `Use one of: ${REVIEW_TRIGGERS.join(', ')}.`, 'VALUE_NOT_ALLOWED');
    }
    out.reviewTrigger = trigger;
  }
  for (const key of ['conflictsOfInterest', 'funding', 'evidenceNotes'] as const) {
    const v = text(input[key], `quality.${key}`, 4000);
    if (v) out[key] = v;
  }
  return out;
}

/** True when the next review date has passed (on `today`, an ISO date). */
export function reviewOverdue(nextReviewDue: string | null | undefined, today: string): boolean {
  return !!nextReviewDue && nextReviewDue < today;
}
