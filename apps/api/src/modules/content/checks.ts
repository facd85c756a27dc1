import { checkContent, type CheckReport, type ReadabilityTargets, type UiLocale } from '@careleaf/content-checks';
import type { DocumentContent } from '@careleaf/schema';
import type { ResolvedReferences } from './references';

/**
 * The content checks (packages/content-checks) for one locale's content,
 * with what the references module found: unknown citations, terms and images
 * are reported by the checks themselves. `targets` are the tenant's own
 * readability targets (formulas it did not set keep the defaults).
 */
export function runContentChecks(
  content: DocumentContent,
  locale: string,
  resolved: ResolvedReferences,
  uiLocale: UiLocale = 'en',
  targets: ReadabilityTargets = {},
): CheckReport {
  return checkContent(content, {
    locale,
    uiLocale,
    targets,
    citationsKnown: new Set(Object.keys(resolved.citations)),
    glossaryKnown: new Set(Object.keys(resolved.terms)),
    media: new Map(Object.entries(resolved.media).map(([id, m]) => [id, { altByLocale: m.alt ? { [locale]: m.alt } : {} }])),
  });
}
