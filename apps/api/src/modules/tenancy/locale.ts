import { iso31662 } from 'iso-3166/2.js';
import { badInput } from '../../kernel/errors';

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);

/** The canonical BCP 47 form of `tag` ("de-at" → "de-AT"), or a BAD_USER_INPUT naming `field`. */
export function canonicalLocale(tag: string, field: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    if (canonical) return canonical;
  } catch {
    // fall through to the error below
  }
  throw badInput(field, `"${tag}" is not a valid BCP 47 language tag (for example "de", "de-AT" or "ar").`, {
    reason: 'LOCALE_TAG_INVALID',
    tag,
  });
}

/** Text direction of a locale, from its script when given, else its language. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(tag);
  if (locale.script) return RTL_SCRIPTS.has(locale.script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/**
 * An ISO 3166-1 alpha-2 code, optionally with an ISO 3166-2 subdivision
 * ("DE", "DE-BY"). The country part must be a code the platform knows.
 */
export function canonicalRegion(code: string, field: string): string {
  const upper = code.trim().toUpperCase();
  const match = /^([A-Z]{2})(-[A-Z0-9]{1,3})?$/.exec(upper);
  if (!match?.[1] || regionNames.of(match[1]) === undefined) {
    throw badInput(field, `"${code}" is not an ISO 3166 region code (for example "DE", "AT" or "DE-BY").`, {
      reason: 'REGION_CODE_INVALID',
      region: code,
    });
  }
  return upper;
}

/** English name of a region's country, used when an operator gives none. */
export function regionDisplayName(code: string): string {
  return regionNames.of(code.slice(0, 2)) ?? code;
}

let subdivisions: Map<string, string> | null = null;

/** The ISO 3166-2 name of a subdivision ("DE-BY" → "Bayern"), or undefined when there is no such code. */
export function subdivisionName(code: string): string | undefined {
  subdivisions ??= new Map(iso31662.map((s) => [s.code, s.name]));
  return subdivisions.get(code.toUpperCase());
}

/** The region a reader on `host` gets before choosing one: the region that names the host, else the tenant's default. */
export function regionForHost(
  tenant: { regions: { code: string; domains: string[] }[]; defaultRegion: string | null },
  host: string | null | undefined,
): string | null {
  const h = host?.toLowerCase().replace(/\.$/, '');
  return (h && tenant.regions.find((r) => r.domains.includes(h))?.code) || tenant.defaultRegion;
}
