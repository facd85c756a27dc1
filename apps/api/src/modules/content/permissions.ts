import type { Role } from '../../platform/access';
import { forbidden } from '../../platform/errors';

/** Who acts on content: a member with a role, or the scheduler. */
export interface ContentActor {
  userId: string | null;
  label: string;
  role: Role | 'system';
  /** For translators: the locales they may write. */
  locales: string[];
}

export type ContentAction = 'create' | 'edit' | 'submit' | 'approve' | 'sendBack' | 'publish' | 'unpublish' | 'archive' | 'editMetadata';

/** Roles allowed per action; translators additionally only in their own locales. */
export const CONTENT_RULES: Record<ContentAction, readonly Role[]> = {
  create: ['admin', 'editor'],
  edit: ['admin', 'editor', 'translator'],
  submit: ['admin', 'editor', 'translator'],
  approve: ['admin', 'reviewer'],
  sendBack: ['admin', 'reviewer'],
  publish: ['admin', 'editor'],
  unpublish: ['admin', 'editor'],
  archive: ['admin', 'editor'],
  editMetadata: ['admin', 'editor'],
};

const VERBS: Record<ContentAction, string> = {
  create: 'create documents',
  edit: 'edit',
  submit: 'submit for review',
  approve: 'approve',
  sendBack: 'send back',
  publish: 'publish',
  unpublish: 'unpublish',
  archive: 'archive',
  editMetadata: 'edit document details',
};

export function mayDo(actor: ContentActor, action: ContentAction, locale?: string): boolean {
  if (actor.role === 'system') return true;
  if (!CONTENT_RULES[action].includes(actor.role)) return false;
  if (actor.role === 'translator') return locale !== undefined && actor.locales.includes(locale);
  return true;
}

export function assertMay(actor: ContentActor, action: ContentAction, locale?: string): void {
  if (mayDo(actor, action, locale)) return;
  if (actor.role === 'translator' && CONTENT_RULES[action].includes('translator')) {
    throw forbidden(
      `As a translator you may ${VERBS[action]} only in your locales (${actor.locales.join(', ') || 'none'}), not in ${locale}.`,
      { reason: 'LOCALE_NOT_ALLOWED', locale: locale ?? '' },
    );
  }
  throw forbidden(`Your role (${actor.role}) may not ${VERBS[action]}. Ask someone with the role ${CONTENT_RULES[action].join(' or ')}.`, {
    reason: 'ROLE_NOT_ALLOWED',
    role: actor.role,
  });
}
