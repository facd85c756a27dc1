import type { DocumentContent, Inline } from '@careleaf/schema';
import { BLOCK_KIND, MESSAGES } from '../messages';
import type { CheckContext, Finding } from '../types';
import { blocksAt, inlineFields, inlinesAt, plainText } from '../walk';

const isEmpty = (nodes: readonly Inline[]) =>
  !plainText(nodes).trim() && ![...inlinesAt(nodes, '')].some(({ node }) => node.type === 'cite');

/**
 * Blocks with nothing but white space. An empty heading or question is an
 * error (screen readers announce an empty heading); other empty text is a warning.
 */
export function emptyChecks(content: DocumentContent, ctx: CheckContext): Finding[] {
  const m = MESSAGES[ctx.uiLocale];
  const kinds = BLOCK_KIND[ctx.uiLocale];
  const findings: Finding[] = [];
  for (const at of blocksAt(content.blocks)) {
    const { block } = at;
    for (const field of inlineFields(at)) {
      if (!isEmpty(field.nodes)) continue;
      let kind: string | null = null;
      let severity: Finding['severity'] = 'warning';
      if (block.type === 'heading') [kind, severity] = [kinds.heading!, 'error'];
      else if (block.type === 'faq') [kind, severity] = [kinds.faq!, 'error'];
      else if (block.type === 'paragraph') kind = kinds.paragraph!;
      else if (block.type === 'list') kind = kinds.listItem!;
      else if (block.type === 'callout') kind = kinds.callout!;
      if (!kind) continue; // empty captions and cells are judged by the table and figure checks
      findings.push({ checkId: 'block-empty', severity, blockId: block.id, path: field.path, message: m.blockEmpty(kind) });
    }
  }
  return findings;
}
