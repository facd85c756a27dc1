/**
 * The identity module's public face: other modules and the composition root (server/) import
 * from here only, never from the files behind it (checked by the dependency rule in npm test).
 */
// Its GraphQL types carry decorators that need the metadata API loaded first.
import 'reflect-metadata';
export { AuthResolver, MeResolver, TenantSummaryResolver } from './auth.resolver';
export { IdentityService } from './identity.service';
export { InvitationService } from './invitation.service';
export { MemberResolver } from './member.resolver';
export { PasswordResetService } from './password-reset.service';
export { TwoFactorResolver } from './two-factor.resolver';
export { SsoResolver } from './sso.resolver';
export { SsoService } from './sso.service';
export { DEFAULT_SESSION_POLICY, SessionService, type SessionPolicy } from './session.service';
export { hashToken, looksLikeToken } from './tokens';
export { MembershipRow, User } from './user.entity';
export { ErasureService, type ErasurePreview, type ErasureReport } from './erasure.service';
export { FORMER_MEMBER, USER_REFERENCES, type UserReference } from './erasure-plan';
