import fc from 'fast-check';
import { DERIVATIVE_LIMITS, DERIVATIVE_WIDTHS, derivativeWidths, scaledHeight } from './widths';

describe('derivativeWidths', () => {
  test('a wide photo gets every standard width up to 1920 and nothing wider', () => {
    expect(derivativeWidths(4000)).toEqual([320, 640, 960, 1280, 1920]);
  });

  test('an image between two standard widths gets the smaller ones plus its own width, never an upscaled one', () => {
    expect(derivativeWidths(800)).toEqual([320, 640, 800]);
  });

  test('an image exactly one standard width wide gets that width once', () => {
    expect(derivativeWidths(960)).toEqual([320, 640, 960]);
    expect(derivativeWidths(1920)).toEqual([320, 640, 960, 1280, 1920]);
  });

  test('an image narrower than the smallest standard width gets only its own width', () => {
    expect(derivativeWidths(200)).toEqual([200]);
    expect(derivativeWidths(1)).toEqual([1]);
  });

  test('a width that is not a positive whole number gets no derivatives', () => {
    expect(derivativeWidths(0)).toEqual([]);
    expect(derivativeWidths(-5)).toEqual([]);
    expect(derivativeWidths(12.5)).toEqual([]);
    expect(derivativeWidths(Number.NaN)).toEqual([]);
  });

  test('more standard widths than the bound keep the largest ones', () => {
    const many = [100, 200, 300, 400, 500, 600, 700, 800];
    expect(derivativeWidths(10_000, many)).toEqual([300, 400, 500, 600, 700, 800]);
  });

  test('for any width: ascending, distinct, bounded, never wider than the original or the largest standard width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), (w) => {
        const widths = derivativeWidths(w);
        expect(widths.length).toBeGreaterThan(0);
        expect(widths.length).toBeLessThanOrEqual(DERIVATIVE_LIMITS.widthsPerItem);
        expect([...widths].sort((a, b) => a - b)).toEqual(widths);
        expect(new Set(widths).size).toBe(widths.length);
        expect(Math.max(...widths)).toBeLessThanOrEqual(Math.min(w, Math.max(...DERIVATIVE_WIDTHS)));
      }),
    );
  });
});

test('scaledHeight keeps the aspect ratio and is at least one pixel', () => {
  expect(scaledHeight({ width: 1600, height: 900 }, 320)).toBe(180);
  expect(scaledHeight({ width: 3000, height: 1 }, 320)).toBe(1);
});
