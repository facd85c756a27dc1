import type { AdminAuditLogQuery as AuditLogResult } from '@careleaf/schema/web/graphql';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminFieldError, AdminMessage, adminFieldProps } from '../../../../../components/editor/admin/AdminMessage';
import { auditLabels } from '../../../../../components/editor/admin/audit-labels';
import { NotAllowed } from '../../../../../components/editor/admin/NotAllowed';
import { EditorNav } from '../../../../../components/editor/EditorNav';
import { canReadAuditLog } from '../../../../../lib/editor/admin/access';
import {
  AUDIT_ACTIONS,
  AUDIT_OBJECT_TYPES,
  auditFilterFromSearch,
  auditPageHref,
  fieldOfApiError,
  summariseDetails,
  type AuditFilterField,
} from '../../../../../lib/editor/admin/audit-filter';
import { AdminAuditLogQuery } from '../../../../../lib/editor/admin-documents';
import { asEditor } from '../../../../../lib/editor/api';
import type { Flash } from '../../../../../lib/editor/flash';
import type { EditorPageProps } from '../../../../../lib/editor/page-props';
import { signedInEditor } from '../../../../../lib/editor/signed-in';
import { errorText } from '../../../../../lib/error-text';
import { pageContext } from '../../../../../lib/page';

export async function generateMetadata({ params }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin' });
  return { title: t('audit.title') };
}

/** The id of a filter control on the page; a refused cursor points at the link back to the first page. */
const controlId = (field: AuditFilterField) => `audit-${field}`;

/**
 * The organisation's audit log for its admins: a GET filter form (works
 * without JavaScript, can be bookmarked), the entries newest first, and
 * "Older entries" as a link carrying the cursor and the filters. Problems
 * with the filter, found here or refused by the API, are shown in the error
 * summary, each linked to its control.
 */
