import { runChecks, type CheckContext } from '@careleaf/content-checks';
import { blockKinds, errorsFirst, panelFindings, type PanelFinding } from './check-targets';
import { contentFromForm } from './content';
import { fillEditError } from './edit-error-message';
import type { EditErrorTexts } from './edit-error-text';
import { EditError, inlineEnvOf } from './fields';
import type { LiveCheckSetup } from './live-setup';
import type { NewBlockEnv } from './kinds';

/** How many fields with an error are taken out before giving up (each is reported). */
const MAX_FIELD_ERRORS = 50;

/** The library's context for the setup: the content's language, the tenant's references and targets, the UI language. */
export function checkContextOf(setup: LiveCheckSetup, uiLocale: string): CheckContext {
  return {
    locale: setup.locale,
    uiLocale: uiLocale.startsWith('de') ? 'de' : 'en',
    targets: setup.targets,
    citationsKnown: new Set(setup.citations),
    glossaryKnown: new Set(setup.terms),
    media: new Map(setup.media.map((m) => [m.id, { altByLocale: m.alt ? { [setup.locale]: m.alt } : {} }])),
  };
}

/**
 * The findings for the document form as it is now, without saving: the form
 * becomes content exactly as the save route makes it (contentFromForm, the
 * "Save" button), then the content checks run on it. A field the save would
 * refuse (bad inline syntax, an emptied text) is a finding on that field;
 * the rest is checked as if that field still held its saved value, so one
 * typo does not hide every other finding. Errors first.
 */
export function liveFindings(form: FormData, setup: LiveCheckSetup, intl: { locale: string; texts: EditErrorTexts }): PanelFinding[] {
  const env: NewBlockEnv = { ...inlineEnvOf(setup.glossary), random: () => '00000000', mediaIds: [], regions: setup.regions };
  const data = new FormData();
  for (const [name, value] of form.entries()) data.append(name, value);
  const refused: PanelFinding[] = [];
  for (;;) {
    try {
      const content = contentFromForm(setup.stored, data, { kind: 'save' }, env);
      const findings = runChecks(content, checkContextOf(setup, intl.locale));
      return errorsFirst([...refused, ...panelFindings(findings, blockKinds(content.blocks))]);
    } catch (e) {
      if (!(e instanceof EditError)) throw e;
      refused.push({
        severity: 'error',
        message: fillEditError(intl.texts, e),
        target: e.field,
        key: `field:${e.field}`,
      });
      // A field the form does not have cannot be set back: report what was found.
      if (!data.has(e.field) || refused.length >= MAX_FIELD_ERRORS) return refused;
      data.delete(e.field);
    }
  }
}
