import { catalogFor, DEFAULT_UI_LOCALE, hasCatalog, loadMessages } from '../i18n/catalogs';
import { negotiateLocale } from '../i18n/negotiate';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The UI language for a page the site could not render: the URL's locale if there is a catalog for it, else the reader's. */
export function unavailableLocale(pathname: string, acceptLanguage: string | null): string {
  const segment = decodeURIComponent(pathname.split('/')[1] ?? '');
  if (segment && hasCatalog(segment)) return segment;
  return negotiateLocale(acceptLanguage, ['de', 'en', 'ar'], DEFAULT_UI_LOCALE);
}

/**
 * A complete, self-contained HTML page for when the API cannot be reached:
 * served by the proxy with status 503, so it works without JavaScript and
 * without anything else from the server.
 */
export function unavailableHtml(locale: string): string {
  const catalog = catalogFor(locale);
  const t = loadMessages(catalog).Error;
  const dir = locale.split('-')[0] === 'ar' ? 'rtl' : 'ltr';
  return `<!DOCTYPE html>
<html lang="${escape(locale)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(t.title)}</title>
<style>body{margin:0;font-family:system-ui,sans-serif;font-size:1.1875rem;line-height:1.5;color:#0b0c0c;background:#fff;overflow-wrap:break-word}main{max-width:40rem;margin:0 auto;padding:1rem}a{color:#1a5fa3}a:focus-visible{outline:3px solid #0b0c0c;background:#fd0;color:#0b0c0c}</style>
</head>
<body>
<main id="main">
<h1>${escape(t.title)}</h1>
<p>${escape(t.body)}</p>
<p><a href="">${escape(t.retry)}</a></p>
</main>
</body>
</html>`;
}
