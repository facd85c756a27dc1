import { GraphQLError } from 'graphql';

/**
 * Errors that graphql-js and Apollo raise without a code of their own, so they
 * would reach clients as INTERNAL_SERVER_ERROR although the client caused
 * them. Matched by their (stable) messages; their HTTP status is already 4xx.
 */
const CLIENT_ERRORS: { message: RegExp; code: string; reason: string }[] = [
  // graphql-js stops coercing variables after 50 errors and adds this one.
  { message: /^Too many errors processing variables/, code: 'BAD_USER_INPUT', reason: 'TOO_MANY_VARIABLE_ERRORS' },
  // Apollo's automatic persisted queries: the sha256Hash sent is not that of the query text.
  { message: /^provided sha does not match query$/, code: 'PERSISTED_QUERY_HASH_MISMATCH', reason: 'PERSISTED_QUERY_HASH_MISMATCH' },
  // Refused earlier by the input guard; kept here in case an operation reaches execution another way.
  { message: /^Schema is not configured to execute subscription operation/, code: 'OPERATION_NOT_SUPPORTED', reason: 'SUBSCRIPTION' },
];

/** The code a client should see for an uncoded error it caused, or null when the error is ours. */
export function clientErrorCode(error: unknown): { code: string; reason: string } | null {
  if (!(error instanceof GraphQLError) || error.extensions.code) return null;
  const known = CLIENT_ERRORS.find((e) => e.message.test(error.message));
  return known ? { code: known.code, reason: known.reason } : null;
}
