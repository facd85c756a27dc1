import type { Node } from 'unist';
import type { ImportReportCode, ImportReportEntry } from './import.types';

/** More entries than this say nothing new to an editor (a page with 5,000 inline styles). */
export const MAX_REPORT_ENTRIES = 500;
/** A reference or a removed paragraph; longer texts are cut (the source article is still the editor's). */
const MAX_TEXT = 4000;

/** The words of a syntax-tree node (hast, mdast), whitespace collapsed: what a report entry keeps of removed content. */
export function plainText(node: Node | null | undefined): string {
  const walk = (n: Node): string => {
    if ('value' in n && typeof n.value === 'string' && n.type === 'text') return n.value;
    const children = (n as { children?: Node[] }).children;
    return children ? children.map(walk).join(' ') : '';
  };
  return node ? walk(node).replace(/\s+/g, ' ').trim() : '';
}

/** Collects what the import could not map, in source order of discovery. */
export class Reporter {
  readonly entries: ImportReportEntry[] = [];
  private dropped = 0;

  add(code: ImportReportCode, element: string, reason: string, node?: Node | null, blockId?: string, text?: string): void {
    if (this.entries.length >= MAX_REPORT_ENTRIES) {
      this.dropped++;
      return;
    }
    const start = node?.position?.start;
    this.entries.push({
      code,
      element,
      reason,
      position: start ? { line: start.line, column: start.column } : null,
      ...(blockId ? { blockId } : {}),
      ...(text ? { text: text.slice(0, MAX_TEXT) } : {}),
    });
  }

  /** The entries in source order (entries without a position last). */
  finish(): ImportReportEntry[] {
    const key = (e: ImportReportEntry) => (e.position ? e.position.line * 1e6 + e.position.column : Number.MAX_SAFE_INTEGER);
    this.entries.sort((a, b) => key(a) - key(b));
    if (this.dropped > 0) {
      this.entries.push({
        code: 'limit-reached',
        element: 'report',
        reason: `${this.dropped} more entries were left out of this report.`,
        position: null,
      });
      this.dropped = 0;
    }
    return this.entries;
  }
}
