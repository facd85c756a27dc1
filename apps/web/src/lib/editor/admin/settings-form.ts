/**
 * The tenant settings forms ⇄ the API's UpdateTenantSettingsInput. Lists are
 * edited as rows (one per locale or region, plus an empty row to add one);
 * the API names bad fields by list index, so each parser also returns which
 * form row each list item came from, to put the error on the right control.
 */

export interface Parsed<T> {
  input: T;
  /** API field (e.g. "locales[1].fallbacks[0]") → id of the control that holds it. */
  fieldId(apiField: string): string;
}

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v.trim() : '';
};

/** "de, en;fr" → ["de", "en", "fr"] (commas, semicolons or spaces). */
export function splitList(value: string): string[] {
  return value
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** How many rows a list form posted (`rows` hidden field), within sane bounds. */
function rowCount(form: FormData): number {
  const n = Number(text(form, 'rows'));
  return Number.isInteger(n) && n > 0 && n <= 400 ? n : 0;
}

export const localeFieldId = (row: number, part: 'tag' | 'fallbacks' | 'remove') => `locale-${row}-${part}`;

export function parseLocales(form: FormData): Parsed<{ locales: { tag: string; fallbacks: string[] }[]; defaultLocale: string }> {
  const rows: number[] = [];
  const locales: { tag: string; fallbacks: string[] }[] = [];
  for (let row = 0; row < rowCount(form); row++) {
    const tag = text(form, localeFieldId(row, 'tag'));
    if (!tag || form.get(localeFieldId(row, 'remove')) === 'on') continue;
    rows.push(row);
    locales.push({ tag, fallbacks: splitList(text(form, localeFieldId(row, 'fallbacks'))) });
  }
  return {
    input: { locales, defaultLocale: text(form, 'default-locale') },
    fieldId(apiField) {
      if (apiField === 'defaultLocale') return 'default-locale';
      const m = /^locales\[(\d+)\](?:\.(tag|fallbacks))?/.exec(apiField);
      const row = m ? rows[Number(m[1])] : undefined;
      if (row === undefined) return localeFieldId(rows[0] ?? 0, 'tag');
      return localeFieldId(row, m![2] === 'fallbacks' ? 'fallbacks' : 'tag');
    },
  };
}

export const regionFieldId = (row: number, part: 'code' | 'name' | 'default' | 'locales' | 'domains' | 'remove') => `region-${row}-${part}`;

export interface RegionRow {
  code: string;
  /** Null: the API uses the country's English name (or the subdivision's). */
  name: string | null;
  /** Null: the first of the region's languages. */
  defaultLocale: string | null;
  locales: string[];
  domains: string[];
}

export function parseRegions(form: FormData): Parsed<{ regions: RegionRow[]; defaultRegion?: string }> {
  const rows: number[] = [];
  const regions: RegionRow[] = [];
  for (let row = 0; row < rowCount(form); row++) {
    const code = text(form, regionFieldId(row, 'code'));
    if (!code || form.get(regionFieldId(row, 'remove')) === 'on') continue;
    rows.push(row);
    const name = text(form, regionFieldId(row, 'name'));
    const defaultLocale = text(form, regionFieldId(row, 'default'));
    regions.push({
      code,
      name: name || null,
      defaultLocale: defaultLocale || null,
      locales: splitList(text(form, regionFieldId(row, 'locales'))),
      domains: splitList(text(form, regionFieldId(row, 'domains'))),
    });
  }
  const defaultRegion = text(form, 'default-region');
  return {
    input: { regions, ...(defaultRegion ? { defaultRegion } : {}) },
    fieldId(apiField) {
      if (apiField === 'defaultRegion') return 'default-region';
      const m = /^regions\[(\d+)\](?:\.(code|name|defaultLocale|locales|domains))?/.exec(apiField);
      const row = m ? rows[Number(m[1])] : undefined;
      if (row === undefined) return regionFieldId(rows[0] ?? 0, 'code');
      const part = ({ defaultLocale: 'default', locales: 'locales', domains: 'domains', name: 'name' } as const)[
        m![2] as 'defaultLocale' | 'locales' | 'domains' | 'name'
      ];
      return regionFieldId(row, part ?? 'code');
    },
  };
}

export function parseDomains(form: FormData): Parsed<{ domains: string[] }> {
  return { input: { domains: splitList(text(form, 'domains')) }, fieldId: () => 'domains' };
}

/** The web origins allowed to read the public API (CORS): one per line or separated by commas. */
export function parseCorsOrigins(form: FormData): Parsed<{ corsOrigins: string[] }> {
  return { input: { corsOrigins: splitList(text(form, 'cors-origins')) }, fieldId: () => 'cors-origins' };
}

export const targetFieldId = (score: string, bound: 'min' | 'max') => `target-${score}-${bound}`;

/** A number field: empty is null, a comma works as the decimal sign; anything else is NaN (the API then names the field). */
function numberOf(value: string): number | null {
  if (!value) return null;
  const n = Number(value.replace(',', '.'));
  return Number.isFinite(n) ? n : Number.NaN;
}

export interface TargetInput {
  score: string;
  min: number | null;
  max: number | null;
}

/**
 * Review cycle and readability targets. A formula is sent only when it was
 * the tenant's own already or its values changed (hidden `target-<score>-was`
 * holds "min|max|custom" as shown), so untouched formulas keep following
 * Careleaf's defaults.
 */
export function parseReview(
  form: FormData,
  scores: readonly string[],
): Parsed<{ reviewCycleMonths: number; readabilityTargets: TargetInput[] }> & { badNumber?: string } {
  const targets: TargetInput[] = [];
  let badNumber: string | undefined;
  for (const score of scores) {
    const minText = text(form, targetFieldId(score, 'min'));
    const maxText = text(form, targetFieldId(score, 'max'));
    const min = numberOf(minText);
    const max = numberOf(maxText);
    if (Number.isNaN(min)) badNumber ??= targetFieldId(score, 'min');
    if (Number.isNaN(max)) badNumber ??= targetFieldId(score, 'max');
    const [wasMin = '', wasMax = '', wasCustom = ''] = text(form, `target-${score}-was`).split('|');
    const changed = minText !== wasMin || maxText !== wasMax;
    if (changed || wasCustom === 'custom') targets.push({ score, min, max });
  }
  const cycle = text(form, 'review-cycle');
  const index = (i: number) => targets[i]?.score;
  return {
    input: { reviewCycleMonths: cycle ? Number(cycle) : Number.NaN, readabilityTargets: targets },
    ...(badNumber ? { badNumber } : {}),
    fieldId(apiField) {
      if (apiField === 'reviewCycleMonths') return 'review-cycle';
      const m = /^readabilityTargets\[(\d+)\]\.?(min|max)?/.exec(apiField);
      const score = m ? index(Number(m[1])) : undefined;
      return score ? targetFieldId(score, m![2] === 'max' ? 'max' : 'min') : 'review-cycle';
    },
  };
}
