import { getTranslations } from 'next-intl/server';
import type { Block } from '@careleaf/schema/content';
import { columnCount, headerState } from '../../../lib/editor/blocks/table';
import { inlineValue } from '../../../lib/editor/fields';
import { Checkbox, described, ErrorText, shown, TextField } from './Field';
import type { BlockContext } from './context';

/**
 * A table as a grid of inputs. Each input is named by its row and column
 * headers (aria-labelledby), and the grid's own caption names the block.
 * Rows and columns are added and removed with buttons; the first row or
 * column becomes the header cells by checkbox.
 */
export async function TableFields({ block, n, ctx }: { block: Extract<Block, { type: 'table' }>; n: string; ctx: BlockContext }) {
  const t = await getTranslations({ locale: ctx.uiLocale, namespace: 'Editor' });
  const id = block.id;
  const width = columnCount(block);
  const headers = headerState(block);
  const columns = Array.from({ length: width }, (_, c) => c);
  const focused = (control: string) => (ctx.focus === control ? { 'aria-describedby': 'editor-message' } : {});
  return (
    <>
      <TextField ctx={ctx} id={`caption-${id}`} label={t('table.caption', { n })} value={inlineValue(block.caption, ctx.inline)} />
      <Checkbox ctx={ctx} id={`headerRow-${id}`} label={t('table.headerRow', { n })} checked={headers.row} />
      <Checkbox ctx={ctx} id={`headerCol-${id}`} label={t('table.headerCol', { n })} checked={headers.col} />
      <div className="editor-grid-scroll">
        <table className="editor-grid">
          <caption id={`grid-${id}`}>{t('table.grid', { n })}</caption>
          <thead>
            <tr>
              <td />
              {columns.map((c) => (
                <th key={c} scope="col" id={`grid-${id}-c${c}`}>
                  {t('table.column', { c: c + 1 })}
                </th>
              ))}
              <td />
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                <th scope="row" id={`grid-${id}-r${r}`}>
                  {t('table.row', { r: r + 1 })}
                </th>
                {columns.map((c) => {
                  const cell = `cell-${id}-${r}-${c}`;
                  return (
                    <td key={c}>
                      <input
                        type="text"
                        id={cell}
                        name={cell}
                        defaultValue={shown(ctx, cell, inlineValue(row.cells[c]?.content ?? [], ctx.inline))}
                        aria-labelledby={`grid-${id} grid-${id}-r${r} grid-${id}-c${c}`}
                        {...described(ctx, cell)}
                      />
                      <ErrorText ctx={ctx} id={cell} />
                    </td>
                  );
                })}
                <td>
                  {block.rows.length > 1 ? (
                    <button className="button button-danger" type="submit" name="op" value={`delRow:${id}:${r}`}>
                      {t('table.removeRow', { r: r + 1, n })}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
            {width > 1 ? (
              <tr>
                <td />
                {columns.map((c) => (
                  <td key={c}>
                    <button className="button button-danger" type="submit" name="op" value={`delCol:${id}:${c}`}>
                      {t('table.removeColumn', { c: c + 1, n })}
                    </button>
                  </td>
                ))}
                <td />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <div className="block-actions">
        <button className="button" type="submit" name="op" value={`addRow:${id}`} id={`addRow-${id}`} {...focused(`addRow-${id}`)}>
          {t('table.addRow', { n })}
        </button>
        <button className="button" type="submit" name="op" value={`addCol:${id}`} id={`addCol-${id}`} {...focused(`addCol-${id}`)}>
          {t('table.addColumn', { n })}
        </button>
      </div>
    </>
  );
}
