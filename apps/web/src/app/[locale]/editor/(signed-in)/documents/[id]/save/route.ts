import { randomBytes } from 'node:crypto';
import type { DocumentContent } from '@careleaf/schema/content';
import { errorText } from '../../../../../../../lib/error-text';
import { asEditor } from '../../../../../../../lib/editor/api';
import { contentFromForm, parseOp, restoreBlock, type EditOp } from '../../../../../../../lib/editor/content';
import { EditorDocumentQuery, EditorSaveMutation } from '../../../../../../../lib/editor/documents';
import { editErrorText } from '../../../../../../../lib/editor/edit-errors';
import { EditError } from '../../../../../../../lib/editor/fields';
import type { Flash } from '../../../../../../../lib/editor/flash';
import { formAction, pageRedirect } from '../../../../../../../lib/editor/form-action';
import type { DocumentParams } from '../../../../../../../lib/editor/page-props';
import { inlineEnv, mediaOptions } from '../../../../../../../lib/editor/tenant-data';
import { numbered } from '../../../../../../../lib/editor/tree';
import { getTenant } from '../../../../../../../lib/site';

type Outcome = Pick<Flash, 'text' | 'focus' | 'undo'>;

/** The message and the focus after a successful save, by button. */
function outcome(op: EditOp, before: DocumentContent, after: DocumentContent, baseVersion: number): Outcome {
  switch (op.kind) {
    case 'up':
    case 'down':
      return { text: 'moved', focus: `${op.kind}-${op.blockId}` };
    case 'delete':
      return { text: 'deleted', undo: { blockId: op.blockId, revision: baseVersion } };
    case 'add':
    case 'undo': {
      const old = new Set(numbered(before.blocks).map((b) => b.block.id));
      const added = numbered(after.blocks).find((b) => !old.has(b.block.id));
      return { text: op.kind === 'add' ? 'added' : 'undone', ...(added ? { focus: `block-${added.block.id}` } : {}) };
    }
    case 'addRow':
    case 'addCol':
      return { text: 'tableChanged', focus: `${op.kind}-${op.blockId}` };
    case 'delRow':
    case 'delCol':
      return { text: 'tableChanged', focus: `block-${op.blockId}` };
    case 'cite':
      return { text: 'cited' };
    default:
      return { text: 'saved' };
  }
}

/**
 * Every button of the document form lands here: the form's edits are applied
 * to the revision the editor started from, then the pressed button's change
 * (add, move, delete, table rows, citation …), and the result is saved as one
 * new revision with that base version, so a concurrent save is reported,
 * never overwritten. A field the editor has to fix saves nothing and comes
 * back with what was typed. Undo (from the status after a delete) puts the
 * deleted block back from the revision before the delete.
 */
export const POST = formAction<DocumentParams>(async ({ params: { locale, id }, t, form, field, csrf, fail, refused, redirectTo }) => {
  const lang = field('lang');
  const page = `/${locale}/editor/documents/${id}?lang=${encodeURIComponent(lang)}`;
  const op = parseOp(field('op'));
  const baseVersion = Number(field('baseVersion'));
  if (!op || !Number.isInteger(baseVersion)) return fail(page, t('save.badForm'));
  const [current, inline, media, tenant] = await Promise.all([
    asEditor(EditorDocumentQuery, { id, locale: lang, uiLocale: 'en' }),
    inlineEnv(lang),
    op.kind === 'add' ? mediaOptions(lang) : Promise.resolve([]),
    getTenant(),
  ]);
  const base = current.data?.revisions.find((r) => r.number === baseVersion);
  if (!base) {
    const stale = (current.data?.revisions[0]?.number ?? 0) > baseVersion;
    return fail(page, stale ? t('save.conflict') : current.errors[0] ? errorText(locale, current.errors[0]) : t('save.badForm'));
  }
  const stored = base.content as DocumentContent;
  let content: DocumentContent;
  try {
    if (op.kind === 'undo') {
      const older = current.data?.revisions.find((r) => r.number === Number(field('undo-revision')));
      content = restoreBlock(stored, (older?.content ?? { title: '', summary: '', blocks: [] }) as DocumentContent, field('undo-block'));
    } else {
      const env = {
        ...inline,
        random: () => randomBytes(4).toString('hex'),
        mediaIds: media.map((m) => m.id),
        regions: tenant?.regions.map((r) => r.code) ?? [],
      };
      content = contentFromForm(stored, form, op, env);
    }
  } catch (e) {
    if (!(e instanceof EditError)) throw e;
    return redirectTo(page, {
      kind: 'error',
      text: await editErrorText(locale, e),
      field: e.field,
      ...(e.value !== undefined ? { value: e.value } : {}),
    });
  }
  const result = await asEditor(
    EditorSaveMutation,
    { input: { documentId: id, locale: lang, baseVersion, content, message: undefined, slug: undefined } },
    csrf,
  );
  return (
    refused(page, result.errors, {
      text: (e) => (e.code === 'CONFLICT' ? t('save.conflict') : undefined),
      field: (f) => (f === 'title' || f === 'summary' ? f : undefined),
    }) ?? redirectTo(page, { kind: 'status', ...outcome(op, stored, content, baseVersion) })
  );
});

export const GET = pageRedirect<DocumentParams>(({ locale, id }) => `/${locale}/editor/documents/${id}`);
