import type { TenantLocale } from '../tenant';

/**
 * The languages a document can be translated into by this member: the
 * tenant's locales other than the document's source language, and for
 * translators only the locales of their membership.
 */
export function translationTargets(
  locales: readonly TenantLocale[],
  sourceLocale: string,
  membership: { role: string; locales: readonly string[] } | null | undefined,
): TenantLocale[] {
  const own = membership?.role === 'TRANSLATOR' ? new Set(membership.locales) : null;
  return locales.filter((l) => l.tag !== sourceLocale && (!own || own.has(l.tag)));
}
