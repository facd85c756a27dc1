/**
 * Content checks shared by the publish gate (API) and the editor (web):
 * accessibility (headings, alt text, link text, tables, abbreviations,
 * language of parts, empty blocks), references (citations, glossary terms)
 * and readability per locale. Pure functions of the content and a context;
 * no I/O. Errors block publishing, warnings are shown to the editor.
 */
// Only types from the schema package: its index pulls in Node's path module, and the editor runs these checks in the browser.
import type { DocumentContent } from '@careleaf/schema';
import { abbreviationChecks } from './checks/abbreviations';
import { emptyChecks } from './checks/empty';
import { figureChecks } from './checks/figures';
import { headingChecks } from './checks/headings';
import { languageChecks } from './checks/language';
import { linkChecks } from './checks/links';
import { readabilityCheck } from './checks/readability';
import { referenceChecks } from './checks/references';
import { tableChecks } from './checks/tables';
import { urgencyChecks } from './checks/urgency';
import type { CheckContext, CheckReport, Finding } from './types';
import { blocksAt } from './walk';

export * from './types';
export {
  FORMULAS,
  FORMULAS_BY_LANGUAGE,
  DEFAULT_TARGETS,
  MIN_WORDS_FOR_TARGETS,
  readability,
  textStats,
  type TextStats,
} from './readability';
export { syllableCounter } from './syllables';
export { sentences, words, letterCount } from './text';
export { foreignSentences, PARAGRAPH_MIN, SENTENCE_MIN, OWN_LANGUAGE_MAX } from './language';
export { isFilenameLike } from './checks/figures';
export { VAGUE_LINK_TEXTS, normaliseLinkText } from './checks/links';
export { abbreviationTokens } from './checks/abbreviations';
export { EMERGENCY_WORDING } from './checks/urgency';
export { proseUnits } from './checks/readability';

const CHECKS = [
  headingChecks,
  emptyChecks,
  figureChecks,
  linkChecks,
  tableChecks,
  abbreviationChecks,
  languageChecks,
  referenceChecks,
  urgencyChecks,
];

/** All findings, in document order, plus the raw readability numbers for the editor. */
export function checkContent(content: DocumentContent, ctx: CheckContext): CheckReport {
  const order = new Map<string, number>();
  for (const { block } of blocksAt(content.blocks)) if (!order.has(block.id)) order.set(block.id, order.size);
  const readability = readabilityCheck(content, ctx);
  const findings = [...CHECKS.flatMap((check) => check(content, ctx)), ...readability.findings];
  const rank = (f: Finding) => (f.blockId === null ? Number.MAX_SAFE_INTEGER : (order.get(f.blockId) ?? Number.MAX_SAFE_INTEGER));
  // Stable sort: within one block the findings keep the order of CHECKS.
  findings.sort((a, b) => rank(a) - rank(b));
  return { findings, readability: readability.info };
}

/** The findings for `content` (see checkContent for the readability numbers too). */
export function runChecks(content: DocumentContent, ctx: CheckContext): Finding[] {
  return checkContent(content, ctx).findings;
}

/** Findings that stop a publish. */
export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}
