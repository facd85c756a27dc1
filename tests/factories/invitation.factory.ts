import type { Role } from '../../apps/api/src/kernel/policy';
import type { Services } from '../../apps/api/src/server/services';
import type { InvitationView } from '../../apps/api/src/modules/identity/invitation.service';
import type { MemoryMailSender } from '../../apps/api/src/kernel/mail/mail';
import { testActor } from './tenant.factory';

let seq = 0;

/** An open invitation into `tenantId`, and the token from the link mailed for it. */
export async function createInvitation(
  services: Services,
  mail: MemoryMailSender,
  opts: { tenantId: string; email?: string; role?: Role; locales?: string[] },
): Promise<{ invitation: InvitationView; token: string }> {
  const email = opts.email ?? `invitee${++seq}-${Math.random().toString(36).slice(2, 7)}@example.org`;
  const invitation = await services.invitations.invite(
    opts.tenantId,
    { email, role: opts.role ?? 'editor', locales: opts.locales ?? [] },
    { name: 'Test organisation', host: 'invite.test' },
    testActor,
  );
  return { invitation, token: tokenFromMail(mail, email) };
}

/** The token of the newest one-time link mailed to `email`. */
export function tokenFromMail(mail: MemoryMailSender, email: string): string {
  const message = mail.lastTo(email);
  const token = message?.text.match(/[?&]token=([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error(`no link was mailed to ${email}`);
  return token;
}
