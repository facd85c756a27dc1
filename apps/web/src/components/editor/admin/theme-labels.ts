import { getTranslations } from 'next-intl/server';
import type { ColorName } from '../../../lib/editor/admin/theme-check';

/** The theme's colours by name in the UI language. */
export async function themeColorLabels(locale: string): Promise<(c: ColorName) => string> {
  const t = await getTranslations({ locale, namespace: 'Editor.admin.theme' });
  const labels: Record<ColorName, string> = {
    background: t('colors.background'),
    surface: t('colors.surface'),
    text: t('colors.text'),
    mutedText: t('colors.mutedText'),
    link: t('colors.link'),
    accent: t('colors.accent'),
    accentText: t('colors.accentText'),
    focus: t('colors.focus'),
    focusText: t('colors.focusText'),
    focusRing: t('colors.focusRing'),
    border: t('colors.border'),
  };
  return (c) => labels[c];
}
