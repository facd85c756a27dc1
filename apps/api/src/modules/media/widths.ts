/**
 * Which sizes of an image are made for `srcset`: the standard widths below the
 * original's, plus the original width itself (re-encoded), never wider than the
 * original (an upscaled image only costs bytes) and never more than
 * DERIVATIVE_LIMITS.widthsPerItem of them.
 */
export const DERIVATIVE_WIDTHS = [320, 640, 960, 1280, 1920] as const;

/** Formats made for every width; the browser takes the first it knows, the original is the fallback. */
export const DERIVATIVE_FORMATS = ['avif', 'webp'] as const;
export type DerivativeFormat = (typeof DERIVATIVE_FORMATS)[number];

export const DERIVATIVE_MIME: Record<DerivativeFormat, string> = { avif: 'image/avif', webp: 'image/webp' };

export const DERIVATIVE_LIMITS = {
  /** Widths made of one image; times the formats, the bound on its derivative objects. */
  widthsPerItem: 6,
  /** Seconds sharp may spend on one resize and encode before it gives up. */
  encodeSeconds: 30,
  /** Seconds pg-boss gives one job (all sizes and formats of one image) before it counts as failed. */
  jobSeconds: 300,
} as const;

export const MAX_DERIVATIVES_PER_ITEM = DERIVATIVE_LIMITS.widthsPerItem * DERIVATIVE_FORMATS.length;

/** The widths to make of an image `originalWidth` pixels wide, smallest first. */
export function derivativeWidths(originalWidth: number, standard: readonly number[] = DERIVATIVE_WIDTHS): number[] {
  if (!Number.isInteger(originalWidth) || originalWidth < 1) return [];
  const largest = Math.max(...standard);
  const widths = standard.filter((w) => w < originalWidth);
  // The original's own width, as long as it is not past the largest a page asks for.
  if (originalWidth <= largest) widths.push(originalWidth);
  else widths.push(largest);
  const unique = [...new Set(widths)].sort((a, b) => a - b);
  // Past the bound, the largest sizes are kept: small screens fall back to a larger file, never to a blurry one.
  return unique.slice(-DERIVATIVE_LIMITS.widthsPerItem);
}

/** Height of a derivative `width` wide, keeping the original's aspect ratio (as sharp rounds it). */
export function scaledHeight(original: { width: number; height: number }, width: number): number {
  return Math.max(1, Math.round((original.height * width) / original.width));
}
