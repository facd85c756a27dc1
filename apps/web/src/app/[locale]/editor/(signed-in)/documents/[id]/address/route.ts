import type { DocumentContent } from '@careleaf/schema/content';
import { asEditor } from '../../../../../../../lib/editor/api';
import { EditorDocumentQuery, EditorSaveMutation } from '../../../../../../../lib/editor/documents';
import { formAction, pageRedirect } from '../../../../../../../lib/editor/form-action';
import type { DocumentParams } from '../../../../../../../lib/editor/page-props';
import { chosenSlug } from '../../../../../../../lib/editor/slug-choice';
import { refusedWithDraft } from '../../../../../../../lib/editor/slug-refusal';

/**
 * Changes the address of one language version: a new revision with the content the editor
 * started from and the new address. Refused (taken, reserved, malformed, published, or someone
 * saved meanwhile): back to the form with the typed address kept and, when taken, a free one offered.
 */
export const POST = formAction<DocumentParams>(async ({ params: { locale, id }, t, form, field, csrf, fail, redirectTo }) => {
  const lang = field('lang');
  const page = `/${locale}/editor/documents/${id}?lang=${encodeURIComponent(lang)}`;
  const baseVersion = Number(field('baseVersion'));
  const slug = chosenSlug(field);
  if (!Number.isInteger(baseVersion)) return fail(page, t('save.badForm'));
  form.set('slug', slug);
  const current = await asEditor(EditorDocumentQuery, { id, locale: lang, uiLocale: 'en' });
  const base = current.data?.revisions.find((r) => r.number === baseVersion);
  if (!base) return fail(page, t('save.conflict'));
  const result = await asEditor(
    EditorSaveMutation,
    { input: { documentId: id, locale: lang, baseVersion, content: base.content as DocumentContent, message: 'Address changed', slug } },
    csrf,
  );
  const refusal = await refusedWithDraft(result.errors, form, locale, { slug: 'doc-slug' });
  if (refusal) return redirectTo(page, refusal.field ? refusal : { ...refusal, field: 'doc-slug' });
  return redirectTo(page, { kind: 'status', text: 'saved' });
});

export const GET = pageRedirect<DocumentParams>(({ locale, id }) => `/${locale}/editor/documents/${id}`);
