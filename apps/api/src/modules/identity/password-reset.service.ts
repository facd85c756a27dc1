import type { Database } from '../../kernel/db/database';
import { badInput, tooManyRequests } from '../../kernel/errors';
import type { Logger } from '../../kernel/logger';
import { EDITOR_PATHS, type LinkBuilder } from '../../kernel/links';
import { sendInBackground, type MailSender } from '../../kernel/mail/mail';
import { retryAfterSeconds } from '../../kernel/error-reasons';
import { minutesText, Throttle, type ThrottleRule, type ThrottleStore } from '../../kernel/throttle';
import { validEmail } from './identity.service';
import { resetMail, type MailLocale } from './mail-texts';
import { checkPasswordStrength, hashPassword } from './password';
import { revokeSessions, type Client } from './session.service';
import { hashToken, issueToken, looksLikeToken } from './tokens';
import { userByEmail } from './member.queries';
import * as q from './password-reset.queries';

export interface PasswordResetPolicy {
  ttlMs: number;
  requestsPerAddress: ThrottleRule;
  requestsPerClient: ThrottleRule;
}

export const DEFAULT_PASSWORD_RESET_POLICY: PasswordResetPolicy = {
  ttlMs: 3600_000,
  requestsPerAddress: { points: 3, durationSec: 3600 },
  requestsPerClient: { points: 20, durationSec: 3600 },
};

/** The only answer to a reset request: it must not tell whether the address has an account. */
export const RESET_REQUESTED =
  'If an account exists for this address, we have sent it a link to choose a new password. The link works once, within one hour.';

const invalidLink = () =>
  badInput(
    'token',
    'This password-reset link is not valid: it was already used, is older than one hour, or was mistyped. Request a new one.',
    'RESET_LINK_INVALID',
  );

export interface TenantForMail {
  name: string;
  host: string | null;
  /** The recipient's language, one of the tenant's locales: the message is written in it and its link opens in it. Absent: English, and a link the web app sends to the reader's language. */
  locale?: MailLocale;
}

/** The path of an editor page in the mail's locale (the web app serves editor pages under /{locale}/). */
export function localizedPath(tenant: TenantForMail, path: string): string {
  return tenant.locale ? `/${encodeURIComponent(tenant.locale.tag)}${path}` : path;
}

export const ENGLISH: MailLocale = { tag: 'en', direction: 'ltr' };

/** Password reset by a one-time link sent by e-mail. */
export class PasswordResetService {
  private readonly perAddress: Throttle;
  private readonly perClient: Throttle;

  constructor(
    private readonly db: Database,
    private readonly mail: MailSender,
    private readonly link: LinkBuilder,
    private readonly logger: Logger | null,
    private readonly policy: PasswordResetPolicy = DEFAULT_PASSWORD_RESET_POLICY,
    rates: ThrottleStore = db,
  ) {
    this.perAddress = new Throttle('reset-address', policy.requestsPerAddress, rates);
    this.perClient = new Throttle('reset-client', policy.requestsPerClient, rates);
  }

  /**
   * Mails a reset link when the address has an account. Answers the same
   * either way; the mail goes out in the background so the answer takes as
   * long for unknown addresses as for known ones.
   */
  async request(emailInput: string, tenant: TenantForMail, client: Client): Promise<string> {
    const email = validEmail(emailInput);
    const addressKey = email.toLowerCase();
    // Counted and checked in one step each, so parallel requests on several processes cannot all slip through.
    const [forAddress, forClient] = await Promise.all([this.perAddress.take(addressKey), this.perClient.take(client.ip)]);
    const wait = Math.max(forAddress, forClient);
    if (wait > 0)
      throw tooManyRequests(`Too many reset requests. Wait ${minutesText(wait)}, then ask again.`, {
        reason: 'RESET_REQUESTS_LIMITED',
        retryAfterSeconds: retryAfterSeconds(wait),
      });

    const { token, hash } = issueToken();
    const user = await this.db.asAuth(async (em) => {
      const found = await userByEmail(em, email);
      if (!found) return null;
      // One link at a time: an earlier one stops working.
      await q.replaceResetToken(em, found.id, hash, new Date(Date.now() + this.policy.ttlMs));
      return found;
    });
    if (user) {
      const url = this.link(tenant.host, localizedPath(tenant, EDITOR_PATHS.resetPassword), { token });
      sendInBackground(this.mail, this.logger, resetMail(user.email, tenant.locale ?? ENGLISH, { tenant: tenant.name, url }));
    }
    return RESET_REQUESTED;
  }

  /** Whether `token` is a reset link that still works (for the page to say so before a password is typed). */
  async linkIsOpen(token: string): Promise<boolean> {
    if (!looksLikeToken(token)) return false;
    return this.db.asAuth((em) => q.isLiveResetToken(em, hashToken(token)));
  }

  /** Sets the new password, uses up the link and signs the user out everywhere. */
  async reset(
    token: string,
    newPassword: string,
    context: string[] = [],
  ): Promise<{ userId: string; email: string; sessionsEnded: number }> {
    checkPasswordStrength(newPassword, 'newPassword', context);
    if (!looksLikeToken(token)) throw invalidLink();
    const hash = hashToken(token);
    // A cheap check first, so a bad link costs no password hashing.
    const live = await this.db.asAuth((em) => q.isLiveResetToken(em, hash));
    if (!live) throw invalidLink();
    const passwordHash = await hashPassword(newPassword);
    return this.db.asAuth(async (em) => {
      const userId = await q.useResetToken(em, hash);
      if (!userId) throw invalidLink();
      await q.setPasswordAfterReset(em, userId, passwordHash);
      const sessionsEnded = await revokeSessions(em, userId, null);
      return { userId, email: await q.emailOfUser(em, userId), sessionsEnded };
    });
  }
}
