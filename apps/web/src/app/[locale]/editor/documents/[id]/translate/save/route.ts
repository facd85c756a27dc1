import { getTranslations } from 'next-intl/server';
import { asEditor } from '../../../../../../../lib/editor/api';
import type { EditorDocumentRouteContext } from '../../../../../../../lib/editor/page-props';
import { firstError, foreignPost, fromThisSite } from '../../../../../../../lib/editor/request';
import { field, redirectTo, redirectWithFlash } from '../../../../../../../lib/editor/respond';
import { fieldName, parseTranslateOp, readTranslationForm, translationPatch } from '../../../../../../../lib/editor/translate-form';
import {
  EditorConfirmBlocksMutation,
  EditorSaveTranslatedBlocksMutation,
  EditorTranslationViewQuery,
} from '../../../../../../../lib/editor/translation-queries';

const FILTERS = new Set(['all', 'missing', 'outdated', 'review']);

/**
 * Every button of the translation form lands here. The blocks whose texts
 * changed are saved as one new revision of the translation (from the version
 * the translator started with, so a concurrent save is reported, never
 * overwritten); then the pressed button's action: a suggestion goes into its
 * block in the same save, a "still fits" confirmation follows the save.
 */
export async function POST(request: Request, { params }: EditorDocumentRouteContext) {
  const { locale, id } = await params;
  if (!fromThisSite(request)) return foreignPost();
  const t = await getTranslations({ locale, namespace: 'Editor' });
  const form = await request.formData();
  const to = field(form, 'to');
  const filter = FILTERS.has(field(form, 'filter')) ? field(form, 'filter') : 'all';
  const csrf = field(form, 'csrf');
  const page = `/${locale}/editor/documents/${id}/translate?to=${encodeURIComponent(to)}&filter=${filter}`;
  const op = parseTranslateOp(field(form, 'op'));
  const baseVersion = Number(field(form, 'baseVersion'));
  if (!op || !to || !Number.isInteger(baseVersion)) return redirectWithFlash(request, page, { kind: 'error', text: t('save.badForm') });

  const current = await asEditor(EditorTranslationViewQuery, { documentId: id, locale: to });
  const view = current.data?.translationView;
  if (!view) return redirectWithFlash(request, page, { kind: 'error', text: firstError(current.errors)?.message ?? t('save.badForm') });
  if (view.targetVersion !== baseVersion) return redirectWithFlash(request, page, { kind: 'error', text: t('save.conflict') });

  const values = readTranslationForm(form);
  const patch = translationPatch(view.blocks, values, op);
  if (patch.noSuggestion) return redirectWithFlash(request, page, { kind: 'error', text: t('translate.suggestionGone') });
  if (patch.empty) {
    const name = fieldName(patch.empty.blockId, patch.empty.path);
    return redirectWithFlash(request, page, { kind: 'error', text: t('translate.emptyText'), field: name });
  }
  const title = values.title !== undefined && values.title !== (view.title.target ?? '') ? values.title : undefined;
  if (title === '') return redirectWithFlash(request, page, { kind: 'error', text: t('save.titleMissing'), field: 'target-title' });
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
    const error = firstError(saved.errors);
    if (error) {
      const text = error.code === 'CONFLICT' ? t('save.conflict') : error.message;
      return redirectWithFlash(request, page, { kind: 'error', text, ...(error.field === 'title' ? { field: 'target-title' } : {}) });
    }
  } else if (!confirming) {
    return redirectWithFlash(request, page, { kind: 'status', text: 'nothingChanged' });
  }
  if (confirming) {
    const confirmed = await asEditor(EditorConfirmBlocksMutation, { input: { documentId: id, locale: to, blockIds: [op.blockId] } }, csrf);
    const error = firstError(confirmed.errors);
    if (error) return redirectWithFlash(request, page, { kind: 'error', text: error.message });
  }
  const notice = op.kind === 'use' ? 'suggestionUsed' : confirming ? 'confirmed' : 'translationSaved';
  return redirectWithFlash(request, page, { kind: 'status', text: notice });
}

export async function GET(_request: Request, { params }: EditorDocumentRouteContext) {
  const { locale, id } = await params;
  return redirectTo(`/${locale}/editor/documents/${id}/translate`);
}
