import { randomUUID } from 'node:crypto';
import type { Role } from '../../kernel/policy';
import { switchRole, type Database, type TenantTx } from '../../kernel/db/database';
import { uniqueViolation } from '../../kernel/db/pg-errors';
import { badInput, conflict, notFound, tooManyRequests } from '../../kernel/errors';
import { validUuid } from '../../kernel/ids';
import type { Logger } from '../../kernel/logger';
import { EDITOR_PATHS, type LinkBuilder } from '../../kernel/links';
import { sendInBackground, type MailSender } from '../../kernel/mail/mail';
import { retryAfterSeconds } from '../../kernel/error-reasons';
import { minutesText, Throttle } from '../../kernel/throttle';
import { audit, type Actor } from '../audit';
import { checkTenantLocales, validEmail, validMembershipSpec, type IdentityService } from './identity.service';
import { checkPasswordStrength, hashPassword, verifyPassword } from './password';
import { ENGLISH, localizedPath, type TenantForMail } from './password-reset.service';
import { invitationMail } from './mail-texts';
import { hashToken, issueToken, looksLikeToken } from './tokens';

export const INVITATION_TTL_MS = 7 * 24 * 3600_000;

export interface InvitationView {
  id: string;
  email: string;
  role: Role;
  locales: string[];
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
}

export interface AcceptedInvitation {
  user: { id: string; email: string; displayName: string };
  role: Role;
  locales: string[];
  /** False when the invitation was for an address that already had an account. */
  newUser: boolean;
}

const COLUMNS = `i.id, i.email, i.role, i.locales, inviter.email AS "invitedBy", i.created_at AS "createdAt", i.expires_at AS "expiresAt"`;

const invalidLink = () =>
  badInput(
    'token',
    'This invitation link is not valid: it was already used, withdrawn, is older than seven days, or was mistyped. Ask an admin to invite you again.',
    'INVITATION_LINK_INVALID',
  );

/** Invitations by e-mail with a one-time link; accepting one creates the user when needed and the membership. */
export class InvitationService {
  // Accepting with an existing account checks its password: limit guesses per link.
  private readonly passwordTries = new Throttle('invitation-password', { points: 5, durationSec: 3600 });

