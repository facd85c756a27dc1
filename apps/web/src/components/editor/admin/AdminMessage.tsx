import { getTranslations } from 'next-intl/server';
import type { Flash } from '../../../lib/editor/flash';
import { errorsFor } from '../EditorMessage';
import { FocusOnLoad } from '../FocusOnLoad';

const STATUS_KEYS = [
  'localesSaved',
  'regionsSaved',
  'domainsSaved',
  'corsSaved',
  'publishingSaved',
  'reviewSaved',
  'themeSaved',
  'invited',
  'roleChanged',
  'memberRemoved',
  'invitationRevoked',
  'entryCreated',
  'entrySaved',
  'entryDeleted',
  'entryVerified',
  'importChecked',
  'importApplied',
  'securitySaved',
  'twoFactorReset',
  'twoFactorWasOff',
  'ssoSaved',
  'webhookCreated',
  'webhookEnabled',
  'webhookDisabled',
  'webhookSecretRotated',
  'webhookDeleted',
  'webhookRedelivered',
  'webhookSecretHidden',
] as const;
type StatusKey = (typeof STATUS_KEYS)[number];

/**
 * The outcome of a form on an administration page, shown in the section of
 * that form (pages here have several): a status (role=status) or an error
 * summary (role=alert) listing every problem, each linked to its control.
 * Focus moves here after the redirect.
 */
export async function AdminMessage({ flash, locale, section }: { flash: Flash | null; locale: string; section: string }) {
  if (!flash || (flash.section ?? '') !== section) return null;
  const t = await getTranslations({ locale, namespace: 'Editor.admin' });
  if (flash.kind === 'status') {
    const key = STATUS_KEYS.find((k) => k === flash.text) as StatusKey | undefined;
    if (!key) return null;
    const text: Record<StatusKey, string> = {
      localesSaved: t('notice.localesSaved'),
      regionsSaved: t('notice.regionsSaved'),
      domainsSaved: t('notice.domainsSaved'),
      corsSaved: t('notice.corsSaved'),
      publishingSaved: t('notice.publishingSaved'),
      reviewSaved: t('notice.reviewSaved'),
      themeSaved: t('notice.themeSaved'),
      invited: t('notice.invited'),
      roleChanged: t('notice.roleChanged'),
      memberRemoved: t('notice.memberRemoved'),
      invitationRevoked: t('notice.invitationRevoked'),
      entryCreated: t('notice.entryCreated'),
      entrySaved: t('notice.entrySaved'),
      entryDeleted: t('notice.entryDeleted'),
      entryVerified: t('notice.entryVerified'),
      importChecked: t('notice.importChecked'),
      importApplied: t('notice.importApplied'),
      securitySaved: t('notice.securitySaved'),
      twoFactorReset: t('notice.twoFactorReset'),
      twoFactorWasOff: t('notice.twoFactorWasOff'),
      ssoSaved: t('notice.ssoSaved'),
      webhookCreated: t('notice.webhookCreated'),
      webhookEnabled: t('notice.webhookEnabled'),
      webhookDisabled: t('notice.webhookDisabled'),
      webhookSecretRotated: t('notice.webhookSecretRotated'),
      webhookDeleted: t('notice.webhookDeleted'),
      webhookRedelivered: t('notice.webhookRedelivered'),
      webhookSecretHidden: t('notice.webhookSecretHidden'),
    };
    return (
      <FocusOnLoad id="editor-message" className="notice" role="status">
        <p>{text[key]}</p>
      </FocusOnLoad>
    );
  }
  const errors = flash.errors?.length ? flash.errors : flash.field ? [{ field: flash.field, text: flash.text }] : [];
  const tEditor = await getTranslations({ locale, namespace: 'Editor' });
  return (
    <FocusOnLoad id="editor-message" className="error-summary" role="alert">
      <h3>{tEditor('errorTitle')}</h3>
      {errors.length ? (
        <ul>
          {errors.map((e, i) => (
            <li key={`${e.field}-${i}`}>
              <a href={`#${e.field}`}>{e.text}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{flash.text}</p>
      )}
    </FocusOnLoad>
  );
}

/** aria-invalid and aria-describedby (the hint, then the error) for a control the flash may be about. */
export function adminFieldProps(flash: Flash | null, id: string, hintId?: string) {
  const invalid = errorsFor(flash, id).length > 0;
  const describedBy = [hintId, invalid ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return { ...(invalid ? { 'aria-invalid': true as const } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) };
}

/** The error text(s) under a control. */
export function AdminFieldError({ flash, id }: { flash: Flash | null; id: string }) {
  const texts = errorsFor(flash, id);
  if (!texts.length) return null;
  return (
    <p className="field-error" id={`${id}-error`}>
      {texts.join(' ')}
    </p>
  );
}
