import { createTranslator } from 'next-intl';
import type { Messages } from '../../i18n/catalogs';
import type { FieldProblem, SyntaxCode } from './fields';

/** Stand-ins for the parts of a message known only when the error happens (filled in by fillEditError). */
export const NEAR = '\u0001near\u0001';
export const VALUE = '\u0001value\u0001';
export const LINE = '\u0001line\u0001';

/** Every edit-error message of the UI language, formatted with stand-ins for the place and value. Plain strings. */
export interface EditErrorTexts {
  field: Record<FieldProblem, string>;
  syntax: Record<SyntaxCode, string>;
  /** "Line {line}: " before a list item's syntax error. */
  line: string;
}

/**
 * The messages of EditErrors in a UI language. Formatted here, once, so that
 * the browser (which shows a syntax error as a finding while the editor
 * types) needs no message formatter: fillEditError only puts in the values.
 */
export function editErrorTexts(locale: string, messages: Pick<Messages, 'Editor'>): EditErrorTexts {
  const t = createTranslator({ locale, messages: messages as Messages, namespace: 'Editor' });
  const near = NEAR;
  const value = VALUE;
  return {
    field: {
      titleMissing: t('fieldError.titleMissing'),
      textMissing: t('fieldError.textMissing'),
      newTextMissing: t('fieldError.newTextMissing'),
      captionMissing: t('fieldError.captionMissing'),
      headersMissing: t('fieldError.headersMissing'),
      regionsMissing: t('fieldError.regionsMissing'),
      unknownRegion: t('fieldError.unknownRegion'),
      mediaMissing: t('fieldError.mediaMissing'),
      noMedia: t('fieldError.noMedia'),
      citationsMissing: t('fieldError.citationsMissing'),
      itemsMissing: t('fieldError.itemsMissing'),
      listIndent: t('fieldError.listIndent'),
      badChoice: t('fieldError.badChoice'),
      undoGone: t('fieldError.undoGone'),
      undoPresent: t('fieldError.undoPresent'),
    },
    syntax: {
      unclosedEmphasis: t('syntax.unclosedEmphasis', { near }),
      unclosedLink: t('syntax.unclosedLink', { near }),
      linkNeedsAddress: t('syntax.linkNeedsAddress', { near }),
      badAddress: t('syntax.badAddress', { value }),
      unclosedBrace: t('syntax.unclosedBrace', { near }),
      unknownKind: t('syntax.unknownKind', { value }),
      missingBar: t('syntax.missingBar', { near }),
      emptyDetail: t('syntax.emptyDetail', { near }),
      emptyText: t('syntax.emptyText', { near }),
      badLanguage: t('syntax.badLanguage', { value }),
      unknownTerm: t('syntax.unknownTerm', { value }),
      unclosedCitation: t('syntax.unclosedCitation', { near }),
      badCitation: t('syntax.badCitation', { value }),
    },
    line: t('syntax.line', { line: LINE }),
  };
}
