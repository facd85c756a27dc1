import { getTranslations } from 'next-intl/server';
import { languageName } from '../../lib/editor/languages';

/** Links from a document to its translation screen, one per language it can be translated into. */
export async function TranslateLinks({ base, targets, uiLocale }: { base: string; targets: string[]; uiLocale: string }) {
  if (!targets.length) return null;
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  return (
    <nav aria-label={t('translate.linksLabel')}>
      <ul className="translate-links">
        {targets.map((tag) => (
          <li key={tag}>
            <a href={`${base}/translate?to=${encodeURIComponent(tag)}`}>{t('translate.into', { language: languageName(uiLocale, tag) })}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
