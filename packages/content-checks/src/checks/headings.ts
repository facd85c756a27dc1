import type { DocumentContent } from '@careleaf/schema';
import { childLists, type Block } from '@careleaf/schema/blocks';
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
      if (block.type === 'heading') {
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
        continue;
      }
      // Nested blocks in the reading flow continue the outline; alternatives start from the level before them.
      const before = prev;
      for (const list of childLists(block)) {
        const after = visit(list.blocks, `${path}.${list.key}`, list.branch ? before : prev);
        if (!list.branch) prev = after;
      }
    }
    return prev;
  };

  visit(content.blocks, 'blocks', 1);
  return findings;
}
