import type { TenancyService } from '../tenancy';
import type { IdentityService } from './identity.service';
import type { InvitationService } from './invitation.service';
import type { PasswordResetService } from './password-reset.service';
import type { SessionService } from './session.service';
import type { SsoService } from './sso.service';

/** What the identity module's resolvers need; the composition root (server/services.ts) provides it. */
export interface IdentityDeps {
  identity: IdentityService;
  invitations: InvitationService;
  sessions: SessionService;
  passwordReset: PasswordResetService;
  tenancy: TenancyService;
  sso: SsoService;
}
