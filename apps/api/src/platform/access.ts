import { Authorized, Extensions } from 'type-graphql';
import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { RequestContext } from './context';
import { AppError } from './errors';

export const ROLES = ['admin', 'editor', 'translator', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Every root field says who may call it, with exactly one of these. A test
 * walks the schema and fails on any field without one.
 */
export function Public(): MethodDecorator {
  return Extensions({ access: 'public' });
}

export function Access(...roles: Role[]): MethodDecorator {
  const authorized = Authorized(...roles);
  const ext = Extensions({ access: roles.length ? roles.join(',') : 'signed-in' });
  return (target, key, descriptor) => {
    authorized(target, key, descriptor);
    ext(target, key, descriptor);
  };
}

export class RoleAuthChecker implements AuthCheckerInterface<RequestContext> {
  check({ context }: ResolverData<RequestContext>, roles: string[]): boolean {
    if (!context.user) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.');
    const role = context.membership?.role;
    if (!role || (roles.length > 0 && !roles.includes(role))) {
      throw new AppError('FORBIDDEN', `This needs one of the roles: ${roles.join(', ') || 'member'} in this tenant.`);
    }
    return true;
  }
}
