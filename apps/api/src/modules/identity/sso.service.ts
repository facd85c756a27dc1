import { randomUUID, timingSafeEqual } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type * as Oidc from 'openid-client';
import type { SessionRef } from '../../kernel/context';
import type { Database, TenantTx } from '../../kernel/db/database';
import { AppError } from '../../kernel/errors';
import type { LinkBuilder } from '../../kernel/links';
import { audit, type Actor } from '../audit';
import type { TenancyService } from '../tenancy';
import type { IdentityService } from './identity.service';
import { credentialsByEmail, membership } from './member.queries';
import type { Client, SessionService, SignInResult } from './session.service';
import { claimValues, isLoopback, mappedRole, validSettings, type SsoSettingsInput } from './sso-settings';
import * as q from './sso.queries';
import { hashToken, issueToken, looksLikeToken } from './tokens';

/** A user id no account has: the subject of a refusal before anyone is known. */
const NO_USER = '00000000-0000-0000-0000-000000000000';

/** Where the identity provider sends the browser back: a fixed path of the web app, registered at the provider. */
export const SSO_CALLBACK_PATH = '/editor/sign-in/sso/callback';
/** A started sign-in must come back within this time. */
export const SSO_SIGN_IN_TTL_MS = 10 * 60_000;
/** Live pending sign-ins per tenant: far above any organisation's sign-ins in ten minutes, far below what fills a disk. */
export const MAX_PENDING_SSO_SIGN_INS = 10_000;
/** Characters of the callback's query string that are read. */
export const SSO_CALLBACK_MAX_CHARS = 8_192;
/** Discovered provider configurations kept per process (one per tenant), and how long. */
const DISCOVERY_CACHE = { max: 200, ttl: 10 * 60_000 };
/** How long one request to the provider may take. */
const PROVIDER_TIMEOUT_S = 10;

export interface SsoSettingsView extends q.SsoSettings {
  clientSecretSet: boolean;
  /** The address to register at the provider as redirect URI. */
  redirectUri: string;
}

export interface StartedSsoSignIn {
  authorizationUrl: string;
  /** Goes into an HttpOnly cookie of the browser that started: the callback must bring it back. */
  binding: string;
  expiresAt: Date;
}

type OidcModule = typeof Oidc;
// openid-client is published as ES modules only: loaded on first use (ADR 0005).
let oidcModule: Promise<OidcModule> | null = null;
const oidc = (): Promise<OidcModule> => (oidcModule ??= import('openid-client'));

const refused = (reason: string, message: string, params: Record<string, string> = {}) =>
  new AppError('UNAUTHENTICATED', message, undefined, { reason, ...params } as never);

/** Errors of the flow, in words a person can act on (the web app shows them in the page's language). */
const FAIL = {
  notConfigured: () =>
    refused('SSO_NOT_CONFIGURED', 'This organisation has no single sign-on. Sign in with your e-mail address and password.'),
  unavailable: () =>
    refused('SSO_PROVIDER_UNAVAILABLE', 'The sign-in service of your organisation does not answer. Try again in a few minutes.'),
  state: () => refused('SSO_STATE_INVALID', 'This sign-in has expired or was started in another browser. Start it again.'),
  busy: () => refused('SSO_BUSY', 'Too many sign-ins are under way for this organisation. Try again in a few minutes.'),
  cancelled: () => refused('SSO_CANCELLED', 'The sign-in was cancelled at the sign-in service. Start it again when you are ready.'),
  providerError: () => refused('SSO_PROVIDER_ERROR', 'The sign-in service refused the sign-in. Try again, or ask your IT team.'),
  invalid: () => refused('SSO_RESPONSE_INVALID', 'The answer of the sign-in service could not be checked. Start the sign-in again.'),
  emailMissing: () => refused('SSO_EMAIL_MISSING', 'The sign-in service did not tell us your e-mail address. Ask your IT team.'),
  unverified: () => refused('SSO_EMAIL_UNVERIFIED', 'The sign-in service says your e-mail address is not confirmed. Ask your IT team.'),
  domain: (domain: string) =>
    refused('SSO_DOMAIN_NOT_ALLOWED', `Addresses at ${domain} cannot sign in here through single sign-on.`, { domain }),
  notMember: () =>
    refused(
      'SSO_NOT_A_MEMBER',
      'You have no role in this organisation yet. Ask one of its administrators to invite you or give your group a role.',
    ),
};

