/**
 * The role request statements run as: owns nothing, is not superuser and
 * cannot bypass row-level security. Requests switch to it with
 * `set_config('role', …, true)` inside their transaction.
 */
export const APP_ROLE = 'careleaf_app';

/**
 * The credential role: the only role besides the owner that may read password
 * hashes and touch sessions and reset tokens. Sign-in, password reset and
 * invitation acceptance switch to it for those statements only.
 */
export const AUTH_ROLE = 'careleaf_auth';

/** SQL for the tenant of the current transaction, NULL when none is set. */
export const CURRENT_TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
