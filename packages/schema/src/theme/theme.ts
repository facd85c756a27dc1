import { contrastRatio, isHexColor } from './contrast';

/** The colours a tenant can choose; everything else in the site's look is fixed. */
export interface ThemeColors {
  /** Page background. */
  background: string;
  /** Panels and cards on the page background. */
  surface: string;
  text: string;
  /** Secondary text such as dates and hints. */
  mutedText: string;
  link: string;
  /** Header band and primary buttons. */
  accent: string;
  /** Text on the accent colour. */
  accentText: string;
  /** Background of a focused element. */
  focus: string;
  /** Text on the focus background. */
  focusText: string;
  /** Outline around a focused element. */
  focusRing: string;
  /** Borders of form controls and panels. */
  border: string;
}

export const THEME_COLOR_NAMES: readonly (keyof ThemeColors)[] = [
  'background',
  'surface',
  'text',
  'mutedText',
  'link',
  'accent',
  'accentText',
  'focus',
  'focusText',
  'focusRing',
  'border',
];

/** A theme with each colour from `colour(name)`; written out field by field, so the compiler sees that none is missing. */
export function themeColorsFrom(colour: (name: keyof ThemeColors) => string): ThemeColors {
  return {
    background: colour('background'),
    surface: colour('surface'),
    text: colour('text'),
    mutedText: colour('mutedText'),
    link: colour('link'),
    accent: colour('accent'),
    accentText: colour('accentText'),
    focus: colour('focus'),
    focusText: colour('focusText'),
    focusRing: colour('focusRing'),
    border: colour('border'),
  };
}

export type ContrastLevel = 'AA' | 'AAA';

interface Pair {
  foreground: keyof ThemeColors;
  background: keyof ThemeColors;
  /** Text needs 4.5:1 (AA) or 7:1 (AAA); outlines and control borders 3:1 (WCAG 1.4.11). */
  kind: 'text' | 'non-text';
}

/** Every pair of colours the site's stylesheet draws on top of each other. */
export const THEME_PAIRS: readonly Pair[] = [
  { foreground: 'text', background: 'background', kind: 'text' },
  { foreground: 'text', background: 'surface', kind: 'text' },
  { foreground: 'mutedText', background: 'background', kind: 'text' },
  { foreground: 'mutedText', background: 'surface', kind: 'text' },
  { foreground: 'link', background: 'background', kind: 'text' },
  { foreground: 'link', background: 'surface', kind: 'text' },
  { foreground: 'accentText', background: 'accent', kind: 'text' },
  { foreground: 'focusText', background: 'focus', kind: 'text' },
  { foreground: 'focusRing', background: 'background', kind: 'non-text' },
  { foreground: 'focusRing', background: 'surface', kind: 'non-text' },
  { foreground: 'focus', background: 'accent', kind: 'non-text' },
  { foreground: 'border', background: 'background', kind: 'non-text' },
  { foreground: 'border', background: 'surface', kind: 'non-text' },
];

export function requiredRatio(kind: Pair['kind'], level: ContrastLevel): number {
  if (kind === 'non-text') return 3;
  return level === 'AAA' ? 7 : 4.5;
}

export interface ThemeIssue {
  /** The colour field at fault, or the foreground of the failing pair. */
  field: keyof ThemeColors;
  message: string;
}

/**
 * Problems that make a theme unusable: missing or malformed colours and every
 * pair below the WCAG minimum. An empty list means the theme may be saved.
 */
export function checkTheme(colors: Partial<Record<keyof ThemeColors, string>>, level: ContrastLevel = 'AA'): ThemeIssue[] {
  const issues: ThemeIssue[] = [];
  for (const name of THEME_COLOR_NAMES) {
    const value = colors[name];
    if (value === undefined || value === '') issues.push({ field: name, message: `The colour "${name}" is missing.` });
    else if (!isHexColor(value)) issues.push({ field: name, message: `The colour "${name}" must be written as #rrggbb, got "${value}".` });
  }
  if (issues.length) return issues;
  const full = colors as ThemeColors;
  for (const pair of THEME_PAIRS) {
    const ratio = contrastRatio(full[pair.foreground], full[pair.background]);
    const needed = requiredRatio(pair.kind, level);
    if (ratio < needed) {
      issues.push({
        field: pair.foreground,
        message:
          `"${pair.foreground}" (${full[pair.foreground]}) on "${pair.background}" (${full[pair.background]}) has a contrast of ` +
          `${ratio.toFixed(2)}:1; it needs at least ${needed}:1. Darken or lighten one of them.`,
      });
    }
  }
  return issues;
}

/** Throws one error listing every problem, for build scripts and save paths. */
export function assertThemeContrast(name: string, colors: ThemeColors, level: ContrastLevel = 'AA'): void {
  const issues = checkTheme(colors, level);
  if (issues.length)
    throw new Error(`Theme "${name}" does not meet WCAG ${level} contrast:\n- ${issues.map((i) => i.message).join('\n- ')}`);
}
