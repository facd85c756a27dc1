/** The roles a membership can have; `users` are global, roles are per tenant. */
export const ROLES = ['admin', 'editor', 'translator', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface Rule {
  /** Roles that may do it in the request's tenant. */
  readonly roles: readonly Role[];
  /** Translators only in the locales of their membership (the resource names the locale). */
  readonly ownLocalesOnly?: true;
  /** Four eyes: nobody approves a change they made themselves (the resource says whether they did). */
  readonly notOwnChange?: true;
  /** What the action is, for messages: "Your role (viewer) may not <does>." */
  readonly does: string;
}

const MEMBERS: readonly Role[] = ROLES;
/** Viewers do not see the citation library or the media library (today's rule, kept as it was). */
const CONTRIBUTORS: readonly Role[] = ['admin', 'editor', 'translator', 'reviewer'];
const WRITERS: readonly Role[] = ['admin', 'editor'];
const ADMINS: readonly Role[] = ['admin'];

/**
 * Who may do what: the one table. Resolvers name an action with `@Can`,
 * services check it with `authorize`, the web app asks `me { can }`, and the
 * permission tests generate their expectations from it.
 */
export const POLICY = {
  'document.read': { roles: MEMBERS, does: 'read documents in the editor' },
  'document.create': { roles: WRITERS, does: 'create documents' },
  'document.editDetails': { roles: WRITERS, does: 'edit document details' },
  'document.publish': { roles: WRITERS, does: 'publish' },
  'document.unpublish': { roles: WRITERS, does: 'unpublish' },
  'document.archive': { roles: WRITERS, does: 'archive' },
  'translation.edit': { roles: ['admin', 'editor', 'translator'], ownLocalesOnly: true, does: 'edit' },
  'translation.submit': { roles: ['admin', 'editor', 'translator'], ownLocalesOnly: true, does: 'submit for review' },
  'translation.approve': { roles: ['admin', 'reviewer'], notOwnChange: true, does: 'approve' },
  'translation.sendBack': { roles: ['admin', 'reviewer'], does: 'send back' },
  'termbase.read': { roles: MEMBERS, does: 'read the termbase' },
  'termbase.edit': { roles: WRITERS, does: 'edit the termbase' },
  'citation.read': { roles: CONTRIBUTORS, does: 'read citations' },
  'citation.edit': { roles: WRITERS, does: 'change citations' },
  'glossary.edit': { roles: WRITERS, does: 'change the glossary' },
  'media.read': { roles: CONTRIBUTORS, does: 'see the media library' },
  'media.upload': { roles: WRITERS, does: 'upload images' },
  'media.edit': { roles: WRITERS, does: 'change or delete images' },
  'registry.read': { roles: MEMBERS, does: 'read registries in the editor' },
  'registry.edit': { roles: WRITERS, does: 'change registries' },
  'registry.settings': { roles: ADMINS, does: 'change how often registries must be checked' },
  'member.manage': { roles: ADMINS, does: 'manage members' },
  'member.invite': { roles: ADMINS, does: 'invite members' },
  'member.resetTwoFactor': { roles: ADMINS, does: "reset members' two-factor sign-in" },
  'tenant.settings': { roles: ADMINS, does: 'change the settings of this organisation' },
  'tenant.configureSso': { roles: ADMINS, does: 'set up single sign-on for this organisation' },
  'audit.read': { roles: ADMINS, does: 'read the audit log' },
  // Where the tenant's events are sent, and the signing secrets: admins only.
  'webhook.manage': { roles: ADMINS, does: 'manage webhooks' },
  // Readers' comments may carry what they should not have written: only those who act on content see them.
  'feedback.read': { roles: WRITERS, does: 'read reader feedback' },
  'feedback.handle': { roles: WRITERS, does: 'mark reader feedback as handled' },
  // One's own settings only: the services take the user from the session, never from the input.
  'notification.own': { roles: MEMBERS, does: 'change your own notification e-mails' },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof POLICY;

export const ACTIONS = Object.keys(POLICY) as Action[];

export const isAction = (name: string): name is Action => Object.hasOwn(POLICY, name);

export const ruleOf = (action: Action): Rule => POLICY[action];

/** Whether `role` may attempt `action` at all (before any resource is known). */
export const roleMay = (role: Role, action: Action): boolean => ruleOf(action).roles.includes(role);
