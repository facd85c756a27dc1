import { DEFAULT_TARGETS, type ReadabilityScoreName, type ReadabilityTargets, type TargetRange } from '@careleaf/content-checks';
import { checkTheme, THEME_COLOR_NAMES, type ThemeColors } from '@careleaf/schema';
import { AppError, badInput } from '../../kernel/errors';
import { READABILITY_SEVERITIES, type PublishRequirements } from '../../kernel/publish-requirements';

/**
 * The tenant's own look and writing targets: theme colours (checked for
 * WCAG AA contrast before they are stored) and readability targets per
 * formula. Both live in the tenant's settings.
 */

export const READABILITY_SCORES = Object.keys(DEFAULT_TARGETS) as ReadabilityScoreName[];

/** A theme whose every colour is #rrggbb and whose every drawn pair meets AA; else BAD_USER_INPUT naming the first colour, with all problems in `issues`. */
export function validTheme(colors: Record<string, string>): ThemeColors {
  const issues = checkTheme(colors, 'AA').map((i) => ({ field: `theme.${i.field}`, message: i.message }));
  if (issues.length) {
    const more = issues.length > 1 ? ` (${issues.length - 1} more problem${issues.length > 2 ? 's' : ''} to fix)` : '';
    throw new AppError('BAD_USER_INPUT', `${issues[0]!.message}${more}`, issues[0]!.field, { reason: 'THEME_INVALID', issues });
  }
  // Lower-case six-digit form, so the stylesheet and comparisons see one spelling.
  const theme: Partial<ThemeColors> = {};
  for (const name of THEME_COLOR_NAMES) theme[name] = longHex(colors[name]!);
  return theme as ThemeColors;
}

function longHex(value: string): string {
  const v = value.trim().toLowerCase();
  return v.length === 4 ? `#${[...v.slice(1)].map((c) => c + c).join('')}` : v;
}

export interface TargetSpec {
  score: string;
  min?: number | null;
  max?: number | null;
}

/** Scores stay within what the formulas can give (grades and indexes between -100 and 200). */
const LIMIT = 200;

/**
 * Targets as a tenant sets them: each formula at most once; a formula with
 * neither min nor max has no target; formulas left out keep the default.
 */
export function validReadabilityTargets(specs: TargetSpec[]): ReadabilityTargets {
  const out: ReadabilityTargets = {};
  specs.forEach((s, i) => {
    const score = s.score.trim() as ReadabilityScoreName;
    if (!READABILITY_SCORES.includes(score)) {
      throw badInput(
        `readabilityTargets[${i}].score`,
        `"${s.score}" is not a readability formula. Use one of: ${READABILITY_SCORES.join(', ')}.`,
        { reason: 'READABILITY_SCORE_UNKNOWN', score: String(s.score) },
      );
    }
    if (score in out) throw badInput(`readabilityTargets[${i}].score`, `The formula "${score}" is listed twice.`, 'LISTED_TWICE');
    const range: TargetRange = {};
    for (const bound of ['min', 'max'] as const) {
      const v = s[bound];
      if (v === null || v === undefined) continue;
      if (!Number.isFinite(v) || Math.abs(v) > LIMIT) {
        throw badInput(
          `readabilityTargets[${i}].${bound}`,
          `The ${bound === 'min' ? 'lowest' : 'highest'} value for "${score}" must be a number between -${LIMIT} and ${LIMIT}.`,
          { reason: 'NUMBER_OUT_OF_RANGE', min: -LIMIT, max: LIMIT },
        );
      }
      range[bound] = Math.round(v * 10) / 10;
    }
    if (range.min !== undefined && range.max !== undefined && range.min > range.max) {
      throw badInput(
        `readabilityTargets[${i}].min`,
        `For "${score}" the lowest value (${range.min}) is above the highest (${range.max}).`,
        'RANGE_INVERTED',
      );
    }
    out[score] = range.min === undefined && range.max === undefined ? null : range;
  });
  return out;
}

/** Every formula with the target that applies to the tenant (its own, else the default); null: no target. */
export function effectiveTargets(
  own: ReadabilityTargets | undefined,
): { score: ReadabilityScoreName; min: number | null; max: number | null; custom: boolean }[] {
  return READABILITY_SCORES.map((score) => {
    const custom = own !== undefined && score in own;
    const range = custom ? own[score] : DEFAULT_TARGETS[score];
    return { score, min: range?.min ?? null, max: range?.max ?? null, custom };
  });
}

/** The publishing rules given, checked: readability is "error" or "warning". */
export function validPublishRequirements(given: { readonly [K in keyof PublishRequirements]?: unknown }): PublishRequirements {
  const out: PublishRequirements = {};
  for (const rule of ['author', 'reviewer', 'lastReviewed', 'summary', 'sources'] as const) {
    if (typeof given[rule] === 'boolean') out[rule] = given[rule];
  }
  const level = given.readability;
  if (level !== undefined) {
    if (!READABILITY_SEVERITIES.some((s) => s === level)) {
      throw badInput('publishRequirements.readability', `Use one of: ${READABILITY_SEVERITIES.join(', ')}.`, 'VALUE_NOT_ALLOWED');
    }
    out.readability = level as PublishRequirements['readability'];
  }
  return out;
}
