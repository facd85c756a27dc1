import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminFieldError, AdminMessage, adminFieldProps } from '../../../../../components/editor/admin/AdminMessage';
import { NotAllowed } from '../../../../../components/editor/admin/NotAllowed';
import { PublishingRequirementsSection } from '../../../../../components/editor/admin/PublishingRequirementsSection';
import { SettingsNav } from '../../../../../components/editor/admin/SettingsNav';
import { readFlash } from '../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../components/editor/EditorNav';
import { canChangeSettings } from '../../../../../lib/editor/admin/access';
import { recallDraft } from '../../../../../lib/editor/admin/form-memory';
import { localeFieldId, regionFieldId, targetFieldId } from '../../../../../lib/editor/admin/settings-form';
import { AdminTenantQuery } from '../../../../../lib/editor/admin-documents';
import { asEditor } from '../../../../../lib/editor/api';
import type { EditorPageProps } from '../../../../../lib/editor/page-props';
import { pageContext } from '../../../../../lib/page';
import { signedInEditor } from '../../../../../lib/editor/signed-in';

export async function generateMetadata({ params }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  return { title: t('settings.title') };
}

const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/**
 * Languages, regions, domains, review cycle and readability targets of the
 * tenant: one form per part, each with its own outcome message. Lists are
 * rows plus one empty row to add an item; "Remove" drops a row on saving.
 */
