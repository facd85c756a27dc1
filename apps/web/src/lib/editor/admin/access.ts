import type { Editor } from '../api';

/** The actions the EditorMe query asks `me { can }` about; add one there to ask about it here. */
type EditorAction =
  'tenant.settings' | 'tenant.configureSso' | 'member.manage' | 'registry.edit' | 'audit.read' | 'webhook.manage' | 'feedback.read';

/** What the API's policy lets this editor do here: for showing controls only, the API checks every call again. */
function may(editor: Editor, action: EditorAction): boolean {
  return editor.can.some((p) => p.action === action && p.allowed);
}

/** The organisation's settings and theme. */
export const canChangeSettings = (editor: Editor): boolean => may(editor, 'tenant.settings');

/** Single sign-on with the organisation's identity provider. */
export const canConfigureSso = (editor: Editor): boolean => may(editor, 'tenant.configureSso');

/** Members and invitations. */
export const canManageMembers = (editor: Editor): boolean => may(editor, 'member.manage');

/** Registry entries (every member reads them). */
export const canEditRegistries = (editor: Editor): boolean => may(editor, 'registry.edit');

/** The organisation's audit log. */
export const canReadAuditLog = (editor: Editor): boolean => may(editor, 'audit.read');

/** The organisation's webhooks and their delivery logs. */
export const canManageWebhooks = (editor: Editor): boolean => may(editor, 'webhook.manage');

/** Readers' feedback on the dashboard: its counts and comments, and marking comments handled. */
export const canReadFeedback = (editor: Editor): boolean => may(editor, 'feedback.read');
