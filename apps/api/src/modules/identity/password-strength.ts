import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as de from '@zxcvbn-ts/language-de';
import * as en from '@zxcvbn-ts/language-en';
import type { Why } from '../../kernel/error-reasons';
import { AppError } from '../../kernel/errors';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;
/** zxcvbn's 0–4 scale: 3 is "safely unguessable" (about 10^8 guesses and more), what it recommends for accounts. */
export const MIN_PASSWORD_SCORE = 3;
/**
 * Only this much is estimated: the estimate's time grows with the length, and
 * a password whose first 64 characters are strong is strong.
 */
const ESTIMATED_PREFIX = 64;

export type PasswordReason = 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | 'PASSWORD_COMMON' | 'PASSWORD_WEAK';

let estimator: ZxcvbnFactory | null = null;
let commonPasswords: Set<string> | null = null;

// Built on first use (about a second): the dictionaries are large and most processes never set a password.
function strength(): { zxcvbn: ZxcvbnFactory; common: Set<string> } {
  if (!estimator || !commonPasswords) {
    // language-de names its lists without a suffix; suffix them so they do not replace the English ones.
    const german = Object.fromEntries(Object.entries(de.dictionary).map(([name, words]) => [`${name}-de`, words]));
    estimator = new ZxcvbnFactory({ graphs: common.adjacencyGraphs, dictionary: { ...common.dictionary, ...en.dictionary, ...german } });
    commonPasswords = new Set(common.dictionary['passwords-common']);
  }
  return { zxcvbn: estimator, common: commonPasswords };
}

/** What a password must not be built from: the words of the user's address and name, the tenant's name, ours. */
function contextWords(context: string[]): string[] {
  const words = new Set(['careleaf']);
  for (const text of context) {
    const lower = text.trim().toLowerCase();
    if (!lower) continue;
    words.add(lower);
    words.add(lower.replace(/[^\p{L}\p{N}]+/gu, ''));
    for (const part of lower.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  return [...words].slice(0, 50);
}

function refuse(field: string, message: string, why: Why): AppError {
  return new AppError('BAD_USER_INPUT', message, field, why);
}

/**
 * Refuses passwords that are short, on the list of common passwords, or
 * easy to guess (zxcvbn score below 3, with `context` — e-mail address,
 * name, tenant name — counted as known to an attacker).
 */
export function checkPasswordStrength(password: string, field = 'password', context: string[] = []): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw refuse(field, `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`, {
      reason: 'PASSWORD_TOO_SHORT',
      minLength: MIN_PASSWORD_LENGTH,
    });
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw refuse(field, `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`, {
      reason: 'PASSWORD_TOO_LONG',
      maxLength: MAX_PASSWORD_LENGTH,
    });
  }
  const { zxcvbn, common: list } = strength();
  if (list.has(password.toLowerCase())) {
    throw refuse(field, 'This password is on the list of commonly used passwords. Choose another one.', 'PASSWORD_COMMON');
  }
  const estimated = password.slice(0, ESTIMATED_PREFIX);
  const { score, sequence } = zxcvbn.check(estimated, contextWords(context));
  // Mostly the organisation's or the user's own name is weak whatever the score: those are the attacker's first guesses.
  const personal = sequence.reduce((n, m) => n + (m.pattern === 'dictionary' && m.dictionaryName === 'userInputs' ? m.token.length : 0), 0);
  if (score < MIN_PASSWORD_SCORE || personal * 2 >= estimated.length) {
    throw refuse(
      field,
      'This password is too easy to guess. Use a few unrelated words or a longer mix, and avoid names, dates and the name of your organisation.',
      { reason: 'PASSWORD_WEAK', score, minScore: MIN_PASSWORD_SCORE },
    );
  }
}
