import type { Role } from '../../kernel/policy';
import { audit, type Actor } from '../audit';
import type { Membership, SessionRef, SessionUser } from '../../kernel/context';
import type { Database } from '../../kernel/db/database';
import { RateStore } from '../../kernel/rate-store';
import { AppError, notFound } from '../../kernel/errors';
import { validUuid } from '../../kernel/ids';
import { addressPrefix } from './address-prefix';
import { describeDevice, type Device } from './device';
import { hashPassword, verifyPassword } from './password';
import { DEFAULT_SIGN_IN_LIMITS, SignInLimits, type SignInLimitPolicy } from './sign-in-limits';
import { hashToken, issueToken, looksLikeToken } from './tokens';
import { TwoFactorService } from './two-factor.service';
import {
  challengeByHash,
  challengeFailed,
  challengeUsed,
  insertChallenge,
  sessionHasTwoFactor,
  twoFactorEnabled,
} from './two-factor.queries';
import { credentialsByEmail, membership, userTenants } from './member.queries';
import * as q from './session.queries';
import { refuseWhereSsoOnly } from './sso-only';

export interface SessionPolicy {
  /** A session ends this long after sign-in. */
  ttlMs: number;
  /** …or after this long without a request. */
  idleSeconds: number;
  /** Failed sign-ins per account and client address, per address, and account-wide (sign-in-limits.ts). */
  limits: SignInLimitPolicy;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  ttlMs: 7 * 24 * 3600_000,
  idleSeconds: 8 * 3600,
  limits: DEFAULT_SIGN_IN_LIMITS,
};

/** The most sessions one list shows (newest first); signing out everywhere still ends them all. */
export const MAX_LISTED_SESSIONS = 50;

/** A user id no account has: the membership lookup of an unknown address. */
const NO_USER = '00000000-0000-0000-0000-000000000000';

/** The one answer to a failed sign-in, whether the address or the password was wrong. */
export const WRONG_CREDENTIALS = 'The e-mail address or the password is not correct. Check both, or reset your password.';

export interface Client {
  ip: string;
  userAgent: string | null;
}

export interface SignInResult {
  kind: 'session';
  user: SessionUser;
  session: SessionRef;
  /** The cookie value; shown once, stored only as its hash. */
  token: string;
}

/** The password was right and the account has two-factor sign-in: no session yet, only this short-lived, single-use challenge. */
export interface SecondFactorPending {
  kind: 'secondFactor';
  user: SessionUser;
  /** Bearer token of the challenge; shown once, stored only as its hash. */
  challenge: string;
  expiresAt: Date;
}

export interface Principal {
  session: SessionRef;
  user: SessionUser;
  membership: Membership | null;
  /** The tenant requires two-factor sign-in of this member's role and they have not set it up: only enrolment is open. */
  mustEnrolTwoFactor: boolean;
}

/** A second step has this long, and this many wrong codes, before the password must be given again. */
const CHALLENGE_TTL_MS = 5 * 60_000;
const CHALLENGE_MAX_FAILURES = 5;
/** Roles a tenant's two-factor rule applies to. */
const TWO_FACTOR_ROLES: readonly string[] = ['admin', 'reviewer'];

export interface TenantMembership {
  tenantId: string;
  slug: string;
  name: string;
  host: string | null;
  role: Role;
  locales: string[];
}

export interface SessionView {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  /** The network signed in from, never the full address (address-prefix.ts). */
  signInPrefix: string | null;
  device: Device;
  current: boolean;
}

/** Who asks, and where: the tenant's audit log notes sign-outs when the user is one of its members. */
export interface SessionOwner {
  userId: string;
  email: string;
  currentSessionId: string | null;
  tenantId: string;
}

// Unknown addresses are checked against this hash, so they cost as much time as known ones.
let dummyHash: Promise<string> | null = null;
const timingDummy = () => (dummyHash ??= hashPassword('careleaf timing equaliser, never a real password'));

async function passwordMatches(hash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verifyPassword(hash ?? (await timingDummy()), password);
    return ok && hash !== null;
  } catch {
    return false;
  }
}

/**
 * Sign-in and the sessions that follow it. Sessions belong to users, not
 * tenants: this service works as the credential role and never sees tenant
 * content. The request path reads a session through `principal()`, a
 * SECURITY DEFINER function that needs the token's hash.
 */
export class SessionService {
  readonly limits: SignInLimits;
  readonly twoFactor: TwoFactorService;

