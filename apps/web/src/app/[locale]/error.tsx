'use client';

import { useLocale, useTranslations } from 'next-intl';

/**
 * 500 inside the site frame, in the page language. Error boundaries must be
 * client components; this is the only one, and it receives just the Error messages.
 */
export default function LocaleError() {
  const t = useTranslations('Error');
  const locale = useLocale();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('body')}</p>
      <ul className="link-list">
        <li>
          <a href="">{t('retry')}</a>
        </li>
        <li>
          <a href={`/${locale}`}>{t('home')}</a>
        </li>
      </ul>
    </>
  );
}
