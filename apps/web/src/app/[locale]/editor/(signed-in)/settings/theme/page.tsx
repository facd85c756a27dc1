import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminFieldError, AdminMessage, adminFieldProps } from '../../../../../../components/editor/admin/AdminMessage';
import { NotAllowed } from '../../../../../../components/editor/admin/NotAllowed';
import { SettingsNav } from '../../../../../../components/editor/admin/SettingsNav';
import { themeColorLabels } from '../../../../../../components/editor/admin/theme-labels';
import { readFlash } from '../../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../../components/editor/EditorNav';
import { canChangeSettings } from '../../../../../../lib/editor/admin/access';
import { recallDraft } from '../../../../../../lib/editor/admin/form-memory';
import { formatRatio, pairContrasts, THEME_COLOR_NAMES, themeFieldId } from '../../../../../../lib/editor/admin/theme-check';
import { AdminTenantQuery } from '../../../../../../lib/editor/admin-documents';
import { asEditor } from '../../../../../../lib/editor/api';
import type { EditorPageProps } from '../../../../../../lib/editor/page-props';
import { pageContext } from '../../../../../../lib/page';
import { themeFor } from '../../../../../../theme/themes';
import { signedInEditor } from '../../../../../../lib/editor/signed-in';

export async function generateMetadata({ params }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  return { title: t('theme.title') };
}

/**
 * The site's colours. Saving checks every pair drawn on each other first
 * (text 4.5:1, outlines and borders 3:1); a failing pair is named next to
 * the colour at fault with its ratio, and nothing is saved.
 */
export default async function ThemePage({ params, searchParams }: EditorPageProps) {
  const { tenant: site, locale } = await pageContext(params);
  const editor = await signedInEditor(locale.tag);
  if (!canChangeSettings(editor)) return <NotAllowed locale={locale.tag} editor={editor} what="settings" />;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  const flash = await readFlash((await searchParams).flash);
  const tenant = (await asEditor(AdminTenantQuery, {})).data?.tenant;
  if (!tenant) throw new Error('The API did not return the tenant settings.');
  const saved = tenant.theme ?? themeFor(site.slug);
  const name = await themeColorLabels(locale.tag);
  // After a refusal the fields show what was typed; the swatches and the table stay with the saved colours.
  const draft = await recallDraft(flash);
  return (
    <>
      <h1>{t('theme.title')}</h1>
      <EditorNav locale={locale.tag} editor={editor} />
      <SettingsNav locale={locale.tag} current="theme" />
      <section aria-labelledby="theme-heading" className="admin-section">
        <h2 id="theme-heading">{t('theme.formLegend')}</h2>
        <p>{t('theme.intro')}</p>
        {tenant.theme ? null : <p>{t('theme.usingDefault')}</p>}
        <AdminMessage flash={flash} locale={locale.tag} section="theme" />
        <form method="post" action={`/${locale.tag}/editor/settings/save`} className="editor-form">
          <input type="hidden" name="csrf" value={editor.csrfToken} />
          <input type="hidden" name="section" value="theme" />
          <p className="hint" id="theme-hint">
            {t('theme.hint')}
          </p>
          <div className="theme-fields">
            {THEME_COLOR_NAMES.map((c) => (
              <div className="field" key={c}>
                <label htmlFor={themeFieldId(c)}>{name(c)}</label>
                <span className="swatch-row">
                  <span className="swatch" style={{ background: saved[c] }} aria-hidden="true" />
                  <input
                    id={themeFieldId(c)}
                    name={themeFieldId(c)}
                    defaultValue={draft?.value(themeFieldId(c), saved[c]) ?? saved[c]}
                    size={9}
                    maxLength={7}
                    autoComplete="off"
                    spellCheck={false}
                    {...adminFieldProps(flash, themeFieldId(c), 'theme-hint')}
                  />
                </span>
                <AdminFieldError flash={flash} id={themeFieldId(c)} />
              </div>
            ))}
          </div>
          <div>
            <button className="button" type="submit">
              {t('theme.save')}
            </button>
          </div>
        </form>
        <table className="editor-table">
          <caption>{t('theme.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('theme.pair')}</th>
              <th scope="col">{t('theme.ratio')}</th>
              <th scope="col">{t('theme.needed')}</th>
              <th scope="col">{t('theme.result')}</th>
            </tr>
          </thead>
          <tbody>
            {pairContrasts(saved).map((p) => (
              <tr key={`${p.foreground}-${p.background}`}>
                <th scope="row">{t('theme.pairText', { foreground: name(p.foreground), background: name(p.background) })}</th>
                <td>{formatRatio(p.ratio, locale.tag)}</td>
                <td>{`${p.needed.toLocaleString(locale.tag)}:1`}</td>
                <td>{p.ok ? t('theme.pass') : t('theme.fail')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