/**
 * Single sign-on per tenant with OpenID Connect (ADR 0026): the admins'
 * settings, the authorization request (PKCE S256, state, nonce, kept
 * server-side and bound to the browser) and the callback, which checks the
 * answer, finds or creates the member and opens a session as the password
 * sign-in does.
 */
export class SsoService {
  private readonly discovered = new LRUCache<string, Promise<Oidc.Configuration>>(DISCOVERY_CACHE);

  constructor(
    private readonly db: Database,
    private readonly sessions: SessionService,
    private readonly identity: IdentityService,
    private readonly tenancy: TenancyService,
    private readonly link: LinkBuilder,
    private readonly production: boolean,
    private readonly maxPending = MAX_PENDING_SSO_SIGN_INS,
  ) {}

  private async redirectUri(tx: TenantTx): Promise<string> {
    return this.link(await this.tenancy.primaryHost(tx), SSO_CALLBACK_PATH, {});
  }

  /** The tenant's settings without the secret (admins), or null when none. */
  async settings(tx: TenantTx): Promise<SsoSettingsView | null> {
    const s = await q.ssoSettings(tx.em);
    if (!s) return null;
    return { ...s, clientSecretSet: await q.hasClientSecret(tx.em), redirectUri: await this.redirectUri(tx) };
  }

  /** The address an admin registers at the provider, before anything is saved. */
  redirectUriOf(tx: TenantTx): Promise<string> {
    return this.redirectUri(tx);
  }

  /** Saves the settings (all checked first); a secret given replaces the stored one, none keeps it. */
  async configure(tx: TenantTx, input: SsoSettingsInput, actor: Actor): Promise<SsoSettingsView> {
    const before = await q.ssoSettings(tx.em);
    const secretStored = before ? await q.hasClientSecret(tx.em) : false;
    const { settings, clientSecret } = await validSettings(tx, input, this.production, secretStored);
    await q.saveSsoSettings(tx.em, tx.tenantId, settings);
    if (clientSecret) await q.saveClientSecret(tx.em, tx.tenantId, clientSecret);
    await audit(tx.em, tx.tenantId, actor, {
      action: 'tenant.configureSso',
      subjectType: 'tenant',
      subjectId: tx.tenantId,
      // What changed, never the secret: only whether a new one was given.
      diff: { before, after: settings, clientSecretChanged: clientSecret !== null },
    });
    return (await this.settings(tx))!;
  }

  /** The provider's name for the sign-in page's button; null when the tenant has no (enabled) single sign-on. */
  async providerName(tx: TenantTx): Promise<string | null> {
    const s = await q.ssoSettings(tx.em);
    return s?.enabled ? s.providerName : null;
  }

  /** The provider's configuration for the tenant (discovered once per settings version and kept ten minutes). */
  private async configuration(tenantId: string, s: q.SsoSettings): Promise<Oidc.Configuration> {
    const key = `${tenantId}:${s.updatedAt.getTime()}`;
    let found = this.discovered.get(key);
    if (!found) {
      found = this.discover(tenantId, s);
      this.discovered.set(key, found);
      // A provider that was down is asked again next time.
      found.catch(() => this.discovered.delete(key));
    }
    return found;
  }

  private async discover(tenantId: string, s: q.SsoSettings): Promise<Oidc.Configuration> {
    const client = await oidc();
    const secret = await this.db.asAuth((em) => q.clientSecret(em, tenantId));
    const issuer = new URL(s.issuer);
    // Plain http only where the settings allowed it: outside production, or a provider on this machine.
    const insecure = issuer.protocol === 'http:' && (!this.production || isLoopback(issuer.hostname));
    return client.discovery(issuer, s.clientId, secret ?? undefined, undefined, {
      timeout: PROVIDER_TIMEOUT_S,
      ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
    });
  }

  /** Settings of the tenant of `tx` that can sign someone in, or NOT_CONFIGURED. */
  private async usable(tx: TenantTx): Promise<q.SsoSettings> {
    const s = await q.ssoSettings(tx.em);
    if (!s?.enabled) throw FAIL.notConfigured();
    return s;
  }

