import { getMessages, getTranslations } from 'next-intl/server';
import type { EditorDocumentQuery } from '@careleaf/schema/web/graphql';
import { COUNT_ERRORS, COUNT_WARNINGS, countFindings, panelFindings, type BlockKind } from '../../lib/editor/check-targets';
import { editErrorTexts } from '../../lib/editor/edit-error-text';
import type { LiveCheckSetup } from '../../lib/editor/live-setup';
import { LiveChecks } from './LiveChecks';

type Finding = EditorDocumentQuery['contentChecks']['findings'][number];
type Unmet = EditorDocumentQuery['contentChecks']['unmetRequirements'][number];

/**
 * The content checks (the same ones that gate publishing), errors first.
 * Each finding links to the field of its block, so following the link puts
 * the cursor where the fix goes. The page shows the API's checks of the
 * saved version; with JavaScript, LiveChecks checks the form as the editor
 * types (docs/editor.md).
 */
export async function ChecksPanel({
  findings,
  unmet,
  uiLocale,
  blockIds,
  formId,
  setup,
}: {
  findings: Finding[];
  /** The tenant's publishing requirements this version does not meet (the publish gate refuses until they are). */
  unmet: Unmet[];
  uiLocale: string;
  blockIds: ReadonlyMap<string, BlockKind>;
  /** The document form the live checks listen to. */
  formId: string;
  setup: LiveCheckSetup;
}) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  const messages = await getMessages({ locale: uiLocale });
  const initial = panelFindings(findings, blockIds);
  const te = await getTranslations({ locale: uiLocale, namespace: 'errors' });
  return (
    <section aria-labelledby="checks-heading" className="editor-checks">
      <h2 id="checks-heading">{t('checks.title')}</h2>
      {unmet.length ? (
        <div className="publish-requirements" id="publish-requirements">
          <h3>{t('checks.requirementsTitle')}</h3>
          <ul>
            {unmet.map((m) => (
              // The reasons are the publish refusal's own (errors.<REASON>), so the list and a refusal say the same.
              <li key={m.requirement}>{te(m.requirement as never)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <LiveChecks
        formId={formId}
        initial={initial}
        setup={setup}
        uiLocale={uiLocale}
        texts={{
          summary: t('checks.summary', countFindings(initial)),
          counts: t('checks.counts', { errors: COUNT_ERRORS, warnings: COUNT_WARNINGS }),
          error: t('checks.error'),
          warning: t('checks.warning'),
          liveNote: t('checks.liveNote'),
        }}
        errorTexts={editErrorTexts(uiLocale, messages)}
      />
    </section>
  );
}
