import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { Actor } from '../audit/audit.service';

/** The signed-in user of a request, as the audit log records them. */
export function actorOf(ctx: RequestContext): Actor {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.', undefined, 'SIGN_IN_REQUIRED');
  return { userId: ctx.user.id, label: ctx.user.email };
}
