import { type AuthCheckerInterface, Authorized, Extensions, type ResolverData } from 'type-graphql';
import type { RequestContext } from '../context';
import { AppError } from '../errors';
import { isAction, roleMay, ruleOf, type Action } from './table';

/** Marker for fields open to any signed-in user, member of this tenant or not. */
const SIGNED_IN = '@signed-in';
/** …and open too while the tenant's two-factor rule still waits for the user's enrolment. */
const WHILE_ENROLLING = '@while-enrolling';

/**
 * Every root field says who may call it, with exactly one of `@Public()`,
 * `@SignedIn()` or `@Can(action)`. A test walks the schema and fails on any
 * field without one; its snapshot shows the roles each field allows.
 */
export function Public(options: { publicCache?: boolean } = {}): MethodDecorator {
  // publicCache false: the answer follows state no content event announces (a one-time link used up), so the shared cache must not keep it.
  return Extensions(options.publicCache === false ? { access: 'public', publicCache: false } : { access: 'public' });
}

/**
 * Any signed-in user, whether or not they belong to the request's tenant: for
 * what is theirs rather than the tenant's (their own sessions).
 */
export function SignedIn(options: { whileEnrolling?: boolean } = {}): MethodDecorator {
  // whileEnrolling: setting up two-factor sign-in (and reading its state) stays open to members the tenant's rule holds back.
  const authorized = Authorized(options.whileEnrolling ? [SIGNED_IN, WHILE_ENROLLING] : [SIGNED_IN]);
  const ext = Extensions({ access: 'signed-in' });
  return (target, key, descriptor) => {
    authorized(target, key, descriptor);
    ext(target, key, descriptor);
  };
}

/**
 * Members of the request's tenant whose role the policy table allows for
 * `action`. Locale and four-eyes rules need the resource, so the service
 * checks those with `authorize` once it has loaded it.
 */
export function Can(action: Action): MethodDecorator {
  const authorized = Authorized(action);
  const ext = Extensions({ access: ruleOf(action).roles.join(','), action });
  return (target, key, descriptor) => {
    authorized(target, key, descriptor);
    ext(target, key, descriptor);
  };
}

export class PolicyAuthChecker implements AuthCheckerInterface<RequestContext> {
  check({ context }: ResolverData<RequestContext>, names: string[]): boolean {
    if (!context.user) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.', undefined, 'SIGN_IN_REQUIRED');
    if (context.mustEnrolTwoFactor && !names.includes(WHILE_ENROLLING)) {
      throw new AppError(
        'FORBIDDEN',
        `${context.tenant.name} requires two-factor sign-in for your role. Set it up first; until then nothing else is open to you.`,
        undefined,
        'TWO_FACTOR_ENROLMENT_REQUIRED',
      );
    }
    if (names.includes(SIGNED_IN)) return true;
    const role = context.membership?.role;
    if (!role) {
      throw new AppError(
        'FORBIDDEN',
        `You are not a member of ${context.tenant.name}. Ask one of its admins to invite you.`,
        undefined,
        'NOT_A_MEMBER',
      );
    }
    for (const name of names) {
      if (!isAction(name)) throw new Error(`@Can names an action the policy table does not know: ${name}`);
      if (!roleMay(role, name)) {
        const roles = ruleOf(name).roles.join(', ');
        throw new AppError('FORBIDDEN', `This needs one of the roles ${roles} in ${context.tenant.name}; you are ${role}.`, undefined, {
          reason: 'ROLE_NOT_ALLOWED',
          role,
        });
      }
    }
    return true;
  }
}
