import type { Role } from '../../apps/api/src/kernel/policy';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import type { GraphQLResponse, TestApi } from './api';
import type { TestDatabase } from './database';

export interface SetCookie {
  name: string;
  value: string;
  /** Attribute names in lower case ("httponly", "secure", "samesite", "path", "expires", …) → value ('' for flags). */
  attributes: Record<string, string>;
}

export function parseSetCookie(header: string): SetCookie {
  const [pair = '', ...attrs] = header.split(';').map((p) => p.trim());
  const eq = pair.indexOf('=');
  const attributes: Record<string, string> = {};
  for (const a of attrs) {
    const i = a.indexOf('=');
    attributes[(i < 0 ? a : a.slice(0, i)).toLowerCase()] = i < 0 ? '' : a.slice(i + 1);
  }
  return { name: pair.slice(0, eq), value: decodeURIComponent(pair.slice(eq + 1)), attributes };
}

export interface GqlOptions {
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Leave the x-csrf-token header out (to show that mutations then fail). */
  withoutCsrf?: boolean;
  /** Another tenant (slug) than the one signed in on; the session cookie goes along. */
  tenant?: string;
}

/** A browser that has signed in: it sends the session and CSRF cookies, and the CSRF header, with every request. */
export interface SignedInClient {
  user: { id: string; email: string; displayName: string };
  tenant: string;
  csrfToken: string;
  /** Cookie name → value, as a browser would keep them. */
  cookies: Map<string, string>;
  gql<T = Record<string, unknown>>(query: string, opts?: GqlOptions): Promise<GraphQLResponse<T>>;
  signOut(): Promise<void>;
}

const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { csrfToken user { id email displayName } }
}`;

/** Headers that pick a tenant by slug (outside production the x-tenant header does it). */
export const tenantHeader = (slug: string): Record<string, string> => ({ 'x-tenant': slug });

function keepCookies(jar: Map<string, string>, setCookies: string[]): void {
  for (const header of setCookies) {
    const c = parseSetCookie(header);
    const expired = c.attributes.expires !== undefined && Date.parse(c.attributes.expires) <= Date.now();
    if (expired || c.value === '') jar.delete(c.name);
    else jar.set(c.name, c.value);
  }
}

/**
 * Signs `email` in on tenant `tenant` (slug) through the API and returns a client carrying its cookies and CSRF token.
 * `signInHeaders` go with the sign-in request only (e.g. `x-forwarded-for` to an API that trusts loopback as a proxy).
 */
export async function signIn(
  api: TestApi,
  opts: { email: string; tenant: string; password?: string; userAgent?: string; signInHeaders?: Record<string, string> },
): Promise<SignedInClient> {
  const browser: Record<string, string> = opts.userAgent ? { 'user-agent': opts.userAgent } : {};
  const res = await api.gql<{ signIn: { csrfToken: string | null; user: SignedInClient['user'] } }>(SIGN_IN, {
    headers: { ...tenantHeader(opts.tenant), ...browser, ...(opts.signInHeaders ?? {}) },
    variables: { input: { email: opts.email, password: opts.password ?? TEST_PASSWORD } },
  });
  const signedIn = res.body.data?.signIn;
  if (!signedIn?.csrfToken) throw new Error(`sign-in of ${opts.email} failed: ${JSON.stringify(res.body.errors ?? signedIn)}`);
  return clientOf(api, opts.tenant, browser, res.setCookies, signedIn.user, signedIn.csrfToken);
}

const COMPLETE_SIGN_IN = `mutation CompleteSignIn($input: CompleteSignInInput!) {
  completeSignIn(input: $input) { csrfToken user { id email displayName } }
}`;

/**
 * Signs in an account with two-factor sign-in: the password, then `code(…)`
 * (a TOTP code or a recovery code) for the challenge; throws when either step fails.
 */
export async function signInWithSecondFactor(
  api: TestApi,
  opts: { email: string; tenant: string; code: () => Promise<string> | string },
): Promise<SignedInClient> {
  const first = await api.gql<{ signIn: { secondFactor: { token: string } | null } }>(
    `mutation($input: SignInInput!) { signIn(input: $input) { secondFactor { token } } }`,
    { headers: tenantHeader(opts.tenant), variables: { input: { email: opts.email, password: TEST_PASSWORD } } },
  );
  const challenge = first.body.data?.signIn.secondFactor?.token;
  if (!challenge) throw new Error(`no second factor was asked of ${opts.email}: ${JSON.stringify(first.body)}`);
  const res = await api.gql<{ completeSignIn: { csrfToken: string; user: SignedInClient['user'] } }>(COMPLETE_SIGN_IN, {
    headers: tenantHeader(opts.tenant),
    variables: { input: { challenge, code: await opts.code() } },
  });
  const done = res.body.data?.completeSignIn;
  if (!done) throw new Error(`second step of ${opts.email} failed: ${JSON.stringify(res.body.errors)}`);
  return clientOf(api, opts.tenant, {}, res.setCookies, done.user, done.csrfToken);
}

/** A browser holding the cookies a sign-in set. */
export function clientOf(
  api: TestApi,
  tenant: string,
  browser: Record<string, string>,
  setCookies: string[],
  user: SignedInClient['user'],
  csrfToken: string,
): SignedInClient {
  const cookies = new Map<string, string>();
  keepCookies(cookies, setCookies);
  const client: SignedInClient = {
    user,
    tenant,
    csrfToken,
    cookies,
    async gql<T>(query: string, o: GqlOptions = {}) {
      const headers: Record<string, string> = {
        ...browser,
        ...tenantHeader(o.tenant ?? client.tenant),
        cookie: [...cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; '),
        ...(o.withoutCsrf ? {} : { 'x-csrf-token': client.csrfToken }),
        ...(o.headers ?? {}),
      };
      const r = await api.gql<T>(query, { headers, ...(o.variables ? { variables: o.variables } : {}) });
      keepCookies(cookies, r.setCookies);
      return r;
    },
    async signOut() {
      await client.gql(`mutation { signOut { signedOut } }`);
    },
  };
  return client;
}

/** A new user with `role` in `tenantSlug` (translators get `locales`, default ['en']), signed in there. */
export async function signInAs(
  t: TestDatabase,
  api: TestApi,
  opts: { tenantSlug: string; role: Role; locales?: string[] },
): Promise<SignedInClient> {
  const locales = opts.role === 'translator' ? (opts.locales ?? ['en']) : [];
  const user = await createUser(t.services, { tenantSlug: opts.tenantSlug, role: opts.role, locales });
  return signIn(api, { email: user.email, tenant: opts.tenantSlug });
}

/** The error code of the first error, or 'OK' when there is none. */
export function outcome(res: GraphQLResponse): string {
  return res.body.errors?.[0]?.extensions?.code ?? 'OK';
}
