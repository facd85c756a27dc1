import { randomUUID } from 'node:crypto';
import type { Role } from '../../kernel/policy';
import type { Database, TenantTx } from '../../kernel/db/database';
import { uniqueViolation } from '../../kernel/db/pg-errors';
import { badInput, conflict, notFound, tooManyRequests } from '../../kernel/errors';
import { validUuid } from '../../kernel/ids';
import type { EventBus } from '../../kernel/events';
import type { Logger } from '../../kernel/logger';
import { EDITOR_PATHS, type LinkBuilder } from '../../kernel/links';
import { sendInBackground, type MailSender } from '../../kernel/mail/mail';
import { retryAfterSeconds } from '../../kernel/error-reasons';
import { minutesText, Throttle, type ThrottleStore } from '../../kernel/throttle';
import { audit, type Actor } from '../audit';
import { checkTenantLocales, validEmail, validMembershipSpec, type IdentityService } from './identity.service';
import { checkPasswordStrength, hashPassword, verifyPassword } from './password';
import { ENGLISH, localizedPath, type TenantForMail } from './password-reset.service';
import { invitationMail } from './mail-texts';
import { hashToken, issueToken, looksLikeToken } from './tokens';
import { credentialsByEmail, roleOf } from './member.queries';
import * as q from './invitation.queries';
import type { InvitationView } from './invitation.queries';

export const INVITATION_TTL_MS = 7 * 24 * 3600_000;

export type { InvitationView };

export interface AcceptedInvitation {
  user: { id: string; email: string; displayName: string };
  role: Role;
  locales: string[];
  /** False when the invitation was for an address that already had an account. */
  newUser: boolean;
}

const invalidLink = () =>
  badInput(
    'token',
    'This invitation link is not valid: it was already used, withdrawn, is older than seven days, or was mistyped. Ask an admin to invite you again.',
    'INVITATION_LINK_INVALID',
  );

/** Invitations by e-mail with a one-time link; accepting one creates the user when needed and the membership. */
export class InvitationService {
  // Accepting with an existing account checks its password: limit guesses per link.
  private readonly passwordTries: Throttle;

  constructor(
    private readonly db: Database,
    private readonly identity: IdentityService,
    private readonly mail: MailSender,
    private readonly link: LinkBuilder,
    private readonly logger: Logger | null,
    /** InvitationAccepted goes out after the commit (the inviting admin is told by e-mail). */
    private readonly events: EventBus | null = null,
    private readonly ttlMs = INVITATION_TTL_MS,
    rates: ThrottleStore = db,
  ) {
    this.passwordTries = new Throttle('invitation-password', { points: 5, durationSec: 3600 }, rates);
  }

  /**
   * Invites `email` into the tenant with a role. An earlier open invitation
   * for the same address is withdrawn; the mail leaves after the commit.
   */
  async invite(
    tenantId: string,
    input: { email: string; role: string; locales: string[] },
    tenant: TenantForMail,
    actor: Actor,
  ): Promise<InvitationView> {
    const email = validEmail(input.email);
    const spec = validMembershipSpec(input.role, input.locales);
    const { token, hash } = issueToken();
    const view = await this.db.withTenant(tenantId, async (tx) => {
      await checkTenantLocales(tx, spec.locales);
      const { em } = tx;
      if (await q.isMemberByEmail(em, email))
        throw conflict(`${email} is already a member of this tenant. Change their role instead.`, 'email', 'ALREADY_MEMBER');
      await q.revokeOpenInvitationsFor(em, email);
      const id = randomUUID();
      await q.insertInvitation(em, {
        tenantId,
        id,
        email,
        role: spec.role,
        locales: spec.locales,
        tokenHash: hash,
        invitedBy: actor.userId,
        expiresAt: new Date(Date.now() + this.ttlMs),
      });
      await audit(em, tenantId, actor, { action: 'invitation.create', subjectType: 'invitation', subjectId: id, diff: { email, ...spec } });
      return this.byId(tx, id);
    });
    const url = this.link(tenant.host, localizedPath(tenant, EDITOR_PATHS.acceptInvitation), { token });
    sendInBackground(
      this.mail,
      this.logger,
      invitationMail(email, tenant.locale ?? ENGLISH, {
        tenant: tenant.name,
        inviter: actor.label,
        role: spec.role,
        locales: spec.locales,
        url,
      }),
    );
    return view;
  }

  /**
   * What the invitation page shows before anything is typed: the invited
   * address and whether it has an account already (then the page asks for
   * that account's password instead of a name and a new one); null when the
   * link does not work (used, withdrawn, expired or mistyped). Only the
   * holder of the link learns this.
   */
  async preview(tenantId: string, token: string): Promise<{ email: string; hasAccount: boolean } | null> {
    if (!looksLikeToken(token)) return null;
    const invitation = await this.db.withTenant(tenantId, ({ em }) => q.openInvitation(em, hashToken(token), false));
    if (!invitation) return null;
    const hasAccount = await this.db.asAuth((em) => q.accountExists(em, invitation.email));
    return { email: invitation.email, hasAccount };
  }

