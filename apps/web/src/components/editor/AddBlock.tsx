import { getTranslations } from 'next-intl/server';
import { NEW_KINDS } from '../../lib/editor/kinds';
import type { Numbered } from '../../lib/editor/tree';
import { Select, TextField } from './blocks/Field';
import type { BlockContext } from './blocks/context';

/**
 * "Add a block": kind, place (after any block, nested ones included, so a
 * paragraph can go into a callout) and its first text. Part of the document
 * form, so unsaved edits of other fields are saved with it.
 */
export async function AddBlock({ blocks, ctx }: { blocks: Numbered[]; ctx: BlockContext }) {
  const t = await getTranslations({ locale: ctx.uiLocale, namespace: 'Editor' });
  const last = blocks.filter((b) => b.depth === 0).at(-1);
  return (
    <fieldset className="editor-add" id="add-block">
      <legend>{t('add.title')}</legend>
      <Select
        ctx={ctx}
        id="new-kind"
        label={t('add.kind')}
        value="paragraph"
        options={NEW_KINDS.map((k) => ({ value: k, label: t(`block.${k}`) }))}
      />
      <Select
        ctx={ctx}
        id="new-position"
        label={t('add.position')}
        value={last?.block.id ?? 'end'}
        options={[
          { value: 'end', label: t('add.end') },
          ...blocks.map((b) => ({ value: b.block.id, label: t('add.after', { n: b.label }) })),
        ]}
      />
      <p className="hint" id="new-text-hint">
        {t('add.textHint')}
      </p>
      <TextField ctx={ctx} id="new-text" label={t('add.text')} value="" rows={3} hint="new-text-hint" />
      <div className="block-actions">
        <button className="button" type="submit" name="op" value="add">
          {t('add.submit')}
        </button>
      </div>
    </fieldset>
  );
}
