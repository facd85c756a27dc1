import sharp from 'sharp';
import { gifBytes, jpegBytes, pngBytes, pngDeclaring } from '../../../../../tests/support/images';
import { deriveImages, DerivativeRefusal, encodeDerivatives } from './derive';

const MB = 1024 * 1024;

async function refusal(run: Promise<unknown>): Promise<DerivativeRefusal> {
  try {
    await run;
  } catch (e) {
    if (e instanceof DerivativeRefusal) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

test('a PNG 700 pixels wide becomes AVIF and WebP at 320, 640 and 700 pixels, aspect ratio kept, never upscaled', async () => {
  const out = await deriveImages(pngBytes(700, 350), 10 * MB);
  expect(out.map((d) => `${d.format}@${d.width}x${d.height}`).sort()).toEqual(
    ['avif@320x160', 'avif@640x320', 'avif@700x350', 'webp@320x160', 'webp@640x320', 'webp@700x350'].sort(),
  );
  for (const d of out) {
    const meta = await sharp(d.bytes).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({
      format: d.format === 'avif' ? 'heif' : 'webp',
      width: d.width,
      height: d.height,
    });
    expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
  }
});

test('a JPEG is resized too', async () => {
  const out = await deriveImages(jpegBytes(16, 8), MB);
  expect(out.map((d) => d.width)).toEqual([16, 16]);
});

test('a file that is not an image is refused before the decoder sees it', async () => {
  const html = Buffer.from('<html><body><img src=x onerror=alert(1)></body></html>');
  expect((await refusal(deriveImages(html, MB))).reason).toBe('NOT_AN_IMAGE');
  expect((await refusal(deriveImages(Buffer.from([0, 1, 2, 3, 4, 5, 6, 7]), MB))).reason).toBe('NOT_AN_IMAGE');
});

test('a decompression bomb (a PNG declaring 100000 × 100000 pixels) is refused from its header', async () => {
  expect((await refusal(deriveImages(pngDeclaring(100_000, 100_000), MB))).reason).toBe('NOT_AN_IMAGE');
});

test('even past the upload check, sharp refuses the bomb from its header without allocating its pixels', async () => {
  const before = process.memoryUsage().rss;
  const e = await refusal(encodeDerivatives(pngDeclaring(100_000, 100_000), { width: 320 }));
  expect(e.reason).toBe('DECODE_FAILED');
  expect(e.message).toMatch(/pixel limit/i);
  // 10^10 pixels would be 30 GB; a refusal from the header costs next to nothing.
  expect(process.memoryUsage().rss - before).toBeLessThan(100 * MB);
});

test('a GIF keeps its animation: it is served as uploaded', async () => {
  expect((await refusal(deriveImages(gifBytes(), MB))).reason).toBe('NOT_RESIZABLE');
});
