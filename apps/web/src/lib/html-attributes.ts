import type { ReadingPreferences } from './preferences';

/** Reading preferences as data attributes on <html>; the stylesheet does the rest. */
export function htmlSettingsAttributes(reading: ReadingPreferences): Record<string, string> {
  return {
    'data-text-size': String(reading.textSize),
    'data-contrast': reading.contrast,
    'data-spacing': reading.spacing,
    'data-motion': reading.motion,
  };
}
