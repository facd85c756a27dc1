import type { PublishRequirements } from '../../kernel/publish-requirements';
import { badInput } from '../../kernel/errors';
import { LIMITS } from '../../kernel/limits';
import type { TargetSpec } from './tenant-options';
import { canonicalLocale, canonicalRegion, directionOf, regionDisplayName, subdivisionName } from './locale';

export interface LocaleSpec {
  tag: string;
  /** Tried in order when content is missing in `tag`, e.g. de-AT → de → en. */
  fallbacks?: string[];
  direction?: 'ltr' | 'rtl';
}

export interface RegionSpec {
  code: string;
  name?: string;
  defaultLocale?: string;
  locales?: string[];
  /** Hosts (from the tenant's domains) whose readers get this region until they choose one. */
  domains?: string[];
}

export interface TenantSpec {
  slug: string;
  name: string;
  domains: string[];
  locales: LocaleSpec[];
  defaultLocale?: string;
  regions: RegionSpec[];
  defaultRegion?: string;
}

export type TenantPatch = Partial<Omit<TenantSpec, 'slug'>> & {
  /** Months between medical reviews of a document. */
  reviewCycleMonths?: number;
  /** All theme colours at once (checked for contrast); see tenant-options. */
  theme?: Record<string, string>;
  /** Replaces the tenant's readability targets; formulas left out use the defaults. */
  readabilityTargets?: TargetSpec[];
  /** Admins and reviewers must use two-factor sign-in. */
  requireTwoFactor?: boolean;
  /** Replaces the web origins allowed to read the public API from a browser. */
  corsOrigins?: string[];
  /** Switches publishing requirements; rules left out stay as they are. */
  publishRequirements?: PublishRequirements;
};

export const MAX_CORS_ORIGINS = LIMITS.corsOriginsPerTenant;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Web origins as browsers send them in `Origin`: scheme, host and port only,
 * lower case, https (http only for this machine, for developers). Duplicates
 * are dropped; at most 20.
 */
export function validCorsOrigins(origins: string[]): string[] {
  if (origins.length > MAX_CORS_ORIGINS) {
    throw badInput('corsOrigins', `List at most ${MAX_CORS_ORIGINS} origins.`, { reason: 'TOO_MANY', limit: MAX_CORS_ORIGINS });
  }
  const out: string[] = [];
  for (const raw of origins) {
    const given = raw.trim();
    let url: URL | null = null;
    try {
      url = new URL(given);
    } catch {
      url = null;
    }
    const ok =
      !!url &&
      (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) &&
      !url.username &&
      !url.password &&
      given.replace(/\/$/, '').toLowerCase() === url.origin;
    if (!ok || !url) {
      throw badInput('corsOrigins', `"${given}" is not a web origin like https://portal.example.org (scheme and host only).`, {
        reason: 'CORS_ORIGIN_INVALID',
        origin: given.slice(0, 200),
      });
    }
    if (!out.includes(url.origin)) out.push(url.origin);
  }
  return out;
}

/** Medical review every three years unless the tenant says otherwise. */
export const DEFAULT_REVIEW_CYCLE_MONTHS = 36;

export function validReviewCycle(months: number): number {
  if (!Number.isInteger(months) || months < 1 || months > 120) {
    throw badInput('reviewCycleMonths', 'The review cycle must be a whole number of months between 1 and 120 (36 is three years).', {
      reason: 'NUMBER_OUT_OF_RANGE',
      min: 1,
      max: 120,
    });
  }
  return months;
}