  /**
   * The authorization request: PKCE (S256), state and nonce are made here and
   * kept server-side for ten minutes, with the hash of a binding token the
   * browser keeps in an HttpOnly cookie; the state alone (which travels
   * through the provider and the address bar) is not enough to finish.
   */
  async start(tenantId: string): Promise<StartedSsoSignIn> {
    const { s, redirectUri } = await this.db.withTenant(tenantId, async (tx) => ({
      s: await this.usable(tx),
      redirectUri: await this.redirectUri(tx),
    }));
    const client = await oidc();
    const config = await this.configuration(tenantId, s).catch(() => {
      throw FAIL.unavailable();
    });
    const state = issueToken();
    const binding = issueToken();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    const expiresAt = new Date(Date.now() + SSO_SIGN_IN_TTL_MS);
    const stored = await this.db.asAuth((em) =>
      q.insertPendingSignIn(
        em,
        { tenantId, stateHash: state.hash, bindingHash: binding.hash, codeVerifier, nonce, expiresAt },
        this.maxPending,
      ),
    );
    if (!stored) throw FAIL.busy();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state: state.token,
      nonce,
    });
    return { authorizationUrl: url.href, binding: binding.token, expiresAt };
  }

  /**
   * The callback: `query` is the query string the provider sent the browser
   * back with, `binding` the cookie of the browser. Refusals are audited
   * (session.signInFailed, method sso, with the reason) and answered with a
   * reason the web app shows on the sign-in page.
   */
  async complete(
    tenantId: string,
    input: { query: string; binding: string },
    client: Client,
    previous: SessionRef | null,
  ): Promise<SignInResult> {
    let user: { id: string; email: string } | null = null;
    try {
      return await this.completeChecked(tenantId, input, client, previous, (u) => (user = u));
    } catch (e) {
      if (e instanceof AppError && e.reason !== 'SSO_NOT_CONFIGURED') await this.auditFailure(tenantId, user, e.reason);
      throw e;
    }
  }

  private async completeChecked(
    tenantId: string,
    input: { query: string; binding: string },
    client: Client,
    previous: SessionRef | null,
    known: (user: { id: string; email: string }) => void,
  ): Promise<SignInResult> {
    if (input.query.length > SSO_CALLBACK_MAX_CHARS) throw FAIL.state();
    const params = new URLSearchParams(input.query.replace(/^\?/, ''));
    const state = params.get('state') ?? '';
    if (!looksLikeToken(state) || !looksLikeToken(input.binding)) throw FAIL.state();
    // Used once, whatever follows: a replayed callback finds it used.
    const pending = await this.db.asAuth(async (em) => {
      const p = await q.pendingSignInByState(em, hashToken(state));
      if (p) await q.pendingSignInUsed(em, p.id);
      return p;
    });
    const bound = pending && timingSafeEqual(pending.bindingHash, hashToken(input.binding));
    if (!pending?.live || !bound || pending.tenantId !== tenantId) throw FAIL.state();
    const error = params.get('error');
    if (error === 'access_denied') throw FAIL.cancelled();
    if (error) throw FAIL.providerError();

    const { s, redirectUri } = await this.db.withTenant(tenantId, async (tx) => ({
      s: await this.usable(tx),
      redirectUri: await this.redirectUri(tx),
    }));
    const oidcClient = await oidc();
    const config = await this.configuration(tenantId, s).catch(() => {
      throw FAIL.unavailable();
    });
    const currentUrl = new URL(redirectUri);
    currentUrl.search = params.toString();
    let claims: Record<string, unknown>;
    try {
      const tokens = await oidcClient.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) throw FAIL.invalid();
      claims = { ...idClaims };
      // Many providers put e-mail and groups only in the UserInfo answer of a code flow; its subject must be the ID token's.
      if (config.serverMetadata().userinfo_endpoint && tokens.access_token) {
        const info = await oidcClient.fetchUserInfo(config, tokens.access_token, idClaims.sub);
        claims = { ...info, ...idClaims, ...pickMissing(idClaims, info) };
      }
    } catch (e) {
      throw e instanceof AppError ? e : providerFailure(e);
    }
    return this.signInWith(tenantId, s, claims, client, previous, known);
  }

  /** Notes a refused single sign-on in the tenant's audit log, with the reason (never what the provider sent). */
  private async auditFailure(tenantId: string, user: { id: string; email: string } | null, reason: string): Promise<void> {
    await this.db.withTenant(tenantId, async (tx) => {
      await audit(
        tx.em,
        tenantId,
        { userId: null, label: 'single sign-on' },
        {
          action: 'session.signInFailed',
          subjectType: 'user',
          subjectId: user?.id ?? NO_USER,
          diff: { method: 'sso', reason },
        },
      );
    });
  }

  /** Checks the person the provider vouched for, finds or creates the member, and opens the session. */
  private async signInWith(
    tenantId: string,
    s: q.SsoSettings,
    claims: Record<string, unknown>,
    client: Client,
    previous: SessionRef | null,
    known: (user: { id: string; email: string }) => void,
  ): Promise<SignInResult> {
    const email = typeof claims.email === 'string' ? claims.email.trim() : '';
    if (!email.includes('@') || email.length > 254) throw FAIL.emailMissing();
    // Providers that do not send email_verified (several enterprise ones) are trusted with the domain check below; false is refused.
    if (claims.email_verified === false || claims.email_verified === 'false') throw FAIL.unverified();
    const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
    if (!s.allowedDomains.includes(domain)) throw FAIL.domain(domain);
    const mapped = mappedRole(s.mappings, claimValues(claims[s.claim]));

    let existing = await this.db.asAuth((em) => credentialsByEmail(em, email));
    if (existing) known({ id: existing.id, email: existing.email });
    const userId = existing?.id ?? null;
    const member = userId ? await this.db.withTenant(tenantId, (tx) => membership(tx, userId)) : null;
    // An open invitation to the address the provider vouched for is accepted by signing in (issue 14, item 1).
    const invitation = member ? null : await this.db.withTenant(tenantId, ({ em }) => q.openInvitationFor(em, email));
    if (!member && !invitation && !(s.justInTime && mapped)) throw FAIL.notMember();
    if (!existing) {
      const id = randomUUID();
      const displayName = nameOf(claims, email);
      await this.db.asAuth((em) => q.insertSsoUser(em, { id, email, displayName }));
      existing = { id, email, displayName, passwordHash: null };
      known({ id, email });
    }
    const user = { id: existing.id, email: existing.email, displayName: existing.displayName };
    // The provider is the source of roles: a mapped role is applied at every sign-in; without one,
    // an invitation gives its role and an existing member keeps theirs.
    const target = mapped ?? invitation;
    const changes = target && (!member || member.role !== target.role || !sameList(member.locales, target.locales));
    if (changes || invitation) {
      const actor: Actor = { userId: null, label: `single sign-on (${s.providerName})` };
      await this.db
        .withTenant(tenantId, async (tx) => {
          if (invitation) {
            await q.invitationAccepted(tx.em, invitation.id, user.id);
            await audit(
              tx.em,
              tenantId,
              { userId: user.id, label: user.email },
              {
                action: 'invitation.accept',
                subjectType: 'invitation',
                subjectId: invitation.id,
                diff: { method: 'sso' },
              },
            );
          }
          if (changes) await this.identity.putMembership(tx, user.id, target.role, target.locales, actor);
        })
        .catch((e: unknown) => {
          // The tenant's last admin keeps the role (LAST_ADMIN); anything else is a real failure.
          if (!(e instanceof AppError && e.reason === 'LAST_ADMIN')) throw e;
        });
    }
    return this.sessions.openSso(user, client, previous, tenantId);
  }
}

/** The ID token's claims win over UserInfo's for anything both have (the ID token is signed). */
function pickMissing(idClaims: Record<string, unknown>, info: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(info).filter(([k]) => !(k in idClaims)));
}

function nameOf(claims: Record<string, unknown>, email: string): string {
  const name = typeof claims.name === 'string' ? claims.name.trim() : '';
  return (name || email.slice(0, email.indexOf('@'))).slice(0, 200);
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** A provider that cannot be reached is UNAVAILABLE; an answer that fails a check (state, nonce, signature, PKCE) is INVALID. */
function providerFailure(e: unknown): AppError {
  const err = e as { name?: string; code?: string; cause?: { code?: string; name?: string } };
  const network =
    err.name === 'TimeoutError' ||
    err.name === 'AbortError' ||
    (e instanceof TypeError && /fetch failed/i.test(e.message)) ||
    ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT'].includes(err.cause?.code ?? '') ||
    err.cause?.name === 'TimeoutError';
  return network ? FAIL.unavailable() : FAIL.invalid();
}
