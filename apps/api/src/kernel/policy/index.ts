/**
 * Permissions: the one place that says who may do what. Import from here
 * only (`kernel/policy`), never from the files behind it.
 */
export { ACTIONS, POLICY, ROLES, isAction, roleMay, type Action, type Role, type Rule } from './table';
export { authorize, can, canSomewhere, memberOf, principalFrom, principalOf, type Principal, type Resource } from './authorize';
export { Can, PolicyAuthChecker, Public, SignedIn } from './decorators';
