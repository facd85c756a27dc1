import type { ThemeColors } from '@careleaf/schema/theme';
import { HIGH_CONTRAST_THEME, themeCss, themeFor } from '../theme/themes';

/**
 * The tenant's colours as CSS custom properties, and the high-contrast theme
 * for readers who chose it in the display settings (data-contrast="high").
 * A theme the tenant saved in the editor (checked for contrast by the API)
 * wins over the one shipped in code.
 */
export function ThemeStyle({ tenantSlug, saved }: { tenantSlug?: string; saved?: ThemeColors | null }) {
  return (
    <style>{`${themeCss(':root', saved ?? themeFor(tenantSlug))}${themeCss('html[data-contrast="high"]', HIGH_CONTRAST_THEME)}`}</style>
  );
}
