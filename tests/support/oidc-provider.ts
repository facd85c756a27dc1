import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A person the test provider knows: their login name and the claims it vouches for. */
export interface TestAccount {
  email: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
}

export interface TestClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

export interface TestOidcProvider {
  issuer: string;
  /** Adds or replaces an account (login name → claims). */
  account(login: string, claims: TestAccount): void;
  /**
   * Signs `login` in at the provider as a browser would, starting at the
   * authorization address: the dev login form, then the consent form.
   * Answers the address the provider sends the browser back to (the callback, not followed).
   */
  signIn(authorizationUrl: string, login: string): Promise<URL>;
  /** As signIn, but the person presses "abort" on the login form instead (error=access_denied). */
  cancel(authorizationUrl: string): Promise<URL>;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (the oidc-provider package) on a loopback
 * port, with its development login and consent pages, the clients given, and
 * accounts whose claims (email, email_verified, name, groups) the test sets.
 * groups is released with the profile scope; e-mail and groups come from
 * UserInfo, as in a code flow with conforming ID tokens.
 */
export async function startOidcProvider(clients: TestClient[]): Promise<TestOidcProvider> {
  const { default: Provider } = await import('oidc-provider');
  const accounts = new Map<string, TestAccount>();
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: [c.redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    })),
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    scopes: ['openid', 'email', 'profile'],
    pkce: { required: () => true },
    // Set, so the provider does not warn about its defaults in every test run.
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 600, Grant: 600 },
    cookies: { keys: ['test-only cookie key of the oidc provider'] },
    findAccount: (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: () => ({ sub, ...account }) };
    },
  } as never);
  server.on('request', provider.callback());
  const jar = () => new Map<string, string>();

  /** One GET or POST with the browser's cookies; redirects are answered, not followed. */
  async function step(
    cookies: Map<string, string>,
    url: string,
    form?: Record<string, string>,
  ): Promise<{ status: number; location: string | null; body: string }> {
    const res = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const header of res.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const eq = pair.indexOf('=');
      cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
    }
    const location = res.headers.get('location');
    return { status: res.status, location: location ? new URL(location, url).href : null, body: await res.text() };
  }

  /** Follows the provider's pages until it sends the browser away from itself; `onForm` fills each form. */
  async function drive(authorizationUrl: string, onForm: (body: string, url: string) => { url: string; form?: Record<string, string> }) {
    const cookies = jar();
    let url = authorizationUrl;
    let form: Record<string, string> | undefined;
    for (let hops = 0; hops < 20; hops++) {
      const res = await step(cookies, url, form);
      form = undefined;
      if (res.location) {
        if (!res.location.startsWith(issuer)) return new URL(res.location);
        url = res.location;
        continue;
      }
      if (res.status !== 200) throw new Error(`the provider answered ${res.status}: ${res.body.slice(0, 300)}`);
      const next = onForm(res.body, url);
      url = next.url;
      form = next.form;
    }
    throw new Error('the provider sent the browser around in circles');
  }

  const actionOf = (body: string, url: string) => new URL(/<form[^>]*action="([^"]+)"/.exec(body)![1]!.replace(/&amp;/g, '&'), url).href;

  return {
    issuer,
    account: (login, claims) => accounts.set(login, claims),
    signIn: (authorizationUrl, login) =>
      drive(authorizationUrl, (body, url): { url: string; form: Record<string, string> } =>
        body.includes('name="login"')
          ? { url: actionOf(body, url), form: { prompt: 'login', login, password: 'any' } }
          : { url: actionOf(body, url), form: { prompt: 'consent' } },
      ),
    cancel: (authorizationUrl) =>
      drive(authorizationUrl, (body, url) => ({
        url: new URL(/href="([^"]*abort[^"]*)"/.exec(body)![1]!.replace(/&amp;/g, '&'), url).href,
      })),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
