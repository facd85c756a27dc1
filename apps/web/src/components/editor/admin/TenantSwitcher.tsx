import { getTranslations } from 'next-intl/server';
import type { Editor } from '../../../lib/editor/api';
import { switchTargets } from '../../../lib/editor/admin/switcher';
import { getTenant } from '../../../lib/site';
import { publicOrigin } from '../../../lib/public-url';

/**
 * For members of several tenants: links to the editor of each, on that
 * tenant's own domain (sessions are per domain, so there one signs in again
 * unless already signed in). Nothing for members of one tenant.
 */
export async function TenantSwitcher({ locale, editor }: { locale: string; editor: Editor }) {
  const tenant = await getTenant();
  if (editor.memberships.length < 2 || !tenant) return null;
  const t = await getTranslations({ locale, namespace: 'Editor.admin' });
  const targets = switchTargets(editor.memberships, { tenantSlug: tenant.slug, locale, originOf: (domain) => publicOrigin(domain) });
  return (
    <nav aria-labelledby="tenant-switcher-label" className="tenant-switcher">
      <p id="tenant-switcher-label">{t('switcher.label')}</p>
      <ul className="editor-nav">
        {targets.map((target) => (
          <li key={target.href}>
            {target.current ? (
              <a href={target.href} aria-current="page">
                {target.name}
              </a>
            ) : (
              <a href={target.href}>{t('switcher.link', { name: target.name })}</a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
