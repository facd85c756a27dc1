import { linkBuilder } from '../../apps/api/src/kernel/links';
import { SsoService } from '../../apps/api/src/modules/identity';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { startOidcProvider, type TestOidcProvider } from '../support/oidc-provider';
import { clientOf, signIn, signInAs, tenantHeader, type SignedInClient } from '../support/session';
import { createTenant } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';
import { createInvitation } from '../factories/invitation.factory';

/**
 * Single sign-on with a real OpenID Connect provider (oidc-provider on a
 * loopback port, its development login and consent pages driven over HTTP
 * as a browser would): the sign-in and its session, the claim → role
 * mapping with just-in-time members, refusals (foreign domain, unverified
 * address, tampered or replayed state, another browser, a mismatched nonce,
 * a cancelled sign-in, a provider that is down), "SSO only", tenant
 * isolation, and a client secret that no query answers.
 */
const t = useTestDatabase();
const api = useTestApi(t);
let idp: TestOidcProvider;
let tenant: { slug: string; id: string };
let other: { slug: string; id: string };
let admin: SignedInClient;
const SECRET = 'test-only client secret of tenant A, never answered';

const callbackOf = (slug: string) => `http://${slug}.test:3000/editor/sign-in/sso/callback`;

const SETTINGS_FIELDS = `enabled providerName issuer clientId clientSecretSet allowedDomains claim mappings { value role locales } justInTime ssoOnly redirectUri`;
const CONFIGURE = `mutation($input: ConfigureSsoInput!) { configureSso(input: $input) { ${SETTINGS_FIELDS} } }`;
const SETTINGS = `{ ssoSettings { ${SETTINGS_FIELDS} } }`;
const START = `mutation { startSsoSignIn { authorizationUrl binding expiresAt } }`;
const COMPLETE = `mutation($input: CompleteSsoSignInInput!) {
  completeSsoSignIn(input: $input) { csrfToken user { id email displayName } membership { role locales } twoFactorEnrolmentRequired }
}`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { csrfToken } }`;

const reasonOf = (res: { body: { errors?: { extensions?: { reason?: string } }[] } }) => res.body.errors?.[0]?.extensions?.reason;

function settingsInput(overrides: Record<string, unknown> = {}) {
  return {
    enabled: true,
    providerName: 'Klinikum Login',
    issuer: idp.issuer,
    clientId: 'careleaf-a',
    clientSecret: SECRET,
    allowedDomains: ['klinikum.example'],
    claim: 'groups',
    mappings: [
      { value: 'cms-admins', role: 'ADMIN', locales: [] },
      { value: 'cms-editors', role: 'EDITOR', locales: [] },
      { value: 'cms-translators-en', role: 'TRANSLATOR', locales: ['en'] },
    ],
    justInTime: true,
    ssoOnly: false,
    ...overrides,
  };
}

async function start(slug = tenant.slug): Promise<{ authorizationUrl: string; binding: string }> {
  const res = await api.gql<{ startSsoSignIn: { authorizationUrl: string; binding: string } }>(START, { headers: tenantHeader(slug) });
  if (!res.body.data) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data.startSsoSignIn;
}

type Completed = {
  completeSsoSignIn: { csrfToken: string; user: SignedInClient['user']; membership: { role: string; locales: string[] } | null };
};

function complete(query: string, binding: string, slug = tenant.slug) {
  return api.gql<Completed>(COMPLETE, { headers: tenantHeader(slug), variables: { input: { query, binding } } });
}

/** The whole flow for `login`: start, the provider's pages, the callback; answers the API's answer to the callback. */
async function ssoSignIn(login: string, slug = tenant.slug) {
  const started = await start(slug);
  const callback = await idp.signIn(started.authorizationUrl, login);
  return complete(callback.search, started.binding, slug);
}

async function auditOf(tenantId: string, action: string): Promise<{ subject: string; diff: Record<string, unknown> | null }[]> {
  return t.dataSource.query(`SELECT subject_id::text AS subject, diff FROM audit_log WHERE tenant_id = $1 AND action = $2 ORDER BY id`, [
    tenantId,
    action,
  ]);
}

beforeAll(async () => {
  tenant = await createTenant(t.services);
  other = await createTenant(t.services);
  idp = await startOidcProvider([
    { clientId: 'careleaf-a', clientSecret: SECRET, redirectUri: callbackOf(tenant.slug) },
    { clientId: 'careleaf-b', clientSecret: 'test-only client secret of tenant B', redirectUri: callbackOf(other.slug) },
  ]);
  idp.account('ada', { email: 'ada@klinikum.example', email_verified: true, name: 'Ada Klinik', groups: ['staff', 'cms-editors'] });
  idp.account('tom', { email: 'tom@klinikum.example', email_verified: true, groups: ['cms-translators-en'] });
  idp.account('eve', { email: 'eve@elsewhere.example', email_verified: true, groups: ['cms-admins'] });
  idp.account('una', { email: 'una@klinikum.example', email_verified: false, groups: ['cms-editors'] });
  idp.account('nobody', { email: 'nobody@klinikum.example', email_verified: true, groups: ['staff'] });
  admin = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'admin' });
  const configured = await admin.gql(CONFIGURE, { variables: { input: settingsInput() } });
  expect(configured.body.errors).toBeUndefined();
});

afterAll(async () => {
  await idp?.close();
});

test('an admin sets single sign-on up; the answer names the redirect URI and whether a secret is stored, never the secret', async () => {
  const res = await admin.gql<{ ssoSettings: Record<string, unknown> }>(SETTINGS);
  expect(res.body.data?.ssoSettings).toMatchObject({
    enabled: true,
    providerName: 'Klinikum Login',
    clientSecretSet: true,
    allowedDomains: ['klinikum.example'],
    redirectUri: callbackOf(tenant.slug),
  });
  expect(JSON.stringify(res.body)).not.toContain(SECRET);
  // Changing a setting without a secret keeps the stored one.
  const changed = await admin.gql(CONFIGURE, { variables: { input: settingsInput({ clientSecret: null, providerName: 'Klinikum' }) } });
  expect(JSON.stringify(changed.body)).not.toContain(SECRET);
  expect(changed.body.data).toMatchObject({ configureSso: { providerName: 'Klinikum', clientSecretSet: true } });
  await admin.gql(CONFIGURE, { variables: { input: settingsInput() } });
  // The audit entry says a secret was given, not which.
  expect(JSON.stringify(await auditOf(tenant.id, 'tenant.configureSso'))).not.toContain(SECRET);
  // The API role cannot read the column at all.
  await expect(t.db.withTenant(tenant.id, ({ em }) => em.query(`SELECT client_secret FROM tenant_sso`))).rejects.toMatchObject({
    driverError: expect.objectContaining({ code: '42501' }),
  });
});

test('settings are checked: an unknown role, a bad domain, a non-https issuer in production terms, too many mappings', async () => {
  const bad = async (overrides: Record<string, unknown>) =>
    (await admin.gql(CONFIGURE, { variables: { input: settingsInput(overrides) } })).body.errors?.[0]?.extensions;
  expect(await bad({ allowedDomains: ['not a domain'] })).toMatchObject({ reason: 'SSO_DOMAIN_INVALID', field: 'allowedDomains' });
  expect(await bad({ allowedDomains: [] })).toMatchObject({ reason: 'SSO_DOMAINS_MISSING' });
  expect(await bad({ issuer: 'ftp://idp.example' })).toMatchObject({ reason: 'SSO_ISSUER_INVALID', field: 'issuer' });
  expect(await bad({ claim: 'groups; drop' })).toMatchObject({ reason: 'SSO_CLAIM_INVALID' });
  expect(await bad({ mappings: [{ value: 'x', role: 'TRANSLATOR', locales: [] }] })).toMatchObject({ reason: 'TRANSLATOR_NEEDS_LOCALE' });
  const many = Array.from({ length: 51 }, (_, i) => ({ value: `g${i}`, role: 'VIEWER', locales: [] }));
  expect((await bad({ mappings: many }))?.code).toBe('BAD_USER_INPUT');
  expect((await admin.gql<{ ssoSettings: { providerName: string } }>(SETTINGS)).body.data?.ssoSettings.providerName).toBe('Klinikum Login');
});

test('only admins may see or change the settings; the sign-in page learns the provider name only', async () => {
  const editor = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
  expect(reasonOf(await editor.gql(SETTINGS))).toBe('ROLE_NOT_ALLOWED');
  expect((await editor.gql(CONFIGURE, { variables: { input: settingsInput() } })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const provider = await api.gql(`{ ssoProvider { name } }`, { headers: tenantHeader(tenant.slug) });
  expect(provider.body.data).toEqual({ ssoProvider: { name: 'Klinikum Login' } });
  expect((await api.gql(`{ ssoProvider { name } }`, { headers: tenantHeader(other.slug) })).body.data).toEqual({ ssoProvider: null });
});

test('the authorization request uses PKCE (S256), state and nonce, and the redirect URI of the tenant', async () => {
  const { authorizationUrl } = await start();
  const url = new URL(authorizationUrl);
  expect(url.origin).toBe(idp.issuer);
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(url.searchParams.get('state')).toBeTruthy();
  expect(url.searchParams.get('nonce')).toBeTruthy();
  expect(url.searchParams.get('redirect_uri')).toBe(callbackOf(tenant.slug));
  expect(url.searchParams.get('client_id')).toBe('careleaf-a');
});

test('a sign-in through the provider opens a session like a password sign-in, and the group gives the mapped role (new member)', async () => {
  const res = await ssoSignIn('ada');
  expect(res.body.errors).toBeUndefined();
  const done = res.body.data!.completeSsoSignIn;
  expect(done.user).toMatchObject({ email: 'ada@klinikum.example', displayName: 'Ada Klinik' });
  expect(done.membership).toEqual({ role: 'EDITOR', locales: [] });
  expect(res.setCookies.some((c) => /^(__Host-)?careleaf_session=/.test(c))).toBe(true);
  const browser = clientOf(api, tenant.slug, {}, res.setCookies, done.user, done.csrfToken);
  const me = await browser.gql<{ me: { user: { email: string }; membership: { role: string } } }>(
    `{ me { user { email } membership { role } } }`,
  );
  expect(me.body.data?.me).toEqual({ user: { email: 'ada@klinikum.example' }, membership: { role: 'EDITOR' } });
  // The same session table, marked as opened through the provider; the audit log says how.
  const [session] = await t.dataSource.query(`SELECT method FROM sessions WHERE user_id = $1`, [done.user.id]);
  expect(session).toEqual({ method: 'sso' });
  const signIns = (await auditOf(tenant.id, 'session.signIn')).filter((e) => e.subject === done.user.id);
  expect(signIns).toEqual([{ subject: done.user.id, diff: { method: 'sso' } }]);
  expect((await auditOf(tenant.id, 'membership.create')).some((e) => e.subject === done.user.id)).toBe(true);
  // A JIT user has no password: a password sign-in cannot open a session for them.
  const [row] = await t.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [done.user.id]);
  expect(row.password_hash).toBeNull();
});

test('translator groups give their locales; the role follows the mapping at every sign-in', async () => {
  const first = await ssoSignIn('tom');
  expect(first.body.data?.completeSsoSignIn.membership).toEqual({ role: 'TRANSLATOR', locales: ['en'] });
  idp.account('tom', { email: 'tom@klinikum.example', email_verified: true, groups: ['cms-editors'] });
  const second = await ssoSignIn('tom');
  expect(second.body.data?.completeSsoSignIn.membership).toEqual({ role: 'EDITOR', locales: [] });
});

test('a person whose groups map to no role is not made a member', async () => {
  const res = await ssoSignIn('nobody');
  expect(reasonOf(res)).toBe('SSO_NOT_A_MEMBER');
  expect(res.setCookies.some((c) => /^(__Host-)?careleaf_session=/.test(c))).toBe(false);
  const failures = await auditOf(tenant.id, 'session.signInFailed');
  expect(failures.at(-1)?.diff).toEqual({ method: 'sso', reason: 'SSO_NOT_A_MEMBER' });
});

test('an open invitation is accepted by signing in through the provider, with the invited role', async () => {
  idp.account('ivy', { email: 'Ivy@Klinikum.example', email_verified: true, groups: ['staff'] });
  const { invitation } = await createInvitation(t.services, t.mail, {
    tenantId: tenant.id,
    email: 'ivy@klinikum.example',
    role: 'reviewer',
  });
  const res = await ssoSignIn('ivy');
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data?.completeSsoSignIn.membership).toEqual({ role: 'REVIEWER', locales: [] });
  const [row] = await t.dataSource.query(`SELECT accepted_by IS NOT NULL AS accepted FROM invitations WHERE id = $1`, [invitation.id]);
  expect(row).toEqual({ accepted: true });
  expect(await auditOf(tenant.id, 'invitation.accept')).toContainEqual({ subject: invitation.id, diff: { method: 'sso' } });
});

test('an address outside the allowed domains is refused, and so is one the provider says is not verified', async () => {
  const foreign = await ssoSignIn('eve');
  expect(reasonOf(foreign)).toBe('SSO_DOMAIN_NOT_ALLOWED');
  expect(foreign.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', domain: 'elsewhere.example' });
  const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = 'eve@elsewhere.example'`);
  expect(n).toBe(0);
  expect(reasonOf(await ssoSignIn('una'))).toBe('SSO_EMAIL_UNVERIFIED');
  expect((await auditOf(tenant.id, 'session.signInFailed')).map((e) => e.diff?.reason)).toEqual(
    expect.arrayContaining(['SSO_DOMAIN_NOT_ALLOWED', 'SSO_EMAIL_UNVERIFIED']),
  );
});

