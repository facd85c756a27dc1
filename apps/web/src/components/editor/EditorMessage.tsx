import { getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { decodeFlash, FLASH_COOKIE, type Flash } from '../../lib/editor/flash';
import { FocusOnLoad } from './FocusOnLoad';

/** The flash of this page load (see lib/editor/flash), or null. */
export async function readFlash(flashId: string | string[] | undefined): Promise<Flash | null> {
  const id = typeof flashId === 'string' ? flashId : null;
  return decodeFlash((await cookies()).get(FLASH_COOKIE)?.value, id);
}

const STATUS_KEYS = [
  'signedIn',
  'signedOut',
  'saved',
  'added',
  'moved',
  'deleted',
  'imported',
  'submitted',
  'approved',
  'sentBack',
  'published',
  'restored',
  'undone',
  'tableChanged',
  'cited',
  'scheduled',
  'unpublished',
  'scheduleCancelled',
  'uploaded',
  'citationCreated',
  'qualitySaved',
  'translationSaved',
  'nothingChanged',
  'suggestionUsed',
  'confirmed',
  'xliffImported',
  'invitationAccepted',
  'joinedSignIn',
  'passwordChanged',
  'resetRequested',
  'passwordSetSignIn',
  'sessionSignedOut',
  'signedOutEverywhere',
  'codeNeeded',
  'enrolmentNeeded',
  'setupStarted',
  'twoFactorOn',
  'twoFactorOff',
  'recoveryCodesHidden',
  'notificationsSaved',
  'feedbackHandled',
] as const;
type StatusKey = (typeof STATUS_KEYS)[number];

/**
 * The outcome of the last form: a status (role=status) or an error summary
 * (role=alert) whose link leads to the field at fault. Focus moves here.
 */
export async function EditorMessage({
  flash,
  locale,
  focusTarget,
  children,
}: {
  flash: Flash | null;
  locale: string;
  /** A control that gets focus instead of the status (see FocusOnLoad). */
  focusTarget?: string | null;
  /** More for a status, e.g. the Undo button after a delete. */
  children?: ReactNode;
}) {
  if (!flash) return null;
  const t = await getTranslations({ locale, namespace: 'Editor' });
  if (flash.kind === 'status') {
    const key = STATUS_KEYS.find((k) => k === flash.text) as StatusKey | undefined;
    if (!key) return null;
    const text = {
      signedIn: t('notice.signedIn'),
      signedOut: t('notice.signedOut'),
      saved: t('notice.saved'),
      added: t('notice.added'),
      moved: t('notice.moved'),
      deleted: t('notice.deleted'),
      imported: t('notice.imported'),
      submitted: t('notice.submitted'),
      approved: t('notice.approved'),
      sentBack: t('notice.sentBack'),
      published: t('notice.published'),
      restored: t('notice.restored'),
      undone: t('notice.undone'),
      tableChanged: t('notice.tableChanged'),
      cited: t('notice.cited'),
      scheduled: t('notice.scheduled'),
      unpublished: t('notice.unpublished'),
      scheduleCancelled: t('notice.scheduleCancelled'),
      uploaded: t('notice.uploaded'),
      citationCreated: t('notice.citationCreated'),
      qualitySaved: t('notice.qualitySaved'),
      translationSaved: t('notice.translationSaved'),
      nothingChanged: t('notice.nothingChanged'),
      suggestionUsed: t('notice.suggestionUsed'),
      confirmed: t('notice.confirmed'),
      xliffImported: t('notice.xliffImported'),
      invitationAccepted: t('notice.invitationAccepted'),
      joinedSignIn: t('notice.joinedSignIn'),
      passwordChanged: t('notice.passwordChanged'),
      resetRequested: t('notice.resetRequested'),
      passwordSetSignIn: t('notice.passwordSetSignIn'),
      sessionSignedOut: t('notice.sessionSignedOut'),
      signedOutEverywhere: t('notice.signedOutEverywhere'),
      codeNeeded: t('notice.codeNeeded'),
      enrolmentNeeded: t('notice.enrolmentNeeded'),
      setupStarted: t('notice.setupStarted'),
      twoFactorOn: t('notice.twoFactorOn'),
      twoFactorOff: t('notice.twoFactorOff'),
      recoveryCodesHidden: t('notice.recoveryCodesHidden'),
      notificationsSaved: t('notice.notificationsSaved'),
      feedbackHandled: t('notice.feedbackHandled'),
    }[key];
    return (
      <FocusOnLoad id="editor-message" className="notice" role="status" target={focusTarget}>
        <p>{text}</p>
        {children}
      </FocusOnLoad>
    );
  }
  // Every error at once (WCAG 3.3.1), each a link to its field.
  const errors = flash.errors?.length ? flash.errors : [{ field: flash.field, text: flash.text }];
  const item = (e: { field?: string; text: string }) => (e.field ? <a href={`#${e.field}`}>{e.text}</a> : e.text);
  return (
    <FocusOnLoad id="editor-message" className="error-summary" role="alert">
      <h2>{t('errorTitle')}</h2>
      {errors.length > 1 ? (
        <ul>
          {errors.map((e, i) => (
            <li key={i}>{item(e)}</li>
          ))}
        </ul>
      ) : (
        <p>{item(errors[0]!)}</p>
      )}
    </FocusOnLoad>
  );
}

/** The error texts a flash holds for one control (several fields may be refused at once). */
export function errorsFor(flash: Flash | null, id: string): string[] {
  if (flash?.kind !== 'error') return [];
  if (flash.errors?.length) return flash.errors.filter((e) => e.field === id).map((e) => e.text);
  return flash.field === id ? [flash.text] : [];
}

/** Props for a control that a flash error may point at. */
export function fieldErrorProps(flash: Flash | null, id: string) {
  return errorsFor(flash, id).length ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {};
}

/** The error text under a control, when the flash is about it. */
export function FieldError({ flash, id }: { flash: Flash | null; id: string }) {
  const texts = errorsFor(flash, id);
  if (!texts.length) return null;
  return (
    <p className="field-error" id={`${id}-error`}>
      {texts.join(' ')}
    </p>
  );
}
