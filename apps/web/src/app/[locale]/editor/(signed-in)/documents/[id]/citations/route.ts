import { asEditor } from '../../../../../../../lib/editor/api';
import { citationInput } from '../../../../../../../lib/editor/citation-form';
import { formAction, pageRedirect } from '../../../../../../../lib/editor/form-action';
import { EditorCreateCitationMutation } from '../../../../../../../lib/editor/operations';
import type { DocumentParams } from '../../../../../../../lib/editor/page-props';

/** Adds a source to the organisation's list; the document page then offers it in the citation picker. */
export const POST = formAction<DocumentParams>(async ({ params: { locale, id }, t, field, csrf, fail, refused, redirectTo }) => {
  const page = `/${locale}/editor/documents/${id}?lang=${encodeURIComponent(field('lang'))}`;
  const input = citationInput((name) => field(`citation-${name}`));
  if ('error' in input) {
    const text = {
      kindInvalid: t('citation.kindInvalid'),
      titleMissing: t('citation.titleMissing'),
      yearInvalid: t('citation.yearInvalid'),
    }[input.error];
    return fail(page, text, `citation-${input.field}`);
  }
  // The generated input type lists every field; the unfilled ones are simply left out here.
  const result = await asEditor(EditorCreateCitationMutation, { input: input.value as never }, csrf);
  return (
    refused(page, result.errors, { field: (f) => (f ? `citation-${f.replace(/\[.*$/, '')}` : undefined) }) ??
    redirectTo(page, { kind: 'status', text: 'citationCreated' })
  );
});

export const GET = pageRedirect<DocumentParams>(({ locale, id }) => `/${locale}/editor/documents/${id}`);
