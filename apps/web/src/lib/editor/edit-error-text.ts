import { createTranslator } from 'next-intl';
import type { Messages } from '../../i18n/catalogs';
import type { EditError, FieldProblem, SyntaxCode } from './fields';

/** The parts of the catalog an edit error's message comes from (all the browser needs of it). */
export interface EditErrorMessages {
  Editor: Pick<Messages['Editor'], 'fieldError' | 'syntax'>;
}

/**
 * The message of an EditError in the editor's language: what is wrong and
 * how to fix it. Pure, so the save route and the checks panel in the browser
 * (which shows a syntax error as a finding while the editor types) say the same.
 */
export function editErrorMessage(locale: string, messages: EditErrorMessages, error: EditError): string {
  const t = createTranslator({ locale, messages: messages as Messages, namespace: 'Editor' });
  const p = error.problem;
  if (p.kind === 'field') {
    const texts: Record<FieldProblem, () => string> = {
      titleMissing: () => t('fieldError.titleMissing'),
      textMissing: () => t('fieldError.textMissing'),
      newTextMissing: () => t('fieldError.newTextMissing'),
      captionMissing: () => t('fieldError.captionMissing'),
      headersMissing: () => t('fieldError.headersMissing'),
      regionsMissing: () => t('fieldError.regionsMissing'),
      unknownRegion: () => t('fieldError.unknownRegion'),
      mediaMissing: () => t('fieldError.mediaMissing'),
      noMedia: () => t('fieldError.noMedia'),
      citationsMissing: () => t('fieldError.citationsMissing'),
      itemsMissing: () => t('fieldError.itemsMissing'),
      listIndent: () => t('fieldError.listIndent'),
      badChoice: () => t('fieldError.badChoice'),
      undoGone: () => t('fieldError.undoGone'),
      undoPresent: () => t('fieldError.undoPresent'),
    };
    return texts[p.key]();
  }
  const near = p.detail.near;
  const value = p.detail.value ?? '';
  const texts: Record<SyntaxCode, () => string> = {
    unclosedEmphasis: () => t('syntax.unclosedEmphasis', { near }),
    unclosedLink: () => t('syntax.unclosedLink', { near }),
    linkNeedsAddress: () => t('syntax.linkNeedsAddress', { near }),
    badAddress: () => t('syntax.badAddress', { value }),
    unclosedBrace: () => t('syntax.unclosedBrace', { near }),
    unknownKind: () => t('syntax.unknownKind', { value }),
    missingBar: () => t('syntax.missingBar', { near }),
    emptyDetail: () => t('syntax.emptyDetail', { near }),
    emptyText: () => t('syntax.emptyText', { near }),
    badLanguage: () => t('syntax.badLanguage', { value }),
    unknownTerm: () => t('syntax.unknownTerm', { value }),
    unclosedCitation: () => t('syntax.unclosedCitation', { near }),
    badCitation: () => t('syntax.badCitation', { value }),
  };
  const text = texts[p.detail.code]();
  return p.line ? `${t('syntax.line', { line: p.line })}${text}` : text;
}
