import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { DEFAULT_READING, TEXT_SIZES, type ReadingPreferences } from '../lib/preferences';

function Choice({ name, value, checked, children }: { name: string; value: string; checked: boolean; children: ReactNode }) {
  const id = `${name}-${value}`;
  return (
    <div className="choice">
      <input type="radio" id={id} name={name} value={value} defaultChecked={checked} />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}

/** Text size, contrast, line spacing and motion as one plain form posting to a route handler. */
export async function ReadingSettingsForm({ locale, reading }: { locale: string; reading: ReadingPreferences }) {
  const t = await getTranslations({ locale, namespace: 'Settings' });
  const standard = (label: string, isDefault: boolean) => (isDefault ? t('standardSuffix', { label }) : label);
  return (
    <form method="post" action={`/${locale}/settings/reading`} className="settings-form">
      <input type="hidden" name="back" value={`/${locale}/settings`} />
      <fieldset>
        <legend>{t('textSize')}</legend>
        {TEXT_SIZES.map((size) => (
          <Choice key={size} name="size" value={String(size)} checked={reading.textSize === size}>
            {standard(t('textSizeOption', { percent: size / 100 }), size === DEFAULT_READING.textSize)}
          </Choice>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('contrast')}</legend>
        <Choice name="contrast" value="standard" checked={reading.contrast === 'standard'}>
          {standard(t('contrastStandard'), true)}
        </Choice>
        <Choice name="contrast" value="high" checked={reading.contrast === 'high'}>
          {t('contrastHigh')}
        </Choice>
      </fieldset>
      <fieldset>
        <legend>{t('spacing')}</legend>
        <Choice name="spacing" value="normal" checked={reading.spacing === 'normal'}>
          {standard(t('spacingNormal'), true)}
        </Choice>
        <Choice name="spacing" value="relaxed" checked={reading.spacing === 'relaxed'}>
          {t('spacingRelaxed')}
        </Choice>
        <Choice name="spacing" value="loose" checked={reading.spacing === 'loose'}>
          {t('spacingLoose')}
        </Choice>
      </fieldset>
      <fieldset>
        <legend>{t('motion')}</legend>
        <Choice name="motion" value="system" checked={reading.motion === 'system'}>
          {standard(t('motionSystem'), true)}
        </Choice>
        <Choice name="motion" value="reduce" checked={reading.motion === 'reduce'}>
          {t('motionReduce')}
        </Choice>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button">
          {t('save')}
        </button>
        <button type="submit" name="reset" value="1" className="button button-secondary">
          {t('reset')}
        </button>
      </div>
    </form>
  );
}