test('a tampered state, a replayed callback and a callback in another browser are refused', async () => {
  const started = await start();
  const callback = await idp.signIn(started.authorizationUrl, 'ada');
  const tampered = new URLSearchParams(callback.search);
  tampered.set('state', `${tampered.get('state')!.slice(0, -2)}xx`);
  expect(reasonOf(await complete(tampered.toString(), started.binding))).toBe('SSO_STATE_INVALID');
  // Another browser (a different binding cookie) cannot finish this one's sign-in…
  const elsewhere = await start();
  expect(reasonOf(await complete(callback.search, elsewhere.binding))).toBe('SSO_STATE_INVALID');
  // …and the sign-in is used up by that attempt: its own browser must start again.
  expect(reasonOf(await complete(callback.search, started.binding))).toBe('SSO_STATE_INVALID');

  const fresh = await start();
  const good = await idp.signIn(fresh.authorizationUrl, 'ada');
  expect((await complete(good.search, fresh.binding)).body.errors).toBeUndefined();
  expect(reasonOf(await complete(good.search, fresh.binding))).toBe('SSO_STATE_INVALID');
});

test('an ID token with the nonce of another sign-in, and a code without its PKCE verifier, are refused', async () => {
  const mine = await start();
  const theirs = await start();
  const swapped = new URL(mine.authorizationUrl);
  swapped.searchParams.set('nonce', new URL(theirs.authorizationUrl).searchParams.get('nonce')!);
  const callback = await idp.signIn(swapped.href, 'ada');
  expect(reasonOf(await complete(callback.search, mine.binding))).toBe('SSO_RESPONSE_INVALID');

  const pkce = await start();
  const otherChallenge = new URL(pkce.authorizationUrl);
  otherChallenge.searchParams.set('code_challenge', new URL(theirs.authorizationUrl).searchParams.get('code_challenge')!);
  const cb = await idp.signIn(otherChallenge.href, 'ada');
  expect(reasonOf(await complete(cb.search, pkce.binding))).toBe('SSO_RESPONSE_INVALID');
});

