/** True when `e` is PostgreSQL's unique_violation on `constraint`. */
export function uniqueViolation(e: unknown, constraint: string): boolean {
  const err = e as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = err.driverError?.code ?? err.code;
  const name = err.driverError?.constraint ?? err.constraint;
  return code === '23505' && name === constraint;
}

/** True when `e` is PostgreSQL's foreign_key_violation (a row is still referenced, or refers to nothing). */
export function foreignKeyViolation(e: unknown): boolean {
  const err = e as { code?: string; driverError?: { code?: string } };
  return (err.driverError?.code ?? err.code) === '23503';
}

/** Seconds a client is asked to wait (Retry-After) when the database is unreachable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;
export const UNAVAILABLE_MESSAGE = 'The service is briefly unavailable. Please try again in a few seconds.';

/** Network errors and PostgreSQL codes that mean "the database is not there right now", not "this request is wrong". */
const UNAVAILABLE_NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// 57P01..03: the server is shutting down or starting; 08xxx: connection exceptions; 53300: too many connections.
const UNAVAILABLE_SQLSTATE = /^(57P0[123]|08\w{3}|53300)$/;
const UNAVAILABLE_DRIVER_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed/i;

/**
 * TypeORM releases a transaction's connection when that connection fails (the server went away
 * mid-transaction); the transaction's next statement, or its COMMIT, then throws one of these instead
 * of the driver's error. The COMMIT was not sent: the server rolled the transaction back.
 */
const RELEASED_UNDER_TRANSACTION = new Set(['QueryRunnerProviderAlreadyReleasedError', 'QueryRunnerAlreadyReleasedError']);

/** True when `e` (or an error it wraps) says the database cannot be reached: a request then answers 503, not 500. */
export function databaseUnavailable(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 4) return false;
  const err = e as { code?: unknown; message?: unknown; name?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  if (typeof err.name === 'string' && RELEASED_UNDER_TRANSACTION.has(err.name)) return true;
  if (typeof err.code === 'string' && (UNAVAILABLE_NETWORK.has(err.code) || UNAVAILABLE_SQLSTATE.test(err.code))) return true;
  if (typeof err.message === 'string' && UNAVAILABLE_DRIVER_MESSAGE.test(err.message)) return true;
  // AggregateError (both IPv4 and IPv6 refused) and TypeORM's QueryFailedError keep the cause inside.
  if (Array.isArray(err.errors) && err.errors.some((x) => databaseUnavailable(x, depth + 1))) return true;
  return databaseUnavailable(err.driverError, depth + 1) || databaseUnavailable(err.cause, depth + 1);
}
