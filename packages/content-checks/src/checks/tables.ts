import type { DocumentContent } from '@careleaf/schema';
import { MESSAGES } from '../messages';
import type { CheckContext, Finding } from '../types';
import { blocksAt, plainText } from '../walk';

/** A data table needs a caption and labelled header cells so screen readers can name each value. */
export function tableChecks(content: DocumentContent, ctx: CheckContext): Finding[] {
  const m = MESSAGES[ctx.uiLocale];
  const findings: Finding[] = [];
  for (const { block, path } of blocksAt(content.blocks)) {
    if (block.type !== 'table') continue;
    if (!plainText(block.caption).trim()) {
      findings.push({ checkId: 'table-caption', severity: 'error', blockId: block.id, path: `${path}.caption`, message: m.tableCaption() });
    }
    const headers = block.rows.flatMap((row, r) => row.cells.map((cell, c) => ({ cell, r, c })).filter(({ cell }) => cell.header));
    if (headers.length === 0) {
      findings.push({ checkId: 'table-headers', severity: 'error', blockId: block.id, path: `${path}.rows`, message: m.tableHeaders() });
    }
    for (const { cell, r, c } of headers) {
      if (!plainText(cell.content).trim()) {
        findings.push({
          checkId: 'table-header-empty',
          severity: 'warning',
          blockId: block.id,
          path: `${path}.rows[${r}].cells[${c}]`,
          message: m.tableHeaderEmpty(),
        });
      }
    }
  }
  return findings;
}
