import { APP_ROLE, AUTH_ROLE } from '@careleaf/migrations';
import { hashToken } from '../../apps/api/src/modules/identity/tokens';
import { useTestDatabase } from '../support/database';
import { createTenant } from '../factories/tenant.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';

/**
 * Sessions, reset tokens and password hashes are not tenant data: the API
 * role reaches a session only through the SECURITY DEFINER functions and
 * only with the token's hash; the credential role sees no tenant content.
 */
const t = useTestDatabase();
let tenant: { id: string; slug: string };
let user: { id: string; email: string };
let token: string;

const client = { ip: '198.51.100.7', userAgent: 'test' };

/** Signs the user in (no second factor here) and answers the session. */
async function openSession() {
  const result = await t.services.sessions.signIn({ email: user.email, password: TEST_PASSWORD }, client, null);
  if (result.kind !== 'session') throw new Error('this user has no second factor, so signIn should open a session');
  return result;
}

async function rejectsWithInsufficientPrivilege(run: Promise<unknown>): Promise<void> {
  await expect(run).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '42501' }) });
}

beforeAll(async () => {
  tenant = await createTenant(t.services);
  user = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  token = (await openSession()).token;
  await t.services.passwordReset.request(user.email, { name: 'Test', host: null }, client);
});

test('the API role cannot read or write sessions, reset tokens or password hashes, with or without a tenant', async () => {
  for (const sql of [
    `SELECT * FROM sessions`,
    `SELECT * FROM password_reset_tokens`,
    `SELECT password_hash FROM users`,
    `UPDATE sessions SET revoked_at = NULL`,
    `DELETE FROM password_reset_tokens`,
    `UPDATE users SET password_hash = 'x'`,
    `SELECT secret FROM user_two_factor`,
    `SELECT code_hash FROM two_factor_recovery_codes`,
    `SELECT token_hash FROM two_factor_challenges`,
    `DELETE FROM user_two_factor`,
  ]) {
    await rejectsWithInsufficientPrivilege(t.db.withTenant(tenant.id, ({ em }) => em.query(sql)));
    await rejectsWithInsufficientPrivilege(t.db.withoutTenant((em) => em.query(sql)));
  }
});

test('the API role finds a session only by the hash of its token, and learns nothing else through the functions', async () => {
  const found = await t.db.withoutTenant((em) =>
    em.query(`SELECT user_id, role FROM app_session_principal($1, $2, 3600)`, [hashToken(token), tenant.id]),
  );
  expect(found).toEqual([{ user_id: user.id, role: 'editor' }]);
  const guessed = await t.db.withoutTenant((em) =>
    em.query(`SELECT * FROM app_session_principal($1, $2, 3600)`, [hashToken('a guess'), tenant.id]),
  );
  expect(guessed).toEqual([]);
  const memberships = await t.db.withoutTenant((em) => em.query(`SELECT slug, role FROM app_session_memberships($1)`, [hashToken(token)]));
  expect(memberships).toEqual([{ slug: tenant.slug, role: 'editor' }]);
});

test('a revoked session is found by neither function', async () => {
  const other = await openSession();
  await t.services.sessions.end(other.session.id);
  const hash = hashToken(other.token);
  expect(await t.db.withoutTenant((em) => em.query(`SELECT * FROM app_session_principal($1, $2, 3600)`, [hash, tenant.id]))).toEqual([]);
  expect(await t.db.withoutTenant((em) => em.query(`SELECT * FROM app_session_memberships($1)`, [hash]))).toEqual([]);
});

test('the credential role reads password hashes and sessions, but no tenant content', async () => {
  const hashes: { password_hash: string }[] = await t.db.asAuth((em) =>
    em.query(`SELECT password_hash FROM users WHERE id = $1`, [user.id]),
  );
  expect(hashes[0]?.password_hash).toMatch(/^\$argon2id\$/);
  for (const table of ['memberships', 'tenants', 'audit_log', 'invitations', 'tenant_domains']) {
    await rejectsWithInsufficientPrivilege(t.db.asAuth((em) => em.query(`SELECT * FROM ${table}`)));
  }
  // …nor may it call the API role's functions.
  await rejectsWithInsufficientPrivilege(t.db.asAuth((em) => em.query(`SELECT * FROM app_session_memberships($1)`, [hashToken(token)])));
});

test('the credential role is neither superuser nor able to bypass row-level security, and owns nothing', async () => {
  const [role] = await t.dataSource.query(`SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = $1`, [AUTH_ROLE]);
  expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcanlogin: false });
  const [{ owned }] = await t.dataSource.query(
    `SELECT count(*)::int AS owned FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1`,
    [AUTH_ROLE],
  );
  expect(owned).toBe(0);
});

test('sessions and reset tokens have row-level security forced, with a policy for the credential role only', async () => {
  for (const table of ['sessions', 'password_reset_tokens']) {
    const [row] = await t.dataSource.query(
      `SELECT c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
              (SELECT array_agg(DISTINCT r::text) FROM pg_policies p, unnest(p.roles) r WHERE p.tablename = c.relname) AS roles
       FROM pg_class c WHERE c.relname = $1 AND c.relnamespace = 'public'::regnamespace`,
      [table],
    );
    expect({ table, ...row }).toEqual({ table, enabled: true, forced: true, roles: [AUTH_ROLE] });
  }
  const grants: { grantee: string }[] = await t.dataSource.query(
    `SELECT DISTINCT grantee FROM information_schema.role_table_grants WHERE table_name IN ('sessions', 'password_reset_tokens') AND grantee = $1`,
    [APP_ROLE],
  );
  expect(grants).toEqual([]);
});

test('tokens are stored only as SHA-256 hashes', async () => {
  const rows: { hash: Buffer }[] = await t.dataSource.query(`SELECT token_hash AS hash FROM sessions WHERE user_id = $1`, [user.id]);
  expect(rows.some((r) => r.hash.equals(hashToken(token)))).toBe(true);
  const dump = JSON.stringify(await t.dataSource.query(`SELECT encode(token_hash, 'escape') AS t FROM sessions`));
  expect(dump).not.toContain(token);
});
