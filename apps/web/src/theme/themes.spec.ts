import { checkTheme } from '@careleaf/schema/theme';
import { assertTenantThemes, DEFAULT_THEME, HIGH_CONTRAST_THEME, TENANT_THEMES, themeCss, themeFor } from './themes';

test.each(Object.entries({ default: DEFAULT_THEME, ...TENANT_THEMES }))('the %s theme meets WCAG AA contrast', (_name, theme) => {
  expect(checkTheme(theme, 'AA')).toEqual([]);
});

test('the high-contrast theme meets AAA (7:1) for text', () => {
  expect(checkTheme(HIGH_CONTRAST_THEME, 'AAA')).toEqual([]);
});

test('the build-time gate passes for the shipped themes', () => {
  expect(() => assertTenantThemes()).not.toThrow();
});

test('a tenant without a theme of its own gets the default theme', () => {
  expect(themeFor('no-such-tenant')).toBe(DEFAULT_THEME);
  expect(themeFor('gesundheit')).toBe(TENANT_THEMES.gesundheit);
});

test('theme CSS declares one custom property per colour and refuses anything that is not a hex colour', () => {
  const css = themeCss(':root', DEFAULT_THEME);
  expect(css).toMatch(/^:root\{--color-background:#ffffff;--color-surface:#f3f2f1;.*--color-focus-ring:#0b0c0c;--color-border:#5c666b\}$/);
  expect(() => themeCss(':root', { ...DEFAULT_THEME, text: 'red;}body{display:none' })).toThrow(/not a hex colour/);
});