test('a sign-in cancelled at the provider says so', async () => {
  const started = await start();
  const callback = await idp.cancel(started.authorizationUrl);
  expect(callback.searchParams.get('error')).toBe('access_denied');
  expect(reasonOf(await complete(callback.search, started.binding))).toBe('SSO_CANCELLED');
});

test('"SSO only" refuses passwords for the allowed domains on this tenant, not for other domains or other tenants', async () => {
  const insider = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor', email: 'pat@klinikum.example' });
  await t.services.identity.setMembership(other.slug, insider.email, 'editor', [], { userId: null, label: 'test' });
  const outsider = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  expect(
    (await admin.gql(CONFIGURE, { variables: { input: settingsInput({ ssoOnly: true, clientSecret: null }) } })).body.errors,
  ).toBeUndefined();
  try {
    const refused = await api.gql(SIGN_IN, {
      headers: tenantHeader(tenant.slug),
      variables: { input: { email: insider.email, password: 'violet kayak hums under 7 lanterns' } },
    });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SSO_REQUIRED', provider: 'Klinikum Login' });
    await expect(signIn(api, { email: outsider.email, tenant: tenant.slug })).resolves.toBeTruthy();
    // Another tenant without single sign-on is not bound by this tenant's rule.
    await expect(signIn(api, { email: insider.email, tenant: other.slug })).resolves.toBeTruthy();
  } finally {
    await admin.gql(CONFIGURE, { variables: { input: settingsInput({ ssoOnly: false, clientSecret: null }) } });
  }
});

