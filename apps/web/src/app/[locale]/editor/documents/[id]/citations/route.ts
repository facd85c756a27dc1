import { getTranslations } from 'next-intl/server';
import { asEditor } from '../../../../../../lib/editor/api';
import { citationInput } from '../../../../../../lib/editor/citation-form';
import { EditorCreateCitationMutation } from '../../../../../../lib/editor/operations';
import type { EditorDocumentRouteContext } from '../../../../../../lib/editor/page-props';
import { firstError, foreignPost, fromThisSite } from '../../../../../../lib/editor/request';
import { field, redirectTo, redirectWithFlash } from '../../../../../../lib/editor/respond';

/** Adds a source to the organisation's list; the document page then offers it in the citation picker. */
export async function POST(request: Request, { params }: EditorDocumentRouteContext) {
  const { locale, id } = await params;
  if (!fromThisSite(request)) return foreignPost();
  const t = await getTranslations({ locale, namespace: 'Editor' });
  const form = await request.formData();
  const lang = field(form, 'lang');
  const page = `/${locale}/editor/documents/${id}?lang=${encodeURIComponent(lang)}`;
  const input = citationInput((name) => field(form, `citation-${name}`));
  if ('error' in input) {
    const text = {
      kindInvalid: t('citation.kindInvalid'),
      titleMissing: t('citation.titleMissing'),
      yearInvalid: t('citation.yearInvalid'),
    }[input.error];
    return redirectWithFlash(request, page, { kind: 'error', text, field: `citation-${input.field}` });
  }
  // The generated input type lists every field; the unfilled ones are simply left out here.
  const result = await asEditor(EditorCreateCitationMutation, { input: input.value as never }, field(form, 'csrf'));
  const error = firstError(result.errors);
  if (error) {
    return redirectWithFlash(request, page, {
      kind: 'error',
      text: error.message,
      ...(error.field ? { field: `citation-${error.field.replace(/\[.*$/, '')}` } : {}),
    });
  }
  return redirectWithFlash(request, page, { kind: 'status', text: 'citationCreated' });
}

export async function GET(_request: Request, { params }: EditorDocumentRouteContext) {
  const { locale, id } = await params;
  return redirectTo(`/${locale}/editor/documents/${id}`);
}