  constructor(
    private readonly db: Database,
    private readonly identity: IdentityService,
    private readonly mail: MailSender,
    private readonly link: LinkBuilder,
    private readonly logger: Logger | null,
    private readonly ttlMs = INVITATION_TTL_MS,
  ) {}

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
      const members: unknown[] = await em.query(
        `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE lower(u.email) = lower($1)`,
        [email],
      );
      if (members.length)
        throw conflict(`${email} is already a member of this tenant. Change their role instead.`, 'email', 'ALREADY_MEMBER');
      await em.query(
        `UPDATE invitations SET revoked_at = now() WHERE lower(email) = lower($1) AND accepted_at IS NULL AND revoked_at IS NULL`,
        [email],
      );
      const id = randomUUID();
      await em.query(
        `INSERT INTO invitations (tenant_id, id, email, role, locales, token_hash, invited_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [tenantId, id, email, spec.role, spec.locales, hash, actor.userId, new Date(Date.now() + this.ttlMs)],
      );
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
    const invitation = await this.db.withTenant(tenantId, ({ em }) => openInvitation(em, hashToken(token), false));
    if (!invitation) return null;
    const rows: unknown[] = await this.db.asAuth((em) =>
      em.query(`SELECT 1 FROM users WHERE lower(email) = lower($1)`, [invitation.email]),
    );
    return { email: invitation.email, hasAccount: rows.length > 0 };
  }

  /** Open invitations of the tenant of `tx`, newest first. */
  async pending({ em }: TenantTx): Promise<InvitationView[]> {
    return em.query(
      `SELECT ${COLUMNS} FROM invitations i LEFT JOIN users inviter ON inviter.id = i.invited_by
       WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
       ORDER BY i.created_at DESC, i.id`,
    );
  }

  /** Withdraws an open invitation; its link stops working. */
  async revoke(tx: TenantTx, invitationId: string, actor: Actor): Promise<InvitationView> {
    const id = validUuid(invitationId, 'invitationId', 'an invitation');
    const view = await this.byId(tx, id).catch(() => null);
    const [, affected]: [unknown[], number] = await tx.em.query(
      `UPDATE invitations SET revoked_at = now() WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`,
      [id],
    );
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
    const invitation = await this.db.withTenant(tenantId, ({ em }) => openInvitation(em, hash, false));
    if (!invitation) throw invalidLink();
    const existing = await this.db.asAuth(async (em) => {
      const rows: { id: string; email: string; displayName: string; passwordHash: string | null }[] = await em.query(
        `SELECT id, email, display_name AS "displayName", password_hash AS "passwordHash" FROM users WHERE lower(email) = lower($1)`,
        [invitation.email],
      );
      return rows[0] ?? null;
    });

    let newUser: { id: string; displayName: string; passwordHash: string } | null = null;
    if (existing) {
      const key = hash.toString('hex');
      const wait = await this.passwordTries.waitMs(key);
      if (wait > 0)
        throw tooManyRequests(`Too many wrong passwords for this invitation. Wait ${minutesText(wait)} and try again.`, {
          reason: 'INVITATION_PASSWORD_LIMITED',
          retryAfterSeconds: retryAfterSeconds(wait),
        });
      const ok = existing.passwordHash ? await verifyPassword(existing.passwordHash, input.password).catch(() => false) : false;
      if (!ok) {
        await this.passwordTries.hit(key);
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
      const inv = await openInvitation(em, hash, true);
      if (!inv) throw invalidLink();
      const user = existing ?? { id: newUser!.id, email: inv.email, displayName: newUser!.displayName };
      if (newUser) {
        await switchRole(em, 'auth');
        try {
          await em.query(`INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, $2, $3, $4)`, [
            newUser.id,
            inv.email,
            newUser.displayName,
            newUser.passwordHash,
          ]);
        } catch (e) {
          if (uniqueViolation(e, 'users_email_key'))
            throw conflict(
              `An account for ${inv.email} was created meanwhile. Open the link again.`,
              undefined,
              'ACCOUNT_CREATED_MEANWHILE',
            );
          throw e;
        }
        await switchRole(em, 'app');
      } else {
        const member: { role: Role }[] = await em.query(`SELECT role FROM memberships WHERE user_id = $1`, [user.id]);
        if (member[0]) {
          throw conflict(
            `You are already a member of this tenant (${member[0].role}). Ask an admin if your role should change.`,
            undefined,
            'ALREADY_MEMBER',
          );
        }
      }
      const actor: Actor = { userId: user.id, label: user.email };
      const m = await this.identity.putMembership(tx, user.id, inv.role, inv.locales, actor);
      await em.query(`UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1`, [inv.id, user.id]);
      await audit(em, tenantId, actor, { action: 'invitation.accept', subjectType: 'invitation', subjectId: inv.id });
      return {
        user: { id: user.id, email: user.email, displayName: user.displayName },
        role: m.role,
        locales: m.locales,
        newUser: !!newUser,
      };
    });
  }

  private async byId({ em }: TenantTx, id: string): Promise<InvitationView> {
    const rows: InvitationView[] = await em.query(
      `SELECT ${COLUMNS} FROM invitations i LEFT JOIN users inviter ON inviter.id = i.invited_by WHERE i.id = $1`,
      [id],
    );
    if (!rows[0]) throw notFound('There is no invitation with this id.', 'INVITATION_NOT_FOUND');
    return rows[0];
  }
}

interface OpenInvitation {
  id: string;
  email: string;
  role: Role;
  locales: string[];
}

async function openInvitation(em: TenantTx['em'], hash: Buffer, lock: boolean): Promise<OpenInvitation | null> {
  const rows: OpenInvitation[] = await em.query(
    `SELECT id, email, role, locales FROM invitations
     WHERE token_hash = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()${lock ? ' FOR UPDATE' : ''}`,
    [hash],
  );
  return rows[0] ?? null;
}
