import { randomBytes } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import type { DocumentContent } from '@careleaf/schema/content';
import { asEditor } from '../../../../../../lib/editor/api';
import { applyEdit, parseOp, readForm } from '../../../../../../lib/editor/content';
import { EditorDocumentQuery, EditorSaveMutation } from '../../../../../../lib/editor/documents';
import type { EditorDocumentRouteContext } from '../../../../../../lib/editor/page-props';
import { firstError, foreignPost, fromThisSite } from '../../../../../../lib/editor/request';
import { field, redirectTo, redirectWithFlash } from '../../../../../../lib/editor/respond';

const NOTICE = { save: 'saved', add: 'added', up: 'moved', down: 'moved', delete: 'deleted' } as const;

/**
 * Every button of the document form lands here: the form's edits are applied
 * to the revision the editor started from, then the pressed button's change
 * (add, move, delete), and the result is saved as one new revision with
 * that base version, so a concurrent save is reported, never overwritten.
 */
export async function POST(request: Request, { params }: EditorDocumentRouteContext) {
  const { locale, id } = await params;
  if (!fromThisSite(request)) return foreignPost();
  const t = await getTranslations({ locale, namespace: 'Editor' });
  const form = await request.formData();
  const lang = field(form, 'lang');
  const page = `/${locale}/editor/documents/${id}?lang=${encodeURIComponent(lang)}`;
  const op = parseOp(field(form, 'op'));
  const baseVersion = Number(field(form, 'baseVersion'));
  if (!op || !Number.isInteger(baseVersion)) return redirectWithFlash(request, page, { kind: 'error', text: t('save.badForm') });
  const values = readForm(form);
  if (!values.title) return redirectWithFlash(request, page, { kind: 'error', text: t('save.titleMissing'), field: 'title' });
  if (op.kind === 'add' && !values.newText) {
    return redirectWithFlash(request, page, { kind: 'error', text: t('save.newTextMissing'), field: 'new-text' });
  }
  const current = await asEditor(EditorDocumentQuery, { id, locale: lang, uiLocale: 'en' });
  const base = current.data?.revisions.find((r) => r.number === baseVersion);
  if (!base) {
    const stale = (current.data?.revisions[0]?.number ?? 0) > baseVersion;
    return redirectWithFlash(request, page, {
      kind: 'error',
      text: stale ? t('save.conflict') : (firstError(current.errors)?.message ?? t('save.badForm')),
    });
  }
  const content = applyEdit(base.content as DocumentContent, values, op, () => randomBytes(4).toString('hex'));
  const result = await asEditor(
    EditorSaveMutation,
    { input: { documentId: id, locale: lang, baseVersion, content, message: undefined, slug: undefined } },
    field(form, 'csrf'),
  );
  const error = firstError(result.errors);
  if (error) {
    const text = error.code === 'CONFLICT' ? t('save.conflict') : error.message;
    const target = error.field === 'title' || error.field === 'summary' ? error.field : undefined;
    return redirectWithFlash(request, page, { kind: 'error', text, ...(target ? { field: target } : {}) });
  }
  return redirectWithFlash(request, page, { kind: 'status', text: NOTICE[op.kind] });
}

export async function GET(_request: Request, { params }: EditorDocumentRouteContext) {
  const { locale, id } = await params;
  return redirectTo(`/${locale}/editor/documents/${id}`);
}
