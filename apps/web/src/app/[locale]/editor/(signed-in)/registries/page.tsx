import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { RegistryFlag, RegistryKind } from '@careleaf/schema/web/graphql';
import { AdminMessage } from '../../../../../components/editor/admin/AdminMessage';
import { registryLabels } from '../../../../../components/editor/admin/registry-labels';
import { readFlash } from '../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../components/editor/EditorNav';
import { canEditRegistries } from '../../../../../lib/editor/admin/access';
import { REGISTRY_KINDS } from '../../../../../lib/editor/admin/registry-form';
import { RegistryListQuery } from '../../../../../lib/editor/admin-documents';
import { asEditor } from '../../../../../lib/editor/api';
import { one, type EditorPageProps } from '../../../../../lib/editor/page-props';
import { pageContext } from '../../../../../lib/page';
import { signedInEditor } from '../../../../../lib/editor/signed-in';

export async function generateMetadata({ params }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  return { title: t('registries.title') };
}

const PAGE_SIZE = 100;

/** Registry entries with a GET filter form (kind, words, needs attention); writers get edit, check and delete per row. */
export default async function RegistriesPage({ params, searchParams }: EditorPageProps) {
  const { locale } = await pageContext(params);
  const editor = await signedInEditor(locale.tag);
  const base = `/${locale.tag}/editor/registries`;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  const query = await searchParams;
  const flash = await readFlash(query.flash);
  const kindParam = one(query.kind);
  const kind = REGISTRY_KINDS.find((k) => k === kindParam);
  const text = one(query.text)?.trim() ?? '';
  const flagged = one(query.flagged) === 'on';
  const result = await asEditor(RegistryListQuery, {
    filter: { kind, text: text || undefined, flagged: flagged ? true : undefined, locale: locale.tag, region: undefined },
    first: PAGE_SIZE,
    after: undefined,
  });
  const connection = result.data?.registryEntriesForEditors;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const labels = await registryLabels(locale.tag);
  const writer = canEditRegistries(editor);
  const date = (d: string | null | undefined) =>
    d ? new Date(`${d}T00:00:00Z`).toLocaleDateString(locale.tag, { dateStyle: 'medium', timeZone: 'UTC' }) : t('registries.never');
  return (
    <>
      <h1>{t('registries.title')}</h1>
      <EditorNav locale={locale.tag} editor={editor} />
      <p>{t('registries.intro')}</p>
      {writer ? (
        <ul className="editor-nav editor-subnav">
          <li>
            <a href={`${base}/new`}>{t('registries.new')}</a>
          </li>
          <li>
            <a href={`${base}/import`}>{t('registries.import')}</a>
          </li>
        </ul>
      ) : null}
      <form method="get" action={base} className="editor-filters">
        <fieldset>
          <legend>{t('registries.filtersLegend')}</legend>
          <div className="field">
            <label htmlFor="filter-kind">{t('registries.kind')}</label>
            <select id="filter-kind" name="kind" defaultValue={kind ?? ''}>
              <option value="">{t('registries.anyKind')}</option>
              {REGISTRY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {labels.kind(k)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-text">{t('registries.text')}</label>
            <input id="filter-text" name="text" type="search" defaultValue={text} />
          </div>
          <div className="field checkbox">
            <input id="filter-flagged" name="flagged" type="checkbox" defaultChecked={flagged} />
            <label htmlFor="filter-flagged">{t('registries.flagged')}</label>
          </div>
          <button className="button" type="submit">
            {t('registries.filter')}
          </button>
        </fieldset>
      </form>
      <AdminMessage flash={flash} locale={locale.tag} section="list" />
      <table className="editor-table">
        <caption>{t('registries.caption', { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('registries.name')}</th>
            <th scope="col">{t('registries.kind')}</th>
            <th scope="col">{t('registries.regions')}</th>
            <th scope="col">{t('registries.flags')}</th>
            <th scope="col">{t('registries.lastVerified')}</th>
            {writer ? <th scope="col">{t('registries.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{writer ? <a href={`${base}/${row.id}`}>{row.name}</a> : row.name}</th>
              <td>{labels.kind(row.kind as RegistryKind)}</td>
              <td>{row.regions.length ? row.regions.join(', ') : t('registries.allRegions')}</td>
              <td>{row.flags.map((f) => labels.flag(f as RegistryFlag)).join(', ')}</td>
              <td>{date(row.lastVerifiedOn)}</td>
              {writer ? (
                <td>
                  <div className="block-actions">
                    <form method="post" action={`${base}/submit`}>
                      <input type="hidden" name="csrf" value={editor.csrfToken} />
                      <input type="hidden" name="action" value="verify" />
                      <input type="hidden" name="id" value={row.id} />
                      <button className="button" type="submit">
                        {t('registries.verify', { name: row.name })}
                      </button>
                    </form>
                    <a href={`${base}/${row.id}/delete`}>{t('registries.delete', { name: row.name })}</a>
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {connection?.pageInfo.hasNextPage ? <p>{t('registries.more')}</p> : null}
    </>
  );
}
