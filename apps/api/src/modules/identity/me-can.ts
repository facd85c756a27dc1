import { Field, ObjectType } from 'type-graphql';
import type { RequestContext } from '../../kernel/context';
import { AppError } from '../../kernel/errors';
import { ACTIONS, can, canSomewhere, isAction, memberOf } from '../../kernel/policy';

/** More than every action twice over is a mistake (or abuse), not a question. */
export const MAX_ASKED_ACTIONS = ACTIONS.length * 2;
/** BCP 47 tags in use are far shorter; anything longer cannot be one of a tenant's locales. */
const MAX_LOCALE_LENGTH = 35;

@ObjectType('ActionPermission', { description: 'Whether the signed-in user may do one action of the policy table here' })
export class ActionPermissionType {
  @Field({ description: 'The action as asked, e.g. "document.publish"' }) action: string;
  @Field() allowed: boolean;
}

/**
 * What `me { can(actions, locale) }` answers: per action, whether the policy
 * table lets the user do it in this tenant (in `locale`, or without one in at
 * least one locale). It only helps clients hide what would be refused; the
 * API checks every call again.
 */
export function permissionsFor(ctx: RequestContext, actions: readonly string[], locale: string | null): ActionPermissionType[] {
  if (actions.length > MAX_ASKED_ACTIONS) {
    throw new AppError('BAD_USER_INPUT', `Ask for at most ${MAX_ASKED_ACTIONS} actions at once.`, 'actions', {
      reason: 'TOO_MANY_ACTIONS',
      limit: MAX_ASKED_ACTIONS,
    });
  }
  const unknown = actions.find((a) => !isAction(a));
  if (unknown !== undefined) {
    const shown = unknown.length > 40 ? `${unknown.slice(0, 40)}…` : unknown;
    throw new AppError('BAD_USER_INPUT', `"${shown}" is not an action. Use one of: ${ACTIONS.join(', ')}.`, 'actions', 'UNKNOWN_ACTION');
  }
  if (locale !== null && locale.length > MAX_LOCALE_LENGTH) {
    throw new AppError('BAD_USER_INPUT', `A locale tag has at most ${MAX_LOCALE_LENGTH} characters.`, 'locale', {
      reason: 'LOCALE_TOO_LONG',
      limit: MAX_LOCALE_LENGTH,
    });
  }
  const principal = memberOf(ctx);
  return actions.map((action) => ({
    action,
    allowed: principal !== null && isAction(action) && (locale ? can(principal, action, { locale }) : canSomewhere(principal, action)),
  }));
}
