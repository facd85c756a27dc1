import type { TableOp } from './blocks/table';

const ID = '[A-Za-z0-9_-]{2,64}';

export type EditOp = { kind: 'save' | 'add' | 'cite' | 'undo' } | { kind: 'up' | 'down' | 'delete'; blockId: string } | TableOp;

/** The op of the pressed submit button: "save", "add", "cite", "undo", "up:<id>", "delRow:<id>:<n>" … */
export function parseOp(value: string): EditOp | null {
  if (value === 'save' || value === 'add' || value === 'cite' || value === 'undo') return { kind: value };
  const m = new RegExp(`^(up|down|delete|addRow|addCol):(${ID})$`).exec(value);
  if (m) return { kind: m[1] as 'up', blockId: m[2]! };
  const t = new RegExp(`^(delRow|delCol):(${ID}):(\\d{1,3})$`).exec(value);
  return t ? { kind: t[1] as 'delRow', blockId: t[2]!, index: Number(t[3]) } : null;
}

/** The table op of `op` when it concerns the table `blockId`. */
export function tableOpFor(op: EditOp, blockId: string): TableOp | null {
  const tableOp = 'index' in op || op.kind === 'addRow' || op.kind === 'addCol' ? (op as TableOp) : null;
  return tableOp?.blockId === blockId ? tableOp : null;
}
