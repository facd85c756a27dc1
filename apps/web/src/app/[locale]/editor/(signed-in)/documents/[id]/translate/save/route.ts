import { errorText } from '../../../../../../../../lib/error-text';
import { asEditor } from '../../../../../../../../lib/editor/api';
import { formAction, pageRedirect } from '../../../../../../../../lib/editor/form-action';
import type { DocumentParams } from '../../../../../../../../lib/editor/page-props';
import { fieldName, parseTranslateOp, readTranslationForm, translationPatch } from '../../../../../../../../lib/editor/translate-form';
import {
  EditorConfirmBlocksMutation,
  EditorSaveTranslatedBlocksMutation,
  EditorTranslationViewQuery,
} from '../../../../../../../../lib/editor/translation-queries';

const FILTERS = new Set(['all', 'missing', 'outdated', 'review']);

/**
 * Every button of the translation form lands here. The blocks whose texts
 * changed are saved as one new revision of the translation (from the version
 * the translator started with, so a concurrent save is reported, never
 * overwritten); then the pressed button's action: a suggestion goes into its
 * block in the same save, a "still fits" confirmation follows the save.
 */
export const POST = formAction<DocumentParams>(async ({ params: { locale, id }, t, form, field, csrf, fail, refused, redirectTo }) => {
  const to = field('to');
  const filter = FILTERS.has(field('filter')) ? field('filter') : 'all';
  const page = `/${locale}/editor/documents/${id}/translate?to=${encodeURIComponent(to)}&filter=${filter}`;
  const op = parseTranslateOp(field('op'));
  const baseVersion = Number(field('baseVersion'));
  if (!op || !to || !Number.isInteger(baseVersion)) return fail(page, t('save.badForm'));

  const current = await asEditor(EditorTranslationViewQuery, { documentId: id, locale: to });
  const view = current.data?.translationView;
  if (!view) return fail(page, current.errors[0] ? errorText(locale, current.errors[0]) : t('save.badForm'));
  if (view.targetVersion !== baseVersion) return fail(page, t('save.conflict'));

  const values = readTranslationForm(form);
  const patch = translationPatch(view.blocks, values, op);
  if (patch.noSuggestion) return fail(page, t('translate.suggestionGone'));
  if (patch.empty) return fail(page, t('translate.emptyText'), fieldName(patch.empty.blockId, patch.empty.path));
  const title = values.title !== undefined && values.title !== (view.title.target ?? '') ? values.title : undefined;
  if (title === '') return fail(page, t('save.titleMissing'), 'target-title');
  const summary = values.summary !== undefined && values.summary !== (view.summary.target ?? '') ? values.summary : undefined;

  const confirming = op.kind === 'confirm' && !patch.blocks.some((b) => b.id === op.blockId);
  if (patch.blocks.length || title !== undefined || summary !== undefined) {
    const saved = await asEditor(
      EditorSaveTranslatedBlocksMutation,
      {
        input: {
          documentId: id,
          locale: to,
          baseVersion,
          blocks: patch.blocks,
          title,
          summary,
          message: undefined,
          slug: undefined,
          state: undefined,
        },
      },
      csrf,
    );
    const refusal = refused(page, saved.errors, {
      text: (e) => (e.code === 'CONFLICT' ? t('save.conflict') : undefined),
      field: (f) => (f === 'title' ? 'target-title' : undefined),
    });
    if (refusal) return refusal;
  } else if (!confirming) {
    return redirectTo(page, { kind: 'status', text: 'nothingChanged' });
  }
  if (confirming) {
    const confirmed = await asEditor(EditorConfirmBlocksMutation, { input: { documentId: id, locale: to, blockIds: [op.blockId] } }, csrf);
    const refusal = refused(page, confirmed.errors);
    if (refusal) return refusal;
  }
  const notice = op.kind === 'use' ? 'suggestionUsed' : confirming ? 'confirmed' : 'translationSaved';
  return redirectTo(page, { kind: 'status', text: notice });
});

export const GET = pageRedirect<DocumentParams>(({ locale, id }) => `/${locale}/editor/documents/${id}/translate`);
