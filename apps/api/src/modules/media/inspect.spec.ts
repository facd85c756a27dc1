import { gifBytes, jpegBytes, pngBytes } from '../../../../../tests/support/images';
import { inspectImage, MediaRefusal } from './inspect';

const MB = 1024 * 1024;

async function refusal(bytes: Buffer, max = 10 * MB): Promise<MediaRefusal> {
  try {
    await inspectImage(bytes, max);
  } catch (e) {
    if (e instanceof MediaRefusal) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

test('PNG, JPEG and GIF are recognised by content, with their size in pixels', async () => {
  expect(await inspectImage(pngBytes(5, 7), MB)).toEqual({ mimeType: 'image/png', extension: 'png', width: 5, height: 7 });
  expect(await inspectImage(jpegBytes(24, 16), MB)).toEqual({ mimeType: 'image/jpeg', extension: 'jpg', width: 24, height: 16 });
  expect(await inspectImage(gifBytes(), MB)).toEqual({ mimeType: 'image/gif', extension: 'gif', width: 1, height: 1 });
});

test('HTML is refused as not an image (415), whatever it is called', async () => {
  const r = await refusal(Buffer.from('<!doctype html><html><script>alert(1)</script></html>'));
  expect(r).toMatchObject({ status: 415, restCode: 'UNSUPPORTED_MEDIA_TYPE', field: 'file' });
  expect(r.message).toMatch(/not an image/);
});

test('SVG is refused with the reason and what to do instead', async () => {
  const r = await refusal(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'));
  expect(r.status).toBe(415);
  expect(r.message).toMatch(/SVG.*scripts.*PNG or WebP/);
});

test('a PDF is refused naming its real type', async () => {
  const r = await refusal(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'));
  expect(r.message).toMatch(/application\/pdf/);
});

test('a PNG cut off after its signature is refused as damaged', async () => {
  const r = await refusal(pngBytes().subarray(0, 12));
  expect(r.status).toBe(415);
});

test('a file over the limit is refused with 413 naming both sizes', async () => {
  const png = pngBytes(64, 64);
  const r = await refusal(png, png.length - 1);
  expect(r).toMatchObject({ status: 413, restCode: 'PAYLOAD_TOO_LARGE' });
  expect(r.message).toMatch(/limit is/);
});

test('an image of absurd pixel dimensions is refused before any browser has to decode it', async () => {
  const r = await refusal(pngBytes(20_000, 1));
  expect(r).toMatchObject({ status: 413, details: { reason: 'IMAGE_DIMENSIONS_TOO_LARGE' } });
  expect(r.message).toMatch(/20000 × 1 pixels/);
});

test('an empty file is refused', async () => {
  expect((await refusal(Buffer.alloc(0))).message).toMatch(/empty/);
});
