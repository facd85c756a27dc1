import { cookieName } from './public-url';

/** Reader preferences kept in cookies, so they work without JavaScript. */

// __Host- prefixed when the site is served over HTTPS (see public-url.ts).
export const READING_COOKIE = cookieName('careleaf-reading');
export const REGION_COOKIE = cookieName('careleaf-region');
/** A year: settings a reader chose should outlive the session. */
export const PREFERENCE_MAX_AGE = 60 * 60 * 24 * 365;

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export const CONTRASTS = ['standard', 'high'] as const;
export const SPACINGS = ['normal', 'relaxed', 'loose'] as const;
export const MOTIONS = ['system', 'reduce'] as const;

export type TextSize = (typeof TEXT_SIZES)[number];
export type Contrast = (typeof CONTRASTS)[number];
export type Spacing = (typeof SPACINGS)[number];
export type Motion = (typeof MOTIONS)[number];

export interface ReadingPreferences {
  textSize: TextSize;
  contrast: Contrast;
  spacing: Spacing;
  motion: Motion;
}

export const DEFAULT_READING: ReadingPreferences = { textSize: 100, contrast: 'standard', spacing: 'normal', motion: 'system' };

function pick<T extends string | number>(allowed: readonly T[], raw: unknown, fallback: T): T {
  const found = allowed.find((a) => String(a) === String(raw));
  return found ?? fallback;
}

/** Reads form fields or a cookie's parameters; anything unknown becomes the default. */
export function readingFrom(get: (name: string) => unknown): ReadingPreferences {
  return {
    textSize: pick(TEXT_SIZES, get('size'), DEFAULT_READING.textSize),
    contrast: pick(CONTRASTS, get('contrast'), DEFAULT_READING.contrast),
    spacing: pick(SPACINGS, get('spacing'), DEFAULT_READING.spacing),
    motion: pick(MOTIONS, get('motion'), DEFAULT_READING.motion),
  };
}

export function parseReadingCookie(value: string | undefined): ReadingPreferences {
  if (!value) return DEFAULT_READING;
  const params = new URLSearchParams(value);
  return readingFrom((name) => params.get(name));
}

export function serializeReading(prefs: ReadingPreferences): string {
  return new URLSearchParams({
    size: String(prefs.textSize),
    contrast: prefs.contrast,
    spacing: prefs.spacing,
    motion: prefs.motion,
  }).toString();
}

/** The region the cookie names when the tenant has it; null when the reader has not chosen one. */
export function chosenRegion(cookie: string | undefined, regions: readonly { code: string }[]): string | null {
  const chosen = cookie?.trim().toUpperCase();
  return chosen && regions.some((r) => r.code === chosen) ? chosen : null;
}

/**
 * The region readers of `host` get until they choose one, as the API decides
 * it: the region that lists the host among its domains, else the tenant's default.
 */
export function hostRegion(
  host: string,
  regions: readonly { code: string; domains?: readonly string[] }[],
  tenantDefault: string | null,
): string | null {
  const name = host.replace(/:\d+$/, '').toLowerCase();
  return regions.find((r) => r.domains?.some((d) => d.toLowerCase() === name))?.code ?? tenantDefault;
}

/** The reader's region if the tenant has it, else the tenant's default (or none). */
export function effectiveRegion(cookie: string | undefined, regions: readonly { code: string }[], fallback: string | null): string | null {
  const chosen = chosenRegion(cookie, regions);
  if (chosen) return chosen;
  return fallback && regions.some((r) => r.code === fallback) ? fallback : (regions[0]?.code ?? null);
}
