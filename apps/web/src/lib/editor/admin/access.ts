import type { Editor } from '../api';

/** Tenant settings and members are for admins; the API checks it again. */
export function isAdmin(editor: Editor): boolean {
  return editor.membership?.role === 'ADMIN';
}

/** Registry entries are written by admins and editors; every member reads them. */
export function canEditRegistries(editor: Editor): boolean {
  return editor.membership?.role === 'ADMIN' || editor.membership?.role === 'EDITOR';
}