test("another tenant's settings never apply: no provider there, and a sign-in started here cannot finish there", async () => {
  expect(reasonOf(await api.gql(START, { headers: tenantHeader(other.slug) }))).toBe('SSO_NOT_CONFIGURED');
  const started = await start();
  const callback = await idp.signIn(started.authorizationUrl, 'ada');
  expect(reasonOf(await complete(callback.search, started.binding, other.slug))).toBe('SSO_STATE_INVALID');
});

test('a provider that does not answer gives a message to try later, not an internal error', async () => {
  const down = await createTenant(t.services);
  const downAdmin = await signInAs(t, api, { tenantSlug: down.slug, role: 'admin' });
  const configured = await downAdmin.gql(CONFIGURE, { variables: { input: settingsInput({ issuer: 'http://127.0.0.1:9' }) } });
  expect(configured.body.errors).toBeUndefined();
  const res = await api.gql(START, { headers: tenantHeader(down.slug) });
  expect(res.body.errors?.[0]?.extensions).toMatchObject({ reason: 'SSO_PROVIDER_UNAVAILABLE' });
});

test('SSO sessions meet the tenant two-factor rule (the provider is responsible for the second factor)', async () => {
  const RULE = `mutation($on: Boolean!) { updateTenantSettings(input: { requireTwoFactor: $on }) { tenant { slug } } }`;
  expect((await admin.gql(RULE, { variables: { on: true } })).body.errors).toBeUndefined();
  idp.account('ida', { email: 'ida@klinikum.example', email_verified: true, groups: ['cms-admins'] });
  const res = await ssoSignIn('ida');
  const done = res.body.data!.completeSsoSignIn;
  expect(done).toMatchObject({ membership: { role: 'ADMIN' }, twoFactorEnrolmentRequired: false });
  // The password admin without two factors is held at enrolment; the admin who came through the provider is not.
  expect(reasonOf(await admin.gql(SETTINGS))).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
  const ida = clientOf(api, tenant.slug, {}, res.setCookies, done.user, done.csrfToken);
  expect((await ida.gql(RULE, { variables: { on: false } })).body.errors).toBeUndefined();
});

