import type { EntityManager } from 'typeorm';
import type { Database, TenantTx } from '../../kernel/db/database';
import { AppError, badInput } from '../../kernel/errors';
import { audit, type Actor } from '../audit';
import type { SessionUser } from '../../kernel/context';
import { credentialsByEmail } from './member.queries';
import { verifyPassword } from './password';
import type { SignInLimits } from './sign-in-limits';
import * as q from './two-factor.queries';
import {
  acceptedTimeStep,
  looksLikeTotpCode,
  newRecoveryCode,
  newTotpSecret,
  otpauthUri,
  RECOVERY_CODE_COUNT,
  recoveryCodeHash,
  secretGroups,
} from './totp';

/** How long a started enrolment waits for its first code. */
const ENROLMENT_TTL_MS = 15 * 60_000;

export interface Enrolment {
  secret: string;
  /** otpauth:// address for the QR code. */
  uri: string;
  /** The secret in groups of four (the QR code's text alternative). */
  secretGroups: string[];
  expiresAt: Date;
}

export interface TwoFactorStatus {
  enabled: boolean;
  recoveryCodesLeft: number;
}

/** Which second factor was accepted. */
export type SecondFactor = 'totp' | 'recovery';

const wrongCode = (field = 'code') =>
  new AppError(
    'BAD_USER_INPUT',
    'This code is not correct or was used already. Wait for the next code in your authenticator app and try again, or use a recovery code.',
    field,
    { reason: 'TWO_FACTOR_CODE_WRONG' },
  );

/**
 * Two-factor sign-in with TOTP for one's own account (start, confirm,
 * disable), the admin's reset of a member, and checking a second factor at
 * sign-in. Secrets and recovery codes are credentials: read and written as
 * the credential role only. Changes are written to the audit log of the
 * tenants the caller names (every tenant the user belongs to, or the admin's).
 */
export class TwoFactorService {
  constructor(
    private readonly db: Database,
    private readonly limits: SignInLimits,
  ) {}

  async status(userId: string): Promise<TwoFactorStatus> {
    return this.db.asAuth(async (em) => ({
      enabled: await q.twoFactorEnabled(em, userId),
      recoveryCodesLeft: await q.recoveryCodesLeft(em, userId),
    }));
  }

  /** A new secret, kept server-side until a code from it confirms it; the client's copy is never trusted back. */
  async startEnrolment(user: SessionUser): Promise<Enrolment> {
    const secret = newTotpSecret();
    const expiresAt = new Date(Date.now() + ENROLMENT_TTL_MS);
    await this.db.asAuth(async (em) => {
      if (await q.twoFactorEnabled(em, user.id)) {
        throw new AppError(
          'CONFLICT',
          'Two-factor sign-in is already on for your account. Turn it off first.',
          undefined,
          'TWO_FACTOR_ALREADY_ON',
        );
      }
      await q.savePendingSecret(em, user.id, secret, expiresAt);
    });
    return { secret, uri: otpauthUri(secret, user.email), secretGroups: secretGroups(secret), expiresAt };
  }