export default async function SettingsPage({ params, searchParams }: EditorPageProps) {
  const { locale } = await pageContext(params);
  const editor = await signedInEditor(locale.tag);
  const back = `/${locale.tag}/editor/settings`;
  if (!canChangeSettings(editor)) return <NotAllowed locale={locale.tag} editor={editor} what="settings" />;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  const flash = await readFlash((await searchParams).flash);
  const tenant = (await asEditor(AdminTenantQuery, {})).data?.tenant;
  if (!tenant) throw new Error('The API did not return the tenant settings.');
  const action = `${back}/save`;
  const languageName = new Intl.DisplayNames([locale.tag], { type: 'language' });
  const langLabel = (tag: string) => `${languageName.of(tag) ?? tag} (${tag})`;
  // After a refusal the form shows what was typed (the draft), else the stored settings plus one empty row.
  const draft = await recallDraft(flash);
  const drafted = (section: string) => (draft && flash?.section === section ? draft : null);
  const localeDraft = drafted('locales');
  const localeRows = localeDraft
    ? Array.from({ length: Number(localeDraft.value('rows', '0')) }, (_, i) => ({
        tag: localeDraft.value(localeFieldId(i, 'tag'), ''),
        fallbacks: localeDraft.value(localeFieldId(i, 'fallbacks'), ''),
        remove: localeDraft.checked(localeFieldId(i, 'remove')),
      }))
    : [
        ...tenant.locales.map((l) => ({ tag: l.tag, fallbacks: l.fallbacks.join(', '), remove: false })),
        { tag: '', fallbacks: '', remove: false },
      ];
  const regionDraft = drafted('regions');
  const regionRows = regionDraft
    ? Array.from({ length: Number(regionDraft.value('rows', '0')) }, (_, i) => ({
        code: regionDraft.value(regionFieldId(i, 'code'), ''),
        name: regionDraft.value(regionFieldId(i, 'name'), ''),
        defaultLocale: regionDraft.value(regionFieldId(i, 'default'), ''),
        locales: regionDraft.value(regionFieldId(i, 'locales'), ''),
        domains: regionDraft.value(regionFieldId(i, 'domains'), ''),
        remove: regionDraft.checked(regionFieldId(i, 'remove')),
      }))
    : [
        ...tenant.regions.map((r) => ({ ...r, locales: r.locales.join(', '), domains: r.domains.join(', '), remove: false })),
        { code: '', name: '', defaultLocale: null, locales: '', domains: '', remove: false },
      ];
  const domainsDraft = drafted('domains');
  const reviewDraft = drafted('review');
  const hidden = (
    <>
      <input type="hidden" name="csrf" value={editor.csrfToken} />
    </>
  );
  const formulas = {
    fleschReadingEase: t('formulas.fleschReadingEase'),
    fleschKincaidGrade: t('formulas.fleschKincaidGrade'),
    amstad: t('formulas.amstad'),
    wienerSachtextformel: t('formulas.wienerSachtextformel'),
    fernandezHuerta: t('formulas.fernandezHuerta'),
    kandelMoles: t('formulas.kandelMoles'),
    gulpease: t('formulas.gulpease'),
    fleschDouma: t('formulas.fleschDouma'),
  } as Record<string, string>;
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <EditorNav locale={locale.tag} editor={editor} />
      <SettingsNav locale={locale.tag} current="general" />

      <section aria-labelledby="locales-heading" className="admin-section">
        <h2 id="locales-heading">{t('settings.localesTitle')}</h2>
        <p>{t('settings.localesIntro')}</p>
        <AdminMessage flash={flash} locale={locale.tag} section="locales" />
        <form method="post" action={action} className="editor-form">
          {hidden}
          <input type="hidden" name="section" value="locales" />
          <input type="hidden" name="rows" value={localeRows.length} />
          {localeRows.map((row, i) => {
            const isNew = i >= tenant.locales.length;
            return (
              <fieldset key={i} className="admin-row">
                <legend>{isNew ? t('settings.localeNew') : t('settings.localeLegend', { n: i + 1 })}</legend>
                <div className="field">
                  <label htmlFor={localeFieldId(i, 'tag')}>{t('settings.localeTag')}</label>
                  <input
                    id={localeFieldId(i, 'tag')}
                    name={localeFieldId(i, 'tag')}
                    defaultValue={row.tag}
                    autoComplete="off"
                    spellCheck={false}
                    {...adminFieldProps(flash, localeFieldId(i, 'tag'), 'locale-tag-hint')}
                  />
                  <AdminFieldError flash={flash} id={localeFieldId(i, 'tag')} />
                </div>
                <div className="field">
                  <label htmlFor={localeFieldId(i, 'fallbacks')}>{t('settings.localeFallbacks')}</label>
                  <input
                    id={localeFieldId(i, 'fallbacks')}
                    name={localeFieldId(i, 'fallbacks')}
                    defaultValue={row.fallbacks}
                    autoComplete="off"
                    spellCheck={false}
                    {...adminFieldProps(flash, localeFieldId(i, 'fallbacks'), 'locale-fallbacks-hint')}
                  />
                  <AdminFieldError flash={flash} id={localeFieldId(i, 'fallbacks')} />
                </div>
                {isNew ? null : (
                  <div className="field checkbox">
                    <input type="checkbox" id={localeFieldId(i, 'remove')} name={localeFieldId(i, 'remove')} defaultChecked={row.remove} />
                    <label htmlFor={localeFieldId(i, 'remove')}>{t('settings.rowRemove')}</label>
                  </div>
                )}
              </fieldset>
            );
          })}
          <p className="hint" id="locale-tag-hint">
            {t('settings.localeTagHint')}
          </p>
          <p className="hint" id="locale-fallbacks-hint">
            {t('settings.localeFallbacksHint')}
          </p>
          <div className="field">
            <label htmlFor="default-locale">{t('settings.defaultLocale')}</label>
            <select
              id="default-locale"
              name="default-locale"
              defaultValue={localeDraft?.value('default-locale', tenant.defaultLocale) ?? tenant.defaultLocale}
              {...adminFieldProps(flash, 'default-locale')}
            >
              {tenant.locales.map((l) => (
                <option key={l.tag} value={l.tag}>
                  {langLabel(l.tag)}
                </option>
              ))}
            </select>
            <AdminFieldError flash={flash} id="default-locale" />
          </div>
          <div>
            <button className="button" type="submit">
              {t('settings.saveLocales')}
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="regions-heading" className="admin-section">
        <h2 id="regions-heading">{t('settings.regionsTitle')}</h2>
        <p>{t('settings.regionsIntro')}</p>
        <AdminMessage flash={flash} locale={locale.tag} section="regions" />
        <form method="post" action={action} className="editor-form">
          {hidden}
          <input type="hidden" name="section" value="regions" />
          <input type="hidden" name="rows" value={regionRows.length} />
          {regionRows.map((row, i) => {
            const isNew = i >= tenant.regions.length;
            const input = (part: 'code' | 'name' | 'locales' | 'domains', value: string, label: string, hint?: string) => (
              <div className="field">
                <label htmlFor={regionFieldId(i, part)}>{label}</label>
                <input
                  id={regionFieldId(i, part)}
                  name={regionFieldId(i, part)}
                  defaultValue={value}
                  autoComplete="off"
                  spellCheck={false}
                  {...adminFieldProps(flash, regionFieldId(i, part), hint)}
                />
                <AdminFieldError flash={flash} id={regionFieldId(i, part)} />
              </div>
            );
            return (
              <fieldset key={i} className="admin-row">
                <legend>{isNew ? t('settings.regionNew') : t('settings.regionLegend', { n: i + 1 })}</legend>
                {input('code', row.code, t('settings.regionCode'), 'region-code-hint')}
                {input('name', row.name, t('settings.regionName'))}
                <div className="field">
                  <label htmlFor={regionFieldId(i, 'default')}>{t('settings.regionDefault')}</label>
                  <select
                    id={regionFieldId(i, 'default')}
                    name={regionFieldId(i, 'default')}
                    defaultValue={row.defaultLocale ?? ''}
                    {...adminFieldProps(flash, regionFieldId(i, 'default'))}
                  >
                    <option value="">{t('settings.regionDefaultNone')}</option>
                    {tenant.locales.map((l) => (
                      <option key={l.tag} value={l.tag}>
                        {langLabel(l.tag)}
                      </option>
                    ))}
                  </select>
                  <AdminFieldError flash={flash} id={regionFieldId(i, 'default')} />
                </div>
                {input('locales', row.locales, t('settings.regionLocales'), 'region-list-hint')}
                {input('domains', row.domains, t('settings.regionDomains'), 'region-list-hint')}
                {isNew ? null : (
                  <div className="field checkbox">
                    <input type="checkbox" id={regionFieldId(i, 'remove')} name={regionFieldId(i, 'remove')} defaultChecked={row.remove} />
                    <label htmlFor={regionFieldId(i, 'remove')}>{t('settings.rowRemove')}</label>
                  </div>
                )}
              </fieldset>
            );
          })}
          <p className="hint" id="region-code-hint">
            {t('settings.regionCodeHint')}
          </p>
          <p className="hint" id="region-list-hint">
            {t('settings.listHint')}
          </p>
          <div className="field">
            <label htmlFor="default-region">{t('settings.defaultRegion')}</label>
            <select
              id="default-region"
              name="default-region"
              defaultValue={regionDraft?.value('default-region', tenant.defaultRegion ?? '') ?? tenant.defaultRegion ?? ''}
              {...adminFieldProps(flash, 'default-region')}
            >
              {tenant.regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name} ({r.code})
                </option>
              ))}
            </select>
            <AdminFieldError flash={flash} id="default-region" />
          </div>
          <div>
            <button className="button" type="submit">
              {t('settings.saveRegions')}
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="domains-heading" className="admin-section">
        <h2 id="domains-heading">{t('settings.domainsTitle')}</h2>
        <AdminMessage flash={flash} locale={locale.tag} section="domains" />
        <form method="post" action={action} className="editor-form">
          {hidden}
          <input type="hidden" name="section" value="domains" />
          <div className="field">
            <label htmlFor="domains">{t('settings.domains')}</label>
            <textarea
              id="domains"
              name="domains"
              rows={Math.max(3, tenant.domains.length + 1)}
              defaultValue={domainsDraft?.value('domains', '') ?? tenant.domains.join('\n')}
              spellCheck={false}
              {...adminFieldProps(flash, 'domains', 'domains-hint')}
            />
            <p className="hint" id="domains-hint">
              {t('settings.domainsHint')}
            </p>
            <AdminFieldError flash={flash} id="domains" />
          </div>
          <div>
            <button className="button" type="submit">
              {t('settings.saveDomains')}
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="review-heading" className="admin-section">
        <h2 id="review-heading">{t('settings.reviewTitle')}</h2>
        <AdminMessage flash={flash} locale={locale.tag} section="review" />
        <form method="post" action={action} className="editor-form" noValidate>
          {hidden}
          <input type="hidden" name="section" value="review" />
          <div className="field">
            <label htmlFor="review-cycle">{t('settings.reviewCycle')}</label>
            <input
              id="review-cycle"
              name="review-cycle"
              type="number"
              min={1}
              max={120}
              step={1}
              inputMode="numeric"
              defaultValue={reviewDraft?.value('review-cycle', '') ?? tenant.reviewCycleMonths}
              {...adminFieldProps(flash, 'review-cycle', 'review-cycle-hint')}
            />
            <p className="hint" id="review-cycle-hint">
              {t('settings.reviewCycleHint')}
            </p>
            <AdminFieldError flash={flash} id="review-cycle" />
          </div>
          <table className="editor-table">
            <caption>{t('settings.targetsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings.formula')}</th>
                <th scope="col">{t('settings.lowest')}</th>
                <th scope="col">{t('settings.highest')}</th>
                <th scope="col">{t('settings.targetSource')}</th>
              </tr>
            </thead>
            <tbody>
              {tenant.readabilityTargets.map((target) => {
                const name = formulas[target.score] ?? target.score;
                const bound = (b: 'min' | 'max', value: number | null | undefined) => (
                  <td>
                    <div className="field">
                      <label htmlFor={targetFieldId(target.score, b)} className="visually-hidden">
                        {b === 'min' ? t('settings.targetMin', { formula: name }) : t('settings.targetMax', { formula: name })}
                      </label>
                      <input
                        id={targetFieldId(target.score, b)}
                        name={targetFieldId(target.score, b)}
                        defaultValue={reviewDraft?.value(targetFieldId(target.score, b), '') ?? num(value)}
                        inputMode="decimal"
                        size={6}
                        autoComplete="off"
                        {...adminFieldProps(flash, targetFieldId(target.score, b))}
                      />
                      <AdminFieldError flash={flash} id={targetFieldId(target.score, b)} />
                    </div>
                  </td>
                );
                return (
                  <tr key={target.score}>
                    <th scope="row">
                      {name}
                      <input
                        type="hidden"
                        name={`target-${target.score}-was`}
                        value={`${num(target.min)}|${num(target.max)}|${target.custom ? 'custom' : 'default'}`}
                      />
                    </th>
                    {bound('min', target.min)}
                    {bound('max', target.max)}
                    <td>{target.custom ? t('settings.targetCustom') : t('settings.targetDefault')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div>
            <button className="button" type="submit">
              {t('settings.saveReview')}
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="security-heading" className="admin-section">
        <h2 id="security-heading">{t('settings.securityTitle')}</h2>
        <AdminMessage flash={flash} locale={locale.tag} section="security" />
        <form method="post" action={action} className="editor-form">
          <input type="hidden" name="csrf" value={editor.csrfToken} />
          <input type="hidden" name="section" value="security" />
          <div className="field checkbox">
            <input
              type="checkbox"
              id="require-two-factor"
              name="require-two-factor"
              defaultChecked={tenant.requireTwoFactor}
              aria-describedby="require-two-factor-hint"
            />
            <label htmlFor="require-two-factor">{t('settings.requireTwoFactor')}</label>
            <p className="hint" id="require-two-factor-hint">
              {t('settings.requireTwoFactorHint')}
            </p>
          </div>
          <div>
            <button className="button" type="submit">
              {t('settings.saveSecurity')}
            </button>
          </div>
        </form>
      </section>

      <PublishingRequirementsSection locale={locale.tag} csrfToken={editor.csrfToken} rules={tenant.publishRequirements} flash={flash} />
    </>
  );
}