export interface ValidTenant {
  slug: string;
  name: string;
  domains: string[];
  locales: Required<LocaleSpec>[];
  defaultLocale: string;
  regions: Required<RegionSpec>[];
  defaultRegion: string | null;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

export function validSlug(slug: string): string {
  const s = slug.trim();
  if (!SLUG.test(s) || s.length > 63) {
    throw badInput(
      'slug',
      `"${slug}" is not a valid slug: use lower-case letters, digits and single hyphens, at most 63 characters.`,
      'SLUG_INVALID',
    );
  }
  return s;
}

function validName(name: string): string {
  const n = name.trim();
  if (n.length < 1 || n.length > 200)
    throw badInput('name', 'The name must be between 1 and 200 characters.', { reason: 'LENGTH_OUT_OF_RANGE', min: 1, max: 200 });
  return n;
}

function validDomains(domains: string[]): string[] {
  const out = domains.map((d, i) => {
    const host = d.trim().toLowerCase().replace(/\.$/, '');
    if (!HOST.test(host)) {
      throw badInput(
        `domains[${i}]`,
        `"${d}" is not a host name (for example "gesundheit.example.org"); leave out the scheme, port and path.`,
        { reason: 'HOST_NAME_INVALID', host: d },
      );
    }
    return host;
  });
  const dup = out.find((h, i) => out.indexOf(h) !== i);
  if (dup) throw badInput('domains', `The domain "${dup}" is listed twice.`, 'LISTED_TWICE');
  return out;
}

function validLocales(locales: LocaleSpec[]): Required<LocaleSpec>[] {
  if (locales.length === 0) throw badInput('locales', 'A tenant needs at least one locale.', 'REQUIRED');
  const tags = locales.map((l, i) => canonicalLocale(l.tag, `locales[${i}].tag`));
  const dup = tags.find((t, i) => tags.indexOf(t) !== i);
  if (dup) throw badInput('locales', `The locale "${dup}" is listed twice.`, 'LISTED_TWICE');
  const out = locales.map((l, i) => {
    const tag = tags[i]!;
    const fallbacks = (l.fallbacks ?? []).map((f, j) => {
      const field = `locales[${i}].fallbacks[${j}]`;
      const fb = canonicalLocale(f, field);
      if (fb === tag) throw badInput(field, `The locale "${tag}" cannot fall back to itself.`, { reason: 'FALLBACK_TO_SELF', locale: tag });
      if (!tags.includes(fb)) {
        throw badInput(
          field,
          `"${tag}" falls back to "${fb}", which is not one of this tenant's locales (${tags.join(', ')}). Add it first.`,
          { reason: 'LOCALE_NOT_OF_TENANT', locale: fb },
        );
      }
      return fb;
    });
    if (new Set(fallbacks).size !== fallbacks.length) {
      throw badInput(`locales[${i}].fallbacks`, `The fallback chain of "${tag}" names a locale twice.`, 'LISTED_TWICE');
    }
    return { tag, fallbacks, direction: l.direction ?? directionOf(tag) };
  });
  return out;
}

function validRegions(regions: RegionSpec[], localeTags: string[], hosts: string[]): Required<RegionSpec>[] {
  const out = regions.map((r, i) => {
    const code = canonicalRegion(r.code, `regions[${i}].code`);
    if (code.length > 2 && subdivisionName(code) === undefined) {
      throw badInput(
        `regions[${i}].code`,
        `"${code}" is not an ISO 3166-2 subdivision of ${code.slice(0, 2)} (for example "DE-BY" for Bavaria).`,
        { reason: 'REGION_CODE_INVALID', region: code },
      );
    }
    const domains = (r.domains ?? []).map((d, j) => {
      const host = d.trim().toLowerCase().replace(/\.$/, '');
      if (!hosts.includes(host)) {
        throw badInput(
          `regions[${i}].domains[${j}]`,
          `Region ${code} names the domain "${d}", which is not one of this tenant's domains. Add the domain first.`,
          { reason: 'REGION_DOMAIN_UNKNOWN', domain: d },
        );
      }
      return host;
    });
    const locales = (r.locales ?? []).map((l, j) => {
      const tag = canonicalLocale(l, `regions[${i}].locales[${j}]`);
      if (!localeTags.includes(tag)) {
        throw badInput(`regions[${i}].locales[${j}]`, `Region ${code} offers "${tag}", which is not one of this tenant's locales.`, {
          reason: 'LOCALE_NOT_OF_TENANT',
          locale: tag,
        });
      }
      return tag;
    });
    const defaultLocale = r.defaultLocale
      ? canonicalLocale(r.defaultLocale, `regions[${i}].defaultLocale`)
      : (locales[0] ?? localeTags[0]!);
    if (!localeTags.includes(defaultLocale)) {
      throw badInput(
        `regions[${i}].defaultLocale`,
        `Region ${code} defaults to "${defaultLocale}", which is not one of this tenant's locales.`,
        { reason: 'LOCALE_NOT_OF_TENANT', locale: defaultLocale },
      );
    }
    return {
      code,
      name: r.name?.trim() || subdivisionName(code) || regionDisplayName(code),
      defaultLocale,
      locales: locales.length ? locales : [defaultLocale],
      domains,
    };
  });
  const codes = out.map((r) => r.code);
  const dup = codes.find((c, i) => codes.indexOf(c) !== i);
  if (dup) throw badInput('regions', `The region "${dup}" is listed twice.`, 'LISTED_TWICE');
  // A subdivision narrows a country the tenant serves; readers in DE-BY also see what is for DE.
  out.forEach((r, i) => {
    if (r.code.length > 2 && !codes.includes(r.code.slice(0, 2))) {
      throw badInput(
        `regions[${i}].code`,
        `${r.code} is part of ${r.code.slice(0, 2)}, which is not one of this tenant's regions. Add ${r.code.slice(0, 2)} too.`,
        { reason: 'REGION_PARENT_MISSING', parent: r.code.slice(0, 2) },
      );
    }
  });
  const hostsUsed = out.flatMap((r) => r.domains);
  const twice = hostsUsed.find((h, i) => hostsUsed.indexOf(h) !== i);
  if (twice)
    throw badInput('regions', `The domain "${twice}" is the default of two regions; give it to one of them.`, {
      reason: 'DOMAIN_DEFAULT_TWICE',
      domain: twice,
    });
  return out;
}

/** Checks a whole tenant description and returns it in canonical form. */
export function validateTenant(spec: TenantSpec): ValidTenant {
  const slug = validSlug(spec.slug);
  const name = validName(spec.name);
  const domains = validDomains(spec.domains);
  const locales = validLocales(spec.locales);
  const tags = locales.map((l) => l.tag);
  const defaultLocale = spec.defaultLocale ? canonicalLocale(spec.defaultLocale, 'defaultLocale') : tags[0]!;
  if (!tags.includes(defaultLocale)) {
    throw badInput('defaultLocale', `The default locale "${defaultLocale}" is not one of this tenant's locales (${tags.join(', ')}).`, {
      reason: 'LOCALE_NOT_OF_TENANT',
      locale: defaultLocale,
    });
  }
  const regions = validRegions(spec.regions, tags, domains);
  const codes = regions.map((r) => r.code);
  let defaultRegion: string | null = codes[0] ?? null;
  if (spec.defaultRegion) {
    defaultRegion = canonicalRegion(spec.defaultRegion, 'defaultRegion');
    if (!codes.includes(defaultRegion)) {
      throw badInput(
        'defaultRegion',
        `The default region "${defaultRegion}" is not one of this tenant's regions (${codes.join(', ') || 'none'}).`,
        { reason: 'REGION_NOT_OF_TENANT', region: defaultRegion },
      );
    }
  }
  return { slug, name, domains, locales, defaultLocale, regions, defaultRegion };
}
