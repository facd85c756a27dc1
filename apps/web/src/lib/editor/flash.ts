import { cookieName } from '../public-url';

/**
 * One-off messages after a form's redirect (303). The message travels in a
 * short-lived HttpOnly cookie; the redirect's `?flash=<id>` says which page
 * load may show it, so a reload or a later page shows nothing stale.
 */
export const FLASH_COOKIE = cookieName('careleaf_editor_flash');
export const FLASH_MAX_AGE = 60;

export interface Flash {
  id: string;
  kind: 'status' | 'error';
  /** A catalog key under Editor.notice (status) or a message from the API (error). */
  text: string;
  /** For field errors: the id of the control the message belongs to. */
  field?: string;
  /** For field errors: what was typed, shown again in that field so nothing is lost. */
  value?: string;
  /** The id of the control that gets focus instead of the message (e.g. the moved block's button). */
  focus?: string;
  /** After a delete: the block and the version that still has it, for the Undo button. */
  undo?: { blockId: string; revision: number };
  /** Every field error when there are several (the first is also `field` and `text`). */
  errors?: { field: string; text: string }[];
  /** The form section of the page the message belongs to (pages with several forms show it there). */
  section?: string;
  /** Id of the refused form's input, kept on the server for the page to show again (admin/form-memory). */
  draft?: string;
}

export function encodeFlash(flash: Flash): string {
  return Buffer.from(JSON.stringify(flash), 'utf8').toString('base64url');
}

export function decodeFlash(value: string | undefined, id: string | null): Flash | null {
  if (!value || !id) return null;
  try {
    const flash = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Flash;
    return flash && flash.id === id && (flash.kind === 'status' || flash.kind === 'error') && typeof flash.text === 'string' ? flash : null;
  } catch {
    return null;
  }
}
