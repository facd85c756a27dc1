import { getTranslations } from 'next-intl/server';
import type { Flash } from '../../../lib/editor/flash';
import { AdminMessage } from './AdminMessage';

export const PUBLISH_RULES = ['author', 'reviewer', 'lastReviewed', 'summary', 'sources'] as const;
export type PublishRule = (typeof PUBLISH_RULES)[number];

export interface PublishRequirementsView extends Record<PublishRule, boolean> {
  readability: string;
}

/**
 * "Publishing requirements": which medical-quality rules block publishing
 * (the API's publish gate), saved with `section=publishing`. Plain checkboxes
 * and radio buttons in one form: it works without JavaScript.
 */
export async function PublishingRequirementsSection({
  locale,
  csrfToken,
  rules,
  flash,
}: {
  locale: string;
  csrfToken: string;
  rules: PublishRequirementsView;
  flash: Flash | null;
}) {
  const t = await getTranslations({ locale, namespace: 'Editor.admin.publishing' });
  // Literal keys, so the catalog checks see each one used.
  const ruleLabel: Record<PublishRule, string> = {
    author: t('rule.author'),
    reviewer: t('rule.reviewer'),
    lastReviewed: t('rule.lastReviewed'),
    summary: t('rule.summary'),
    sources: t('rule.sources'),
  };
  const levelLabel = { warning: t('readability.warning'), error: t('readability.error') };
  return (
    <section aria-labelledby="publishing-heading" className="admin-section">
      <h2 id="publishing-heading">{t('title')}</h2>
      <p>{t('intro')}</p>
      <AdminMessage flash={flash} locale={locale} section="publishing" />
      <form method="post" action={`/${locale}/editor/settings/save`} className="editor-form">
        <input type="hidden" name="csrf" value={csrfToken} />
        <input type="hidden" name="section" value="publishing" />
        <fieldset>
          <legend>{t('rulesLegend')}</legend>
          {PUBLISH_RULES.map((rule) => (
            <div className="field checkbox" key={rule}>
              <input type="checkbox" id={`publish-rule-${rule}`} name={`rule-${rule}`} defaultChecked={rules[rule]} />
              <label htmlFor={`publish-rule-${rule}`}>{ruleLabel[rule]}</label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('readabilityLegend')}</legend>
          {(['warning', 'error'] as const).map((level) => (
            <div className="field checkbox" key={level}>
              <input
                type="radio"
                id={`publish-readability-${level}`}
                name="readability"
                value={level}
                defaultChecked={rules.readability === level}
              />
              <label htmlFor={`publish-readability-${level}`}>{levelLabel[level]}</label>
            </div>
          ))}
        </fieldset>
        <div>
          <button className="button" type="submit">
            {t('save')}
          </button>
        </div>
      </form>
    </section>
  );
}
