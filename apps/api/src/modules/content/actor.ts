import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { ContentActor } from './permissions';

/** The signed-in member behind a request, as the content services see them. */
export function actorOf(ctx: RequestContext): ContentActor {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.', undefined, 'SIGN_IN_REQUIRED');
  if (!ctx.membership) throw new AppError('FORBIDDEN', 'You are not a member of this organisation.', undefined, 'NOT_A_MEMBER');
  return { userId: ctx.user.id, label: ctx.user.email, role: ctx.membership.role, locales: ctx.membership.locales };
}

export const today = () => new Date().toISOString().slice(0, 10);
