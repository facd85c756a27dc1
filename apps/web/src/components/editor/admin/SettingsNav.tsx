import { getTranslations } from 'next-intl/server';

/** The parts of the tenant settings; the current one is marked with aria-current. */
export async function SettingsNav({ locale, current }: { locale: string; current: 'general' | 'theme' | 'members' | 'sso' | 'webhooks' }) {
  const t = await getTranslations({ locale, namespace: 'Editor.admin' });
  const base = `/${locale}/editor/settings`;
  const items = [
    { key: 'general', href: base, label: t('settings.navGeneral') },
    { key: 'theme', href: `${base}/theme`, label: t('settings.navTheme') },
    { key: 'members', href: `${base}/members`, label: t('settings.navMembers') },
    { key: 'sso', href: `${base}/sso`, label: t('settings.navSso') },
    { key: 'webhooks', href: `${base}/webhooks`, label: t('settings.navWebhooks') },
  ] as const;
  return (
    <nav aria-label={t('settings.navLabel')}>
      <ul className="editor-nav editor-subnav">
        {items.map((i) => (
          <li key={i.key}>
            <a href={i.href} {...(i.key === current ? { 'aria-current': 'page' as const } : {})}>
              {i.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
