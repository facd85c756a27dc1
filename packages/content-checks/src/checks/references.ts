import type { DocumentContent } from '@careleaf/schema';
import { MESSAGES } from '../messages';
import type { CheckContext, Finding } from '../types';
import { blocksAt, inlineFields, inlinesAt } from '../walk';

/** Citation points, source lists and glossary marks must point at citations and terms the tenant has. */
export function referenceChecks(content: DocumentContent, ctx: CheckContext): Finding[] {
  const m = MESSAGES[ctx.uiLocale];
  const findings: Finding[] = [];
  for (const at of blocksAt(content.blocks)) {
    if (at.block.type === 'citations') {
      for (const [j, id] of at.block.citationIds.entries()) {
        if (!ctx.citationsKnown.has(id)) {
          findings.push({
            checkId: 'citation-missing',
            severity: 'error',
            blockId: at.block.id,
            path: `${at.path}.citationIds[${j}]`,
            message: m.citationMissing(),
          });
        }
      }
    }
    for (const field of inlineFields(at)) {
      for (const { node, path } of inlinesAt(field.nodes, field.path)) {
        if (node.type === 'cite' && node.citationIds.some((id) => !ctx.citationsKnown.has(id))) {
          findings.push({ checkId: 'citation-missing', severity: 'error', blockId: field.blockId, path, message: m.citationMissing() });
        } else if (node.type === 'term' && !ctx.glossaryKnown.has(node.termId)) {
          findings.push({ checkId: 'term-missing', severity: 'error', blockId: field.blockId, path, message: m.termMissing() });
        }
      }
    }
  }
  return findings;
}
