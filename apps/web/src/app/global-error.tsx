'use client';

import { fallbackLanguage, FALLBACK_ERROR_TEXT } from '../i18n/fallback-error-text';
import './site.css';

/**
 * Last resort when the root layout itself fails to render (JavaScript only:
 * the proxy already answers 503 pages when the API is down). The language
 * comes from the URL's locale prefix.
 */
export default function GlobalError() {
  const lang = typeof window === 'undefined' ? 'en' : fallbackLanguage(window.location.pathname);
  const t = FALLBACK_ERROR_TEXT[lang];
  return (
    <html lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
      <body>
        <main id="main" className="container main">
          <title>{t.title}</title>
          <h1>{t.title}</h1>
          <p className="lead">{t.body}</p>
          <ul className="link-list">
            <li>
              <a href="">{t.retry}</a>
            </li>
            <li>
              <a href="/">{t.home}</a>
            </li>
          </ul>
        </main>
      </body>
    </html>
  );
}
