import { badInput } from '../../kernel/errors';
import { LIMITS } from '../../kernel/limits';

/** What replaces an e-mail address or phone number in a comment: the same in every language. */
export const REDACTED = '[…]';

// Control characters other than tab and line breaks, and direction overrides: they only hide or reorder text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[^\s@<>()[\]"',;:]+/gu;
// Runs of digits with the separators phone numbers are written with; counted below.
const PHONE_LIKE = /\+?\(?\d[\d\s()./-]{5,}\d/g;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
const MIN_PHONE_DIGITS = 7;

function redactPhones(text: string): string {
  return text.replace(PHONE_LIKE, (run) => {
    const digits = run.replace(/\D/g, '').length;
    // "12.03.2025" or "500 mg" stay: dates and doses are what health comments are about.
    return digits >= MIN_PHONE_DIGITS && !DATE_LIKE.test(run.trim()) ? REDACTED : run;
  });
}

/**
 * A reader's comment as it is stored: trimmed, at most LIMITS.feedbackCommentChars
 * characters (refused beyond, so nothing is cut silently), empty as null.
 * E-mail addresses and phone numbers are replaced by REDACTED: the form asks
 * for no personal data, and the table must not become a contact list when
 * someone writes theirs anyway.
 */
export function cleanComment(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const text = raw.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
  if (!text) return null;
  const limit = LIMITS.feedbackCommentChars;
  // Code points, as PostgreSQL's length() counts them.
  if ([...text].length > limit)
    throw badInput('comment', `A comment can be at most ${limit} characters long.`, { reason: 'FEEDBACK_COMMENT_TOO_LONG', limit });
  return redactPhones(text.replace(EMAIL, REDACTED));
}