test('no query answers the client secret', async () => {
  const everything = await admin.gql(
    `{ ssoSettings { ${SETTINGS_FIELDS} updatedAt } ssoProvider { name } ssoRedirectUri tenant { name } }`,
  );
  expect(everything.body.errors).toBeUndefined();
  expect(JSON.stringify(everything.body)).not.toContain(SECRET);
  const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE diff::text LIKE '%' || $1 || '%'`, [SECRET]);
  expect(n).toBe(0);
});

test('a tenant holds a bounded number of sign-ins under way: past it, starting one is refused and nothing more is stored', async () => {
  // The same service with a bound of two, so the test does not start ten thousand sign-ins.
  const small = new SsoService(
    t.db,
    t.services.sessions,
    t.services.identity,
    t.services.tenancy,
    linkBuilder('http://{host}:3000'),
    false,
    2,
  );
  const live = async () =>
    (
      (await t.dataSource.query(
        `SELECT count(*)::int AS n FROM sso_sign_ins WHERE tenant_id = $1 AND used_at IS NULL AND expires_at > now()`,
        [tenant.id],
      )) as { n: number }[]
    )[0]!.n;
  await t.dataSource.query(`DELETE FROM sso_sign_ins WHERE tenant_id = $1`, [tenant.id]);
  await small.start(tenant.id);
  await small.start(tenant.id);
  await expect(small.start(tenant.id)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SSO_BUSY' });
  expect(await live()).toBe(2);
  // Another tenant's sign-ins do not count against this one.
  const res = await api.gql(START, { headers: tenantHeader(other.slug) });
  expect(JSON.stringify(res.body)).not.toContain('SSO_BUSY');
});
