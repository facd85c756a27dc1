import { getTranslations } from 'next-intl/server';

/**
 * The Undo button in the status after a delete: a form of its own that puts
 * the block back from the version that still had it, at the same place.
 */
export async function UndoDelete({
  action,
  csrf,
  lang,
  version,
  undo,
  uiLocale,
}: {
  action: string;
  csrf: string;
  lang: string;
  version: number;
  undo: { blockId: string; revision: number };
  uiLocale: string;
}) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  return (
    <form method="post" action={action}>
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="baseVersion" value={version} />
      <input type="hidden" name="undo-block" value={undo.blockId} />
      <input type="hidden" name="undo-revision" value={undo.revision} />
      <button className="button" type="submit" name="op" value="undo" id="undo-delete">
        {t('undo.button')}
      </button>
    </form>
  );
}
