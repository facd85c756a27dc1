/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { Block } from '@careleaf/schema';
import type { Page } from 'playwright-core';
import type { MediaView } from '../../apps/api/src/modules/media/media.service';
import { describeInBrowser } from '../support/browser';
import { AUSTRIAN_HOST, GERMAN_HOST, useSite } from '../support/browser-site';
import { jpegBytes, pngBytes } from '../support/images';
import { getMedia } from '../support/media-http';
import { signIn, type SignedInClient } from '../support/session';
import { createDocument, createPublishedDocument, heading, paragraph } from '../factories/document.factory';
import { createDerivedMedia, createMedia } from '../factories/media.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';

const ARTICLE = '/de/bild-im-artikel';
const RESPONSIVE = '/de/bild-in-groessen';
const PHOTO = pngBytes(40, 30, [200, 60, 40]);

const figure = (mediaId: string): Block => ({ id: 'f-1', type: 'figure', mediaId, decorative: false, alt: 'Ein rotes Rechteck' });

describeInBrowser('images through the patient site', () => {
  let published: MediaView;
  let draft: MediaView;
  let editorEmail: string;
  let draftDocumentId: string;
  const site = useSite(async ({ services }) => {
    const tenantId = (await services.tenancy.bySlug('gesundheit')).id;
    published = await createMedia(services, tenantId, { bytes: PHOTO, fileName: 'rechteck.png' });
    await createPublishedDocument(services, tenantId, {
      slug: 'bild-im-artikel',
      title: 'Bild im Artikel',
      blocks: [heading('h-1', 'Ein Bild'), paragraph('p-1', 'Unter diesem Absatz steht ein Bild.'), figure(published.id)],
    });
    draft = await createMedia(services, tenantId, { bytes: jpegBytes(16, 8), fileName: 'entwurf.jpg' });
    draftDocumentId = (
      await createDocument(services, tenantId, { slug: 'nur-entwurf', blocks: [heading('h-1', 'Entwurf'), figure(draft.id)] })
    ).document.id;
    // Resized copies made as the job queue's worker would: 320 and 500 pixels wide, AVIF and WebP.
    const wide = await createDerivedMedia(services, tenantId, { bytes: pngBytes(500, 250, [40, 120, 60]), fileName: 'breit.png' });
    await createPublishedDocument(services, tenantId, {
      slug: 'bild-in-groessen',
      title: 'Bild in Größen',
      blocks: [
        heading('h-1', 'Ein breites Bild'),
        { id: 'f-1', type: 'figure', mediaId: wide.id, decorative: false, alt: 'Ein grünes Rechteck' },
      ],
    });
    editorEmail = (await createUser(services, { tenantSlug: 'gesundheit', role: 'editor' })).email;
  });

  const viaWeb = (path: string, host: string, as?: SignedInClient) =>
    getMedia(site.web.url(host, '/'), path, { host: `${host}:${site.web.port}`, ...(as ? { as } : {}) });

  test("GET /media/… on the web app's port returns the image's bytes with its type and public caching", async () => {
    const res = await viaWeb(published.url, GERMAN_HOST);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body.equals(PHOTO)).toBe(true);
  });

  test("another tenant's host gets a 404 through the web app too", async () => {
    expect((await viaWeb(published.url, AUSTRIAN_HOST)).status).toBe(404);
  });

  test('a draft-only image is a 404 through the web app for readers, and loads for a signed-in editor', async () => {
    expect((await viaWeb(draft.url, GERMAN_HOST)).status).toBe(404);
    const editor = await signIn(site.api, { email: editorEmail, tenant: 'gesundheit' });
    const res = await viaWeb(draft.url, GERMAN_HOST, editor);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.body.equals(jpegBytes(16, 8))).toBe(true);
  });

  /** The size the browser decoded the page's figure image at ([0, 0] when it did not load). */
  async function loadedFigureSize(page: Page): Promise<number[]> {
    const img = page.locator('figure img');
    // The image loads lazily: bring it into view first.
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const el = document.querySelector<HTMLImageElement>('figure img');
      return !!el && el.complete;
    });
    return img.evaluate((el: HTMLImageElement) => [el.naturalWidth, el.naturalHeight]);
  }

  test('an article with an image shows it loaded in the browser', async () => {
    const { page } = site.browser;
    await page.goto(site.url(ARTICLE));
    await expect(loadedFigureSize(page)).resolves.toEqual([40, 30]);
  });

  test('an image with resized copies is a picture: the browser loads the AVIF copy for its width, alt and size as before', async () => {
    const { page } = site.browser;
    await page.goto(site.url(RESPONSIVE));
    const picture = page.locator('figure picture');
    await expect(picture.locator('source').evaluateAll((els) => els.map((e) => e.getAttribute('type')))).resolves.toEqual([
      'image/avif',
      'image/webp',
    ]);
    const img = picture.locator('img');
    await expect(img.getAttribute('alt')).resolves.toBe('Ein grünes Rechteck');
    await expect(Promise.all([img.getAttribute('width'), img.getAttribute('height')])).resolves.toEqual(['500', '250']);
    // Loaded (its natural size is scaled to the slot, as srcset's width descriptors say), drawn at the original's size, from the AVIF copy.
    await expect(loadedFigureSize(page)).resolves.not.toEqual([0, 0]);
    await expect(img.evaluate((el: HTMLImageElement) => [el.clientWidth, el.clientHeight])).resolves.toEqual([500, 250]);
    await expect(img.evaluate((el: HTMLImageElement) => el.currentSrc)).resolves.toMatch(/\/breit-500w\.[0-9a-f]{16}\.avif$/);
  });

  test("a signed-in editor's preview of a draft shows the draft's image loaded", async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(site.url('/de/editor/sign-in'));
    await page.fill('#email', editorEmail);
    await page.fill('#password', TEST_PASSWORD);
    await Promise.all([page.waitForURL(/flash=/), page.press('#password', 'Enter')]);
    await page.goto(site.url(`/de/editor/documents/${draftDocumentId}/preview?lang=de`));
    await expect(loadedFigureSize(page)).resolves.toEqual([16, 8]);
  });
});
