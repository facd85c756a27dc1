/** A resized copy of an image, as the API lists it (PublishedDocument.media[].sources). */
export interface ImageSource {
  url: string;
  width: number;
  height: number;
  mimeType: string;
}

export interface ResponsiveImageProps {
  /** The original file: the `<img>` fallback for browsers that know neither AVIF nor WebP. */
  url: string;
  width: number | null;
  height: number | null;
  alt: string;
  sources: readonly ImageSource[];
}

/** Formats in the order the browser should prefer them: smallest files first. */
const PREFERRED = ['image/avif', 'image/webp'] as const;

/**
 * How wide the image is drawn: the article column (.container, 60rem less
 * 1rem padding each side) on large screens, the viewport less padding below.
 */
export const FIGURE_SIZES = '(min-width: 60rem) 58rem, calc(100vw - 2rem)';

/** One `srcset` per format, widths ascending ("url 320w, url 640w"); formats without copies are left out. */
export function srcSets(sources: readonly ImageSource[]): { type: string; srcSet: string }[] {
  return PREFERRED.map((type) => ({
    type,
    srcSet: sources
      .filter((s) => s.mimeType === type)
      .sort((a, b) => a.width - b.width)
      .map((s) => `${s.url} ${s.width}w`)
      .join(', '),
  })).filter((s) => s.srcSet);
}

/**
 * An image in `<picture>`: AVIF, then WebP, at every width the API made, the
 * original as the fallback `<img>` (alone until the copies exist). Width and
 * height are the original's, so the page does not shift while it loads.
 */
export function ResponsiveImage({ url, width, height, alt, sources }: ResponsiveImageProps) {
  const img = <img src={url} alt={alt} width={width ?? undefined} height={height ?? undefined} loading="lazy" decoding="async" />;
  const sets = srcSets(sources);
  if (!sets.length) return img;
  return (
    <picture>
      {sets.map((s) => (
        <source key={s.type} type={s.type} srcSet={s.srcSet} sizes={FIGURE_SIZES} />
      ))}
      {img}
    </picture>
  );
}
