import type { Block, TableCell } from '@careleaf/schema/content';
import { fieldError, readInline, type Fields, type InlineEnv } from '../fields';

type Table = Extract<Block, { type: 'table' }>;

export type TableOp = { kind: 'addRow' | 'addCol'; blockId: string } | { kind: 'delRow' | 'delCol'; blockId: string; index: number };

export function columnCount(block: Table): number {
  return Math.max(1, ...block.rows.map((r) => r.cells.length));
}

/** Whether the first row, and the first column below it, are header cells (what the checkboxes show). */
export function headerState(block: Table): { row: boolean; col: boolean } {
  const first = block.rows[0]?.cells ?? [];
  const row = first.length > 0 && first.every((c) => c.header);
  const below = block.rows.slice(row ? 1 : 0);
  const col = below.length > 0 && below.every((r) => r.cells[0]?.header === true);
  return { row, col };
}

function withHeaders(rows: TableCell[][], row: boolean, col: boolean): TableCell[][] {
  return rows.map((cells, r) =>
    cells.map((cell, c) => {
      const { header: _h, scope: _s, ...plain } = cell;
      if (row && r === 0) return { ...plain, header: true, scope: 'col' as const };
      if (col && c === 0) return { ...plain, header: true, scope: 'row' as const };
      return plain;
    }),
  );
}

/**
 * Table: `caption-<id>`, checkboxes `headerRow-<id>` and `headerCol-<id>`,
 * cells `cell-<id>-<row>-<column>` (inline syntax), then the pressed row or
 * column button. Header cells are set from the checkboxes only when those or
 * the shape change, so header cells an import made elsewhere stay.
 */
export function editTable(block: Table, fields: Fields, env: InlineEnv, op: TableOp | null): Block {
  const id = block.id;
  if (!fields.has(`caption-${id}`)) return block;
  const caption = readInline(fields, `caption-${id}`, block.caption, env);
  if (!caption.length) throw fieldError(`caption-${id}`, 'captionMissing');
  const before = headerState(block);
  const row = fields.has(`headerRow-${id}`);
  const col = fields.has(`headerCol-${id}`);
  if (!row && !col) throw fieldError(`headerRow-${id}`, 'headersMissing');
  const width = columnCount(block);
  let rows: TableCell[][] = block.rows.map((r, ri) =>
    Array.from({ length: width }, (_, ci) => {
      const stored = r.cells[ci];
      return { ...stored, content: readInline(fields, `cell-${id}-${ri}-${ci}`, stored?.content ?? [], env) };
    }),
  );
  const empty = (): TableCell => ({ content: [] });
  if (op?.kind === 'addRow') rows.push(Array.from({ length: width }, empty));
  if (op?.kind === 'addCol') rows = rows.map((cells) => [...cells, empty()]);
  if (op?.kind === 'delRow' && rows.length > 1) rows.splice(op.index, 1);
  if (op?.kind === 'delCol' && width > 1) rows = rows.map((cells) => cells.filter((_, c) => c !== op.index));
  const reshaped = op !== null || row !== before.row || col !== before.col;
  const cells = reshaped ? withHeaders(rows, row, col) : rows;
  return { ...block, caption, rows: cells.map((c) => ({ cells: c })) };
}
