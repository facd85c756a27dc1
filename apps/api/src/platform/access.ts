import { Authorized, Extensions } from 'type-graphql';
import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { RequestContext } from './context';
import { AppError } from './errors';

export const ROLES = ['admin', 'editor', 'translator', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Marker for fields open to any signed-in user, member of this tenant or not. */
const SIGNED_IN = '@signed-in';

function declare(roles: string[], label: string): MethodDecorator {
  const authorized = Authorized(...roles);
  const ext = Extensions({ access: label });
  return (target, key, descriptor) => {
    authorized(target, key, descriptor);
    ext(target, key, descriptor);
  };
}

/**
 * Every root field says who may call it, with exactly one of these. A test
 * walks the schema and fails on any field without one.
 */
export function Public(): MethodDecorator {
  return Extensions({ access: 'public' });
}

/** Members of the request's tenant with one of `roles` (any role when none is given). */
export function Access(...roles: Role[]): MethodDecorator {
  return declare(roles, roles.length ? roles.join(',') : 'member');
}

/**
 * Any signed-in user, whether or not they belong to the request's tenant: for
 * what is theirs rather than the tenant's (their own sessions).
 */
export function SignedIn(): MethodDecorator {
  return declare([SIGNED_IN], 'signed-in');
}

export class RoleAuthChecker implements AuthCheckerInterface<RequestContext> {
  check({ context }: ResolverData<RequestContext>, roles: string[]): boolean {
    if (!context.user) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.', undefined, 'SIGN_IN_REQUIRED');
    if (roles.includes(SIGNED_IN)) return true;
    const role = context.membership?.role;
    if (!role) {
      throw new AppError(
        'FORBIDDEN',
        `You are not a member of ${context.tenant.name}. Ask one of its admins to invite you.`,
        undefined,
        'NOT_A_MEMBER',
      );
    }
    if (roles.length > 0 && !roles.includes(role)) {
      throw new AppError(
        'FORBIDDEN',
        `This needs one of the roles ${roles.join(', ')} in ${context.tenant.name}; you are ${role}.`,
        undefined,
        { reason: 'ROLE_NOT_ALLOWED', role: String(role) },
      );
    }
    return true;
  }
}
