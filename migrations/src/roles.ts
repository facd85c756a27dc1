/**
 * The role request statements run as: owns nothing, is not superuser and
 * cannot bypass row-level security. Requests switch to it with
 * `set_config('role', …, true)` inside their transaction.
 */
export const APP_ROLE = 'careleaf_app';

/** SQL for the tenant of the current transaction, NULL when none is set. */
export const CURRENT_TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
