import type { Block } from '@careleaf/schema/content';
import { numbered } from './tree';

/** What a finding's link leads to depends on the kind of its block. */
export type BlockKind = 'heading' | 'paragraph' | 'other';

/** A finding as the checks panel shows it, from the API's checks of the saved version or from the checks while typing. */
export interface PanelFinding {
  severity: 'error' | 'warning';
  message: string;
  /** Id of the control that fixes it; null when no control on the page does (e.g. the document as a whole). */
  target: string | null;
  /** Stable enough for a React key: the rule and where. */
  key: string;
}

/** Every block of the content (nested ones too) with its kind. */
export function blockKinds(blocks: readonly Block[]): Map<string, BlockKind> {
  return new Map(
    numbered(blocks).map(({ block: b }) => [b.id, b.type === 'heading' || b.type === 'paragraph' ? b.type : ('other' as const)]),
  );
}

/** The control where a finding is fixed: the level of a heading for heading-order findings, else the block's text or fieldset. */
export function findingTarget(f: { checkId: string; blockId?: string | null }, kinds: ReadonlyMap<string, BlockKind>): string | null {
  const kind = f.blockId ? kinds.get(f.blockId) : undefined;
  if (!kind) return null;
  if (kind === 'heading' && f.checkId.startsWith('heading-')) return `level-${f.blockId}`;
  return kind === 'other' ? `block-${f.blockId}` : `text-${f.blockId}`;
}

/** Errors before warnings, otherwise in the order given (document order). */
export function errorsFirst<T extends { severity: string }>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/** Content-check findings (the API's or the library's) as the panel lists them. */
export function panelFindings(
  findings: readonly { checkId: string; blockId?: string | null; severity: string; message: string; path: string }[],
  kinds: ReadonlyMap<string, BlockKind>,
): PanelFinding[] {
  return errorsFirst(
    findings.map((f) => ({
      severity: f.severity === 'error' ? ('error' as const) : ('warning' as const),
      message: f.message,
      target: findingTarget(f, kinds),
      key: `${f.checkId}:${f.path}`,
    })),
  );
}

/** Where the numbers go in the counts text (`Editor.checks.counts`, formatted on the server). */
export const COUNT_ERRORS = '\u0001errors\u0001';
export const COUNT_WARNINGS = '\u0001warnings\u0001';

/** "2 errors, 1 warning". */
export function countFindings(findings: readonly PanelFinding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}