  /** Open invitations of the tenant of `tx`, newest first. */
  async pending({ em }: TenantTx): Promise<InvitationView[]> {
    return q.pendingInvitations(em);
  }

  /** Withdraws an open invitation; its link stops working. */
  async revoke(tx: TenantTx, invitationId: string, actor: Actor): Promise<InvitationView> {
    const id = validUuid(invitationId, 'invitationId', 'an invitation');
    const view = await this.byId(tx, id).catch(() => null);
    const affected = await q.revokeInvitation(tx.em, id);
    if (!view || !affected)
      throw notFound('There is no open invitation with this id. It may have been accepted or withdrawn already.', 'INVITATION_NOT_FOUND');
    await audit(tx.em, tx.tenantId, actor, { action: 'invitation.revoke', subjectType: 'invitation', subjectId: id });
    return view;
  }

  /**
   * Accepts an invitation of the tenant `tenantId`: creates the user (new
   * address: display name and a new password) or checks the existing
   * account's password, then adds the membership, all in one transaction.
   */
  async accept(
    tenantId: string,
    input: { token: string; displayName?: string | null; password: string },
    /** Words a new password must not be built from, e.g. the tenant's name. */
    context: string[] = [],
  ): Promise<AcceptedInvitation> {
    if (!looksLikeToken(input.token)) throw invalidLink();
    const hash = hashToken(input.token);
    const invitation = await this.db.withTenant(tenantId, ({ em }) => q.openInvitation(em, hash, false));
    if (!invitation) throw invalidLink();
    const existing = await this.db.asAuth((em) => credentialsByEmail(em, invitation.email));

    let newUser: { id: string; displayName: string; passwordHash: string } | null = null;
    if (existing) {
      const key = hash.toString('hex');
      // Counted before the password is checked, so parallel guesses (on any API process) are counted one by one.
      const wait = await this.passwordTries.take(key);
      if (wait > 0)
        throw tooManyRequests(`Too many wrong passwords for this invitation. Wait ${minutesText(wait)} and try again.`, {
          reason: 'INVITATION_PASSWORD_LIMITED',
          retryAfterSeconds: retryAfterSeconds(wait),
        });
      const ok = existing.passwordHash ? await verifyPassword(existing.passwordHash, input.password).catch(() => false) : false;
      if (!ok) {
        throw badInput(
          'password',
          `${existing.email} already has a Careleaf account: enter that account's password to accept (or reset it first).`,
          'INVITATION_ACCOUNT_EXISTS',
        );
      }
    } else {
      const displayName = (input.displayName ?? '').trim();
      if (!displayName || displayName.length > 200)
        throw badInput('displayName', 'Give a name (up to 200 characters) to show to your colleagues.', 'DISPLAY_NAME_MISSING');
      checkPasswordStrength(input.password, 'password', [...context, invitation.email, displayName]);
      newUser = { id: randomUUID(), displayName, passwordHash: await hashPassword(input.password) };
    }

    return this.db.withTenant(tenantId, async (tx) => {
      const { em } = tx;
      const inv = await q.openInvitation(em, hash, true);
      if (!inv) throw invalidLink();
      const user = existing ?? { id: newUser!.id, email: inv.email, displayName: newUser!.displayName };
      if (newUser) {
        try {
          await q.insertInvitedUser(em, {
            id: newUser.id,
            email: inv.email,
            displayName: newUser.displayName,
            passwordHash: newUser.passwordHash,
          });
        } catch (e) {
          if (uniqueViolation(e, 'users_email_key'))
            throw conflict(
              `An account for ${inv.email} was created meanwhile. Open the link again.`,
              undefined,
              'ACCOUNT_CREATED_MEANWHILE',
            );
          throw e;
        }
      } else {
        const role = await roleOf(em, user.id);
        if (role) {
          throw conflict(
            `You are already a member of this tenant (${role}). Ask an admin if your role should change.`,
            undefined,
            'ALREADY_MEMBER',
          );
        }
      }
      const actor: Actor = { userId: user.id, label: user.email };
      const m = await this.identity.putMembership(tx, user.id, inv.role, inv.locales, actor);
      await q.markAccepted(em, inv.id, user.id);
      await audit(em, tenantId, actor, { action: 'invitation.accept', subjectType: 'invitation', subjectId: inv.id });
      await this.events?.emit(tx, { type: 'InvitationAccepted', tenantId, invitationId: inv.id, userId: user.id });
      return {
        user: { id: user.id, email: user.email, displayName: user.displayName },
        role: m.role,
        locales: m.locales,
        newUser: !!newUser,
      };
    });
  }

  private async byId({ em }: TenantTx, id: string): Promise<InvitationView> {
    const view = await q.invitationById(em, id);
    if (!view) throw notFound('There is no invitation with this id.', 'INVITATION_NOT_FOUND');
    return view;
  }
}
