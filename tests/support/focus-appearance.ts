/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser.
import type { Page } from 'playwright-core';

/**
 * What a sighted keyboard user sees when an element takes focus, measured on
 * the rendered pixels (not on CSS): the element and a margin around it are
 * captured unfocused and focused, and every pixel whose colour changed with a
 * contrast ratio of at least 3:1 between the two states counts towards the
 * indicator. WCAG 2.2 (2.4.13, Focus Appearance) asks for an area at least
 * that of a 2 CSS px thick perimeter of the unfocused element.
 */
export interface FocusMeasurement {
  /** A short description of the element: tag, text or name. */
  element: string;
  width: number;
  height: number;
  /** Pixels that changed by at least 3:1 when the element took focus. */
  changedArea: number;
  /** The area of a 2 CSS px perimeter of the unfocused element. */
  requiredArea: number;
}

const MARGIN = 8;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Area of a 2 px thick perimeter of an element drawn as one or more boxes: one
 * box for most elements, one per line for a link that wraps. The boxes of a
 * wrapped link touch, so their shared stretches are inside the shape and not
 * part of its perimeter. At least 4 px² for an empty box.
 */
export function perimeterArea(rects: Rect[]): number {
  const lines = rects.filter((r) => r.width > 0 || r.height > 0).sort((a, b) => a.y - b.y);
  if (!lines.length) return 4;
  let length = lines.reduce((sum, r) => sum + 2 * (r.width + r.height), 0);
  for (let i = 1; i < lines.length; i++) {
    const [above, below] = [lines[i - 1]!, lines[i]!];
    const shared = Math.min(above.x + above.width, below.x + below.width) - Math.max(above.x, below.x);
    if (shared > 0) length -= 2 * shared;
  }
  return Math.max(4, 2 * length - 16);
}

/**
 * For an element larger than the viewport (a long scrollable table), only the
 * stretches of its perimeter on screen can be seen or measured: 2 px along each
 * of them. Null when the element fits.
 */
function clippedBy(box: Rect, viewport: { width: number; height: number }): number | null {
  const top = Math.max(0, box.y);
  const bottom = Math.min(viewport.height, box.y + box.height);
  const left = Math.max(0, box.x);
  const right = Math.min(viewport.width, box.x + box.width);
  if (top === box.y && bottom === box.y + box.height && left === box.x && right === box.x + box.width) return null;
  let length = 0;
  if (box.y >= 0) length += right - left;
  if (box.y + box.height <= viewport.height) length += right - left;
  if (box.x >= 0) length += bottom - top;
  if (box.x + box.width <= viewport.width) length += bottom - top;
  return Math.max(4, 2 * length - 16);
}

async function pixelsChanged(page: Page, before: Buffer, after: Buffer): Promise<number> {
  return page.evaluate(
    async ([a, b]) => {
      const decode = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [x, y] = await Promise.all([decode(a), decode(b)]);
      const channel = (v: number) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      const luminance = (d: Uint8ClampedArray, i: number) =>
        0.2126 * channel(d[i]!) + 0.7152 * channel(d[i + 1]!) + 0.0722 * channel(d[i + 2]!);
      let count = 0;
      for (let i = 0; i < Math.min(x.length, y.length); i += 4) {
        const l1 = luminance(x, i);
        const l2 = luminance(y, i);
        if ((Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05) >= 3) count++;
      }
      return count;
    },
    [before.toString('base64'), after.toString('base64')] as const,
  );
}

/**
 * Tabs through the page from the top (at most `maxStops` stops, so a page that
 * traps focus still ends) and measures each focused element's indicator.
 */
export async function measureFocusIndicators(page: Page, maxStops = 120): Promise<FocusMeasurement[]> {
  const results: FocusMeasurement[] = [];
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const seen = new Set<string>();
  for (let stop = 0; stop < maxStops; stop++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      if (!el.dataset.focusProbe) el.dataset.focusProbe = String(document.querySelectorAll('[data-focus-probe]').length + 1);
      const box = el.getBoundingClientRect();
      const rects = [...el.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return {
        probe: el.dataset.focusProbe,
        tag: el.tagName.toLowerCase(),
        text,
        rects,
        x: box.x,
        y: box.y,
        width: box.width,
        height: box.height,
      };
    });
    if (!focused) break;
    if (seen.has(focused.probe)) break; // wrapped around to the top
    seen.add(focused.probe);
    const viewport = page.viewportSize()!;
    const clip = {
      x: Math.max(0, focused.x - MARGIN),
      y: Math.max(0, focused.y - MARGIN),
      width: Math.min(viewport.width, focused.x + focused.width + MARGIN) - Math.max(0, focused.x - MARGIN),
      height: Math.min(viewport.height, focused.y + focused.height + MARGIN) - Math.max(0, focused.y - MARGIN),
    };
    if (clip.width <= 0 || clip.height <= 0) {
      results.push({ element: `${focused.tag} "${focused.text}" (off screen)`, width: 0, height: 0, changedArea: 0, requiredArea: 4 });
      continue;
    }
    const focusedShot = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
    // Blur keeps Chromium's sequential focus starting point, so the next Tab goes on from here.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const plainShot = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
    results.push({
      element: `${focused.tag} "${focused.text}"`,
      width: Math.round(focused.width),
      height: Math.round(focused.height),
      changedArea: await pixelsChanged(page, plainShot, focusedShot),
      requiredArea: Math.round(clippedBy(focused, viewport) ?? perimeterArea(focused.rects)),
    });
  }
  return results;
}
