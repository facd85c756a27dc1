import { assertThemeContrast, THEME_COLOR_NAMES, type ThemeColors } from '@careleaf/schema/theme';

/** For tenants without a theme of their own. */
export const DEFAULT_THEME: ThemeColors = {
  background: '#ffffff',
  surface: '#f3f2f1',
  text: '#0b0c0c',
  mutedText: '#484f53',
  link: '#1a5fa3',
  accent: '#1d4f91',
  accentText: '#ffffff',
  focus: '#ffdd00',
  focusText: '#0b0c0c',
  focusRing: '#0b0c0c',
  border: '#5c666b',
};

/**
 * Tenant themes by tenant slug. They live in code until tenants can save a
 * theme through the API; either way every theme passes checkTheme() first.
 */
export const TENANT_THEMES: Readonly<Record<string, ThemeColors>> = {
  gesundheit: {
    ...DEFAULT_THEME,
    surface: '#eef5f6',
    link: '#005a70',
    accent: '#00475a',
  },
  'gesundheit-at': {
    ...DEFAULT_THEME,
    surface: '#f7f0f1',
    link: '#8c1d33',
    accent: '#7a1a2e',
  },
};

/** The reader's high-contrast choice replaces any tenant theme; it meets AAA (7:1) for text. */
export const HIGH_CONTRAST_THEME: ThemeColors = {
  background: '#000000',
  surface: '#000000',
  text: '#ffffff',
  mutedText: '#ffffff',
  link: '#ffff00',
  accent: '#000000',
  accentText: '#ffffff',
  focus: '#ffff00',
  focusText: '#000000',
  focusRing: '#ffffff',
  border: '#ffffff',
};

export function themeFor(tenantSlug: string | undefined): ThemeColors {
  return (tenantSlug && TENANT_THEMES[tenantSlug]) || DEFAULT_THEME;
}

const cssName = (name: string) => `--color-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** CSS custom properties for a theme under `selector`; colours are validated hex values, so nothing else can reach the stylesheet. */
export function themeCss(selector: string, colors: ThemeColors): string {
  const declarations = THEME_COLOR_NAMES.map((name) => {
    const value = colors[name];
    if (!/^#[0-9a-fA-F]{3,6}$/.test(value)) throw new Error(`Theme colour ${name} is not a hex colour: ${value}`);
    return `${cssName(name)}:${value}`;
  });
  return `${selector}{${declarations.join(';')}}`;
}

/** Build-time gate (next.config.ts): every shipped theme must pass the contrast check. */
export function assertTenantThemes(): void {
  assertThemeContrast('default', DEFAULT_THEME, 'AA');
  for (const [slug, colors] of Object.entries(TENANT_THEMES)) assertThemeContrast(slug, colors, 'AA');
  assertThemeContrast('high contrast', HIGH_CONTRAST_THEME, 'AAA');
}
