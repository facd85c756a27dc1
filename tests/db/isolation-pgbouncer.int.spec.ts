import { pgbouncerAvailable } from '../support/pgbouncer';
import { testMode } from '../support/test-env';

/**
 * The tenant isolation suite once more, with the services' queries going
 * through PgBouncer in transaction mode with three server connections
 * (tests/support/database.ts, CARELEAF_TEST_PGBOUNCER_POOL): the role and the
 * tenant are set per transaction, so they hold however the pooler hands out
 * server connections (docs/scaling.md, ADR 0036). Jest gives each test file
 * its own process.env and module registry, so the setting stays in this file.
 */
if (testMode() === 'server' && pgbouncerAvailable()) {
  process.env.CARELEAF_TEST_PGBOUNCER_POOL = '3';
  require('./isolation.int.spec');
} else {
  // skip reason: the embedded run has no server for PgBouncer to pool, and outside CI pgbouncer may not be
  // installed (in CI pgbouncerAvailable() says yes, so a missing pgbouncer fails instead of skipping).
  test.skip('tenant isolation through PgBouncer (needs pgbouncer and the PostgreSQL server)', () => undefined);
}
