import { imageSize } from 'image-size';
import type { Why } from '../../kernel/error-reasons';
import { AppError } from '../../kernel/errors';

/** Raster formats every browser shows. SVG is refused: it is a document that can carry scripts (see docs/adr). */
export const ACCEPTED_TYPES = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
} as const;
export type AcceptedMime = keyof typeof ACCEPTED_TYPES;

/**
 * Pixel bounds of an accepted image, read from its header without decoding it.
 * A few kilobytes can declare gigapixels that every reader's browser (and any
 * resizer) would have to allocate; 40 megapixels is more than any camera photo
 * a health article needs, and readers' phones still decode it.
 */
export const IMAGE_LIMITS = { maxSide: 12_000, maxPixels: 40_000_000 } as const;

/** A refused upload; `status` is the HTTP status the upload route answers with. */
export class MediaRefusal extends AppError {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
    why: Why,
  ) {
    super('BAD_USER_INPUT', message, 'file', why);
    this.name = 'MediaRefusal';
  }

  /** The code a REST client sees. */
  get restCode(): string {
    return this.status === 413 ? 'PAYLOAD_TOO_LARGE' : this.status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_USER_INPUT';
  }
}

export interface ImageFacts {
  mimeType: AcceptedMime;
  extension: string;
  /** As displayed: EXIF rotation by 90° swaps the stored width and height. */
  width: number;
  height: number;
}

type FileTypeModule = typeof import('file-type');
let fileTypeModule: FileTypeModule | undefined;

/** file-type is ESM-only; Node 24 loads it through require(), only when the first upload needs it. */
function fileType(): FileTypeModule {
  fileTypeModule ??= require('file-type') as FileTypeModule;
  return fileTypeModule;
}

const ACCEPTED_LIST = 'JPEG, PNG, WebP or GIF';
/** Markup that file-type recognises; reported as text, or as SVG when it is one. */
const TEXT_TYPES = new Set<string>(['application/xml', 'image/svg+xml', 'text/html']);

function looksLikeSvg(head: string): boolean {
  return /<svg[\s>]/i.test(head);
}

function looksLikeText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 512);
  return head.length > 0 && !head.includes(0) && /^[\s\uFEFF]*</.test(head.toString('utf8'));
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${+(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}

/**
 * What the bytes are, decided by their content alone (the file name and the
 * declared type are ignored). Throws a MediaRefusal a person can act on.
 */
export async function inspectImage(bytes: Buffer, maxBytes: number): Promise<ImageFacts> {
  if (bytes.length === 0) throw new MediaRefusal(400, 'The file is empty. Choose the image again and upload it.', 'IMAGE_EMPTY');
  if (bytes.length > maxBytes) {
    throw new MediaRefusal(
      413,
      `The file is ${formatBytes(bytes.length)}; the limit is ${formatBytes(maxBytes)}. Make the image smaller and upload it again.`,
      { reason: 'IMAGE_FILE_TOO_LARGE', limit: maxBytes },
    );
  }
  const detected = await fileType().fileTypeFromBuffer(bytes);
  if (!detected || TEXT_TYPES.has(detected.mime)) {
    if (looksLikeSvg(bytes.subarray(0, 4096).toString('utf8'))) {
      throw new MediaRefusal(
        415,
        'SVG images are not accepted because they can contain scripts. Export the picture as PNG or WebP and upload that.',
        'IMAGE_SVG',
      );
    }
    if (looksLikeText(bytes)) {
      throw new MediaRefusal(
        415,
        `This file is text or HTML, not an image, whatever its name says. Upload a ${ACCEPTED_LIST} image.`,
        'IMAGE_NOT_AN_IMAGE',
      );
    }
    throw new MediaRefusal(415, `This file is not an image Careleaf can show. Upload a ${ACCEPTED_LIST} image.`, 'IMAGE_NOT_AN_IMAGE');
  }
  if (!(detected.mime in ACCEPTED_TYPES)) {
    throw new MediaRefusal(
      415,
      `This file is ${detected.mime} (.${detected.ext}); upload a ${ACCEPTED_LIST} image instead.`,
      'IMAGE_TYPE_UNSUPPORTED',
    );
  }
  const mimeType = detected.mime as AcceptedMime;
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    throw new MediaRefusal(
      415,
      'The image is damaged or cut off: its size cannot be read. Export it again and upload the new file.',
      'IMAGE_DAMAGED',
    );
  }
  const extension = ACCEPTED_TYPES[mimeType];
  if (size.type !== extension || !size.width || !size.height) {
    throw new MediaRefusal(
      415,
      'The image is damaged: its header does not match its format. Export it again and upload the new file.',
      'IMAGE_DAMAGED',
    );
  }
  const { maxSide, maxPixels } = IMAGE_LIMITS;
  if (size.width > maxSide || size.height > maxSide || size.width * size.height > maxPixels) {
    throw new MediaRefusal(
      413,
      `The image is ${size.width} × ${size.height} pixels; the limit is ${maxSide} pixels a side and ${maxPixels / 1_000_000} megapixels. Scale it down and upload it again.`,
      { reason: 'IMAGE_DIMENSIONS_TOO_LARGE', maxSide, maxPixels },
    );
  }
  const rotated = (size.orientation ?? 1) >= 5;
  return { mimeType, extension, width: rotated ? size.height : size.width, height: rotated ? size.width : size.height };
}
