import {
  contrastRatio,
  isHexColor,
  requiredRatio,
  THEME_COLOR_NAMES,
  THEME_PAIRS,
  themeColorsFrom,
  type ThemeColors,
} from '@careleaf/schema/theme';

/**
 * The theme form's check before anything is sent: the same rules as the
 * API's (packages/schema/src/theme), as data, so the editor can word each
 * problem in the UI language and put it next to the colour at fault.
 */

export type ColorName = keyof ThemeColors;
export { THEME_COLOR_NAMES };

export type ThemeProblem =
  | { field: ColorName; kind: 'missing' }
  | { field: ColorName; kind: 'format'; value: string }
  | {
      field: ColorName;
      kind: 'contrast';
      foreground: ColorName;
      background: ColorName;
      fg: string;
      bg: string;
      ratio: number;
      needed: number;
    };

export interface PairContrast {
  foreground: ColorName;
  background: ColorName;
  ratio: number;
  needed: number;
  ok: boolean;
}

/** Every pair the stylesheet draws on each other, with its contrast (colours must be valid hex). */
export function pairContrasts(colors: ThemeColors): PairContrast[] {
  return THEME_PAIRS.map((p) => {
    const ratio = contrastRatio(colors[p.foreground], colors[p.background]);
    const needed = requiredRatio(p.kind, 'AA');
    return { foreground: p.foreground, background: p.background, ratio, needed, ok: ratio >= needed };
  });
}

/** Missing and malformed colours first; only a complete theme is checked for contrast. */
export function themeProblems(colors: Partial<Record<ColorName, string>>): ThemeProblem[] {
  const problems: ThemeProblem[] = [];
  for (const field of THEME_COLOR_NAMES) {
    const value = colors[field]?.trim() ?? '';
    if (!value) problems.push({ field, kind: 'missing' });
    else if (!isHexColor(value)) problems.push({ field, kind: 'format', value });
  }
  if (problems.length) return problems;
  const full = themeColorsFrom((n) => colors[n]!.trim());
  for (const p of pairContrasts(full)) {
    if (!p.ok) {
      problems.push({
        field: p.foreground,
        kind: 'contrast',
        foreground: p.foreground,
        background: p.background,
        fg: full[p.foreground],
        bg: full[p.background],
        ratio: p.ratio,
        needed: p.needed,
      });
    }
  }
  return problems;
}

/** A ratio as people read it: two decimals, rounded down so 4.496 never shows as a passing 4.50. */
export function formatRatio(ratio: number, locale: string): string {
  const floored = Math.floor(ratio * 100) / 100;
  return `${floored.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}:1`;
}

/** The id of the control of a colour in the theme form. */
export const themeFieldId = (name: ColorName) => `theme-${name}`;
