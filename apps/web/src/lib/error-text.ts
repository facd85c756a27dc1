import { createTranslator } from 'next-intl';
import { catalogFor, loadMessages, type Messages } from '../i18n/catalogs';
import type { GraphQLErrorShape } from './graphql';

export type ErrorReasonKey = keyof Messages['errors'];

/** Extensions that are not parameters of the message: the code, the field, transport detail and structured lists. */
const NOT_PARAMS = new Set(['code', 'field', 'reason', 'http', 'issues', 'findings', 'stacktrace']);

/** The reason's parameters (numbers and what the user wrote), plus the wait in whole minutes the messages use. */
export function errorParams(extensions: GraphQLErrorShape['extensions']): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(extensions ?? {})) {
    if (!NOT_PARAMS.has(key) && (typeof value === 'string' || typeof value === 'number')) out[key] = value;
  }
  if (typeof out.retryAfterSeconds === 'number') out.retryAfterMinutes = Math.max(1, Math.ceil(out.retryAfterSeconds / 60));
  return out;
}

function isReasonKey(messages: Messages, reason: unknown): reason is ErrorReasonKey {
  return typeof reason === 'string' && Object.hasOwn(messages.errors, reason);
}

/**
 * An API error in the reader's language: the catalog's `errors.<reason>`
 * with the error's parameters. The API's English message is the fallback for
 * an error without a reason this web app knows (or whose parameters do not
 * fit the text), so something readable is always shown.
 */
export function errorText(locale: string, error: GraphQLErrorShape): string {
  const catalog = catalogFor(locale);
  const messages = loadMessages(catalog);
  const reason = error.extensions?.reason;
  if (!isReasonKey(messages, reason)) return error.message;
  let failed = false;
  const t = createTranslator({
    locale: catalog,
    messages,
    namespace: 'errors',
    onError: () => {
      failed = true;
    },
  });
  const text = t(reason, errorParams(error.extensions));
  return failed ? error.message : text;
}
