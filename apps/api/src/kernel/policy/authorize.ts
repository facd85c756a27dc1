import { AppError, forbidden } from '../errors';
import type { Why } from '../error-reasons';
import type { Membership, RequestContext, SessionUser } from '../context';
import { ruleOf, type Action, type Role } from './table';

/** Who acts: a member with a role in the request's tenant, or operator tooling (CLI, seed, scheduler) as 'system'. */
export interface Principal {
  userId: string | null;
  /** How the audit log names them (the e-mail address, or e.g. "cli:alice"). */
  label: string;
  role: Role | 'system';
  /** For translators: the locales they may write. */
  locales: readonly string[];
}

/** What an action is about, where the table needs to know. */
export interface Resource {
  /** The locale written or moved through the workflow (translators: only their own). */
  locale?: string;
  /** For four-eyes actions: whether the principal made (part of) the change. */
  changedBySelf?: boolean;
}

/** Why `principal` may not do `action` on `resource` (a message and its stable reason), or null when they may. */
function refusal(principal: Principal, action: Action, resource: Resource = {}): { message: string; why: Why } | null {
  if (principal.role === 'system') return null;
  const rule = ruleOf(action);
  if (!rule.roles.includes(principal.role)) {
    return {
      message: `Your role (${principal.role}) may not ${rule.does}. Ask someone with the role ${rule.roles.join(' or ')}.`,
      why: { reason: 'ROLE_NOT_ALLOWED', role: principal.role },
    };
  }
  if (rule.ownLocalesOnly && principal.role === 'translator' && !(resource.locale && principal.locales.includes(resource.locale))) {
    return {
      message: `As a translator you may ${rule.does} only in your locales (${principal.locales.join(', ') || 'none'}), not in ${resource.locale}.`,
      why: { reason: 'LOCALE_NOT_ALLOWED', locale: resource.locale ?? '' },
    };
  }
  if (rule.notOwnChange && resource.changedBySelf && principal.userId) {
    return { message: 'You changed this version yourself, so someone else must approve it.', why: 'OWN_CHANGE_APPROVAL' };
  }
  return null;
}

export const can = (principal: Principal, action: Action, resource?: Resource): boolean => refusal(principal, action, resource) === null;

/**
 * For a client that hides what the user may not do, before a resource is at
 * hand: allowed in at least one locale (a translator's own), and regardless of
 * who wrote the version (four eyes is checked when approving).
 */
export const canSomewhere = (principal: Principal, action: Action): boolean =>
  can(principal, action) || principal.locales.some((locale) => can(principal, action, { locale }));

/** For services and routes: throws FORBIDDEN (with what to do instead) unless the table allows it. */
export function authorize(principal: Principal, action: Action, resource?: Resource): void {
  const refused = refusal(principal, action, resource);
  if (refused) throw forbidden(refused.message, refused.why);
}

/** A signed-in user acting through their membership (for code that has no RequestContext, e.g. the upload route). */
export const principalFrom = (user: SessionUser, membership: Membership): Principal => ({
  userId: user.id,
  label: user.email,
  role: membership.role,
  locales: membership.locales,
});

/** The signed-in member behind a request, or null (anonymous, or not a member of its tenant). */
export function memberOf(ctx: RequestContext): Principal | null {
  return ctx.user && ctx.membership ? principalFrom(ctx.user, ctx.membership) : null;
}

/** The signed-in member behind a request; the one way resolvers build the acting user. */
export function principalOf(ctx: RequestContext): Principal {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.', undefined, 'SIGN_IN_REQUIRED');
  const principal = memberOf(ctx);
  if (!principal) throw new AppError('FORBIDDEN', 'You are not a member of this organisation.', undefined, 'NOT_A_MEMBER');
  return principal;
}
