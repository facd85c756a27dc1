import type { DocumentContent } from '@careleaf/schema';
import { foreignSentences } from '../language';
import { MESSAGES } from '../messages';
import type { CheckContext, Finding } from '../types';
import { blocksAt, inlineFields, languageOf, plainText } from '../walk';

const excerpt = (s: string) => (s.length > 60 ? `${s.slice(0, 57).trimEnd()}…` : s);

/** Text in another language needs a `lang` span (WCAG 3.1.2); one warning per text run, naming its first such sentence. */
export function languageChecks(content: DocumentContent, ctx: CheckContext): Finding[] {
  const m = MESSAGES[ctx.uiLocale];
  const language = languageOf(ctx.locale);
  const findings: Finding[] = [];
  for (const at of blocksAt(content.blocks)) {
    for (const field of inlineFields(at)) {
      if (field.role !== 'prose' && field.role !== 'listItem' && field.role !== 'title') continue;
      const [first] = foreignSentences(plainText(field.nodes, true), ctx.locale, language);
      if (!first) continue;
      findings.push({
        checkId: 'language-unmarked',
        severity: 'warning',
        blockId: field.blockId,
        path: field.path,
        message: m.languageUnmarked(excerpt(first.sentence), first.detected, language),
      });
    }
  }
  return findings;
}
