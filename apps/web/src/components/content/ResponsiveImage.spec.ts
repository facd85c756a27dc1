import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ResponsiveImage, srcSets, type ImageSource } from './ResponsiveImage';

const source = (mimeType: string, width: number): ImageSource => ({
  url: `/media/t/1/bild-${width}w.${mimeType.slice(6)}`,
  width,
  height: width / 2,
  mimeType,
});

test('srcSets lists AVIF before WebP, widths ascending, and leaves out a format without copies', () => {
  expect(srcSets([source('image/webp', 640), source('image/avif', 640), source('image/avif', 320)])).toEqual([
    { type: 'image/avif', srcSet: '/media/t/1/bild-320w.avif 320w, /media/t/1/bild-640w.avif 640w' },
    { type: 'image/webp', srcSet: '/media/t/1/bild-640w.webp 640w' },
  ]);
  expect(srcSets([source('image/webp', 320)]).map((s) => s.type)).toEqual(['image/webp']);
  expect(srcSets([])).toEqual([]);
});

test('with copies, the image is a picture: AVIF and WebP sources with sizes, the original as the img with alt, width and height', () => {
  const html = renderToStaticMarkup(
    createElement(ResponsiveImage, {
      url: '/media/t/1/bild.png',
      width: 1000,
      height: 500,
      alt: 'Ein Blutdruckmessgerät',
      sources: [source('image/avif', 320), source('image/webp', 320)],
    }),
  );
  expect(html).toMatch(/^<picture><source type="image\/avif" srcSet="\/media\/t\/1\/bild-320w.avif 320w" sizes="[^"]+"\/>/);
  expect(html).toContain('<source type="image/webp" srcSet="/media/t/1/bild-320w.webp 320w"');
  expect(html).toContain('<img src="/media/t/1/bild.png" alt="Ein Blutdruckmessgerät" width="1000" height="500" loading="lazy"');
  expect(html).toMatch(/<\/picture>$/);
});

test('until the copies exist, the original alone is shown as before', () => {
  const html = renderToStaticMarkup(
    createElement(ResponsiveImage, { url: '/media/t/1/bild.png', width: 8, height: 4, alt: '', sources: [] }),
  );
  expect(html).toBe('<img src="/media/t/1/bild.png" alt="" width="8" height="4" loading="lazy" decoding="async"/>');
});
