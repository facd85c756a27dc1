import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

/** What search results show of a title, and what html-validate's long-title rule allows. */
export const MAX_TITLE_LENGTH = 70;

/**
 * A page's <title>: "page – site" (the layout's template) when that fits in
 * 70 characters, else the page's own title alone — the words that say what
 * the page is must not be the part that gets cut off.
 */
export async function fittedTitle(locale: string, page: string, site: string): Promise<Metadata['title']> {
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return [...t('title', { page, site })].length <= MAX_TITLE_LENGTH ? page : { absolute: page };
}
