import { getTranslations } from 'next-intl/server';
import type { Flash } from '../../../lib/editor/flash';
import { recallDraft } from '../../../lib/editor/admin/form-memory';
import { AdminField } from './AdminField';
import { AdminMessage } from './AdminMessage';

/**
 * The web origins whose browser code may read the public API (CORS), one per
 * line, saved through the tenant settings form (`section=cors`). Beside the
 * webhooks: both are for systems that consume the content.
 */
export async function CorsOriginsSection({
  locale,
  csrfToken,
  origins,
  flash,
}: {
  locale: string;
  csrfToken: string;
  origins: string[];
  flash: Flash | null;
}) {
  const t = await getTranslations({ locale, namespace: 'Editor.admin' });
  const draft = flash?.section === 'cors' ? await recallDraft(flash) : null;
  return (
    <section aria-labelledby="cors-heading" className="admin-section">
      <h2 id="cors-heading">{t('cors.title')}</h2>
      <p>{t('cors.intro')}</p>
      <AdminMessage flash={flash} locale={locale} section="cors" />
      <form method="post" action={`/${locale}/editor/settings/save`} className="editor-form" noValidate>
        <input type="hidden" name="csrf" value={csrfToken} />
        <input type="hidden" name="section" value="cors" />
        <AdminField id="cors-origins" label={t('cors.origins')} hint={t('cors.hint')} flash={flash}>
          {(control) => (
            <textarea
              {...control}
              rows={Math.max(3, origins.length + 1)}
              defaultValue={draft?.value(control.id, '') ?? origins.join('\n')}
              spellCheck={false}
              autoComplete="off"
            />
          )}
        </AdminField>
        <div>
          <button className="button" type="submit">
            {t('cors.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
