import type { ReadabilityTargets } from '@careleaf/content-checks';
import type { ThemeColors } from '@careleaf/schema';
import type { EffectiveRequirements } from './publish-requirements';

/**
 * The request's tenant as every layer sees it: its locales, regions and
 * defaults. The tenancy module reads and caches it; the kernel's request
 * context carries it, so it is defined here rather than in the module.
 */
export interface TenantView {
  id: string;
  slug: string;
  name: string;
  defaultLocale: string;
  defaultRegion: string | null;
  domains: string[];
  locales: { tag: string; direction: 'ltr' | 'rtl'; fallbacks: string[] }[];
  regions: { code: string; name: string; defaultLocale: string | null; locales: string[]; domains: string[] }[];
  reviewCycleMonths: number;
  /** Null: the site's default theme. */
  theme: ThemeColors | null;
  /** Only the formulas whose target differs from the default. */
  readabilityTargets: ReadabilityTargets;
  /** Admins and reviewers must use two-factor sign-in: until they enrol they may do nothing else. */
  requireTwoFactor: boolean;
  /** Web origins (`https://host[:port]`) whose browser code may read the public API (CORS); empty: none. */
  corsOrigins: string[];
  /** What publishing requires, with the defaults filled in (content/publish-gate.ts). */
  publishRequirements: EffectiveRequirements;
}