  /** Turns two-factor sign-in on with a code from the pending secret; answers the recovery codes, shown this once. */
  async confirmEnrolment(user: SessionUser, code: string, tenantIds: string[]): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    const outcome = await this.db.asAuth(async (em) => {
      const row = await q.twoFactorRow(em, user.id);
      if (row?.secret) return 'already on' as const;
      if (!row?.pendingSecret || !row.pendingExpiresAt || row.pendingExpiresAt < new Date()) return 'not started' as const;
      const step = await acceptedTimeStep(row.pendingSecret, code, null);
      if (step === null) return 'wrong' as const;
      await q.enableSecret(em, user.id, step);
      await q.replaceRecoveryCodes(
        em,
        user.id,
        codes.map((c) => recoveryCodeHash(c)!),
      );
      return 'on' as const;
    });
    if (outcome === 'already on')
      throw new AppError('CONFLICT', 'Two-factor sign-in is already on for your account.', undefined, 'TWO_FACTOR_ALREADY_ON');
    if (outcome === 'not started')
      throw new AppError('BAD_USER_INPUT', 'There is no set-up in progress, or it expired. Start again.', 'code', {
        reason: 'TWO_FACTOR_NOT_STARTED',
      });
    if (outcome === 'wrong') throw wrongCode();
    await this.auditIn(tenantIds, { userId: user.id, label: user.email }, 'twoFactor.enable', user.id);
    return codes;
  }

  /**
   * Turns two-factor sign-in off with a current code or the password (a
   * stolen session alone is not enough). Wrong answers count against the
   * sign-in limits of the account, as wrong passwords do.
   */
  async disable(user: SessionUser, proof: { code?: string | null; password?: string | null }, ip: string, tenantIds: string[]) {
    const code = proof.code?.trim() ?? '';
    const password = proof.password ?? '';
    if (!code && !password)
      throw badInput('code', 'Enter a current code from your authenticator app or your password.', 'TWO_FACTOR_PROOF_MISSING');
    const attempt = await this.limits.begin(user.email, ip);
    const outcome = await this.db.asAuth(async (em) => {
      const row = await q.twoFactorRow(em, user.id);
      if (!row?.secret) return 'off' as const;
      let proven = false;
      // Only an app code proves it: a recovery code is not tried here, so a wrong attempt never uses one up.
      if (code) proven = looksLikeTotpCode(code) && (await this.checkSecondFactor(em, user.id, code)) === 'totp';
      else {
        const creds = await credentialsByEmail(em, user.email);
        proven =
          password.length <= 1024 && !!creds?.passwordHash && (await verifyPassword(creds.passwordHash, password).catch(() => false));
      }
      if (!proven) return 'wrong' as const;
      await q.deleteTwoFactor(em, user.id);
      return 'disabled' as const;
    });
    if (outcome === 'off') throw new AppError('CONFLICT', 'Two-factor sign-in is not on for this account.', undefined, 'TWO_FACTOR_OFF');
    if (outcome === 'wrong') {
      await attempt.failed();
      if (code) throw wrongCode();
      throw new AppError('UNAUTHENTICATED', 'The password is not correct.', 'password', { reason: 'WRONG_CREDENTIALS' });
    }
    await attempt.succeeded();
    await this.auditIn(tenantIds, { userId: user.id, label: user.email }, 'twoFactor.disable', user.id);
  }

  /**
   * An admin's reset of a member of the tenant of `tx` (lost phone and codes):
   * every two-factor credential of the member is removed, so their next
   * sign-in needs the password only (and enrolment again where the tenant
   * requires it). The caller has checked that `userId` is a member here.
   */
  async reset(tx: TenantTx, userId: string, actor: Actor): Promise<boolean> {
    const wasOn = await q.deleteTwoFactorInTenantTx(tx.em, userId);
    await audit(tx.em, tx.tenantId, actor, { action: 'twoFactor.reset', subjectType: 'user', subjectId: userId, diff: { wasOn } });
    return wasOn;
  }

  /**
   * In the caller's credential-role transaction: accepts a TOTP code (once per
   * time step: the step is stored) or an unused recovery code (used up).
   */
  async checkSecondFactor(em: EntityManager, userId: string, code: string): Promise<SecondFactor | null> {
    if (looksLikeTotpCode(code)) {
      const row = await q.twoFactorRow(em, userId);
      if (!row?.secret) return null;
      const step = await acceptedTimeStep(row.secret, code, row.lastTimeStep);
      // The conditional update also refuses a step used by a request that committed meanwhile.
      return step !== null && (await q.useTimeStep(em, userId, step)) ? 'totp' : null;
    }
    const hash = recoveryCodeHash(code);
    return hash && (await q.useRecoveryCode(em, userId, hash)) ? 'recovery' : null;
  }

  private async auditIn(tenantIds: string[], actor: Actor, action: string, userId: string): Promise<void> {
    for (const tenantId of tenantIds) {
      await this.db.withTenant(tenantId, (tx) => audit(tx.em, tenantId, actor, { action, subjectType: 'user', subjectId: userId }));
    }
  }
}