  constructor(
    private readonly db: Database,
    readonly policy: SessionPolicy = DEFAULT_SESSION_POLICY,
    /** Where sign-in limits count: PostgreSQL by default, Redis when configured. */
    rates: RateStore = new RateStore(db),
  ) {
    this.limits = new SignInLimits(rates, policy.limits);
    this.twoFactor = new TwoFactorService(db, this.limits);
  }

  /**
   * Checks the password and opens a session. A session the browser already
   * had is ended, so a session id never survives a sign-in (no fixation).
   * The attempt is counted before the password is checked (sign-in-limits.ts).
   * With `tenantId` (the tenant signed in on), the sign-in, or the wrong
   * password, is written to that tenant's audit log when the account is one
   * of its members.
   */
  async signIn(
    input: { email: string; password: string },
    client: Client,
    previous: SessionRef | null,
    tenantId: string | null = null,
  ): Promise<SignInResult | SecondFactorPending> {
    const email = input.email.trim();
    if (!email) throw new AppError('BAD_USER_INPUT', 'Enter the e-mail address you sign in with.', 'email', { reason: 'EMAIL_MISSING' });
    if (!input.password) throw new AppError('BAD_USER_INPUT', 'Enter your password.', 'password', { reason: 'PASSWORD_MISSING' });
    if (tenantId) await refuseWhereSsoOnly(this.db, tenantId, email);
    const attempt = await this.limits.begin(email, client.ip);

    const row = await this.db.asAuth((em) => credentialsByEmail(em, email));
    const ok = input.password.length <= 1024 && (await passwordMatches(row?.passwordHash ?? null, input.password));
    if (!ok || !row) {
      await attempt.failed();
      await this.auditAttempt(tenantId, row, 'session.signInFailed');
      throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS, undefined, { reason: 'WRONG_CREDENTIALS' });
    }
    const user = { id: row.id, email: row.email, displayName: row.displayName };
    const challenge = issueToken();
    const expiresAt = new Date(Date.now() + CHALLENGE_TTL_MS);
    const pending = await this.db.asAuth(async (em) => {
      if (!(await twoFactorEnabled(em, row.id))) return false;
      await insertChallenge(em, row.id, challenge.hash, expiresAt);
      return true;
    });
    // With two factors the password's count is not cleared yet: only a right second factor does that,
    // so the codes tried after one right password stay within the same limits.
    if (pending) return { kind: 'secondFactor', user, challenge: challenge.token, expiresAt };
    await attempt.succeeded();
    return this.open(user, client, previous, tenantId);
  }

  /**
   * The second step: a TOTP code (each time step once) or an unused recovery
   * code for the challenge the password step gave. Counted by the sign-in
   * limits like a password; a challenge is used once, expires after five
   * minutes and ends after five wrong codes.
   */
  async completeSignIn(
    input: { challenge: string; code: string },
    client: Client,
    previous: SessionRef | null,
    tenantId: string | null = null,
  ): Promise<SignInResult> {
    const expired = () =>
      new AppError('UNAUTHENTICATED', 'This sign-in has expired or was used already. Sign in again.', undefined, 'SECOND_FACTOR_EXPIRED');
    if (!looksLikeToken(input.challenge)) throw expired();
    const code = input.code.trim();
    if (!code)
      throw new AppError('BAD_USER_INPUT', 'Enter the code from your authenticator app.', 'code', { reason: 'TWO_FACTOR_CODE_WRONG' });
    const tokenHash = hashToken(input.challenge);
    const found = await this.db.asAuth((em) => challengeByHash(em, tokenHash, CHALLENGE_MAX_FAILURES));
    if (!found?.live) throw expired();
    const attempt = await this.limits.begin(found.email, client.ip);
    const outcome = await this.db.asAuth(async (em) => {
      const challenge = await challengeByHash(em, tokenHash, CHALLENGE_MAX_FAILURES);
      if (!challenge?.live) return 'expired' as const;
      const factor = code.length <= 64 ? await this.twoFactor.checkSecondFactor(em, challenge.userId, code) : null;
      if (factor) await challengeUsed(em, challenge.id);
      else await challengeFailed(em, challenge.id);
      return factor ?? ('wrong' as const);
    });
    const user = { id: found.userId, email: found.email, displayName: found.displayName };
    if (outcome === 'expired') throw expired();
    if (outcome === 'wrong') {
      await attempt.failed();
      await this.auditAttempt(tenantId, user, 'session.signInFailed');
      throw new AppError('UNAUTHENTICATED', 'This code is not correct or was used already.', 'code', { reason: 'TWO_FACTOR_CODE_WRONG' });
    }
    await attempt.succeeded();
    if (outcome === 'recovery') await this.auditAttempt(tenantId, user, 'twoFactor.recoveryCodeUsed');
    return this.open(user, client, previous, tenantId);
  }

  /**
   * A sign-in through the tenant's identity provider (sso.service.ts checked
   * who it is): a session like any other, noted as method sso. No second
   * factor is asked here: the provider is responsible for it (ADR 0026).
   */
  openSso(user: SessionUser, client: Client, previous: SessionRef | null, tenantId: string): Promise<SignInResult> {
    return this.open(user, client, previous, tenantId, 'sso');
  }

  /** Opens a session; a session the browser already had is ended, so a session id never survives a sign-in (no fixation). */
  private async open(
    user: SessionUser,
    client: Client,
    previous: SessionRef | null,
    tenantId: string | null,
    method: 'password' | 'sso' = 'password',
  ): Promise<SignInResult> {
    const { token, hash } = issueToken();
    const expiresAt = new Date(Date.now() + this.policy.ttlMs);
    const id = await this.db.asAuth(async (em) => {
      if (previous) await q.endSession(em, previous.id);
      await q.pruneSessions(em, user.id);
      return q.insertSession(em, {
        userId: user.id,
        tokenHash: hash,
        expiresAt,
        userAgent: client.userAgent?.slice(0, 512) ?? null,
        // Only the network is kept (privacy by design); the address itself is used for the sign-in limits and dropped.
        signInPrefix: addressPrefix(client.ip),
        method,
      });
    });
    await this.auditAttempt(tenantId, user, 'session.signIn', method === 'sso' ? { method } : undefined);
    return { kind: 'session', user, session: { id, tokenHash: hash, expiresAt }, token };
  }

  /**
   * Notes a sign-in (or a wrong password) in the audit log of the tenant, if
   * the account is a member there. The membership is looked up for unknown
   * addresses too, so both take the same path (no timing hint that an address
   * belongs to a member); what an unknown address typed is never written.
   */
  private async auditAttempt(
    tenantId: string | null,
    user: { id: string; email: string } | null,
    action: 'session.signIn' | 'session.signInFailed' | 'twoFactor.recoveryCodeUsed',
    diff?: Record<string, unknown>,
  ): Promise<void> {
    if (!tenantId) return;
    // A wrong password proves nothing about who typed it: the account is named, not taken as the actor.
    await this.auditForMember(tenantId, user, action !== 'session.signInFailed', {
      action,
      subjectType: 'user',
      subjectId: user?.id ?? NO_USER,
      ...(diff ? { diff } : {}),
    });
  }

  /** Writes `entry` to the tenant's audit log when `user` is one of its members (sessions belong to no tenant). */
  private async auditForMember(
    tenantId: string,
    user: { id: string; email: string } | null,
    asActor: boolean,
    entry: { action: string; subjectType: string; subjectId: string; diff?: Record<string, unknown> },
  ): Promise<void> {
    await this.db.withTenant(tenantId, async (tx) => {
      const member = await membership(tx, user?.id ?? NO_USER);
      if (!member || !user) return;
      const actor: Actor = { userId: asActor ? user.id : null, label: user.email };
      await audit(tx.em, tenantId, actor, entry);
    });
  }

  /**
   * The live session with this token hash, its user and their membership in `tenantId`; null when none.
   * `requireTwoFactor`: the tenant's rule; only then is the user's two-factor state read (admins and reviewers).
   */
  async principal(tokenHash: Buffer, tenantId: string, requireTwoFactor = false): Promise<Principal | null> {
    const found = await this.db.withoutTenant(async (em) => {
      const r = await q.principalRow(em, tokenHash, tenantId, this.policy.idleSeconds);
      const ruled = !!r?.role && requireTwoFactor && TWO_FACTOR_ROLES.includes(r.role);
      return r ? { r, mustEnrol: ruled && !(await sessionHasTwoFactor(em, tokenHash)) } : null;
    });
    if (!found) return null;
    const { r, mustEnrol } = found;
    return {
      session: { id: r.session_id, tokenHash, expiresAt: r.expires_at },
      user: { id: r.user_id, email: r.email, displayName: r.display_name },
      membership: r.role ? { role: r.role, locales: r.locales ?? [] } : null,
      mustEnrolTwoFactor: mustEnrol,
    };
  }

  /** Every tenant the session's user belongs to. */
  async memberships(session: SessionRef): Promise<TenantMembership[]> {
    const rows = await this.db.withoutTenant((em) => q.sessionMemberships(em, session.tokenHash));
    return rows.map(({ tenant_id, ...m }) => ({ tenantId: tenant_id, ...m }));
  }

  /** The user's sessions that can still be used, newest first (at most MAX_LISTED_SESSIONS), with a device name each. */
  async list(userId: string, currentSessionId: string | null): Promise<SessionView[]> {
    const rows = await this.db.asAuth((em) => q.liveSessions(em, userId, this.policy.idleSeconds, MAX_LISTED_SESSIONS));
    return rows.map((r) => view(r, currentSessionId));
  }

  /** Ends one of the user's own sessions; another user's session is NOT_FOUND, as if it did not exist. */
  async revoke(userId: string, sessionId: string, currentSessionId: string | null, field = 'sessionId'): Promise<SessionView> {
    const id = validUuid(sessionId, field, 'a session');
    const row = await this.db.asAuth((em) => q.endOwnSession(em, userId, id));
    if (!row) throw notFound('You have no active session with this id. It may have ended already; reload the list.', 'SESSION_NOT_FOUND');
    return view(row, currentSessionId);
  }

  /** "Sign out" on the sessions page: as `revoke`, and noted in the audit log of the tenant it was done on. */
  async signOutSession(owner: SessionOwner, sessionId: string): Promise<SessionView> {
    const session = await this.revoke(owner.userId, sessionId, owner.currentSessionId, 'id');
    await this.auditForMember(owner.tenantId, { id: owner.userId, email: owner.email }, true, {
      action: 'session.signOut',
      subjectType: 'session',
      subjectId: session.id,
      diff: { device: session.device.description, current: session.current },
    });
    return session;
  }

  /**
   * Ends every session of the user, or every one but the current (`keepCurrent`);
   * answers how many ended. Noted in the audit log of the tenant it was done on.
   */
  async signOutEverywhere(owner: SessionOwner, keepCurrent: boolean): Promise<number> {
    const keep = keepCurrent ? owner.currentSessionId : null;
    const ended = await this.db.asAuth((em) => revokeSessions(em, owner.userId, keep));
    await this.auditForMember(owner.tenantId, { id: owner.userId, email: owner.email }, true, {
      action: 'session.signOutEverywhere',
      subjectType: 'user',
      subjectId: owner.userId,
      diff: { signedOut: ended, keptCurrent: keep !== null },
    });
    return ended;
  }

  /** Ends every session of the user but `keepSessionId`; returns how many ended. */
  async revokeOthers(userId: string, keepSessionId: string): Promise<number> {
    return this.db.asAuth((em) => revokeSessions(em, userId, keepSessionId));
  }

  /** Signing out: the session can no longer be used. */
  async end(sessionId: string): Promise<void> {
    await this.db.asAuth((em) => q.endSession(em, sessionId));
  }

  /**
   * Lifts every sign-in limit on an account (an operator's or admin's unlock)
   * and notes it in the audit log of each tenant the user belongs to.
   */
  async unlock(email: string, actor: Actor): Promise<{ cleared: number; tenants: number }> {
    return this.db.asPlatform(async (em) => {
      const rows = await userTenants(em, email.trim());
      if (!rows[0]) throw notFound(`There is no user with the e-mail address ${email}.`, 'USER_NOT_FOUND');
      const cleared = await this.limits.unlock(em, email);
      const tenants = rows.flatMap((r) => (r.tenant_id ? [r.tenant_id] : []));
      for (const tenantId of tenants) {
        await audit(em, tenantId, actor, { action: 'user.unlock', subjectType: 'user', subjectId: rows[0].id, diff: { cleared } });
      }
      return { cleared, tenants: tenants.length };
    });
  }

  /** Ends every session of a user (password changed, account compromised). */
  async revokeAll(userId: string): Promise<number> {
    return this.db.asAuth((em) => revokeSessions(em, userId, null));
  }
}

function view(row: q.SessionRow, currentSessionId: string | null): SessionView {
  return { ...row, device: describeDevice(row.userAgent), current: row.id === currentSessionId };
}

/** As the credential role, in the caller's transaction. */
export const revokeSessions = q.revokeSessions;
