import { getTranslations } from 'next-intl/server';
import type { EditorDocumentQuery } from '@careleaf/schema/web/graphql';

type Finding = EditorDocumentQuery['contentChecks']['findings'][number];

/** The control where a finding is fixed: the level of a heading for heading-order findings, else the block's text. */
function fieldFor(f: Finding, kind: 'heading' | 'paragraph' | 'other'): string {
  if (kind === 'heading' && f.checkId.startsWith('heading-')) return `level-${f.blockId}`;
  return kind === 'other' ? `block-${f.blockId}` : `text-${f.blockId}`;
}

/**
 * The content checks of the saved version (the same ones that gate
 * publishing), errors first. Each finding links to the field of its block,
 * so following the link puts the cursor where the fix goes.
 */
export async function ChecksPanel({
  findings,
  uiLocale,
  blockIds,
}: {
  findings: Finding[];
  uiLocale: string;
  blockIds: Map<string, 'heading' | 'paragraph' | 'other'>;
}) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <section aria-labelledby="checks-heading" className="editor-checks">
      <h2 id="checks-heading">{t('checks.title')}</h2>
      <p>{t('checks.summary', { errors, warnings: findings.length - errors })}</p>
      {sorted.length ? (
        <ul>
          {sorted.map((f, i) => (
            <li key={`${f.checkId}-${f.path}-${i}`} className={`finding finding-${f.severity === 'error' ? 'error' : 'warning'}`}>
              <strong>{f.severity === 'error' ? t('checks.error') : t('checks.warning')}:</strong>{' '}
              {f.blockId && blockIds.has(f.blockId) ? <a href={`#${fieldFor(f, blockIds.get(f.blockId)!)}`}>{f.message}</a> : f.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
