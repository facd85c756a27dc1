import DataLoader from 'dataloader';
import type { Database, TenantRef, TenantTx } from './db/database';
import type { TenantView } from './tenant';
import type { Role } from './policy/table';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
}

export interface Membership {
  role: Role;
  /** For translators: the locales they may write. */
  locales: string[];
}

/** The session the request's cookie names (never the token itself). */
export interface SessionRef {
  id: string;
  /** SHA-256 of the cookie's token: the only form the database knows. */
  tokenHash: Buffer;
  expiresAt: Date;
}

/**
 * What resolvers may do with the HTTP exchange, without seeing Express:
 * cookies are set here and nowhere else.
 */
export interface HttpExchange {
  /** Client address (the trusted proxy's forwarded one) and user agent. */
  readonly ip: string;
  readonly userAgent: string | null;
  /** Sets the session cookie for a new session and returns a CSRF token bound to it. */
  startSession(token: string, tokenHash: Buffer, expiresAt: Date): string;
  /** Clears the session and CSRF cookies. */
  endSession(): void;
  /** A CSRF token for the current session: the cookie's while still valid, else a new one. */
  csrfToken(): string;
  /** True when the request's CSRF header matches its cookie and session (checked before mutations). */
  csrfValid(): boolean;
}

/** Built once per request; every resolver gets exactly this. */
export interface RequestContext {
  readonly requestId: string;
  readonly tenant: TenantRef;
  /** The tenant's locales, regions and defaults (cached briefly across requests). */
  readonly tenantConfig: TenantView;
  /** Requested locale (from arguments, headers or cookies); validated by services. */
  readonly locale: string | null;
  /** The region for readers who have not chosen one: the default of the request's domain (null: the tenant's default). */
  readonly region: string | null;
  readonly user: SessionUser | null;
  /** The user's role in `tenant`; null when anonymous or not a member. */
  readonly membership: Membership | null;
  readonly session: SessionRef | null;
  /** The tenant requires two-factor sign-in of this member's role and they have not set it up: only enrolment is open. */
  readonly mustEnrolTwoFactor: boolean;
  readonly http: HttpExchange | null;
  /** Runs `fn` in a transaction scoped to this request's tenant. */
  tx<T>(fn: (tx: TenantTx) => Promise<T>): Promise<T>;
  /** A DataLoader for this request only, created on first use under `name`. */
  loader<K, V>(name: string, batch: (tx: TenantTx, keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V>;
}

type Optional = 'user' | 'membership' | 'session' | 'http' | 'mustEnrolTwoFactor';

export function createRequestContext(
  db: Database,
  init: Omit<RequestContext, 'tx' | 'loader' | Optional> & Partial<Pick<RequestContext, Optional>>,
): RequestContext {
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  const tx = <T>(fn: (tx: TenantTx) => Promise<T>) => db.withTenant(init.tenant.id, fn);
  return {
    user: null,
    membership: null,
    session: null,
    mustEnrolTwoFactor: false,
    http: null,
    ...init,
    tx,
    loader<K, V>(name: string, batch: (t: TenantTx, keys: readonly K[]) => Promise<(V | Error)[]>) {
      let l = loaders.get(name) as DataLoader<K, V> | undefined;
      if (!l) {
        l = new DataLoader<K, V>((keys) => tx((t) => batch(t, keys)));
        loaders.set(name, l as DataLoader<unknown, unknown>);
      }
      return l;
    },
  };
}

/** The HTTP exchange, for resolvers that set cookies (only reachable over HTTP). */
export function httpOf(ctx: RequestContext): HttpExchange {
  if (!ctx.http) throw new Error('This operation needs an HTTP request (cookies).');
  return ctx.http;
}
