import type { DocumentContent } from '@careleaf/schema';
import { MESSAGES } from '../messages';
import { readability } from '../readability';
import type { CheckContext, Finding, ReadabilityInfo } from '../types';
import { blocksAt, inlineFields, languageOf, plainText } from '../walk';

/**
 * The prose a patient reads in the main flow: paragraphs and list items
 * (including those inside callouts, FAQ answers and region blocks), without
 * headings, tables, captions, region fallbacks or the easy-read version.
 * Words in a language span stay in: they are part of what the reader reads.
 */
export function proseUnits(content: DocumentContent): string[] {
  const units: string[] = [];
  for (const at of blocksAt(content.blocks)) {
    if (at.branch !== 'main') continue;
    for (const field of inlineFields(at)) {
      if (field.role === 'prose' || field.role === 'listItem') units.push(plainText(field.nodes));
    }
  }
  return units;
}

export function readabilityCheck(content: DocumentContent, ctx: CheckContext): { info: ReadabilityInfo; findings: Finding[] } {
  const m = MESSAGES[ctx.uiLocale];
  const info = readability(proseUnits(content), ctx.locale, languageOf(ctx.locale), ctx.targets);
  const findings = info.scores
    .filter((s) => s.met === false)
    .map((s): Finding => ({
      checkId: 'readability',
      severity: 'warning',
      blockId: null,
      path: 'blocks',
      message: m.readability(s.name, s.value, s.target!),
    }));
  return { info, findings };
}
