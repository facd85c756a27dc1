import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { EditorDocumentQuery } from '@careleaf/schema/web/graphql';
import type { Messages } from '../../i18n/catalogs';
import { panelFindings, type BlockKind } from '../../lib/editor/check-targets';
import type { LiveCheckSetup } from '../../lib/editor/live-setup';
import { LiveChecks } from './LiveChecks';

type Finding = EditorDocumentQuery['contentChecks']['findings'][number];

/**
 * The content checks (the same ones that gate publishing), errors first.
 * Each finding links to the field of its block, so following the link puts
 * the cursor where the fix goes. The page shows the API's checks of the
 * saved version; with JavaScript, LiveChecks checks the form as the editor
 * types (docs/editor.md).
 */
export async function ChecksPanel({
  findings,
  uiLocale,
  blockIds,
  formId,
  setup,
}: {
  findings: Finding[];
  uiLocale: string;
  blockIds: ReadonlyMap<string, BlockKind>;
  /** The document form the live checks listen to. */
  formId: string;
  setup: LiveCheckSetup;
}) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  const { Editor } = (await getMessages({ locale: uiLocale })) as Messages;
  return (
    <section aria-labelledby="checks-heading" className="editor-checks">
      <h2 id="checks-heading">{t('checks.title')}</h2>
      {/* Only the texts the panel can show go to the browser: severities, counts, and the form's field errors. */}
      <NextIntlClientProvider messages={{ Editor: { checks: Editor.checks, syntax: Editor.syntax, fieldError: Editor.fieldError } }}>
        <LiveChecks formId={formId} initial={panelFindings(findings, blockIds)} setup={setup} />
      </NextIntlClientProvider>
    </section>
  );
}
