import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { IMAGE_LIMITS, inspectImage, type ImageFacts } from './inspect';
import { DERIVATIVE_FORMATS, DERIVATIVE_LIMITS, derivativeWidths, type DerivativeFormat } from './widths';

// One libvips thread per operation and no operation cache: the API shares its
// cores with requests, and a cache would keep decoded pixels of images long done.
sharp.concurrency(1);
sharp.cache(false);

export interface EncodedDerivative {
  format: DerivativeFormat;
  width: number;
  height: number;
  bytes: Buffer;
  sha256: string;
}

/** Why an image gets no derivatives; `permanent`: trying again cannot help. */
export class DerivativeRefusal extends Error {
  constructor(
    readonly reason: 'NOT_AN_IMAGE' | 'NOT_RESIZABLE' | 'ANIMATED' | 'DECODE_FAILED',
    message: string,
  ) {
    super(message);
    this.name = 'DerivativeRefusal';
  }
}

/** Formats whose frames sharp resizes; a GIF keeps its animation only as the original. */
const RESIZABLE = new Set(['image/jpeg', 'image/png', 'image/webp']);

const ENCODE = {
  // Low effort: AVIF at higher effort takes seconds per size on a small server for a few percent.
  avif: (s: sharp.Sharp) => s.avif({ quality: 55, effort: 2 }),
  webp: (s: sharp.Sharp) => s.webp({ quality: 78, effort: 4 }),
} satisfies Record<DerivativeFormat, (s: sharp.Sharp) => sharp.Sharp>;

function source(bytes: Buffer): sharp.Sharp {
  // limitInputPixels: sharp refuses from the header a larger image than uploads
  // may be, before it allocates anything (a second line behind inspectImage).
  return sharp(bytes, { limitInputPixels: IMAGE_LIMITS.maxPixels, failOn: 'error', sequentialRead: true }).timeout({
    seconds: DERIVATIVE_LIMITS.encodeSeconds,
  });
}

/**
 * Resizes and encodes an image already known to be one (see deriveImages):
 * every width of `derivativeWidths` in every format, metadata stripped,
 * EXIF rotation applied. sharp's errors (a damaged file, a pixel bomb) are
 * DerivativeRefusals.
 */
export async function encodeDerivatives(bytes: Buffer, facts: Pick<ImageFacts, 'width'>): Promise<EncodedDerivative[]> {
  const out: EncodedDerivative[] = [];
  try {
    const meta = await source(bytes).metadata();
    if ((meta.pages ?? 1) > 1) throw new DerivativeRefusal('ANIMATED', 'An animated image is served as uploaded.');
    for (const width of derivativeWidths(facts.width)) {
      for (const format of DERIVATIVE_FORMATS) {
        const pipeline = ENCODE[format](source(bytes).rotate().resize({ width, withoutEnlargement: true }));
        const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
        out.push({ format, width: info.width, height: info.height, bytes: data, sha256: createHash('sha256').update(data).digest('hex') });
      }
    }
  } catch (e) {
    if (e instanceof DerivativeRefusal) throw e;
    throw new DerivativeRefusal('DECODE_FAILED', `The image could not be resized: ${(e as Error).message}`);
  }
  return out;
}

/**
 * The derivatives of stored bytes. They are checked again as at upload (by
 * content, declared dimensions within IMAGE_LIMITS) before sharp sees them:
 * whatever is in the storage, a non-image never reaches the decoder.
 */
export async function deriveImages(bytes: Buffer, maxBytes: number): Promise<EncodedDerivative[]> {
  let facts: ImageFacts;
  try {
    facts = await inspectImage(bytes, maxBytes);
  } catch (e) {
    throw new DerivativeRefusal('NOT_AN_IMAGE', `The stored file is not an image that may be resized: ${(e as Error).message}`);
  }
  if (!RESIZABLE.has(facts.mimeType)) throw new DerivativeRefusal('NOT_RESIZABLE', `${facts.mimeType} is served as uploaded.`);
  return encodeDerivatives(bytes, facts);
}
