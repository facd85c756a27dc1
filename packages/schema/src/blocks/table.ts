import { z } from '../zod';
import { CONTENT_LIMITS as L } from '../limits';
import { inlineText, type Inline } from '../inline';
import { blockId, inlineField, richText, type BlockKind } from './kind';

export interface TableCell {
  content: Inline[];
  header?: boolean;
  /** For header cells: what they label. */
  scope?: 'col' | 'row';
}

const cell = z
  .object({ content: richText, header: z.boolean().optional(), scope: z.enum(['col', 'row']).optional() })
  .strict()
  .refine((c) => !c.scope || c.header, { message: 'only header cells take a scope', path: ['scope'] });

export const tableSchema = z
  .object({
    id: blockId,
    type: z.literal('table'),
    caption: richText.min(1, 'a table needs a caption'),
    rows: z
      .array(z.object({ cells: z.array(cell).min(1).max(L.tableCols, `a table row has at most ${L.tableCols} cells`) }).strict())
      .min(1, 'a table needs rows')
      .max(L.tableRows, `a table has at most ${L.tableRows} rows`),
  })
  .strict()
  .refine((t) => t.rows.some((r) => r.cells.some((c) => c.header)), { message: 'a table needs header cells', path: ['rows'] });

export const table: BlockKind<z.output<typeof tableSchema>> = {
  idPrefix: 't',
  children: [],
  fields: (b) => [
    ...inlineField('caption', 'caption', b.caption),
    ...b.rows.flatMap((row, r) =>
      row.cells.map((c, i) => ({
        key: `cells.${r}.${i}`,
        at: ['rows', r, 'cells', i, 'content'],
        role: 'cell' as const,
        plain: false as const,
        value: c.content,
      })),
    ),
  ],
  /** One line per row, cells separated by tabs. */
  searchText: (b) => [inlineText(b.caption), ...b.rows.map((r) => r.cells.map((c) => inlineText(c.content)).join('\t'))].join('\n'),
};
