import type { Block, DocumentContent } from '@careleaf/schema';
import { MESSAGES } from '../messages';
import type { CheckContext, Finding } from '../types';

/**
 * The document title is the page's only h1, so the first heading is level 2 and
 * each heading goes at most one level deeper than the one before. Alternatives
 * (region fallback, easy-read version) are checked from the level before them.
 */
export function headingChecks(content: DocumentContent, ctx: CheckContext): Finding[] {
  const m = MESSAGES[ctx.uiLocale];
  const findings: Finding[] = [];
  let seenHeading = false;

  const visit = (blocks: readonly Block[], base: string, previous: number): number => {
    let prev = previous;
    for (const [i, block] of blocks.entries()) {
      const path = `${base}[${i}]`;
      switch (block.type) {
        case 'heading':
          if (block.level > prev + 1) {
            findings.push({
              checkId: seenHeading ? 'heading-skipped-level' : 'heading-first-level',
              severity: 'error',
              blockId: block.id,
              path: `${path}.level`,
              message: seenHeading ? m.headingSkippedLevel(block.level, prev) : m.headingFirstLevel(block.level),
            });
          }
          seenHeading = true;
          prev = block.level;
          break;
        case 'callout':
        case 'faq':
          prev = visit(block.blocks, `${path}.blocks`, prev);
          break;
        case 'region': {
          const after = visit(block.blocks, `${path}.blocks`, prev);
          if (block.fallback) visit(block.fallback, `${path}.fallback`, prev);
          prev = after;
          break;
        }
        case 'easyRead':
          visit(block.blocks, `${path}.blocks`, prev);
          break;
        default:
          break;
      }
    }
    return prev;
  };

  visit(content.blocks, 'blocks', 1);
  return findings;
}
