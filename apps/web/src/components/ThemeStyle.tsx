import { HIGH_CONTRAST_THEME, themeCss, themeFor } from '../theme/themes';

/**
 * The tenant's colours as CSS custom properties, and the high-contrast theme
 * for readers who chose it in the display settings (data-contrast="high").
 */
export function ThemeStyle({ tenantSlug }: { tenantSlug?: string }) {
  return <style>{`${themeCss(':root', themeFor(tenantSlug))}${themeCss('html[data-contrast="high"]', HIGH_CONTRAST_THEME)}`}</style>;
}