export default async function AuditLogPage({ params, searchParams }: EditorPageProps) {
  const { locale } = await pageContext(params);
  const editor = await signedInEditor(locale.tag);
  if (!canReadAuditLog(editor)) return <NotAllowed locale={locale.tag} editor={editor} what="auditLog" />;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.admin.audit' });
  const labels = await auditLabels(locale.tag);
  const base = `/${locale.tag}/editor/audit`;
  const query = await searchParams;
  const parsed = auditFilterFromSearch(query);
  const values = parsed.values;
  const fieldName: Record<AuditFilterField, string> = {
    actor: t('actor'),
    action: t('action'),
    type: t('objectType'),
    from: t('from'),
    to: t('to'),
    after: t('pageLink'),
  };

  let errors: { field: string; text: string }[] = [];
  let page: { entries: AuditLogResult['auditLog']['edges']; next: string | null } | null = null;
  if (!parsed.ok) {
    errors = parsed.problems.map((p) => ({
      field: controlId(p.field),
      text:
        p.problem === 'tooLong'
          ? t('tooLong', { field: fieldName[p.field], max: p.max })
          : p.problem === 'unknown'
            ? t('unknown', { field: fieldName[p.field] })
            : p.problem === 'notADate'
              ? t('notADate', { field: fieldName[p.field] })
              : t('badCursor'),
    }));
  } else {
    const result = await asEditor(AdminAuditLogQuery, parsed.variables);
    const refusal = result.errors[0];
    if (refusal) {
      const field = fieldOfApiError(refusal.extensions?.field) ?? 'actor';
      errors = [{ field: controlId(field), text: `${fieldName[field]}: ${errorText(locale.tag, refusal)}` }];
    } else if (result.data) {
      const log = result.data.auditLog;
      page = { entries: log.edges, next: log.pageInfo.hasNextPage ? log.pageInfo.endCursor : null };
    } else {
      throw new Error('The API did not return the audit log.');
    }
  }
  const flash: Flash | null = errors.length
    ? { id: 'audit', kind: 'error', text: errors[0]!.text, field: errors[0]!.field, errors, section: 'audit' }
    : null;
  const when = (iso: unknown) =>
    new Date(iso as string).toLocaleString(locale.tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const paged = Boolean(query.after);

  return (
    <>
      <h1>{t('title')}</h1>
      <EditorNav locale={locale.tag} editor={editor} />
      <p>{t('intro')}</p>

      <section aria-labelledby="audit-filter-heading" className="admin-section">
        <h2 id="audit-filter-heading">{t('filterTitle')}</h2>
        <AdminMessage flash={flash} locale={locale.tag} section="audit" />
        <form method="get" action={base} className="editor-filters" noValidate>
          <div className="field">
            <label htmlFor="audit-actor">{t('actor')}</label>
            <input
              id="audit-actor"
              name="actor"
              defaultValue={values.actor}
              autoComplete="off"
              spellCheck={false}
              {...adminFieldProps(flash, 'audit-actor')}
            />
            <AdminFieldError flash={flash} id="audit-actor" />
          </div>
          <div className="field">
            <label htmlFor="audit-action">{t('action')}</label>
            <select id="audit-action" name="action" defaultValue={values.action} {...adminFieldProps(flash, 'audit-action')}>
              <option value="">{t('anyAction')}</option>
              {AUDIT_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {labels.action(a)}
                </option>
              ))}
            </select>
            <AdminFieldError flash={flash} id="audit-action" />
          </div>
          <div className="field">
            <label htmlFor="audit-type">{t('objectType')}</label>
            <select id="audit-type" name="type" defaultValue={values.type} {...adminFieldProps(flash, 'audit-type')}>
              <option value="">{t('anyType')}</option>
              {AUDIT_OBJECT_TYPES.map((o) => (
                <option key={o} value={o}>
                  {labels.objectType(o)}
                </option>
              ))}
            </select>
            <AdminFieldError flash={flash} id="audit-type" />
          </div>
          <div className="field">
            <label htmlFor="audit-from">{t('from')}</label>
            <input id="audit-from" name="from" type="date" defaultValue={values.from} {...adminFieldProps(flash, 'audit-from')} />
            <AdminFieldError flash={flash} id="audit-from" />
          </div>
          <div className="field">
            <label htmlFor="audit-to">{t('to')}</label>
            <input id="audit-to" name="to" type="date" defaultValue={values.to} {...adminFieldProps(flash, 'audit-to')} />
            <AdminFieldError flash={flash} id="audit-to" />
          </div>
          <div className="block-actions">
            <button className="button" type="submit">
              {t('show')}
            </button>
            <a href={base}>{t('reset')}</a>
          </div>
        </form>
      </section>

      {page ? (
        <section aria-labelledby="audit-caption" className="admin-section">
          {page.entries.length ? (
            <table className="editor-table">
              <caption id="audit-caption">{t('caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('time')}</th>
                  <th scope="col">{t('who')}</th>
                  <th scope="col">{t('what')}</th>
                  <th scope="col">{t('object')}</th>
                  <th scope="col">{t('details')}</th>
                </tr>
              </thead>
              <tbody>
                {page.entries.map(({ node: e }) => (
                  <tr key={e.id}>
                    <th scope="row">
                      <time dateTime={e.createdAt as string}>{when(e.createdAt)}</time>
                    </th>
                    <td>{e.actorLabel}</td>
                    <td>{labels.action(e.action)}</td>
                    <td>
                      {labels.objectType(e.objectType)}{' '}
                      {e.objectType === 'document' ? (
                        <a href={`/${locale.tag}/editor/documents/${encodeURIComponent(e.objectId)}`}>{e.objectId}</a>
                      ) : (
                        <span className="audit-id">{e.objectId}</span>
                      )}
                    </td>
                    <td>{summariseDetails(e.diff)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p id="audit-caption">{t('empty')}</p>
          )}
          {page.next || paged ? (
            <nav aria-label={t('pages')}>
              <ul className="editor-nav">
                {page.next ? (
                  <li>
                    <a href={auditPageHref(base, values, page.next)} rel="next">
                      {t('older')}
                    </a>
                  </li>
                ) : null}
                {paged ? (
                  <li>
                    <a href={auditPageHref(base, values)}>{t('newest')}</a>
                  </li>
                ) : null}
              </ul>
            </nav>
          ) : null}
        </section>
      ) : paged ? (
        <p>
          <a id="audit-after" href={auditPageHref(base, values)}>
            {t('newest')}
          </a>
        </p>
      ) : null}
    </>
  );
}
