/**
 * The Error messages of each full catalog, copied so the last-resort error page
 * (a client component that renders when the site frame itself fails) does not
 * ship every catalog to the browser. catalogs.spec.ts fails when they drift.
 */
export const FALLBACK_ERROR_TEXT = {
  de: {
    title: 'Ein Fehler ist aufgetreten',
    body: 'Die Seite konnte gerade nicht geladen werden. Das liegt nicht an Ihnen. Bitte versuchen Sie es in ein paar Minuten noch einmal.',
    retry: 'Seite neu laden',
    home: 'Zur Startseite',
  },
  en: {
    title: 'Something went wrong',
    body: 'The page could not be loaded just now. This is not your fault. Please try again in a few minutes.',
    retry: 'Reload the page',
    home: 'Go to the home page',
  },
  ar: {
    title: 'حدث خطأ',
    body: 'تعذّر تحميل الصفحة الآن. هذا ليس خطأك. يُرجى المحاولة مرة أخرى بعد بضع دقائق.',
    retry: 'إعادة تحميل الصفحة',
    home: 'الذهاب إلى الصفحة الرئيسية',
  },
} as const;

export type FallbackLanguage = keyof typeof FALLBACK_ERROR_TEXT;

/** The language of a path's locale prefix ("/de-AT/…" → "de"), English when there is no text for it. */
export function fallbackLanguage(pathname: string): FallbackLanguage {
  const language = (pathname.split('/')[1] ?? '').split('-')[0]!.toLowerCase();
  return language in FALLBACK_ERROR_TEXT ? (language as FallbackLanguage) : 'en';
}
